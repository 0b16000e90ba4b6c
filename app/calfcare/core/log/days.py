"""The log by day: everything logged on one day, for the Progress page's history list."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from calfcare.core.log import tables
from calfcare.core.log.records import (
    Entry,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)


@dataclass(frozen=True)
class DayLog:
    """Everything logged on one day, for the history list."""

    date: dt.date
    steps: list[StepEntry] = field(default_factory=list)
    sessions: list[SessionEntry] = field(default_factory=list)
    pain: list[PainEntry] = field(default_factory=list)
    runs: list[RunEntry] = field(default_factory=list)
    raise_tests: list[RaiseTestEntry] = field(default_factory=list)
    shoes: list[ShoesEntry] = field(default_factory=list)

    def entries(self) -> list[Entry]:
        return [*self.sessions, *self.steps, *self.runs, *self.pain, *self.raise_tests, *self.shoes]


def select_days(conn: sqlite3.Connection, first: dt.date, before: dt.date) -> list[DayLog]:
    """Days with anything logged from ``first`` up to ``before``, newest first."""
    found: dict[dt.date, DayLog] = {}
    for kind, slot in (
        (StepEntry, "steps"),
        (SessionEntry, "sessions"),
        (PainEntry, "pain"),
        (RunEntry, "runs"),
        (RaiseTestEntry, "raise_tests"),
        (ShoesEntry, "shoes"),
    ):
        for entry in tables.select(conn, kind, first, before):
            day = found.setdefault(entry.day(), DayLog(entry.day()))
            getattr(day, slot).append(entry)
    return [found[d] for d in sorted(found, reverse=True)]
