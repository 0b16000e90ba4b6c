"""The one range of days CalfCare accepts, checked wherever a date comes in.

A day outside 1900 to 2100 is a typo (or a hostile file): it overflows date
arithmetic near year 9999 and stretches a chart over millennia. Profiles, log
commands, restored files and the app's dialogs all refuse it with the same line.
"""

from __future__ import annotations

import datetime as dt

from calfcare.core.errors import InputError, shown

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)


def out_of_range(day: dt.date, field: str) -> str | None:
    """The refusal for ``day`` in ``field``, or None when it is within the range."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if EARLIEST <= day <= LATEST:
        return None
    return f"{field}: must be a day from {EARLIEST} to {LATEST} (got {day.isoformat()})"


def check_day(day: dt.date, field: str) -> dt.date:
    """``day`` itself, or InputError naming ``field`` and the allowed range."""
    problem = out_of_range(day, field)
    if problem is not None:
        raise InputError(problem)
    return day


def parse_day(text: str, field: str) -> dt.date:
    """A YYYY-MM-DD date within the range, or InputError naming ``field``."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{field}: expected a date as YYYY-MM-DD{shown(text)}") from None
    return check_day(day, field)


def shifted(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the calendar's ends instead of overflowing
    (an older log may hold a day near year 1 or 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min
