"""Varied, valid runner profiles from a seeded generator (the same 1,000 every run)."""

from __future__ import annotations

import datetime as dt
import random

from calfcare.core.content.library import load_library
from calfcare.core.content.models import Equipment
from calfcare.core.profile import (
    WEEKDAYS,
    ComplaintKind,
    Experience,
    FootStrike,
    Habit,
    Profile,
    RecentChange,
    Side,
    Terrain,
)
from calfcare.core.validation import validate

START = dt.date(2026, 11, 23)


def _some(rng: random.Random, values: list[str], chance: float) -> list[str]:
    return [v for v in values if rng.random() < chance]


def sample_profiles(count: int, seed: int = 7) -> list[Profile]:
    rng = random.Random(seed)
    flags = list(load_library().red_flags)
    out: list[Profile] = []
    for _ in range(count):
        kind = rng.choice(list(ComplaintKind))
        complaint: dict[str, object] = {"kind": kind.value}
        if kind is not ComplaintKind.none:
            complaint |= {
                "side": rng.choice(list(Side)).value,
                "since": (START - dt.timedelta(days=rng.randint(0, 40))).isoformat(),
                "pain": rng.randint(0, 9),
            }
        out.append(
            validate(
                Profile,
                {
                    "age": rng.randint(16, 80),
                    "units": rng.choice(["km", "mi"]),
                    "experience": rng.choice(list(Experience)).value,
                    "running_days": _some(rng, list(WEEKDAYS), 0.5),
                    "weekly_distance": round(rng.uniform(0, 80), 1),
                    "foot_strike": rng.choice(list(FootStrike)).value,
                    "terrain": rng.choice(list(Terrain)).value,
                    "recent_changes": _some(rng, [c.value for c in RecentChange], 0.2),
                    "shoes": {"distance": rng.uniform(0, 900), "age_months": rng.randint(0, 14)},
                    "equipment": _some(rng, [e.value for e in Equipment], 0.5),
                    "minutes_per_day": rng.randint(10, 60),
                    "habits": _some(rng, [h.value for h in Habit], 0.5),
                    "complaint": complaint,
                    "red_flags": _some(rng, flags, 0.03),
                },
            )
        )
    return out
