"""Which planned sessions the runner has ticked off, kept in ``done.json``.

A session is named by its date, its place in the day and its kind, so a plan
rebuilt with a different session in that place does not inherit the tick.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from calfcare.planning.models import SessionKind
from calfcare.storage import keep_aside, write_atomic

FILE_NAME = "done.json"
FORMAT_VERSION = 1


def session_key(day: dt.date, index: int, kind: SessionKind) -> str:
    """'2026-11-23#1:strengthening': the session's date, place in the day and kind."""
    return f"{day.isoformat()}#{index}:{kind.value}"


class DoneMarks:
    """The set of done sessions, read once and written atomically on every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        self._done: set[str] = self._load()

    @classmethod
    def in_folder(cls, data_dir: Path) -> DoneMarks:
        return cls(data_dir / FILE_NAME)

    def is_done(self, day: dt.date, index: int, kind: SessionKind) -> bool:
        return session_key(day, index, kind) in self._done

    def set_done(self, day: dt.date, index: int, kind: SessionKind, done: bool) -> None:
        key = session_key(day, index, kind)
        if (key in self._done) == done:
            return
        if done:
            self._done.add(key)
        else:
            self._done.discard(key)
        self._save()

    def done_on(self, day: dt.date) -> set[str]:
        """The keys ticked off on ``day``."""
        prefix = f"{day.isoformat()}#"
        return {key for key in self._done if key.startswith(prefix)}

    def _save(self) -> None:
        data = {"version": FORMAT_VERSION, "done": sorted(self._done)}
        write_atomic(self.path, json.dumps(data, indent=2) + "\n")

    def _load(self) -> set[str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return set()
        except (OSError, UnicodeDecodeError) as exc:
            return self._set_aside(str(exc))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return self._set_aside(f"not valid JSON: {exc}")
        done = data.get("done") if isinstance(data, dict) else None
        if not isinstance(done, list) or not all(isinstance(key, str) for key in done):
            return self._set_aside("expected a list of done sessions")
        return set(done)

    def _set_aside(self, why: str) -> set[str]:
        kept = keep_aside(self.path)
        where = f" It was kept as {kept.name}." if kept else ""
        self.problem = f"Your ticked-off sessions could not be read ({why}).{where}"
        return set()
