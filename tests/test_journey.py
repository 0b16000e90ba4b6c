"""The journey through the public API: 12-week recoveries, gates, the pain rule, escalation."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from calfcare.core.content.library import load_library
from calfcare.core.errors import InputError
from calfcare.core.journey.evidence import Evidence
from calfcare.core.journey.gates import gates_for
from calfcare.core.journey.models import Decision
from calfcare.core.journey.replay import journey
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.history import History, LoggedRun, PainScore, RaiseTest, SessionRecord
from calfcare.core.planning.models import EXERCISE_KINDS, Phase, WeekPlan
from calfcare.core.planning.running import plan_runs
from calfcare.core.planning.week import build_week
from calfcare.core.validation import dump

from journeys import (
    STRAIN_ARC,
    done_sessions,
    items,
    kinds,
    mornings,
    raise_test_if_planned,
    simulate,
    strain,
)
from support import MONDAY, make_profile


def good_log(plan: WeekPlan, week: int) -> History:
    """All sessions done, morning pain easing to 1/10, a strong even raise test when asked."""
    scores = [max(1, 3 - week)] * 7
    return History(
        sessions=done_sessions(plan),
        pain=mornings(plan, scores),
        raise_tests=raise_test_if_planned(plan, 27, 26),
    )


def test_a_good_recovery_returns_to_running_in_3_to_6_weeks_one_stage_a_week() -> None:
    run = simulate(strain(days_ago=0, pain=3), 12, good_log)
    stages = run.stages()
    index = [STRAIN_ARC.index(s) for s in stages]
    assert all(b - a <= 1 for a, b in itertools.pairwise(index)), stages
    first_run_week = stages.index(Stage.return_to_running)
    assert 3 <= first_run_week <= 6, stages
    assert stages[-1] in (Stage.build, Stage.full_training, Stage.prevention)
    # the first running week starts at the first run-walk level
    plan = run.plans[first_run_week]
    assert {i.tempo for i in items(plan, "run_walk")} == {"run 1 min, walk 2 min"}
    for plan in run.plans:
        assert plan.journey is not None
        assert plan.journey.escalation is None


def test_a_plateau_at_five_escalates_by_day_10_to_14() -> None:
    def plateau(plan: WeekPlan, week: int) -> History:
        return History(sessions=done_sessions(plan), pain=mornings(plan, [5] * 7))

    run = simulate(strain(days_ago=0, pain=5), 3, plateau)
    by_day_14 = run.plans[2]
    assert by_day_14.journey is not None
    escalation = by_day_14.journey.escalation
    assert escalation is not None
    assert escalation.level == "see_clinician"
    assert any("day 14" in r or "not improved" in r for r in escalation.reasons)
    assert items(by_day_14, "see_clinician")
    # without a log, the intake's 5/10 escalates from day 10 too
    path = journey(strain(days_ago=10, pain=5), None, MONDAY)
    assert path.escalation is not None
    assert "day 10" in path.escalation.reasons[0]


def test_a_flare_up_steps_back_and_says_why() -> None:
    def flare_in_week_6(plan: WeekPlan, week: int) -> History:
        if week == 6:
            return History(sessions=done_sessions(plan), pain=mornings(plan, [1, 2, 3, 3, 4]))
        return good_log(plan, week)

    run = simulate(strain(days_ago=0, pain=3), 9, flare_in_week_6)
    before, after = run.plans[6].journey, run.plans[7].journey
    assert before is not None
    assert after is not None
    assert after.pain_rule.decision is Decision.step_back
    moved_back = STRAIN_ARC.index(after.stage) < STRAIN_ARC.index(before.stage)
    assert moved_back or after.level < before.level
    assert any("morning pain rose from 1 to 4" in n.text for n in run.plans[7].notes)


def test_morning_pain_still_rising_after_a_step_back_sends_to_a_clinician() -> None:
    def rising(plan: WeekPlan, week: int) -> History:
        if week >= 6:
            return History(sessions=done_sessions(plan), pain=mornings(plan, [1, 2, 3]))
        return good_log(plan, week)

    run = simulate(strain(days_ago=0, pain=3), 9, rising)
    last = run.plans[8].journey
    assert last is not None
    assert last.escalation is not None
    assert any("kept rising after a week that stepped back" in r for r in last.escalation.reasons)


def test_a_runner_who_logs_nothing_never_reaches_running_after_a_strain() -> None:
    run = simulate(strain(days_ago=0, pain=1), 12, None)
    assert Stage.return_to_running not in run.stages()
    for plan in run.plans:
        assert not items(plan, "run_walk")
        assert not items(plan, "easy_run")
    assert run.stages()[-1] is Stage.load


@pytest.mark.parametrize("flag", ["one_leg_swelling_warmth_redness", "chest_pain_or_breathless"])
def test_an_emergency_never_contains_exercise(flag: str) -> None:
    run = simulate(strain(days_ago=0, pain=3, red_flags=[flag]), 12, good_log)
    for plan in run.plans:
        assert plan.phase is Phase.urgent_care
        assert not kinds(plan) & EXERCISE_KINDS
        assert plan.journey is not None
        assert plan.journey.escalation is not None
        assert plan.journey.escalation.level == "emergency"


def test_the_intakes_pain_counts_only_until_the_log_has_a_newer_score() -> None:
    profile = strain(days_ago=12, pain=5)
    assert journey(profile, None, MONDAY).escalation is not None
    newer = History(pain=(PainScore(MONDAY - dt.timedelta(days=1), "morning", 2),))
    path = journey(profile, newer, MONDAY)
    assert path.escalation is None
    gate = next(g for g in path.gates if g.id == "current_pain")
    assert gate.value == 2


@pytest.mark.parametrize(
    ("changes", "pain"),
    [({}, 8), ({"red_flags": ["sudden_pop"]}, 3), ({"red_flags": ["achilles_rupture_signs"]}, 3)],
)
def test_pain_of_eight_or_a_pop_means_the_same_day(changes: dict[str, object], pain: int) -> None:
    profile = strain(days_ago=4, pain=3, **changes)
    log = History(pain=(PainScore(MONDAY - dt.timedelta(days=1), "morning", pain),))
    plan = build_week(profile, MONDAY, log)
    assert plan.journey is not None
    escalation = plan.journey.escalation
    assert escalation is not None
    assert escalation.level == "same_day"
    assert any("the same day" in r for r in escalation.reasons)
    assert plan.phase is Phase.assessment
    assert not items(plan, "run_walk")


def test_return_to_running_restarts_at_the_first_level_whatever_strength_reached() -> None:
    # Strength at its top (three good weeks of single-leg work), then the gates open.
    profile = strain(days_ago=40, pain=1)
    sessions = tuple(
        SessionRecord(MONDAY - dt.timedelta(days=d), "strengthening", "done") for d in range(1, 41)
    )
    log = History(
        sessions=sessions, raise_tests=(RaiseTest(MONDAY - dt.timedelta(days=3), 30, 29),)
    )
    plan = build_week(profile, MONDAY, log)
    assert plan.journey is not None
    assert plan.journey.stage is Stage.return_to_running
    assert {i.tempo for i in items(plan, "run_walk")} == {"run 1 min, walk 2 min"}
    assert len(items(plan, "run_walk")) <= 3


def test_gates_name_the_criterion_the_value_and_whether_it_is_met() -> None:
    profile = strain(days_ago=20, pain=1)
    log = History(raise_tests=(RaiseTest(MONDAY - dt.timedelta(days=2), 20, 27),))
    path = journey(profile, log, MONDAY)
    assert path.stage is Stage.load
    assert path.next_stage is Stage.return_to_running
    gates = {g.id: g for g in path.gates}
    assert gates["days_since_onset"].met
    assert gates["days_since_onset"].value == 20
    assert not gates["raise_test"].met
    assert gates["raise_test"].value == 20
    assert not gates["raise_balance"].met
    low, high = path.expected_days
    assert 0 <= low <= high
    dumped = dump(path, mode="json")
    assert set(dumped) == {
        "stage",
        "since",
        "next_stage",
        "gates",
        "expected_days",
        "escalation",
        "pain_rule",
    }
    assert set(dumped["gates"][0]) == {"id", "text", "value", "target", "met"}


def test_an_onset_after_the_weeks_start_is_refused_naming_the_field() -> None:
    profile = strain(days_ago=-2)
    with pytest.raises(InputError, match=r"complaint\.since: .* after the week's start"):
        build_week(profile, MONDAY)
    with pytest.raises(InputError, match=r"complaint\.since"):
        journey(profile, None, MONDAY)


def test_soreness_cramps_and_tightness_have_short_arcs_ending_in_prevention() -> None:
    for kind, first in (
        ("doms", Stage.ease),
        ("cramp", Stage.cramp_care),
        ("tightness", Stage.loosen),
    ):
        complaint = {"kind": kind, "side": "both", "since": MONDAY.isoformat(), "pain": 2}
        profile = make_profile(complaint=complaint)
        assert journey(profile, None, MONDAY).stage is first
        later = journey(profile, None, MONDAY + dt.timedelta(days=14))
        assert later.stage is Stage.prevention


def test_the_build_goal_asks_for_as_many_runs_as_the_runner_has_days() -> None:
    two_days = strain(days_ago=90, pain=1, running_days=["tue", "sat"])
    runs = tuple(LoggedRun(MONDAY - dt.timedelta(days=d), 5.0, 30) for d in (2, 6))
    gates = gates_for(
        Stage.build,
        Evidence.of(two_days, History(runs=runs)),
        MONDAY,
        level=8,
        top=8,
        decision=Decision.progress,
    )
    goal = next(g for g in gates if g.id == "goal_runs")
    assert goal.target == ">= 2"
    assert goal.met


def test_after_a_strain_running_does_not_jump_back_to_the_intakes_old_week() -> None:
    # 40 km a week before the strain; nothing logged about runs since.
    profile = strain(days_ago=120, pain=0, weekly_distance=40)
    plan = build_week(profile, MONDAY)  # no log at all: the strain stays short of running
    assert not items(plan, "easy_run")
    runs = plan_runs(
        profile,
        Phase.prevention,
        load_library(),
        [1, 3, 5],
        start=MONDAY,
        history=None,
        allow_increase=True,
    )
    assert runs.weekly_total is not None
    assert runs.weekly_total <= 3 * 4.83 * 1.1  # the goal week, 3 x 3 miles, plus 10%
