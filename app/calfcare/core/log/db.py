"""Opening the log's SQLite file: WAL, foreign keys, migrations, and damage kept aside.

The connection runs in autocommit mode, so each single write is its own
transaction and is on disk when the call returns (``synchronous=FULL``: a
runner's entry survives a power cut as well as a killed process). Several
statements that belong together run inside ``transaction``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from calfcare.core.log.errors import LogCorruptError, LogError, Recovery, Trouble, trouble_of
from calfcare.core.log.schema import MIGRATIONS
from calfcare.core.storage import free_name

LOG_NAME = "log.sqlite3"
BUSY_TIMEOUT = 5.0  # seconds to wait for another writer before giving up
SIDE_FILES = ("-wal", "-shm", "-journal")


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the log's settings; raises sqlite3.Error as is."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Everything inside commits together or not at all (a write lock from the start)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _metres_per_km() -> float:
    return 1000.0


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    migrations: tuple[tuple[str, ...], ...] = MIGRATIONS,
    metres_per_unit: Callable[[], float] = _metres_per_km,
) -> int:
    """Bring the schema up to ``len(migrations)``; returns the version found before.

    ``metres_per_unit`` gives the unit the old distances were typed in (the
    profile's units of the time); it is asked only when a migration needs it.
    """
    target = len(migrations)
    found = schema_version(conn)
    if found > target:
        raise LogError(
            Trouble.too_new,
            f"{path}: made by a newer CalfCare (log version {found}, this one knows "
            f"up to {target}); update CalfCare to open it",
            path,
        )
    if found == target:
        return found
    with transaction(conn):
        found = schema_version(conn)  # another process may have migrated meanwhile
        params: dict[str, float] = {}
        for steps in migrations[found:target]:
            for statement in steps:
                if ":metres_per_unit" in statement and not params:
                    params["metres_per_unit"] = metres_per_unit()
                conn.execute(statement, params)
        conn.execute(f"PRAGMA user_version = {target}")
    return found


def _check(conn: sqlite3.Connection) -> None:
    problem = conn.execute("PRAGMA quick_check").fetchone()[0]
    if problem != "ok":
        raise sqlite3.DatabaseError(f"database disk image is malformed ({problem})")


SQLITE_MAGIC = b"SQLite format 3\x00"


def _open_checked(
    path: Path,
    migrations: tuple[tuple[str, ...], ...],
    metres_per_unit: Callable[[], float] = _metres_per_km,
) -> sqlite3.Connection:
    # Checked before SQLite sees the file: closing a connection to a file it cannot
    # read deletes the -wal beside it, which may hold the newest entries.
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise sqlite3.DatabaseError("file is not a database (no SQLite header)")
    conn = connect(path)
    try:
        _check(conn)
        migrate(conn, path, migrations, metres_per_unit)
    except BaseException:
        conn.close()
        raise
    return conn


def keep_aside(path: Path, now: dt.datetime | None = None) -> tuple[Path, ...]:
    """Move a damaged log and its -wal/-shm out of the way under one timestamped name.

    The kept file keeps its side files' suffixes, so SQLite opens the pair as it was.
    """
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = free_name(path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}"), SIDE_FILES)
    kept: list[Path] = []
    for suffix in ("", *SIDE_FILES):
        source = path.with_name(path.name + suffix)
        if source.exists():
            target = base.with_name(base.name + suffix)
            os.replace(source, target)
            kept.append(target)
    return tuple(kept)


def open_db(
    path: Path,
    *,
    may_move_aside: Callable[[], bool],
    latest_backup: Callable[[], Path | None],
    migrations: tuple[tuple[str, ...], ...] = MIGRATIONS,
    metres_per_unit: Callable[[], float] = _metres_per_km,
) -> tuple[sqlite3.Connection, Recovery | None]:
    """Open (create, migrate) the log at ``path``.

    A damaged file is moved aside and a fresh log started, if ``may_move_aside()``
    says nobody else has it open; otherwise LogCorruptError. Other troubles raise
    LogError with their kind; an unexpected sqlite3 error (a bug) propagates.
    """
    try:
        return _open_checked(path, migrations, metres_per_unit), None
    except sqlite3.Error as exc:
        kind = trouble_of(exc)
        if kind is None:
            raise
        if kind is not Trouble.corrupt:
            raise LogError(kind, f"{path}: cannot open the progress log ({exc})", path) from None
        reason = str(exc)
    backup = latest_backup()
    if not may_move_aside():
        raise LogCorruptError(
            f"{path}: the progress log is corrupt ({reason}) and another CalfCare has it "
            "open; close it and try again",
            path,
            backup,
        )
    try:
        kept = keep_aside(path)
    except OSError as exc:
        raise LogCorruptError(
            f"{path}: the progress log is corrupt ({reason}) and cannot be moved aside "
            f"({exc.strerror})",
            path,
            backup,
        ) from None
    try:
        conn = _open_checked(path, migrations, metres_per_unit)
    except sqlite3.Error as exc:
        kind = trouble_of(exc) or Trouble.unavailable
        raise LogError(kind, f"{path}: cannot start a new progress log ({exc})", path) from None
    return conn, Recovery(kept=kept, latest_backup=backup, reason=reason)
