"""The runner's profile: the intake answers, validated, loaded and saved as JSON.

The profile is a frozen dataclass; its ``Limits`` are checked (by pydantic) when
it comes from outside: the file, the command line, the intake. A file that has
not changed since it was last checked loads from the cache folder unchecked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, TypeVar

from calfcare.core.content.models import Equipment
from calfcare.core.dates import out_of_range
from calfcare.core.errors import InputError, describe_validation_error
from calfcare.core.field_limits import Limits
from calfcare.core.storage import read_limited, write_atomic

T = TypeVar("T")

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


def _dedupe(values: list[T]) -> list[T]:
    return list(dict.fromkeys(values))


def _week_order(days: list[Weekday]) -> list[Weekday]:
    return sorted(_dedupe(days), key=WEEKDAYS.index)


def _sane_day(since: dt.date | None) -> dt.date | None:
    problem = None if since is None else out_of_range(since, "since")
    if problem is not None:
        raise ValueError(problem.removeprefix("since: "))
    return since


def _strip_name(name: str | None) -> str | None:
    if name is None:
        return None
    return name.strip() or None


class _Model:
    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}


@dataclass(frozen=True, kw_only=True)
class Shoes(_Model):
    """The shoes the runner runs in now: distance in the profile's units, age in months."""

    distance: Annotated[float, Limits(strict=True, ge=0, le=5000)] = 0
    age_months: Annotated[int, Limits(strict=True, ge=0, le=240)] = 0


@dataclass(frozen=True, kw_only=True)
class Complaint(_Model):
    """What hurts now. ``since`` and ``side`` are needed unless ``kind`` is ``none``."""

    kind: ComplaintKind = ComplaintKind.none
    side: Side | None = None
    since: Annotated[dt.date | None, Limits(after=_sane_day)] = None
    pain: Annotated[int, Limits(strict=True, ge=0, le=10)] = 0

    def __post_init__(self) -> None:
        if self.kind is not ComplaintKind.none:
            if self.side is None:
                raise ValueError(
                    "'side' is required when there is a complaint (left, right or both)"
                )
            if self.since is None:
                raise ValueError(
                    "'since' is required when there is a complaint (a date, YYYY-MM-DD)"
                )


@dataclass(frozen=True, kw_only=True)
class Profile(_Model):
    """Everything the intake asks. Unknown fields are rejected."""

    name: Annotated[Annotated[str, Limits(max_length=60)] | None, Limits(after=_strip_name)] = None
    age: Annotated[int, Limits(strict=True, ge=12, le=100)]
    units: Units = Units.km
    experience: Experience
    running_days: Annotated[list[Weekday], Limits(max_length=7, after=_week_order)] = field(
        default_factory=list
    )
    weekly_distance: Annotated[float, Limits(strict=True, ge=0, le=400)] = 0
    foot_strike: FootStrike = FootStrike.midfoot
    terrain: Terrain = Terrain.flat
    recent_changes: Annotated[list[RecentChange], Limits(after=_dedupe)] = field(
        default_factory=list
    )
    shoes: Shoes = field(default_factory=Shoes)
    equipment: Annotated[list[Equipment], Limits(after=_dedupe)] = field(default_factory=list)
    minutes_per_day: Annotated[int, Limits(strict=True, ge=10, le=120)] = 20
    habits: Annotated[list[Habit], Limits(after=_dedupe)] = field(default_factory=list)
    complaint: Complaint = field(default_factory=Complaint)
    red_flags: Annotated[
        list[Annotated[str, Limits(pattern=r"^[a-z_]+$")]], Limits(after=_dedupe)
    ] = field(default_factory=list)

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


def parse_profile(text: str | bytes, *, source: str = "profile") -> Profile:
    """Validate profile JSON; raise InputError with a one-line, field-naming message."""
    from calfcare.core.validation import ValidationError, validate_json

    try:
        return validate_json(Profile, text)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc, source=source, model=Profile)) from exc


def check_profile(data: object, *, source: str = "profile") -> Profile:
    """Validate profile data (a dict, as from the intake); raise InputError as parse_profile."""
    from calfcare.core.validation import ValidationError, validate

    try:
        return validate(Profile, data)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc, source=source, model=Profile)) from exc


def profile_key(text: bytes) -> bytes:
    """The cache key of a profile file's bytes: the bytes and the code that checks them."""
    from calfcare.core.validated_cache import code_key

    return code_key([Path(__file__)], [text])


PROFILE_MAX_BYTES = 1024 * 1024  # a profile is about 1 KiB; this refuses a wrong file fast


def load_profile(path: Path, *, cache_file: Path | None = None) -> Profile:
    """The profile in ``path``; with ``cache_file``, taken from there when the file's bytes
    were checked before (and the check written there when they were not)."""
    data = read_limited(path, PROFILE_MAX_BYTES, "a profile JSON file")
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as some editors write, is fine
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a text file (a profile is UTF-8 JSON)") from None
    if cache_file is None:
        return parse_profile(text, source=str(path))
    from calfcare.core.validated_cache import load_or_build

    return load_or_build(
        cache_file, profile_key(data), Profile, lambda: parse_profile(text, source=str(path))
    )


def profile_json(profile: Profile) -> str:
    """The profile as the JSON a profile file holds (no empty fields)."""
    from calfcare.core.validation import to_json

    return to_json(profile, indent=2, exclude_none=True) + "\n"


def save_profile(profile: Profile, path: Path) -> None:
    write_atomic(path, profile_json(profile))


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
