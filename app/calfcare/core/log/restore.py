"""Replacing the log (and profile, settings) with a checked Snapshot.

The new log is built in a temporary file beside the old one, checked, and
renamed over it; the old log is first copied into ``backups/`` as
``before-restore-<time>.sqlite3``, so a restore can itself be undone.
The caller must hold the writer lock: no other CalfCare may have the file open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from calfcare.core.log import backup, db, tables
from calfcare.core.log.errors import LogError, Trouble, trouble_of
from calfcare.core.log.lock import WriterLock
from calfcare.core.log.records import KINDS
from calfcare.core.log.snapshot import Snapshot
from calfcare.core.paths import AppPaths
from calfcare.core.storage import free_name


@dataclass(frozen=True)
class Restored:
    entries: int
    previous: Path | None  # the old log's copy, or None if there was no log


def _build(target: Path, snapshot: Snapshot) -> None:
    for suffix in ("", *db.SIDE_FILES):  # our own leftovers from an interrupted restore
        with contextlib.suppress(FileNotFoundError):
            target.with_name(target.name + suffix).unlink()
    conn = db.connect(target)
    try:
        db.migrate(conn, target)
        with db.transaction(conn):
            for kind in KINDS:  # shoes first: runs refer to them
                for entry in snapshot.entries[kind.table]:
                    tables.insert(conn, entry)
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("the restored log fails SQLite's integrity check")
        conn.execute("PRAGMA journal_mode = DELETE")  # everything into the one file to rename
    finally:
        conn.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _set_aside_current(live: Path, folder: Path, stamp: str) -> Path | None:
    """Copy the current log into ``folder`` and fold its WAL in; None if there is none."""
    if not live.exists():
        return None
    # Two restores in one second must not share a name: the second would erase the first.
    keep = free_name(folder / f"before-restore-{stamp}.sqlite3", db.SIDE_FILES)
    try:
        conn = db.connect(live)
    except sqlite3.Error as exc:
        if trouble_of(exc) is not Trouble.corrupt:
            raise
        kept = db.keep_aside(live)  # damaged: kept whole, as at open
        return kept[0]
    try:
        backup.copy_db(conn, keep)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")  # removes the -wal, so none is left over
    finally:
        conn.close()
    for suffix in db.SIDE_FILES:  # never pair the new file with the old one's journal
        side = live.with_name(live.name + suffix)
        if side.exists():
            os.replace(side, keep.with_name(keep.name + suffix))
    return keep


def restore(paths: AppPaths, snapshot: Snapshot, lock: WriterLock) -> Restored:
    """Replace the log, then the profile and settings the snapshot holds (each atomically)."""
    from calfcare.core.profile import save_profile

    if not lock.held:
        raise RuntimeError("restore needs the writer lock")
    paths.ensure()
    live = paths.data_dir / db.LOG_NAME
    fresh = paths.data_dir / f".{db.LOG_NAME}.restoring"
    try:
        _build(fresh, snapshot)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        previous = _set_aside_current(live, backup.backups_dir(paths), stamp)
        os.replace(fresh, live)
        if snapshot.profile is not None:
            save_profile(snapshot.profile, paths.profile)
        if snapshot.settings is not None:
            snapshot.settings.save(paths.settings)
    except (OSError, sqlite3.Error) as exc:
        _remove_with_sides(fresh)  # a full disk must not leave our half-built file behind
        kind = trouble_of(exc) if isinstance(exc, sqlite3.Error) else Trouble.unavailable
        if kind is None:
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise LogError(kind, f"{live}: cannot restore ({reason})", live) from None
    return Restored(entries=snapshot.count(), previous=previous)


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", *db.SIDE_FILES):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()
