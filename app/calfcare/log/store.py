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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from calfcare.errors import InputError
from calfcare.log import backup, charts, db, tables
from calfcare.log.errors import LogError, Recovery, trouble_of
from calfcare.log.history import build_history
from calfcare.log.lock import WriterLock
from calfcare.log.records import (
    KINDS,
    Entry,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)
from calfcare.paths import AppPaths
from calfcare.planning.history import History, PainWhen, SessionStatus
from calfcare.player.machine import Done

E = TypeVar("E", bound=Entry)


def log_path(paths: AppPaths) -> Path:
    return paths.data_dir / db.LOG_NAME


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


class Log:
    """An open progress log. Close it (or use ``with``) when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        paths: AppPaths,
        *,
        recovery: Recovery | None = None,
        lock: WriterLock | None = None,
    ) -> None:
        self._conn = conn
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
        )
        log = cls(conn, paths, recovery=recovery, lock=lock)
        if daily_backup and not log.is_empty():
            # A missed backup must not stop the runner logging; the next open retries.
            with contextlib.suppress(OSError, sqlite3.Error):
                backup.daily_backup(conn, paths, today or dt.date.today())
        return log

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

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Turn SQLite's refusals into InputError (the runner can fix) or LogError."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise InputError(_integrity_message(exc)) from None
        except sqlite3.Error as exc:
            kind = trouble_of(exc)
            if kind is None:
                raise
            raise LogError(kind, f"{self.path}: cannot write the log ({exc})", self.path) from None

    def add(self, entry: E) -> E:
        """Store ``entry``; returns it with its id. An entry with an id keeps it (undo)."""
        return self._insert(type(entry).parse(entry.to_json()))  # built by hand: check it

    def _insert(self, entry: E) -> E:
        with self._writing():
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
        distance: float,
        minutes: float,
        shoes: str | None = None,
        note: str = "",
    ) -> RunEntry:
        """A run, distance in the profile's units; ``shoes`` names a pair already added."""
        return self._insert(
            RunEntry.parse(
                {
                    "date": date,
                    "distance": distance,
                    "minutes": minutes,
                    "shoes": shoes,
                    "note": note,
                }
            )
        )

    def add_shoes(self, name: str, start_distance: float, started: dt.date) -> ShoesEntry:
        return self._insert(
            ShoesEntry.parse({"name": name, "start_distance": start_distance, "started": started})
        )

    def retire_shoes(self, name: str, retired: bool = True) -> ShoesEntry:
        """Mark a pair retired (or back in use); returns it as it is now."""
        pair = self.find_shoes(name)
        if pair is None:
            raise InputError(f"shoes: no pair named {name!r}")
        now = ShoesEntry.parse({**pair.to_json(), "retired": retired})
        self.update(now)
        return now

    def update(self, entry: E) -> E:
        """Store a changed entry (same id); returns the entry as it was before."""
        entry = type(entry).parse(entry.to_json())
        if entry.id is None:
            raise InputError("id: an entry must be stored before it can be changed")
        with self._writing(), db.transaction(self._conn):
            before = tables.get(self._conn, type(entry), entry.id)
            if before is None:
                raise InputError(f"id: no {entry.table} entry {entry.id}")
            if isinstance(entry, RunEntry) and entry.shoes is not None:
                self._need_shoes(entry.shoes)
            tables.update(self._conn, entry)
        return before

    def delete(self, kind: type[E], entry_id: int) -> E:
        """Remove an entry; returns it, so ``add(returned)`` undoes the delete."""
        with self._writing(), db.transaction(self._conn):
            entry = tables.get(self._conn, kind, entry_id)
            if entry is None:
                raise InputError(f"id: no {kind.table} entry {entry_id}")
            tables.delete(self._conn, entry)
        return entry

    def _need_shoes(self, name: str) -> None:
        if self.find_shoes(name) is None:
            raise InputError(f"shoes: no pair named {name!r} (add the pair first)")

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

    def shoes(self) -> list[ShoesEntry]:
        return tables.select(self._conn, ShoesEntry)

    def find_shoes(self, name: str) -> ShoesEntry | None:
        return next((s for s in self.shoes() if s.name == name.strip()), None)

    def day(self, date: dt.date) -> DayLog:
        found = self.days(date, date + dt.timedelta(days=1))
        return found[0] if found else DayLog(date)

    def days(self, first: dt.date, before: dt.date) -> list[DayLog]:
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
            for entry in tables.select(self._conn, kind, first, before):
                day = found.setdefault(entry.day(), DayLog(entry.day()))
                getattr(day, slot).append(entry)
        return [found[d] for d in sorted(found, reverse=True)]

    def history(self, before: dt.date, weeks: int = 8) -> History:
        """What the planner reads: the ``weeks`` weeks before ``before``."""
        return build_history(self._conn, before, weeks)

    # Charts --------------------------------------------------------------------------

    def pain_series(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> dict[PainWhen, list[tuple[dt.date, int]]]:
        return charts.pain_series(self._conn, first, before)

    def sessions_per_week(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[charts.WeekSessions]:
        return charts.sessions_per_week(self._conn, first, before)

    def raise_tests(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[RaiseTestEntry]:
        return tables.select(self._conn, RaiseTestEntry, first, before)

    def weekly_distance(
        self, first: dt.date | None = None, before: dt.date | None = None
    ) -> list[charts.WeekDistance]:
        return charts.weekly_distance(self._conn, first, before)

    def shoe_distances(self) -> list[charts.ShoeDistance]:
        return charts.shoe_distances(self._conn)


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "UNIQUE" in text and "shoes.name" in text:
        return "name: there is already a pair of shoes with that name"
    if "FOREIGN KEY" in text:
        return "shoes: runs are logged in this pair; retire it instead of deleting it"
    if "UNIQUE" in text and ".id" in text:
        return "id: an entry with this id is already in the log"
    return f"the log refused the entry ({text})"
