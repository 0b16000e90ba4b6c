"""The planner's view of the log (``planning.history.History``), built from the database."""

from __future__ import annotations

import datetime as dt
import sqlite3

from calfcare.core.log import tables
from calfcare.core.log.records import PainEntry, RaiseTestEntry, RunEntry, SessionEntry, ShoesEntry
from calfcare.core.planning.history import (
    History,
    LoggedRun,
    PainScore,
    RaiseTest,
    SessionRecord,
    ShoePair,
)
from calfcare.core.units import from_metres


def build_history(
    conn: sqlite3.Connection, before: dt.date, weeks: int = 8, *, units: str
) -> History:
    """Runs, pain, sessions and raise tests of the ``weeks`` weeks before ``before``.

    Distances are given in ``units`` (the profile's), as the planner counts in them.

    Shoes are all pairs ever added. So that ``History.shoe_distance`` still
    gives a pair's true total, runs in it before the window are folded into
    its ``start_distance``.
    """
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1 (got {weeks})")
    first = before - dt.timedelta(weeks=weeks)
    runs = tables.select(conn, RunEntry, first, before)
    earlier = tables.select(conn, RunEntry, None, first)
    shoes = []
    for pair in tables.select(conn, ShoesEntry):
        worn_before = sum(
            r.metres for r in earlier if r.shoes == pair.name and r.date >= pair.started
        )
        shoes.append(
            ShoePair(
                name=pair.name,
                start_distance=from_metres(pair.start_metres + worn_before, units),
                started=pair.started,
                retired=pair.retired,
            )
        )
    return History(
        runs=tuple(
            LoggedRun(r.date, from_metres(r.metres, units), r.minutes, r.shoes) for r in runs
        ),
        pain=tuple(
            PainScore(p.date, p.when, p.score)
            for p in tables.select(conn, PainEntry, first, before)
        ),
        sessions=tuple(
            SessionRecord(s.date, s.kind, s.status)
            for s in tables.select(conn, SessionEntry, first, before)
        ),
        raise_tests=tuple(
            RaiseTest(t.date, t.left, t.right)
            for t in tables.select(conn, RaiseTestEntry, first, before)
        ),
        shoes=tuple(shoes),
    )
