"""The content library's entries (``plans/``), as frozen dataclasses.

Every entry cites the article (file stem) and the section heading its facts
come from. The ``Limits`` in the types are checked (by pydantic) when the TOML
is read; ``library.py`` checks that the cross-references (citations, exercise
ids, signals) resolve, and keeps the checked library in the cache folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated, Any, ClassVar, Literal

from calfcare.core.field_limits import Limits


class Strict:
    """Base for content entries: unknown keys are mistakes (entries are frozen dataclasses)."""

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}


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


ShortText = Annotated[str, Limits(min_length=3, max_length=400)]
Id = Annotated[str, Limits(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Article = Annotated[str, Limits(pattern=r"^\d{3}_[0-9a-f]{16}$")]
# One printed line: a warning sign with what to do, as the week's footer lists it.
OneLine = Annotated[str, Limits(min_length=3, max_length=110)]


@dataclass(frozen=True, kw_only=True)
class Citation(Strict):
    """Where a fact comes from: an article's file stem and one of its section headings."""

    article: Article
    section: ShortText


@dataclass(frozen=True, kw_only=True)
class Source(Strict):
    """One of the five articles the advice is built from."""

    article: Article
    title: ShortText
    byline: str | None = None
    date: str | None = None
    sections: Annotated[list[ShortText], Limits(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Addition(Strict):
    """Widely accepted practice the five articles lack, and the published source it follows."""

    author: ShortText
    year: Annotated[int, Limits(ge=1900, le=2100)]
    title: ShortText

    def credit(self) -> str:
        """'CalfCare's addition, after Author, Year, "Title"', as the app and print show it."""
        return f"CalfCare's addition, after {self.author}, {self.year}, \u201c{self.title}\u201d."


@dataclass(frozen=True, kw_only=True)
class Dosage(Strict):
    """How much of an exercise: any combination that makes sense for it.

    ``per_side`` means sets, reps and holds are done on each leg in turn.
    ``rep_seconds`` is the time one repetition takes (used to size sessions).
    """

    sets: Annotated[int, Limits(ge=1, le=10)] | None = None
    reps: Annotated[int, Limits(ge=1, le=60)] | None = None
    hold_seconds: Annotated[int, Limits(ge=1, le=600)] | None = None
    minutes: Annotated[float, Limits(gt=0, le=120)] | None = None
    per_side: bool = False
    tempo: Annotated[str, Limits(max_length=60)] | None = None
    rep_seconds: Annotated[float, Limits(gt=0, le=20)] = 3.0
    rest_seconds: Annotated[int, Limits(ge=0, le=300)] = 0

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


@dataclass(frozen=True, kw_only=True)
class Exercise(Strict):
    """An exercise or guidance item the plan can schedule."""

    id: Id
    name: ShortText
    categories: Annotated[list[Category], Limits(min_length=1)]
    summary: ShortText
    steps: Annotated[list[ShortText], Limits(min_length=3, max_length=6)]
    # The steps instead, when the plan gives the item a distance (a run by distance
    # rather than by time): the plan and the steps must not disagree.
    by_distance: Annotated[list[ShortText], Limits(max_length=6)] = field(default_factory=list)
    dosage: Dosage = field(default_factory=Dosage)
    goal: Dosage | None = None
    equipment: list[Equipment] = field(default_factory=list)
    substitutes: list[Id] = field(default_factory=list)
    cautions: list[ShortText] = field(default_factory=list)
    stop_sign: OneLine | None = None  # a guidance item's sign to stop and get help
    avoid_when: list[ShortText] = field(default_factory=list)
    passive: bool = False
    disagreements: list[Id] = field(default_factory=list)
    addition: Addition | None = None
    sources: Annotated[list[Citation], Limits(min_length=1)]

    @property
    def category(self) -> Category:
        return self.categories[0]

    def steps_for(self, distance: float | None) -> list[str]:
        """The steps for an item planned with ``distance`` (None: by time or count)."""
        return self.by_distance if distance is not None and self.by_distance else self.steps


@dataclass(frozen=True, kw_only=True)
class SignalWeight(Strict):
    """A profile signal that points to a cause, and how strongly."""

    signal: Id
    weight: Annotated[int, Limits(ge=1, le=5)]


@dataclass(frozen=True, kw_only=True)
class Cause(Strict):
    """A likely reason for calf pain, the profile signals that suggest it and what helps."""

    id: Id
    name: ShortText
    explanation: Annotated[str, Limits(min_length=20, max_length=700)]
    signals: Annotated[list[SignalWeight], Limits(min_length=1)]
    interventions: list[Id] = field(default_factory=list)
    plan_note: ShortText
    plan_note_later: ShortText | None = None  # shown instead once the acute 48 hours are over
    sources: Annotated[list[Citation], Limits(min_length=1)]


class TriageLevel(StrEnum):
    self_care = "self_care"
    see_clinician = "see_clinician"
    emergency = "emergency"


@dataclass(frozen=True, kw_only=True)
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
    sources: Annotated[list[Citation], Limits(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Rule(Strict):
    """A figure the planner applies (a single value or a low-high range), with its sources."""

    id: Id
    text: ShortText
    low: float
    high: float | None = None
    unit: Annotated[str, Limits(max_length=20)]
    addition: Addition | None = None
    sources: Annotated[list[Citation], Limits(min_length=1)]

    def __post_init__(self) -> None:
        if self.high is not None and self.high < self.low:
            raise ValueError(f"rule {self.id}: high ({self.high}) is below low ({self.low})")

    @property
    def top(self) -> float:
        return self.low if self.high is None else self.high


@dataclass(frozen=True, kw_only=True)
class Position(Strict):
    """One side of a disagreement between the articles."""

    says: ShortText
    sources: Annotated[list[Citation], Limits(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Disagreement(Strict):
    """Where the articles disagree: every position, the rule CalfCare applies and why."""

    id: Id
    topic: ShortText
    positions: Annotated[list[Position], Limits(min_length=2)]
    applied: ShortText
    why: ShortText
