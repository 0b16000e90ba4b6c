"""Errors a runner can fix, and one-line messages that name the field and what is allowed."""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic loads only when a message is needed (keeps start-up light)
    from pydantic import ValidationError


class InputError(ValueError):
    """Bad input from the runner (file, field or option): the message says what to fix."""


SHOWN_MAX = 60  # characters of a refused value echoed back: a 10 MB name is not


def cut(value: object) -> str:
    """``repr(value)`` for a message, cut to a readable length."""
    text = repr(value)
    if len(text) > SHOWN_MAX:
        text = f"{text[: SHOWN_MAX - 8]}… ({len(text)} characters)"
    return text


def shown(value: object) -> str:
    """`` (got 'value')`` for a message, cut to a readable length."""
    return f" (got {cut(value)})"


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            name = part if len(part) <= SHOWN_MAX else f"{part[:SHOWN_MAX]}…"
            parts.append(("." if parts else "") + name)
    return "".join(parts)


def _model_in(kind: Any) -> Any:
    """The dataclass inside ``kind`` (``X | None``, ``list[X]``), else None."""
    if dataclasses.is_dataclass(kind):
        return kind
    if typing.get_origin(kind) in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(kind):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _allowed_fields(model: type[Any], loc: tuple[int | str, ...]) -> list[str]:
    """Field names allowed at ``loc`` (the parent of an unknown field), if we can tell."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        hints = typing.get_type_hints(current) if dataclasses.is_dataclass(current) else {}
        current = _model_in(hints.get(part))
        if current is None:
            return []
    if not dataclasses.is_dataclass(current):
        return []
    return [f.name for f in dataclasses.fields(current)]


def describe_validation_error(
    exc: ValidationError, *, source: str, model: type[Any] | None = None
) -> str:
    """Turn pydantic's report into one line a runner can act on (first problem only)."""
    err = exc.errors(include_url=False)[0]
    kind = err["type"]
    loc = tuple(err["loc"])
    field = _field_path(loc)
    got = err.get("input")
    if kind == "json_invalid":
        return f"{source}: malformed JSON ({err['ctx'].get('error', err['msg'])})"
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        allowed = _allowed_fields(model, loc) if model else []
        hint = f" (allowed: {', '.join(allowed)})" if allowed else ""
        return f"{source}: unknown field '{field}'{hint}"
    if kind == "missing":
        return f"{source}: field '{field}' is required"
    msg = str(err["msg"])
    msg = msg.removeprefix("Value error, ")
    where = f"field '{field}'" if field else "profile"
    echo = "" if got is None or isinstance(got, dict | list) else shown(got)
    return f"{source}: {where}: {msg}{echo}"
