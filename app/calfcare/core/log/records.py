"""The log's entries as typed records, and the limits each field is held to.

Every way in (the app, the command line, a restored backup) builds a record
with ``Kind.parse(mapping)``, which runs each value through ``log.checks``, so a
value is checked the same way everywhere and a refusal is an InputError naming
the field. Distances are in metres (``core.units`` converts for the runner).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, ClassVar, Self, cast

from calfcare.core.dates import check_day
from calfcare.core.errors import InputError, shown
from calfcare.core.log import checks
from calfcare.core.planning.history import PainWhen, SessionStatus
from calfcare.core.planning.models import SessionKind

PAIN_WHEN: tuple[PainWhen, ...] = ("during", "after", "morning")
SESSION_STATUS: tuple[SessionStatus, ...] = ("done", "partial", "skipped")
SIDES = ("left", "right", "both")
SESSION_KINDS = tuple(k.value for k in SessionKind)
NOTE_MAX = 2000
MAX_DISTANCE = 1000.0  # one run, km or mi as typed: far beyond any ultra, catches 10000
MAX_METRES = 2_000_000.0  # metres: above the typed limit in miles, whichever unit was used
MAX_SHOE_DISTANCE = 100_000.0  # already on a pair when added, km or mi as typed
MAX_SHOE_METRES = 200_000_000.0  # above the typed limit in miles
SOURCE_MAX = 255
MAX_MINUTES = 24 * 60.0
MAX_RAISES = 500


def typed_metres(
    distance: float, units: str, name: str = "distance", high: float = MAX_DISTANCE
) -> float:
    """A distance as typed in the profile's units, checked there, in metres."""
    from calfcare.core.units import to_metres

    return to_metres(checks.number({name: distance}, name, 0, high), units)


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

    def check_incoming(self, *, id_max: int = checks.ID_MAX) -> None:
        """Refuse what may be read back but must not come in: a day outside
        ``dates.EARLIEST``..``LATEST`` (older logs may hold one), an id over ``id_max``."""
        if self.id is not None and self.id > id_max:
            raise InputError(f"id: must be a whole number from 1 to {id_max}{shown(self.id)}")
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, dt.date):
                check_day(value, f.name)


@dataclass(frozen=True)
class DatedEntry(Entry):
    """An entry that belongs to the day in its ``date`` field."""

    date: dt.date

    def day(self) -> dt.date:
        return self.date


@dataclass(frozen=True)
class ShoesEntry(Entry):
    table: ClassVar[str] = "shoes"
    date_column: ClassVar[str] = "started"
    name: str
    start_metres: float
    started: dt.date
    retired: bool = False

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=checks.entry_id(data),
            name=checks.text(data, "name", 60),
            start_metres=checks.number(data, "start_metres", 0, MAX_SHOE_METRES),
            started=checks.date(data, "started"),
            retired=checks.flag(data, "retired"),
        )

    def day(self) -> dt.date:
        return self.started


@dataclass(frozen=True)
class RunEntry(DatedEntry):
    """A run, typed or imported. An imported one keeps its start, file and ``import_key``."""

    table: ClassVar[str] = "runs"
    metres: float
    minutes: float
    shoes: str | None = None
    note: str = ""
    start: dt.datetime | None = None
    source: str = ""  # the file it was imported from; empty for a typed run
    import_key: str | None = None  # start (UTC) and sport: the same activity twice is one

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=checks.entry_id(data),
            date=checks.date(data, "date"),
            metres=checks.number(data, "metres", 0, MAX_METRES),
            minutes=checks.number(data, "minutes", 0, MAX_MINUTES),
            shoes=None if data.get("shoes") is None else checks.text(data, "shoes", 60),
            note=checks.text(data, "note", NOTE_MAX, blank=True),
            start=None if data.get("start") is None else checks.datetime(data, "start"),
            source=checks.text(data, "source", SOURCE_MAX, blank=True),
            import_key=(
                None if data.get("import_key") is None else checks.text(data, "import_key", 80)
            ),
        )

    @property
    def imported(self) -> bool:
        return bool(self.source)


@dataclass(frozen=True)
class PainEntry(DatedEntry):
    table: ClassVar[str] = "pain"
    when: PainWhen
    score: int
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=checks.entry_id(data),
            date=checks.date(data, "date"),
            when=cast(PainWhen, checks.choice(data, "when", PAIN_WHEN)),
            score=checks.whole(data, "score", 0, 10),
            note=checks.text(data, "note", NOTE_MAX, blank=True),
        )


@dataclass(frozen=True)
class SessionEntry(DatedEntry):
    """How a planned session went; ``day_index`` tells apart two of a kind on one day."""

    table: ClassVar[str] = "sessions"
    kind: str
    status: SessionStatus
    day_index: int = 0
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=checks.entry_id(data),
            date=checks.date(data, "date"),
            kind=checks.choice(data, "kind", SESSION_KINDS),
            status=cast(SessionStatus, checks.choice(data, "status", SESSION_STATUS)),
            day_index=checks.whole(data, "day_index", 0, 20) if "day_index" in data else 0,
            note=checks.text(data, "note", NOTE_MAX, blank=True),
        )


@dataclass(frozen=True)
class RaiseTestEntry(DatedEntry):
    """The most single-leg calf raises in a row, per side."""

    table: ClassVar[str] = "raise_tests"
    left: int
    right: int
    note: str = ""

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Self:
        return cls(
            id=checks.entry_id(data),
            date=checks.date(data, "date"),
            left=checks.whole(data, "left", 0, MAX_RAISES),
            right=checks.whole(data, "right", 0, MAX_RAISES),
            note=checks.text(data, "note", NOTE_MAX, blank=True),
        )


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
            id=checks.entry_id(data),
            at=checks.datetime(data, "at"),
            session_date=checks.date(data, "session_date"),
            session_kind=checks.choice(data, "session_kind", SESSION_KINDS),
            exercise=checks.text(data, "exercise", 80),
            side=None if data.get("side") is None else checks.choice(data, "side", SIDES),
            set_number=checks.maybe_whole(data, "set_number", 1, 100),
            planned_reps=checks.maybe_whole(data, "planned_reps", 0, 1000),
            actual_reps=checks.maybe_whole(data, "actual_reps", 0, 1000),
            planned_seconds=checks.maybe_number(data, "planned_seconds", 0, MAX_MINUTES * 60),
            actual_seconds=checks.number(data, "actual_seconds", 0, MAX_MINUTES * 60),
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
