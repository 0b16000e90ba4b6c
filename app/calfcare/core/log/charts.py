"""Series for the progress charts: pain by when, sessions and distance per week, shoes."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from calfcare.core.log import tables
from calfcare.core.log.records import PAIN_WHEN, PainEntry, RunEntry, SessionEntry, ShoesEntry
from calfcare.core.planning.history import PainWhen


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekSessions:
    monday: dt.date
    done: int
    partial: int
    skipped: int


@dataclass(frozen=True)
class WeekDistance:
    monday: dt.date
    metres: float
    runs: int


@dataclass(frozen=True)
class ShoeDistance:
    name: str
    metres: float  # on the shoes when added plus every run logged in them since
    started: dt.date
    retired: bool


def pain_series(
    conn: sqlite3.Connection, first: dt.date | None = None, before: dt.date | None = None
) -> dict[PainWhen, list[tuple[dt.date, int]]]:
    """For each of during/after/morning: (day, worst score that day), oldest first."""
    worst: dict[PainWhen, dict[dt.date, int]] = {when: {} for when in PAIN_WHEN}
    for p in tables.select(conn, PainEntry, first, before):
        days = worst[p.when]
        days[p.date] = max(p.score, days.get(p.date, 0))
    return {when: sorted(days.items()) for when, days in worst.items()}


def sessions_per_week(
    conn: sqlite3.Connection, first: dt.date | None = None, before: dt.date | None = None
) -> list[WeekSessions]:
    """Sessions by status in each week (Monday to Sunday) that has any, oldest first."""
    weeks: dict[dt.date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s in tables.select(conn, SessionEntry, first, before):
        weeks[monday_of(s.date)][s.status] += 1
    return [
        WeekSessions(monday, c["done"], c["partial"], c["skipped"])
        for monday, c in sorted(weeks.items())
    ]


def weekly_distance(
    conn: sqlite3.Connection, first: dt.date | None = None, before: dt.date | None = None
) -> list[WeekDistance]:
    """Distance and number of runs in each week that has runs, oldest first."""
    weeks: dict[dt.date, list[float]] = defaultdict(list)
    for r in tables.select(conn, RunEntry, first, before):
        weeks[monday_of(r.date)].append(r.metres)
    return [WeekDistance(m, sum(d), len(d)) for m, d in sorted(weeks.items())]


def shoe_distances(conn: sqlite3.Connection) -> list[ShoeDistance]:
    """Every pair with its distance so far, newest pair first."""
    runs = tables.select(conn, RunEntry)
    out = [
        ShoeDistance(
            name=pair.name,
            metres=pair.start_metres
            + sum(r.metres for r in runs if r.shoes == pair.name and r.date >= pair.started),
            started=pair.started,
            retired=pair.retired,
        )
        for pair in tables.select(conn, ShoesEntry)
    ]
    return sorted(out, key=lambda s: s.started, reverse=True)
