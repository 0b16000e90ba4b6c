"""pydantic's checks for the dataclass models, for data that comes from outside.

Files the runner (or anyone) can edit, answers typed at the intake and the TOML
content library are validated here; everything built from already-checked data is
a plain dataclass and needs no pydantic. Import this module inside the function that
needs it, so pydantic loads only then.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

__all__ = ["ValidationError", "dump", "to_json", "validate", "validate_json"]


_ADAPTERS: dict[object, TypeAdapter[Any]] = {}


def _adapter(kind: Any) -> TypeAdapter[Any]:
    """One adapter per type (building one builds its validator: a few ms)."""
    if kind not in _ADAPTERS:
        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]


def validate(kind: type[T], data: object) -> T:
    """``data`` (dicts, lists, strings) checked and turned into a ``kind``."""
    result: T = _adapter(kind).validate_python(data)
    return result


def validate_json(kind: type[T], text: str | bytes) -> T:
    """JSON text checked and turned into a ``kind``."""
    result: T = _adapter(kind).validate_json(text)
    return result


def dump(value: object, **options: Any) -> Any:
    """``value`` as plain data (``mode="json"`` for JSON types), as pydantic writes it."""
    return _adapter(type(value)).dump_python(value, **options)


def to_json(value: object, **options: Any) -> str:
    """``value`` as JSON text (``indent``, ``exclude_none`` as in pydantic)."""
    return _adapter(type(value)).dump_json(value, **options).decode()
