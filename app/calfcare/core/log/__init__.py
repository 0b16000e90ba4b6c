"""The progress log: completed steps, sessions, pain, runs, raise tests and shoes in SQLite.

No Qt here. The app and the command line open it with ``Log.open(paths)``;
``Log.history()`` gives the planner its ``planning.history.History``.
"""

from __future__ import annotations

from calfcare.core.log.days import DayLog
from calfcare.core.log.errors import LogCorruptError, LogError, Recovery, Trouble
from calfcare.core.log.lock import LockOwner, WriterLock
from calfcare.core.log.records import (
    Entry,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)
from calfcare.core.log.store import Log, log_path

__all__ = [
    "DayLog",
    "Entry",
    "LockOwner",
    "Log",
    "LogCorruptError",
    "LogError",
    "PainEntry",
    "RaiseTestEntry",
    "Recovery",
    "RunEntry",
    "SessionEntry",
    "ShoesEntry",
    "StepEntry",
    "Trouble",
    "WriterLock",
    "log_path",
]
