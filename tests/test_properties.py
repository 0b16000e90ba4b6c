"""Rules that must hold for every valid profile and start date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.content.models import Category, TriageLevel
from calfcare.core.errors import InputError
from calfcare.core.planning.models import SessionKind, WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile

from strategies import START, profiles

starts = st.integers(-30, 400).map(lambda d: START + dt.timedelta(days=d))
CHECKS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXERCISE_CATEGORIES = {
    Category.warmup,
    Category.activation,
    Category.stretching,
    Category.strengthening,
    Category.recovery,
    Category.running,
}


def _plan(profile: Profile, start: dt.date) -> WeekPlan | None:
    """The week, or None where the complaint begins after ``start`` (refused, field named)."""
    since = profile.complaint.since
    if since is not None and since > start:
        with pytest.raises(InputError, match=r"complaint\.since"):
            build_week(profile, start)
        return None
    return build_week(profile, start)


def _items(plan: WeekPlan):  # type: ignore[no-untyped-def]
    for day in plan.days:
        for session in day.sessions:
            for item in session.items:
                yield day, session, item


def _check_citations(lib: ContentLibrary, plan: WeekPlan) -> None:
    for _, _, item in _items(plan):
        assert item.sources, item.exercise
        for cite in item.sources:
            assert cite.section in lib.sources[cite.article].sections
    for cause in plan.causes:
        assert cause.sources
    for reason in plan.triage.reasons:
        assert reason.sources


@CHECKS
@given(profiles(), starts)
def test_every_week_is_whole_cited_and_within_limits(profile: Profile, start: dt.date) -> None:
    lib = load_library()
    plan = _plan(profile, start)
    if plan is None:
        return
    assert [d.date for d in plan.days] == [start + dt.timedelta(days=i) for i in range(7)]
    _check_citations(lib, plan)
    for day in plan.days:
        assert day.active_minutes() <= profile.minutes_per_day, day
    for _, _, item in _items(plan):
        assert set(item.equipment) <= set(profile.equipment), item
        if item.exercise == "eccentric_heel_drop":
            assert (item.sets or 1) * (item.reps or 0) <= 30


@CHECKS
@given(profiles(), starts)
def test_warning_signs_win_over_exercise(profile: Profile, start: dt.date) -> None:
    lib = load_library()
    plan = _plan(profile, start)
    if plan is None:
        return
    flagged = {lib.red_flags[f].level for f in profile.red_flags}
    if TriageLevel.emergency in flagged:
        assert plan.triage.level is TriageLevel.emergency
    elif flagged or profile.complaint.pain >= 8:
        assert plan.triage.level is TriageLevel.see_clinician
    else:
        assert plan.triage.level is TriageLevel.self_care
    kinds = {s.kind for d in plan.days for s in d.sessions}
    if plan.triage.level is TriageLevel.emergency:
        assert kinds <= {SessionKind.education, SessionKind.rest}
        for _, _, item in _items(plan):
            assert not set(lib.exercise(item.exercise).categories) & EXERCISE_CATEGORIES
    if plan.triage.level is TriageLevel.see_clinician:
        assert not kinds & {SessionKind.strengthening, SessionKind.run}
        assert any(i.exercise == "see_clinician" for _, _, i in _items(plan))


@CHECKS
@given(profiles(red_flags=False), starts)
def test_runs_never_exceed_ten_percent_more(profile: Profile, start: dt.date) -> None:
    plan = _plan(profile, start)
    if plan is None:
        return
    total = sum(i.distance or 0 for _, _, i in _items(plan) if i.exercise == "easy_run")
    assert total <= profile.weekly_distance * 1.10 + 1e-9
    for day in plan.days:
        kinds = [s.kind for s in day.sessions]
        if SessionKind.run in kinds:
            assert day.running_day
            assert kinds.index(SessionKind.warmup) < kinds.index(SessionKind.run)
            assert kinds.index(SessionKind.run) < kinds.index(SessionKind.stretching)


@settings(max_examples=50, deadline=None)
@given(profiles(), starts)
def test_build_week_is_deterministic(profile: Profile, start: dt.date) -> None:
    if profile.complaint.since is None or profile.complaint.since <= start:
        assert build_week(profile, start) == build_week(profile, start)
