"""The journey as the plan carries it (and ``calfcare plan --format json`` prints it).

Frozen dataclasses, built from checked data (no pydantic at start-up);
``calfcare.core.validation`` writes them as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from calfcare.core.field_limits import leave_out_of_json
from calfcare.core.journey.stages import Stage


class Decision(StrEnum):
    """What the pain rule made of last week."""

    start = "start"  # nothing logged yet
    progress = "progress"
    hold = "hold"
    step_back = "step_back"


@dataclass(frozen=True, kw_only=True)
class Gate:
    """One condition for the next stage: what it asks, the value read and whether it is met."""

    id: str
    text: str
    value: str | int | float | None
    target: str
    met: bool


EscalationLevel = Literal["see_clinician", "same_day", "emergency"]


@dataclass(frozen=True, kw_only=True)
class Escalation:
    """Why the runner should see a clinician, and how soon."""

    level: EscalationLevel
    reasons: list[str]


@dataclass(frozen=True, kw_only=True)
class PainRule:
    """The pain-monitoring rule in plain words, and what it decided about last week."""

    text: str
    decision: Decision
    why: str


@dataclass(frozen=True, kw_only=True)
class Journey:
    stage: Stage
    since: dt.date
    next_stage: Stage | None
    gates: list[Gate]
    expected_days: tuple[int, int]
    escalation: Escalation | None
    pain_rule: PainRule
    # How the week is dosed; the week builder reads these, the JSON leaves them out.
    level: int = 0  # dose step within the stage, one a week at most
    week: int = 0  # weeks of calf strength work so far
    eccentric_weeks: int = 0  # earlier weeks with heel drops
    weaker_side: str | None = None
    stepped_back: bool = False  # a step back a stage this week
    moved_on: bool = False  # entered this stage this week
    current_pain: int = 0  # the newest score, log or intake

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        return leave_out_of_json(handler(source), DOSING_FIELDS)


DOSING_FIELDS = frozenset(
    {"level", "week", "eccentric_weeks", "weaker_side", "stepped_back", "moved_on", "current_pain"}
)
