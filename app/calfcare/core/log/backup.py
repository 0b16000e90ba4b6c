"""Rolling copies of the log, made with SQLite's backup API: one a day, the last seven.

A copy is written to a temporary name and renamed, so a backup file is always
whole. The copies are plain SQLite files; ``calfcare restore`` takes one as
well as a JSON backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from calfcare.core.paths import AppPaths

KEEP = 7
PREFIX = "log-"
SUFFIX = ".sqlite3"


def backups_dir(paths: AppPaths) -> Path:
    return paths.data_dir / "backups"


def rolling_backups(paths: AppPaths) -> list[Path]:
    """The daily copies, oldest first (their names sort by date)."""
    folder = backups_dir(paths)
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)
    )


def latest_backup(paths: AppPaths) -> Path | None:
    found = rolling_backups(paths)
    return found[-1] if found else None


def copy_db(source: sqlite3.Connection, target: Path) -> Path:
    """Copy an open database to ``target`` through a temporary file and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # our own leftover from a copy that was interrupted
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
        finally:
            copy.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a full disk leaves no half copy behind
        raise
    return target


def daily_backup(source: sqlite3.Connection, paths: AppPaths, today: dt.date) -> Path | None:
    """Today's copy, unless there is one already; keeps the newest ``KEEP``.

    Returns the new copy's path, or None when nothing was made.
    """
    target = backups_dir(paths) / f"{PREFIX}{today.isoformat()}{SUFFIX}"
    if target.exists():
        return None
    copy_db(source, target)
    for old in rolling_backups(paths)[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target
