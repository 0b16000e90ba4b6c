"""Where an exercise sits in a week plan, and which causes brought it: no Qt needed."""

from __future__ import annotations

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.exercise_usage import (
    exercise_usage,
    planned_exercise_ids,
    planned_interventions,
    shaping_causes,
)
from calfcare.core.planning.models import SessionKind
from calfcare.core.planning.week import build_week

from support import MONDAY, make_profile


def test_no_plan_means_nothing_planned(library: ContentLibrary) -> None:
    usage = exercise_usage(None, library, "ice")
    assert not usage.in_plan
    assert usage.causes == ()
    assert planned_exercise_ids(None) == frozenset()
    assert planned_interventions(None, library, "worn_shoes") == []


def test_cause_brings_its_exercise_into_named_sessions(library: ContentLibrary) -> None:
    plan = build_week(make_profile(age=52), MONDAY, library=library)
    usage = exercise_usage(plan, library, "eccentric_heel_drop")
    assert usage.in_plan
    assert [c.id for c in usage.causes] == ["age_tendon_stiffness"]
    kinds = {use.kind: use.weekdays for use in usage.sessions}
    assert kinds == {SessionKind.strengthening: ("mon", "fri")}
    assert planned_interventions(plan, library, "age_tendon_stiffness") == ["eccentric_heel_drop"]


def test_baseline_exercise_has_no_cause(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY, library=library)
    usage = exercise_usage(plan, library, "brisk_walk")
    assert usage.in_plan
    assert usage.causes == ()
    assert "ice" not in planned_exercise_ids(plan)
    assert not exercise_usage(plan, library, "ice").in_plan


def test_causes_are_set_aside_while_a_clinician_is_needed(library: ContentLibrary) -> None:
    profile = make_profile(age=52, red_flags=["sudden_pop"])
    plan = build_week(profile, MONDAY, library=library)
    assert shaping_causes(plan) == []
    for ex_id in planned_exercise_ids(plan):
        assert exercise_usage(plan, library, ex_id).causes == ()
