"""Errors a runner can fix, and one-line messages that name the field and what is allowed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic loads only when a message is needed (keeps start-up light)
    from pydantic import BaseModel, ValidationError


class InputError(ValueError):
    """Bad input from the runner (file, field or option): the message says what to fix."""


SHOWN_MAX = 60  # characters of a refused value echoed back: a 10 MB name is not


def shown(value: object) -> str:
    """`` (got 'value')`` for a message, cut to a readable length."""
    text = repr(value)
    if len(text) > SHOWN_MAX:
        text = f"{text[: SHOWN_MAX - 8]}… ({len(text)} characters)"
    return f" (got {text})"


def _field_path(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        else:
            parts.append(("." if parts else "") + part)
    return "".join(parts)


def _allowed_fields(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """Field names allowed at ``loc`` (the parent of an unknown field), if we can tell."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = field.annotation
    fields = getattr(current, "model_fields", None)
    return list(fields) if fields else []


def describe_validation_error(
    exc: ValidationError, *, source: str, model: type[BaseModel] | None = None
) -> str:
    """Turn pydantic's report into one line a runner can act on (first problem only)."""
    err = exc.errors(include_url=False)[0]
    kind = err["type"]
    loc = tuple(err["loc"])
    field = _field_path(loc)
    got = err.get("input")
    if kind == "json_invalid":
        return f"{source}: malformed JSON ({err['ctx'].get('error', err['msg'])})"
    if kind == "extra_forbidden":
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
