"""The week plan: what ``build_week`` returns and ``calfcare plan --format json`` prints.

Plain dataclasses: the plan is built from checked data, so building it needs no
checks of its own (and no pydantic); ``calfcare.core.validation`` writes it as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from calfcare.core.content.models import Citation, Equipment, TriageLevel
from calfcare.core.journey.models import Journey
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
    acute = "acute"  # fresh strain: RICE over the first 48 h, then gentle movement
    mobility = "mobility"  # strain settling: gentle movement, walking, light range of motion
    strengthening = "strengthening"  # strain: strength work, no running yet
    return_to_running = "return_to_running"  # strain: run-walk from the first level
    build = "build"  # strain: continuous runs by time, then by distance (10% rule)
    full_training = "full_training"  # strain: speed work and hills back, step by step
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
    likely: bool = True  # False: below the threshold, shown as "less likely"
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
    text: str | None = None  # a guidance item's advice in short, for every output
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


# What a note is about, so each output can place or leave out a kind of note by what it
# says rather than by its wording: "safety" is the disclaimer, "stage" where the runner is
# on the road back, "pain_rule" the pain-monitoring rule, "escalation" see a clinician.
NoteTopic = Literal["advice", "safety", "stage", "pain_rule", "escalation"]


@dataclass(kw_only=True)
class Note:
    text: str
    sources: list[Citation]
    topic: NoteTopic = "advice"


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
    journey: Journey | None = None

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
