"""The week plan: what ``build_week`` returns and ``calfcare plan --format json`` prints.

Plain dataclasses: the plan is built from checked data, so building it needs no
checks of its own (and no pydantic); ``calfcare.core.validation`` writes it as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from calfcare.core.content.models import Citation, Equipment, TriageLevel
from calfcare.core.profile import Weekday


class SessionKind(StrEnum):
    education = "education"
    rest = "rest"
    rice = "rice"
    warmup = "warmup"
    run = "run"
    stretching = "stretching"
    strengthening = "strengthening"
    recovery = "recovery"


class Phase(StrEnum):
    """Where the runner is on the way back, which decides what the week may hold."""

    urgent_care = "urgent_care"  # emergency warning signs: no exercise at all
    assessment = "assessment"  # see a clinician first: only what is safe meanwhile
    acute = "acute"  # fresh strain, first 48 h: RICE
    settling = "settling"  # strain past 48 h, pain still above 3: rest, no stretching yet
    mobility = "mobility"  # strain settled: gentle stretching and light movement
    strengthening = "strengthening"  # strain: strength work, no running yet
    return_to_running = "return_to_running"  # strain: run-walk by time
    soreness = "soreness"  # DOMS: light movement and recovery, then normal
    prevention = "prevention"  # no injury: warm-up, stretching, strength


@dataclass(kw_only=True)
class Reason:
    """A triage reason: the warning sign, what to do, and why."""

    id: str
    text: str
    level: TriageLevel
    what_to_do: str
    sources: list[Citation]


@dataclass(kw_only=True)
class Triage:
    level: TriageLevel
    reasons: list[Reason]


@dataclass(kw_only=True)
class RankedCause:
    id: str
    name: str
    explanation: str
    because: list[str]
    plan_note: str
    score: int
    sources: list[Citation]


@dataclass(kw_only=True)
class Item:
    exercise: str
    name: str
    sets: int | None = None
    reps: int | None = None
    hold_seconds: int | None = None
    minutes: float | None = None
    distance: float | None = None
    per_side: bool = False
    side: str | None = None
    tempo: str | None = None
    equipment: list[Equipment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[Citation]


@dataclass(kw_only=True)
class Session:
    kind: SessionKind
    at: str | None = None
    minutes: int
    why: str
    items: list[Item]


@dataclass(kw_only=True)
class Day:
    date: dt.date
    weekday: Weekday
    running_day: bool
    sessions: list[Session]

    def active_minutes(self) -> int:
        """Minutes of warm-up, stretching, strength and recovery (what minutes_per_day caps)."""
        return sum(s.minutes for s in self.sessions if s.kind in COUNTED_KINDS)


@dataclass(kw_only=True)
class Note:
    text: str
    sources: list[Citation]


@dataclass(kw_only=True)
class WeekPlan:
    start: dt.date
    units: str
    triage: Triage
    phase: Phase
    phase_summary: str
    causes: list[RankedCause]
    notes: list[Note]
    days: list[Day]

    def citations(self) -> list[Citation]:
        """Every citation behind the week (items, warning signs, notes), each once, in order."""
        seen: dict[tuple[str, str], Citation] = {}
        groups = [i.sources for d in self.days for s in d.sessions for i in s.items]
        groups += [r.sources for r in self.triage.reasons] + [n.sources for n in self.notes]
        for group in groups:
            for cite in group:
                seen.setdefault((cite.article, cite.section), cite)
        return list(seen.values())


COUNTED_KINDS = frozenset(
    {SessionKind.warmup, SessionKind.stretching, SessionKind.strengthening, SessionKind.recovery}
)
EXERCISE_KINDS = frozenset(
    {
        SessionKind.warmup,
        SessionKind.run,
        SessionKind.stretching,
        SessionKind.strengthening,
        SessionKind.recovery,
    }
)
