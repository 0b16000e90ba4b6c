"""The log's entries as typed records, and the one validator each goes through.

Every way in (the app, the command line, a restored backup) builds a record
with ``Kind.parse(mapping)``, so a value is checked the same way everywhere and
a refusal is an InputError naming the field: ``score: must be a whole number
from 0 to 10 (got 11)``. Distances are in the profile's units, as typed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self, cast

from calfcare.errors import InputError
from calfcare.planning.history import PainWhen, SessionStatus
from calfcare.planning.models import SessionKind

PAIN_WHEN: tuple[PainWhen, ...] = ("during", "after", "morning")
SESSION_STATUS: tuple[SessionStatus, ...] = ("done", "partial", "skipped")
SIDES = ("left", "right", "both")
SESSION_KINDS = tuple(k.value for k in SessionKind)
NOTE_MAX = 2000
MAX_DISTANCE = 1000.0  # one run, km or mi: far beyond any ultra, catches a typo like 10000
MAX_MINUTES = 24 * 60.0
MAX_RAISES = 500


def _got(value: object) -> str:
    return f" (got {value!r})"


def _date(data: Mapping[str, Any], name: str) -> dt.date:
    value = data.get(name)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"{name}: expected a date as YYYY-MM-DD{_got(value)}")


def _datetime(data: Mapping[str, Any], name: str) -> dt.datetime:
    value = data.get(name)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"{name}: expected a date and time as YYYY-MM-DDTHH:MM:SS{_got(value)}")


def _whole(data: Mapping[str, Any], name: str, low: int, high: int) -> int:
    value = data.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"{name}: must be a whole number from {low} to {high}{_got(value)}")
    return value


def _maybe_whole(data: Mapping[str, Any], name: str, low: int, high: int) -> int | None:
    return None if data.get(name) is None else _whole(data, name, low, high)


def _number(data: Mapping[str, Any], name: str, low: float, high: float) -> float:
    value = data.get(name)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise InputError(f"{name}: must be a number from {low:g} to {high:g}{_got(value)}")
    return float(value)


def _maybe_number(data: Mapping[str, Any], name: str, low: float, high: float) -> float | None:
    return None if data.get(name) is None else _number(data, name, low, high)


def _text(data: Mapping[str, Any], name: str, longest: int, *, blank: bool = False) -> str:
    value = data.get(name, "" if blank else None)
    if not isinstance(value, str):
        raise InputError(f"{name}: expected text{_got(value)}")
    value = value.strip()
    if not value and not blank:
        raise InputError(f"{name}: must not be empty")
    if len(value) > longest:
        raise InputError(f"{name}: at most {longest} characters (got {len(value)})")
    return value


def _choice(data: Mapping[str, Any], name: str, allowed: tuple[str, ...]) -> str:
    value = data.get(name)
    if value not in allowed:
        raise InputError(f"{name}: must be one of {', '.join(allowed)}{_got(value)}")
    return cast(str, value)


def _entry_id(data: Mapping[str, Any]) -> int | None:
    return None if data.get("id") is None else _whole(data, "id", 1, 2**62)


def _flag(data: Mapping[str, Any], name: str) -> bool:
    value = data.get(name, False)
    if isinstance(value, bool):
        return value
    if value in (0, 1):  # as SQLite stores it
        return bool(value)
    raise InputError(f"{name}: must be true or false{_got(value)}")


@dataclass(frozen=True)
class Entry:
    """One row of the log. ``id`` is None until the log has stored it."""

    table: ClassVar[str]
    date_column: ClassVar[str] = "date"  # the day an entry belongs to, for lists and ranges
    id: int | None

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        """Check every value and build the record; InputError names the first bad field."""
        raise NotImplementedError

    def to_json(self) -> dict[str, object]:
        """A JSON-ready mapping (dates as ISO text) that ``parse`` reads back."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, dt.date) else value
        return out

    def columns(self) -> dict[str, object]:
        """The values as SQLite stores them (flags as 0/1), without the id."""
        stored = self.to_json()
        del stored["id"]
        return {k: int(v) if isinstance(v, bool) else v for k, v in stored.items()}

    def day(self) -> dt.date:
        """The day the entry belongs to in the history list."""
        raise NotImplementedError


@dataclass(frozen=True)
class ShoesEntry(Entry):
    table: ClassVar[str] = "shoes"
    date_column: ClassVar[str] = "started"
    name: str
    start_distance: float
    started: dt.date
    retired: bool = False

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            name=_text(data, "name", 60),
            start_distance=_number(data, "start_distance", 0, 100_000),
            started=_date(data, "started"),
            retired=_flag(data, "retired"),
        )

    def day(self) -> dt.date:
        return self.started


@dataclass(frozen=True)
class RunEntry(Entry):
    table: ClassVar[str] = "runs"
    date: dt.date
    distance: float
    minutes: float
    shoes: str | None = None
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            date=_date(data, "date"),
            distance=_number(data, "distance", 0, MAX_DISTANCE),
            minutes=_number(data, "minutes", 0, MAX_MINUTES),
            shoes=None if data.get("shoes") is None else _text(data, "shoes", 60),
            note=_text(data, "note", NOTE_MAX, blank=True),
        )

    def day(self) -> dt.date:
        return self.date


@dataclass(frozen=True)
class PainEntry(Entry):
    table: ClassVar[str] = "pain"
    date: dt.date
    when: PainWhen
    score: int
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            date=_date(data, "date"),
            when=cast(PainWhen, _choice(data, "when", PAIN_WHEN)),
            score=_whole(data, "score", 0, 10),
            note=_text(data, "note", NOTE_MAX, blank=True),
        )

    def day(self) -> dt.date:
        return self.date


@dataclass(frozen=True)
class SessionEntry(Entry):
    """How a planned session went; ``day_index`` tells apart two of a kind on one day."""

    table: ClassVar[str] = "sessions"
    date: dt.date
    kind: str
    status: SessionStatus
    day_index: int = 0
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            date=_date(data, "date"),
            kind=_choice(data, "kind", SESSION_KINDS),
            status=cast(SessionStatus, _choice(data, "status", SESSION_STATUS)),
            day_index=_whole(data, "day_index", 0, 20) if "day_index" in data else 0,
            note=_text(data, "note", NOTE_MAX, blank=True),
        )

    def day(self) -> dt.date:
        return self.date


@dataclass(frozen=True)
class RaiseTestEntry(Entry):
    """The most single-leg calf raises in a row, per side."""

    table: ClassVar[str] = "raise_tests"
    date: dt.date
    left: int
    right: int
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            date=_date(data, "date"),
            left=_whole(data, "left", 0, MAX_RAISES),
            right=_whole(data, "right", 0, MAX_RAISES),
            note=_text(data, "note", NOTE_MAX, blank=True),
        )

    def day(self) -> dt.date:
        return self.date


@dataclass(frozen=True)
class StepEntry(Entry):
    """One completed step of the session player (``player.machine.Done``) and when."""

    table: ClassVar[str] = "steps"
    date_column: ClassVar[str] = "session_date"
    at: dt.datetime
    session_date: dt.date
    session_kind: str
    exercise: str
    side: str | None
    set_number: int | None
    planned_reps: int | None
    actual_reps: int | None
    planned_seconds: float | None
    actual_seconds: float

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=_entry_id(data),
            at=_datetime(data, "at"),
            session_date=_date(data, "session_date"),
            session_kind=_choice(data, "session_kind", SESSION_KINDS),
            exercise=_text(data, "exercise", 80),
            side=None if data.get("side") is None else _choice(data, "side", SIDES),
            set_number=_maybe_whole(data, "set_number", 1, 100),
            planned_reps=_maybe_whole(data, "planned_reps", 0, 1000),
            actual_reps=_maybe_whole(data, "actual_reps", 0, 1000),
            planned_seconds=_maybe_number(data, "planned_seconds", 0, MAX_MINUTES * 60),
            actual_seconds=_number(data, "actual_seconds", 0, MAX_MINUTES * 60),
        )

    def day(self) -> dt.date:
        return self.session_date


KINDS: tuple[type[Entry], ...] = (
    ShoesEntry,
    RunEntry,
    PainEntry,
    SessionEntry,
    RaiseTestEntry,
    StepEntry,
)
KIND_BY_TABLE: dict[str, type[Entry]] = {k.table: k for k in KINDS}
