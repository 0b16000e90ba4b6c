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
from calfcare.core.log.records import NOTE_MAX
from calfcare.core.planning.history import SessionStatus
from calfcare.core.planning.models import SessionKind

OLD_FILE = "done.json"
_RANK: dict[SessionStatus, int] = {"skipped": 0, "partial": 1, "done": 2}


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


def _rows(log: Log, date: dt.date, index: int, kind: str) -> list[SessionEntry]:
    return [s for s in log.day(date).sessions if s.day_index == index and s.kind == kind]


def record_session(
    log: Log, date: dt.date, kind: str, status: SessionStatus, index: int, *, note: str = ""
) -> SessionEntry:
    """One row per planned session: a second report (a tick after a stopped session, a
    second play) updates the first, keeping the better status and both notes."""
    rows = _rows(log, date, index, kind)
    if not rows:
        return log.add_session(date, kind, status, index, note)
    row = rows[0]
    better = status if _RANK[status] > _RANK[row.status] else row.status
    notes = "; ".join(n for n in (row.note, note) if n)[:NOTE_MAX]
    now = SessionEntry.parse({**row.to_json(), "status": better, "note": notes})
    if now != row:
        log.update(now)
    return now


def set_done(log: Log, date: dt.date, index: int, kind: SessionKind, done: bool) -> None:
    """Tick: the session's row becomes ``done`` (a stopped session's ``partial`` row is
    upgraded, never doubled). Untick: a played session goes back to ``partial``, since its
    steps say what was really done; a session only ticked loses its row."""
    if done:
        record_session(log, date, kind.value, "done", index)
        return
    played = any(step.session_kind == kind.value for step in log.day(date).steps)
    for tick in _ticks(log, date, index, kind):
        assert tick.id is not None
        if played:
            log.update(SessionEntry.parse({**tick.to_json(), "status": "partial"}))
        else:
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
