"""Colours and date-axis positions for the Progress page's charts (no pyqtgraph here).

Colours come from ``CHART_COLOURS`` for the light or dark palette; days sit at
local noon on a date axis, and long spans are averaged by week or four weeks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtGui import QColor

from calfcare.core.dates import shifted
from calfcare.gui.shell import theme

DAY = 86_400.0
WEEK_BAR = 5.5 * DAY  # a week's bar, with a gap to the next
DAILY_DAYS = 120  # past this, pain and raise tests show as averages
AVERAGE_WORDS = {7: "weekly average", 28: "4-weekly average"}
EPOCH_MONDAY = dt.date(2001, 1, 1)

# Okabe-Ito based: told apart with colour-blindness, readable on white and on #272c31.
CHART_COLOURS = {
    "light": {
        "during": "#d55e00",
        "after": "#0072b2",
        "morning": "#a0508c",
        "left": "#0072b2",
        "right": "#d55e00",
        "done": "#1f6f5c",
        "partial": "#d89a00",
        "skipped": "#a3aab2",
        "distance": "#0072b2",
        "over": "#d55e00",
        "ceiling": "#1d2329",
        "band_text": "#8a5a00",
        "band": "#e6a000",
        "shoes": "#1f6f5c",
        "retired": "#a3aab2",
    },
    "dark": {
        "during": "#ff9d5c",
        "after": "#56b4e9",
        "morning": "#e39fd6",
        "left": "#56b4e9",
        "right": "#ff9d5c",
        "done": "#3fa489",
        "partial": "#f0c05a",
        "skipped": "#6b7480",
        "distance": "#56b4e9",
        "over": "#ff9d5c",
        "ceiling": "#e6e9ec",
        "band_text": "#ffcc66",
        "band": "#f0c05a",
        "shoes": "#3fa489",
        "retired": "#6b7480",
    },
}


UNIX_DAY_ONE = dt.date(1970, 1, 1).toordinal()


def colour(name: str) -> QColor:
    return QColor(CHART_COLOURS[theme.current()][name])


def stamp(day: dt.date) -> float:
    """Seconds since the epoch at local noon: the x of a day on a date axis."""
    try:
        return dt.datetime(day.year, day.month, day.day, 12).timestamp()
    except (OverflowError, OSError, ValueError):  # a day the system clock cannot place
        return (day.toordinal() - UNIX_DAY_ONE) * DAY + DAY / 2


def week_x(monday: dt.date) -> float:
    """The middle of a week's bar (Thursday)."""
    return stamp(monday) + 3 * DAY


def averaging_days(days_shown: int) -> int:
    """1 (every point) over a few months, else the days each averaged point stands for."""
    if days_shown <= DAILY_DAYS:
        return 1
    return 7 if days_shown <= 2 * 365 else 28


def averaged(points: Sequence[tuple[dt.date, int]], bucket: int) -> list[tuple[float, float]]:
    """(x, mean score) per ``bucket`` days, counted from Monday 1 Jan 2001; x mid-bucket."""
    if bucket == 1:
        return [(stamp(d), float(s)) for d, s in points]
    groups: dict[int, list[int]] = {}
    for day, score in points:
        groups.setdefault((day - EPOCH_MONDAY).days // bucket, []).append(score)
    return [
        (
            stamp(shifted(EPOCH_MONDAY, k * bucket)) + (bucket - 1) * DAY / 2,
            sum(v) / len(v),
        )
        for k, v in sorted(groups.items())
    ]
