"""The runner's profile: the intake answers, validated, loaded and saved as JSON."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from calfcare.core.content.models import Equipment
from calfcare.core.dates import out_of_range
from calfcare.core.errors import InputError, describe_validation_error
from calfcare.core.storage import read_limited, write_atomic

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

KM_PER_MILE = 1.609344


class Units(StrEnum):
    km = "km"
    mi = "mi"


class Experience(StrEnum):
    new = "new"
    returning = "returning"
    regular = "regular"


class FootStrike(StrEnum):
    heel = "heel"
    midfoot = "midfoot"
    forefoot = "forefoot"
    transitioning = "transitioning"


class Terrain(StrEnum):
    flat = "flat"
    hilly = "hilly"
    trail = "trail"
    mixed = "mixed"


class RecentChange(StrEnum):
    more_distance = "more_distance"
    faster_pace = "faster_pace"
    speedwork = "speedwork"
    hills = "hills"
    barefoot = "barefoot"
    lower_drop_shoes = "lower_drop_shoes"
    more_cross_training = "more_cross_training"
    back_after_break = "back_after_break"


class Habit(StrEnum):
    warm_up = "warm_up"
    cool_down = "cool_down"
    stretch_after = "stretch_after"
    strength_training = "strength_training"
    drink_enough = "drink_enough"


class ComplaintKind(StrEnum):
    none = "none"
    doms = "doms"
    cramp = "cramp"
    tightness = "tightness"
    strain = "strain"


class Side(StrEnum):
    left = "left"
    right = "right"
    both = "both"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Shoes(_Model):
    """The shoes the runner runs in now: distance in the profile's units, age in months."""

    distance: Annotated[float, Field(strict=True, ge=0, le=5000)] = 0
    age_months: Annotated[int, Field(strict=True, ge=0, le=240)] = 0


class Complaint(_Model):
    """What hurts now. ``since`` and ``side`` are needed unless ``kind`` is ``none``."""

    kind: ComplaintKind = ComplaintKind.none
    side: Side | None = None
    since: dt.date | None = None
    pain: Annotated[int, Field(strict=True, ge=0, le=10)] = 0

    @field_validator("since")
    @classmethod
    def _sane_day(cls, since: dt.date | None) -> dt.date | None:
        problem = None if since is None else out_of_range(since, "since")
        if problem is not None:
            raise ValueError(problem.removeprefix("since: "))
        return since

    @model_validator(mode="after")
    def _complete(self) -> Complaint:
        if self.kind is not ComplaintKind.none:
            if self.side is None:
                raise ValueError(
                    "'side' is required when there is a complaint (left, right or both)"
                )
            if self.since is None:
                raise ValueError(
                    "'since' is required when there is a complaint (a date, YYYY-MM-DD)"
                )
        return self


class Profile(_Model):
    """Everything the intake asks. Unknown fields are rejected."""

    name: Annotated[str, Field(max_length=60)] | None = None
    age: Annotated[int, Field(strict=True, ge=12, le=100)]
    units: Units = Units.km
    experience: Experience
    running_days: list[Weekday] = Field(default_factory=list, max_length=7)
    weekly_distance: Annotated[float, Field(strict=True, ge=0, le=400)] = 0
    foot_strike: FootStrike = FootStrike.midfoot
    terrain: Terrain = Terrain.flat
    recent_changes: list[RecentChange] = Field(default_factory=list)
    shoes: Shoes = Shoes()
    equipment: list[Equipment] = Field(default_factory=list)
    minutes_per_day: Annotated[int, Field(strict=True, ge=10, le=120)] = 20
    habits: list[Habit] = Field(default_factory=list)
    complaint: Complaint = Complaint()
    red_flags: list[Annotated[str, Field(pattern=r"^[a-z_]+$")]] = Field(default_factory=list)

    @field_validator("running_days", "recent_changes", "equipment", "habits", "red_flags")
    @classmethod
    def _dedupe(cls, values: list[object]) -> list[object]:
        return list(dict.fromkeys(values))

    @field_validator("running_days")
    @classmethod
    def _week_order(cls, days: list[Weekday]) -> list[Weekday]:
        return sorted(days, key=WEEKDAYS.index)

    @field_validator("name")
    @classmethod
    def _strip_name(cls, name: str | None) -> str | None:
        if name is None:
            return None
        return name.strip() or None

    # Handy views used by the planner -------------------------------------------------

    def weekly_km(self) -> float:
        return self.weekly_distance * (KM_PER_MILE if self.units is Units.mi else 1.0)

    def shoe_miles(self) -> float:
        return self.shoes.distance / (KM_PER_MILE if self.units is Units.km else 1.0)

    def has(self, item: Equipment) -> bool:
        return item in self.equipment

    def days_since_onset(self, on: dt.date) -> int | None:
        if self.complaint.kind is ComplaintKind.none or self.complaint.since is None:
            return None
        return (on - self.complaint.since).days


def parse_profile(text: str, *, source: str = "profile") -> Profile:
    """Validate profile JSON; raise InputError with a one-line, field-naming message."""
    try:
        return Profile.model_validate_json(text)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc, source=source, model=Profile)) from exc


PROFILE_MAX_BYTES = 1024 * 1024  # a profile is about 1 KiB; this refuses a wrong file fast


def load_profile(path: Path) -> Profile:
    data = read_limited(path, PROFILE_MAX_BYTES, "a profile JSON file")
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as some editors write, is fine
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a text file (a profile is UTF-8 JSON)") from None
    return parse_profile(text, source=str(path))


def save_profile(profile: Profile, path: Path) -> None:
    write_atomic(path, profile.model_dump_json(indent=2, exclude_none=True) + "\n")


def example_profile() -> Profile:
    """A filled-in profile to start from (``calfcare profile --example``)."""
    return Profile(
        name="Sam",
        age=44,
        units=Units.km,
        experience=Experience.regular,
        running_days=["tue", "thu", "sat"],
        weekly_distance=24,
        foot_strike=FootStrike.transitioning,
        terrain=Terrain.hilly,
        recent_changes=[RecentChange.more_distance, RecentChange.lower_drop_shoes],
        shoes=Shoes(distance=620, age_months=8),
        equipment=[Equipment.step, Equipment.wall, Equipment.towel, Equipment.foam_roller],
        minutes_per_day=25,
        habits=[Habit.stretch_after],
        complaint=Complaint(
            kind=ComplaintKind.tightness, side=Side.left, since=dt.date(2026, 11, 16), pain=3
        ),
        red_flags=[],
    )
