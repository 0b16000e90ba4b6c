"""What each typed intake field allows, read from the pydantic models (one source of truth)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined


@dataclass(frozen=True)
class Limits:
    """The range (``low``..``high``) or longest length a field accepts, and its default."""

    low: float | None = None
    high: float | None = None
    max_length: int | None = None
    default: Any = None


def _constraints(field: FieldInfo) -> list[object]:
    found: list[object] = list(field.metadata)
    # Optional fields keep their constraints inside the Annotated member of the union.
    for member in get_args(field.annotation):
        if get_origin(member) is Annotated:
            for extra in get_args(member)[1:]:
                found.extend(extra.metadata if isinstance(extra, FieldInfo) else [extra])
    return found


def limits(model: type[BaseModel], name: str) -> Limits:
    """The limits of ``model.name`` as declared on the model."""
    field = model.model_fields[name]
    low: float | None = None
    high: float | None = None
    max_length: int | None = None
    for item in _constraints(field):
        if isinstance(item, annotated_types.Ge):
            low = float(item.ge)  # type: ignore[arg-type]
        elif isinstance(item, annotated_types.Le):
            high = float(item.le)  # type: ignore[arg-type]
        elif isinstance(item, annotated_types.MaxLen):
            max_length = item.max_length
    default = field.get_default(call_default_factory=True)
    return Limits(low, high, max_length, None if default is PydanticUndefined else default)


def show_number(value: float) -> str:
    """A number as a runner would type it: ``20`` rather than ``20.0``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
