"""The journey as the plan carries it (and ``calfcare plan --format json`` prints it)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from calfcare.core.journey.stages import Stage


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Decision(StrEnum):
    """What the pain rule made of last week."""

    start = "start"  # nothing logged yet
    progress = "progress"
    hold = "hold"
    step_back = "step_back"


class Gate(_Out):
    """One condition for the next stage: what it asks, the value read and whether it is met."""

    id: str
    text: str
    value: str | int | float | None
    target: str
    met: bool


EscalationLevel = Literal["see_clinician", "same_day", "emergency"]


class Escalation(_Out):
    """Why the runner should see a clinician, and how soon."""

    level: EscalationLevel
    reasons: list[str]


class PainRule(_Out):
    """The pain-monitoring rule in plain words, and what it decided about last week."""

    text: str
    decision: Decision
    why: str


class Journey(_Out):
    stage: Stage
    since: dt.date
    next_stage: Stage | None
    gates: list[Gate]
    expected_days: tuple[int, int]
    escalation: Escalation | None
    pain_rule: PainRule
    # How the week is dosed; the week builder reads these, the JSON leaves them out.
    level: int = Field(default=0, exclude=True)  # dose step within the stage, one a week at most
    week: int = Field(default=0, exclude=True)  # weeks of calf strength work so far
    eccentric_weeks: int = Field(default=0, exclude=True)  # earlier weeks with heel drops
    weaker_side: str | None = Field(default=None, exclude=True)
    stepped_back: bool = Field(default=False, exclude=True)  # a step back a stage this week
    moved_on: bool = Field(default=False, exclude=True)  # entered this stage this week
    current_pain: int = Field(default=0, exclude=True)  # the newest score, log or intake
