"""What each typed intake field allows, read from the models' ``Limits`` (one source of truth)."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, get_args, get_origin

from calfcare.core.field_limits import Limits as FieldLimits


@dataclass(frozen=True)
class Limits:
    """The range (``low``..``high``) or longest length a field accepts, and its default."""

    low: float | None = None
    high: float | None = None
    max_length: int | None = None
    default: Any = None


def _constraints(annotation: Any) -> dict[str, Any]:
    """Every constraint in ``annotation``, looking inside ``X | None`` too."""
    found: dict[str, Any] = {}
    if get_origin(annotation) is Annotated:
        inner, *extras = get_args(annotation)
        found.update(_constraints(inner))
        for extra in extras:
            if isinstance(extra, FieldLimits):
                found.update(extra.constraints)
    elif get_origin(annotation) in (typing.Union, types.UnionType):
        for member in get_args(annotation):
            found.update(_constraints(member))
    return found


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(model: type[Any]) -> dict[str, Any]:
    """The model's field types, read once (each read evaluates every annotation)."""
    if model not in _HINTS:
        _HINTS[model] = typing.get_type_hints(model, include_extras=True)
    return _HINTS[model]


def limits(model: type[Any], name: str) -> Limits:
    """The limits of ``model.name`` as declared on the model (a dataclass)."""
    hints = _hints(model)
    found = _constraints(hints[name])
    low = found.get("ge")
    high = found.get("le")
    field = next(f for f in dataclasses.fields(model) if f.name == name)
    if field.default is not dataclasses.MISSING:
        default: Any = field.default
    elif field.default_factory is not dataclasses.MISSING:
        default = field.default_factory()
    else:
        default = None
    return Limits(
        None if low is None else float(low),
        None if high is None else float(high),
        found.get("max_length"),
        default,
    )


def show_number(value: float) -> str:
    """A number as a runner would type it: ``20`` rather than ``20.0``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
