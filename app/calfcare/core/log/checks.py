"""The field checks every log record's ``parse`` goes through.

Each reads one named value from a mapping and returns it typed, or raises an
InputError naming the field and what came in: ``score: must be a whole number
from 0 to 10 (got 11)``. The limits themselves belong to the records.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any, cast

from calfcare.core.errors import InputError, shown

_got = shown
STORED_ID_MAX = 2**63 - 1  # SQLite's largest row id: any stored row reads back
ID_MAX = 2**31 - 1  # ids that may come in (restore, undo): leaves the log room to grow


def date(data: Mapping[str, Any], name: str) -> dt.date:
    value = data.get(name)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"{name}: expected a date as YYYY-MM-DD{_got(value)}")


def datetime(data: Mapping[str, Any], name: str) -> dt.datetime:
    value = data.get(name)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"{name}: expected a date and time as YYYY-MM-DDTHH:MM:SS{_got(value)}")


def whole(data: Mapping[str, Any], name: str, low: int, high: int) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"{name}: must be a whole number from {low} to {high}{_got(value)}")
    return value


def maybe_whole(data: Mapping[str, Any], name: str, low: int, high: int) -> int | None:
    return None if data.get(name) is None else whole(data, name, low, high)


def number(data: Mapping[str, Any], name: str, low: float, high: float) -> float:
    value = data.get(name)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise InputError(f"{name}: must be a number from {low:.15g} to {high:.15g}{_got(value)}")
    return float(value)


def maybe_number(data: Mapping[str, Any], name: str, low: float, high: float) -> float | None:
    return None if data.get(name) is None else number(data, name, low, high)


def text(data: Mapping[str, Any], name: str, longest: int, *, blank: bool = False) -> str:
    value = data.get(name, "" if blank else None)
    if not isinstance(value, str):
        raise InputError(f"{name}: expected text{_got(value)}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, as the command line passes them on
        raise InputError(f"{name}: not valid UTF-8 text{_got(value)}") from None
    value = value.strip()
    if not value and not blank:
        raise InputError(f"{name}: must not be empty")
    if len(value) > longest:
        raise InputError(f"{name}: at most {longest} characters (got {len(value)})")
    return value


def choice(data: Mapping[str, Any], name: str, allowed: tuple[str, ...]) -> str:
    value = data.get(name)
    if value not in allowed:
        raise InputError(f"{name}: must be one of {', '.join(allowed)}{_got(value)}")
    return cast(str, value)


def entry_id(data: Mapping[str, Any]) -> int | None:
    return None if data.get("id") is None else whole(data, "id", 1, STORED_ID_MAX)


def flag(data: Mapping[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if isinstance(value, bool):
        return value
    if value in (0, 1):  # as SQLite stores it
        return bool(value)
    raise InputError(f"{name}: must be true or false{_got(value)}")
