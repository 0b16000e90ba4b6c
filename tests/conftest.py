"""Shared fixtures. Qt is told to draw offscreen before anything can load it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from calfcare.content.library import ContentLibrary, load_library
from calfcare.profile import Profile

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MONDAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    return load_library()


def make_profile(**changes: Any) -> Profile:
    """A plain, healthy regular runner, with ``changes`` applied on top."""
    base: dict[str, Any] = {
        "age": 30,
        "units": "km",
        "experience": "regular",
        "running_days": ["tue", "thu", "sat"],
        "weekly_distance": 20,
        "foot_strike": "midfoot",
        "terrain": "flat",
        "shoes": {"distance": 100, "age_months": 2},
        "equipment": ["wall", "towel", "step", "foam_roller"],
        "minutes_per_day": 30,
        "habits": ["warm_up", "cool_down", "stretch_after", "strength_training", "drink_enough"],
    }
    base.update(changes)
    return Profile.model_validate(base)
