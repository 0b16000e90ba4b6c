"""Today's Done ticks, kept in the progress log as session rows.

A tick is a ``done`` session row for the day, the session's place in the day
and its kind, so a plan rebuilt with a different session in that place does
not inherit it. Older versions kept ticks in ``done.json``; ``import_done_json``
moves them into the log once and keeps the file as ``done.json.imported``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

from calfcare.core.dates import check_day
from calfcare.core.errors import InputError
from calfcare.core.log import Log, SessionEntry
from calfcare.core.planning.models import SessionKind

OLD_FILE = "done.json"


def _ticks(log: Log, date: dt.date, index: int, kind: SessionKind) -> list[SessionEntry]:
    return [
        s
        for s in log.day(date).sessions
        if s.day_index == index and s.kind == kind.value and s.status == "done"
    ]


def is_done(log: Log, date: dt.date, index: int, kind: SessionKind) -> bool:
    return bool(_ticks(log, date, index, kind))


def ticked_on(log: Log, date: dt.date) -> set[tuple[int, str]]:
    """(place in the day, kind) of every ticked session on ``date``, in one read."""
    return {(s.day_index, s.kind) for s in log.day(date).sessions if s.status == "done"}


def set_done(log: Log, date: dt.date, index: int, kind: SessionKind, done: bool) -> None:
    """Tick: one ``done`` row for the session. Untick: remove its ``done`` rows (a played
    session's ``partial`` row stays, since it says what was really done)."""
    ticks = _ticks(log, date, index, kind)
    if done and not ticks:
        log.add_session(date, kind.value, "done", index)
    elif not done:
        for tick in ticks:
            assert tick.id is not None
            log.delete(SessionEntry, tick.id)


def import_done_json(log: Log, data_dir: Path) -> int:
    """Move the ticks of an old ``done.json`` into the log, once; returns how many.

    A file that cannot be read is left where it is, untouched.
    """
    path = data_dir / OLD_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        keys = data["done"]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return 0
    moved = 0
    for key in keys if isinstance(keys, list) else []:
        with contextlib.suppress(ValueError, InputError):
            text, rest = str(key).split("#", 1)
            index, kind = rest.split(":", 1)
            day = check_day(dt.date.fromisoformat(text), "done")  # 9999-12-31 is no tick
            if not is_done(log, day, int(index), SessionKind(kind)):
                log.add_session(day, kind, "done", int(index))
                moved += 1
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(OLD_FILE + ".imported"))
    return moved
