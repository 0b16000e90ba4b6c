"""How a date is said in the plan's own sentences ("since 30 Nov 2026").

The core has no locale of its own, so it says dates in one form nobody can misread
(day, month name, year). The desktop app hands its locale's forms over at start
(``say_dates_with``), so the notes, the road back and the printed week it shows say
dates as the rest of the window does; the command line keeps the plain forms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Literal

DateForm = Literal["day_month", "date", "weekday_date", "long"]
SayDate = Callable[[dt.date], str]

PLAIN: dict[DateForm, SayDate] = {
    "day_month": lambda day: f"{day:%a %d %b}",  # Mon 30 Nov
    "date": lambda day: f"{day:%d %b %Y}",  # 30 Nov 2026
    "weekday_date": lambda day: f"{day:%a %d %b %Y}",  # Mon 30 Nov 2026
    "long": lambda day: f"{day:%A %d %B %Y}",  # Monday 30 November 2026
}
_forms: dict[DateForm, SayDate] = dict(PLAIN)


def say_date(day: dt.date, form: DateForm = "date") -> str:
    """``day`` in ``form``, as this process says dates."""
    return _forms[form](day)


def say_dates_with(forms: Mapping[DateForm, SayDate]) -> Callable[[], None]:
    """Say dates with ``forms`` from now on (the app's locale); returns what puts the
    previous forms back."""
    before = dict(_forms)
    _forms.update(forms)

    def restore() -> None:
        _forms.clear()
        _forms.update(before)

    return restore
