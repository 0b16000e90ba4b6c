"""Pydantic models for the content library in ``plans/``.

Every entry cites the article (file stem) and the section heading its facts
come from. The models check shape and ranges; ``library.py`` checks that the
cross-references (citations, exercise ids, signals) resolve.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Strict(BaseModel):
    """Base for content entries: unknown keys are mistakes, entries are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Equipment(StrEnum):
    step = "step"
    wall = "wall"
    towel = "towel"
    foam_roller = "foam_roller"
    massage_gun = "massage_gun"
    resistance_band = "resistance_band"
    exercise_mat = "exercise_mat"
    ice_pack = "ice_pack"
    elastic_bandage = "elastic_bandage"
    compression_sleeve = "compression_sleeve"
    epsom_salt = "epsom_salt"
    bucket = "bucket"
    bike = "bike"


class Category(StrEnum):
    warmup = "warmup"
    activation = "activation"
    stretching = "stretching"
    strengthening = "strengthening"
    recovery = "recovery"
    rice = "rice"
    running = "running"
    guidance = "guidance"


ShortText = Annotated[str, Field(min_length=3, max_length=400)]
Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
# One printed line: a warning sign with what to do, as the week's footer lists it.
OneLine = Annotated[str, Field(min_length=3, max_length=110)]


class Citation(Strict):
    """Where a fact comes from: an article's file stem and one of its section headings."""

    article: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}$")]
    section: ShortText


class Source(Strict):
    """One of the five articles the advice is built from."""

    article: Annotated[str, Field(pattern=r"^\d{3}_[0-9a-f]{16}$")]
    title: ShortText
    byline: str | None = None
    date: str | None = None
    sections: list[ShortText] = Field(min_length=1)


class Addition(Strict):
    """Widely accepted practice the five articles lack, and the published source it follows."""

    author: ShortText
    year: Annotated[int, Field(ge=1900, le=2100)]
    title: ShortText

    def credit(self) -> str:
        """'CalfCare's addition, after Author, Year, "Title"', as the app and print show it."""
        return f"CalfCare's addition, after {self.author}, {self.year}, \u201c{self.title}\u201d."


class Dosage(Strict):
    """How much of an exercise: any combination that makes sense for it.

    ``per_side`` means sets, reps and holds are done on each leg in turn.
    ``rep_seconds`` is the time one repetition takes (used to size sessions).
    """

    sets: Annotated[int, Field(ge=1, le=10)] | None = None
    reps: Annotated[int, Field(ge=1, le=60)] | None = None
    hold_seconds: Annotated[int, Field(ge=1, le=600)] | None = None
    minutes: Annotated[float, Field(gt=0, le=120)] | None = None
    per_side: bool = False
    tempo: Annotated[str, Field(max_length=60)] | None = None
    rep_seconds: Annotated[float, Field(gt=0, le=20)] = 3.0
    rest_seconds: Annotated[int, Field(ge=0, le=300)] = 0

    def has_amount(self) -> bool:
        return self.reps is not None or self.hold_seconds is not None or self.minutes is not None

    def seconds(self) -> float:
        """Time the dosage takes, rests included, both sides where per side."""
        if self.minutes is not None:
            return self.minutes * 60.0
        sides = 2 if self.per_side else 1
        sets = self.sets or 1
        one_set = (self.reps or 0) * self.rep_seconds + (self.hold_seconds or 0)
        # A switch between legs costs a few seconds; rests fall between sets only.
        switch = 5.0 if self.per_side else 0.0
        return sets * (sides * one_set + switch) + (sets - 1) * self.rest_seconds


class Exercise(Strict):
    """An exercise or guidance item the plan can schedule."""

    id: Id
    name: ShortText
    categories: list[Category] = Field(min_length=1)
    summary: ShortText
    steps: list[ShortText] = Field(min_length=3, max_length=6)
    # The steps instead, when the plan gives the item a distance (a run by distance
    # rather than by time): the plan and the steps must not disagree.
    by_distance: list[ShortText] = Field(default_factory=list, max_length=6)
    dosage: Dosage = Dosage()
    goal: Dosage | None = None
    equipment: list[Equipment] = Field(default_factory=list)
    substitutes: list[Id] = Field(default_factory=list)
    cautions: list[ShortText] = Field(default_factory=list)
    stop_sign: OneLine | None = None  # a guidance item's sign to stop and get help
    avoid_when: list[ShortText] = Field(default_factory=list)
    passive: bool = False
    disagreements: list[Id] = Field(default_factory=list)
    addition: Addition | None = None
    sources: list[Citation] = Field(min_length=1)

    @property
    def category(self) -> Category:
        return self.categories[0]

    def steps_for(self, distance: float | None) -> list[str]:
        """The steps for an item planned with ``distance`` (None: by time or count)."""
        return self.by_distance if distance is not None and self.by_distance else self.steps


class SignalWeight(Strict):
    """A profile signal that points to a cause, and how strongly."""

    signal: Id
    weight: Annotated[int, Field(ge=1, le=5)]


class Cause(Strict):
    """A likely reason for calf pain, the profile signals that suggest it and what helps."""

    id: Id
    name: ShortText
    explanation: Annotated[str, Field(min_length=20, max_length=700)]
    signals: list[SignalWeight] = Field(min_length=1)
    interventions: list[Id] = Field(default_factory=list)
    plan_note: ShortText
    plan_note_later: ShortText | None = None  # shown instead once the acute 48 hours are over
    sources: list[Citation] = Field(min_length=1)


class TriageLevel(StrEnum):
    self_care = "self_care"
    see_clinician = "see_clinician"
    emergency = "emergency"


class RedFlag(Strict):
    """A warning sign asked about at intake, with the care level it calls for."""

    id: Id
    question: ShortText
    looks_like: ShortText
    level: Literal[TriageLevel.see_clinician, TriageLevel.emergency]
    why: ShortText
    what_to_do: ShortText
    stop_sign: OneLine | None = None  # the sign and what to do, in one line for every output
    addition: Addition | None = None
    sources: list[Citation] = Field(min_length=1)


class Rule(Strict):
    """A figure the planner applies (a single value or a low-high range), with its sources."""

    id: Id
    text: ShortText
    low: float
    high: float | None = None
    unit: Annotated[str, Field(max_length=20)]
    addition: Addition | None = None
    sources: list[Citation] = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Rule:
        if self.high is not None and self.high < self.low:
            raise ValueError(f"rule {self.id}: high ({self.high}) is below low ({self.low})")
        return self

    @property
    def top(self) -> float:
        return self.low if self.high is None else self.high


class Position(Strict):
    """One side of a disagreement between the articles."""

    says: ShortText
    sources: list[Citation] = Field(min_length=1)


class Disagreement(Strict):
    """Where the articles disagree: every position, the rule CalfCare applies and why."""

    id: Id
    topic: ShortText
    positions: list[Position] = Field(min_length=2)
    applied: ShortText
    why: ShortText
