"""The read-only side of the progress log: entries, days, the planner's history, chart series.

``Log`` (in ``store``) builds on ``LogReader`` and adds opening, closing and
writing; nothing here changes the database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING, TypeVar

from calfcare.core.dates import shifted
from calfcare.core.log import tables
from calfcare.core.log.days import DayLog, select_days
from calfcare.core.log.history import build_history
from calfcare.core.log.records import KINDS, Entry, RaiseTestEntry, ShoesEntry
from calfcare.core.planning.history import History, PainWhen

if TYPE_CHECKING:  # the chart queries load with the Progress page, not at start-up
    from calfcare.core.log import charts

E = TypeVar("E", bound=Entry)


class LogReader:
    """Queries over an open log connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # Reading -------------------------------------------------------------------------

    def get(self, kind: type[E], entry_id: int) -> E | None:
        return tables.get(self._conn, kind, entry_id)

    def entries(
        self, kind: type[E], first: dt.date | None = None, before: dt.date | None = None
    ) -> list[E]:
        """Entries of one kind from ``first`` up to (not including) ``before``, oldest first."""
        return tables.select(self._conn, kind, first, before)

    def is_empty(self) -> bool:
        return all(tables.count(self._conn, kind) == 0 for kind in KINDS)

    def _has_import_key(self, key: str) -> bool:
        found = self._conn.execute("SELECT 1 FROM runs WHERE import_key = ?", (key,))
        return found.fetchone() is not None

    def shoes(self) -> list[ShoesEntry]:
        return tables.select(self._conn, ShoesEntry)

    def find_shoes(self, name: str) -> ShoesEntry | None:
        return next((s for s in self.shoes() if s.name == name.strip()), None)

    def first_day(self) -> dt.date | None:
        """The earliest day anything was logged, from the date indexes (no rows parsed)."""
        parts = " UNION ALL ".join(
            f'SELECT min("{k.date_column}") AS d FROM {k.table}' for k in KINDS
        )
        value = self._conn.execute(f"SELECT min(d) FROM ({parts})").fetchone()[0]
        return dt.date.fromisoformat(value[:10]) if value else None

    def day(self, date: dt.date) -> DayLog:
        found = self.days(date, shifted(date, 1))
        return found[0] if found else DayLog(date)

    def days(self, first: dt.date, before: dt.date) -> list[DayLog]:
        """Days with anything logged from ``first`` up to ``before``, newest first."""
        return select_days(self._conn, first, before)

    def history(self, before: dt.date, weeks: int = 8, *, units: str) -> History:
        """What the planner reads: the ``weeks`` weeks before ``before``, in ``units``."""
        return build_history(self._conn, before, weeks, units=units)

    # Charts --------------------------------------------------------------------------

    def pain_series(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> dict[PainWhen, list[tuple[dt.date, int]]]:
        from calfcare.core.log import charts

        return charts.pain_series(self._conn, first, before)

    def sessions_per_week(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[charts.WeekSessions]:
        from calfcare.core.log import charts

        return charts.sessions_per_week(self._conn, first, before)

    def raise_tests(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[RaiseTestEntry]:
        return tables.select(self._conn, RaiseTestEntry, first, before)

    def weekly_distance(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[charts.WeekDistance]:
        from calfcare.core.log import charts

        return charts.weekly_distance(self._conn, first, before)

    def shoe_distances(self) -> list[charts.ShoeDistance]:
        from calfcare.core.log import charts

        return charts.shoe_distances(self._conn)
