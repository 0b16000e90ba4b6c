"""The progress log: what the runner did and felt, one committed row per entry.

``Log.open(paths)`` is the way in for the app and the command line. Every
``add_*`` is one transaction, on disk when it returns. ``delete`` returns the
removed entry and ``add(entry)`` puts it back with the same id, which is all
an undo needs; ``update`` returns the entry as it was, for the same reason.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from calfcare.core import units
from calfcare.core.errors import InputError, cut
from calfcare.core.log import backup, db, tables
from calfcare.core.log.errors import Recovery
from calfcare.core.log.lock import WriterLock
from calfcare.core.log.reading import LogReader
from calfcare.core.log.records import (
    Entry,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)
from calfcare.core.log.refusals import writing
from calfcare.core.paths import AppPaths
from calfcare.core.planning.history import PainWhen, SessionStatus

if TYPE_CHECKING:  # the player loads with the player, not with the log
    from calfcare.core.player.machine import Done

E = TypeVar("E", bound=Entry)


def log_path(paths: AppPaths) -> Path:
    return paths.data_dir / db.LOG_NAME


class Log(LogReader):
    """An open progress log. Close it (or use ``with``) when done.

    The queries (``entries``, ``days``, ``history``, the chart series) come from
    ``LogReader``; this class opens, closes and writes.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        paths: AppPaths,
        *,
        recovery: Recovery | None = None,
        lock: WriterLock | None = None,
    ) -> None:
        super().__init__(conn)
        self.paths = paths
        self.recovery = recovery
        """Set when a damaged log was moved aside at open: say so and offer a restore."""
        self.lock = lock

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        *,
        lock: WriterLock | None = None,
        daily_backup: bool = True,
        today: dt.date | None = None,
    ) -> Log:
        """Open the log in ``paths.data_dir`` (created and migrated as needed).

        ``lock``, when given and held, is the caller's writer lock (the app's).
        A damaged file is moved aside and a fresh log started (see ``recovery``);
        if another CalfCare holds the lock it is left alone and LogCorruptError is
        raised. A file that cannot be read, or was made by a newer CalfCare, raises
        LogError. Makes the day's rolling backup of a non-empty log.
        """
        paths.ensure()

        def may_move_aside() -> bool:
            if lock is not None and lock.held:
                return True
            with WriterLock(paths.data_dir) as brief:
                return brief.acquire(wait=1.0)

        conn, recovery = db.open_db(
            log_path(paths),
            may_move_aside=may_move_aside,
            latest_backup=lambda: backup.latest_backup(paths),
            metres_per_unit=lambda: units.metres_per(units.profile_units(paths.profile)),
        )
        log = cls(conn, paths, recovery=recovery, lock=lock)
        if daily_backup:
            log.daily_backup(today)
        return log

    def daily_backup(self, today: dt.date | None = None) -> None:
        """Make the day's rolling backup of a non-empty log, if there is none yet."""
        if self.is_empty():
            return
        # A missed backup must not stop the runner logging; the next open retries.
        with contextlib.suppress(OSError, sqlite3.Error):
            backup.daily_backup(self._conn, self.paths, today or dt.date.today())

    @property
    def path(self) -> Path:
        return log_path(self.paths)

    @property
    def connection(self) -> sqlite3.Connection:
        """For backups and exports in this package; the app should not need it."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Log:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Writing -------------------------------------------------------------------------

    def add(self, entry: E) -> E:
        """Store ``entry``; returns it with its id. An entry with an id keeps it (undo)."""
        return self._insert(type(entry).parse(entry.to_json()))  # built by hand: check it

    def _insert(self, entry: E) -> E:
        entry.check_incoming()
        with writing(self.path):
            if isinstance(entry, RunEntry) and entry.shoes is not None:
                self._need_shoes(entry.shoes)
            return tables.insert(self._conn, entry)

    def add_step(
        self, done: Done, at: dt.datetime, session_date: dt.date, session_kind: str
    ) -> StepEntry:
        """A step the player completed, at ``at``, in the session of that day and kind."""
        return self._insert(
            StepEntry.parse(
                {
                    "at": at,
                    "session_date": session_date,
                    "session_kind": session_kind,
                    "exercise": done.exercise,
                    "side": done.side,
                    "set_number": done.set_number,
                    "planned_reps": done.planned_reps,
                    "actual_reps": done.actual_reps,
                    "planned_seconds": done.planned_seconds,
                    "actual_seconds": done.actual_seconds,
                }
            )
        )

    def add_pain(self, date: dt.date, when: PainWhen, score: int, note: str = "") -> PainEntry:
        return self._insert(
            PainEntry.parse({"date": date, "when": when, "score": score, "note": note})
        )

    def add_session(
        self,
        date: dt.date,
        kind: str,
        status: SessionStatus,
        day_index: int = 0,
        note: str = "",
    ) -> SessionEntry:
        return self._insert(
            SessionEntry.parse(
                {"date": date, "kind": kind, "status": status, "day_index": day_index, "note": note}
            )
        )

    def add_raise_test(
        self, date: dt.date, left: int, right: int, note: str = ""
    ) -> RaiseTestEntry:
        return self._insert(
            RaiseTestEntry.parse({"date": date, "left": left, "right": right, "note": note})
        )

    def add_run(
        self,
        date: dt.date,
        metres: float,
        minutes: float,
        shoes: str | None = None,
        note: str = "",
    ) -> RunEntry:
        """A typed run, distance in metres; ``shoes`` names a pair already added."""
        return self._insert(
            RunEntry.parse(
                {
                    "date": date,
                    "metres": metres,
                    "minutes": minutes,
                    "shoes": shoes,
                    "note": note,
                }
            )
        )

    def add_shoes(self, name: str, start_metres: float, started: dt.date) -> ShoesEntry:
        return self._insert(
            ShoesEntry.parse({"name": name, "start_metres": start_metres, "started": started})
        )

    def add_imported_run(self, run: RunEntry) -> RunEntry | None:
        """Store an imported run in its own transaction; None if its key is already there."""
        entry = RunEntry.parse(run.to_json())
        with writing(self.path), db.transaction(self._conn):
            if entry.import_key is not None and self._has_import_key(entry.import_key):
                return None
            if entry.shoes is not None:
                self._need_shoes(entry.shoes)
            return tables.insert(self._conn, entry)

    def retire_shoes(self, name: str, retired: bool = True) -> ShoesEntry:
        """Mark a pair retired (or back in use); returns it as it is now."""
        pair = self.find_shoes(name)
        if pair is None:
            raise InputError(f"shoes: no pair named {cut(name)}")
        now = ShoesEntry.parse({**pair.to_json(), "retired": retired})
        self.update(now)
        return now

    def update(self, entry: E) -> E:
        """Store a changed entry (same id); returns the entry as it was before."""
        entry = type(entry).parse(entry.to_json())
        entry.check_incoming()
        if entry.id is None:
            raise InputError("id: an entry must be stored before it can be changed")
        with writing(self.path), db.transaction(self._conn):
            before = tables.get(self._conn, type(entry), entry.id)
            if before is None:
                raise InputError(f"id: no {entry.table} entry {entry.id}")
            if isinstance(entry, RunEntry) and entry.shoes is not None:
                self._need_shoes(entry.shoes)
            tables.update(self._conn, entry)
        return before

    def delete(self, kind: type[E], entry_id: int) -> E:
        """Remove an entry; returns it, so ``add(returned)`` undoes the delete."""
        with writing(self.path), db.transaction(self._conn):
            entry = tables.get(self._conn, kind, entry_id)
            if entry is None:
                raise InputError(f"id: no {kind.table} entry {entry_id}")
            tables.delete(self._conn, entry)
        return entry

    def _need_shoes(self, name: str) -> None:
        if self.find_shoes(name) is None:
            raise InputError(f"shoes: no pair named {name!r} (add the pair first)")
