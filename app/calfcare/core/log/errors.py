"""What can go wrong opening or writing the log, sorted into kinds the caller can act on.

As in qutebrowser's ``misc/sql.py``: SQLite's error names are mapped to a few
kinds; a kind we do not expect (a bug) is raised unchanged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class Trouble(StrEnum):
    corrupt = "corrupt"  # not a database, or a damaged one
    unavailable = "unavailable"  # cannot open, read or write the file (permissions, disk full)
    busy = "busy"  # another process holds it too long
    too_new = "too_new"  # made by a newer CalfCare


_KINDS: dict[str, Trouble] = {
    "SQLITE_CORRUPT": Trouble.corrupt,
    "SQLITE_NOTADB": Trouble.corrupt,
    "SQLITE_CANTOPEN": Trouble.unavailable,
    "SQLITE_PERM": Trouble.unavailable,
    "SQLITE_READONLY": Trouble.unavailable,
    "SQLITE_FULL": Trouble.unavailable,
    "SQLITE_IOERR": Trouble.unavailable,
    "SQLITE_AUTH": Trouble.unavailable,
    "SQLITE_BUSY": Trouble.busy,
    "SQLITE_LOCKED": Trouble.busy,
}


def trouble_of(exc: sqlite3.Error) -> Trouble | None:
    """The kind of a SQLite error, or None when it looks like a bug in CalfCare."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, kind in _KINDS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return kind
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return Trouble.corrupt
    if "unable to open" in text or "disk I/O" in text or "readonly" in text:
        return Trouble.unavailable
    if "locked" in text:
        return Trouble.busy
    return None


class LogError(Exception):
    """The log cannot be used; ``trouble`` says why, the message says it in words."""

    def __init__(self, trouble: Trouble, message: str, path: Path) -> None:
        super().__init__(message)
        self.trouble = trouble
        self.path = path


class LogCorruptError(LogError):
    """The log file is damaged and could not be moved aside (another program has it)."""

    def __init__(self, message: str, path: Path, latest_backup: Path | None) -> None:
        super().__init__(Trouble.corrupt, message, path)
        self.latest_backup = latest_backup


@dataclass(frozen=True)
class Recovery:
    """A damaged log was moved aside and a fresh one started: tell the runner.

    ``kept`` holds the damaged file (and its ``-wal``/``-shm``, if any), never
    deleted; ``latest_backup`` is the newest rolling backup to offer a restore from.
    """

    kept: tuple[Path, ...]
    latest_backup: Path | None
    reason: str

    def message(self) -> str:
        offer = (
            f"; the latest backup is {self.latest_backup} ('calfcare restore' takes it)"
            if self.latest_backup
            else "; there is no backup to restore from"
        )
        return (
            f"the progress log was corrupt ({self.reason}): kept it as {self.kept[0]} "
            f"and started a new one{offer}"
        )
