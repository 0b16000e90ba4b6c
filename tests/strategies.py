"""Hypothesis strategies for valid profiles."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from calfcare.core.content.library import load_library
from calfcare.core.content.models import Equipment
from calfcare.core.profile import (
    WEEKDAYS,
    Complaint,
    ComplaintKind,
    Experience,
    FootStrike,
    Habit,
    Profile,
    RecentChange,
    Shoes,
    Side,
    Terrain,
    Units,
)

START = dt.date(2026, 11, 23)


def _subset(values: list[object]) -> st.SearchStrategy[list[object]]:
    return st.lists(st.sampled_from(values), unique=True, max_size=len(values))


@st.composite
def complaints(draw: st.DrawFn) -> Complaint:
    kind = draw(st.sampled_from(list(ComplaintKind)))
    if kind is ComplaintKind.none:
        return Complaint()
    return Complaint(
        kind=kind,
        side=draw(st.sampled_from(list(Side))),
        since=START - dt.timedelta(days=draw(st.integers(-3, 60))),
        pain=draw(st.integers(0, 10)),
    )


@st.composite
def profiles(draw: st.DrawFn, *, red_flags: bool = True) -> Profile:
    flags = list(load_library().red_flags) if red_flags else []
    flag_choice = draw(st.one_of(st.just([]), _subset(flags))) if flags else []
    return Profile(
        age=draw(st.integers(12, 100)),
        units=draw(st.sampled_from(list(Units))),
        experience=draw(st.sampled_from(list(Experience))),
        running_days=draw(_subset(list(WEEKDAYS))),
        weekly_distance=draw(st.floats(0, 400, allow_nan=False)),
        foot_strike=draw(st.sampled_from(list(FootStrike))),
        terrain=draw(st.sampled_from(list(Terrain))),
        recent_changes=draw(_subset(list(RecentChange))),
        shoes=Shoes(distance=draw(st.floats(0, 5000)), age_months=draw(st.integers(0, 240))),
        equipment=draw(_subset(list(Equipment))),
        minutes_per_day=draw(st.integers(10, 120)),
        habits=draw(_subset(list(Habit))),
        complaint=draw(complaints()),
        red_flags=flag_choice,
    )
