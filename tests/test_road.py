"""The road back in words: stages reached with their dates and reasons, gates, the stage line."""

from __future__ import annotations

import datetime as dt

from calfcare.core.journey.models import Escalation, Gate
from calfcare.core.journey.pain_rule import ACCEPTABLE_PAIN, QUIET_PAIN, SETTLED_PAIN
from calfcare.core.journey.road import (
    escalation_steps,
    gate_line,
    road_back,
    score_meaning,
    stage_line,
)
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.history import History, PainScore, RaiseTest
from calfcare.core.planning.models import WeekPlan

from journeys import done_sessions, mornings, raise_test_if_planned, simulate, strain
from support import MONDAY, make_profile


def good_log(plan: WeekPlan, week: int) -> History:
    """All sessions done, morning pain easing to 1/10, a strong even raise test when asked."""
    return History(
        sessions=done_sessions(plan),
        pain=mornings(plan, [max(1, 3 - week)] * 7),
        raise_tests=raise_test_if_planned(plan, 27, 26),
    )


def _flare_in_first_run_week(plan: WeekPlan, week: int) -> History:
    if week == 5:
        return History(sessions=done_sessions(plan), pain=mornings(plan, [1, 2, 3, 3, 4]))
    return good_log(plan, week)


def test_each_stage_reached_carries_the_date_and_the_weeks_plan_agrees() -> None:
    profile = strain(days_ago=0, pain=3)
    run = simulate(profile, 7, good_log)
    week = 6
    start = MONDAY + dt.timedelta(days=7 * week)
    road = road_back(profile, run.history, start + dt.timedelta(days=2), week_start=start)
    plan_journey = run.plans[week].journey
    assert plan_journey is not None
    assert road.journey.stage is plan_journey.stage is Stage.return_to_running
    stages = [p.stage for p in road.periods]
    assert stages == [Stage.protect, Stage.settle, Stage.load, Stage.return_to_running]
    dates = [p.since for p in road.periods]
    assert dates == sorted(dates)
    assert dates[0] == MONDAY
    assert road.periods[-1].since == plan_journey.since
    # each stage was entered the week the simulated plans first show it
    for period in road.periods[1:]:
        first_week = next(p for p in run.plans if p.journey and p.journey.stage is period.stage)
        assert period.since == first_week.start
        assert period.forward
        assert period.reason.startswith("Every gate out of ")
    assert road.done(Stage.load)
    assert not road.done(Stage.return_to_running)
    assert road.reached(Stage.build) is None


def test_a_step_back_says_why_in_plain_words() -> None:
    profile = strain(days_ago=0, pain=3)
    run = simulate(profile, 7, _flare_in_first_run_week)
    start = MONDAY + dt.timedelta(days=42)
    road = road_back(profile, run.history, start, week_start=start)
    change = road.latest_change()
    assert change is not None
    assert change.stage is Stage.load
    assert not change.forward
    assert change.reason == (
        "Your morning pain rose from 1 to 4, so the plan eases off: back to Load for now."
    )


def test_gates_read_todays_log_at_once() -> None:
    profile = strain(days_ago=16, pain=3)
    on = MONDAY
    road = road_back(profile, None, on)
    assert road.journey.stage is Stage.load
    lines = [gate_line(g, road.raise_test) for g in road.journey.gates]
    assert "Single-leg raises: not tested yet, 25 a side needed" in lines
    assert "Pain: 3/10, needs 2 or less" in lines
    assert stage_line(road) == (
        "Load stage, day 17. Next: running again, when you reach 25 raises a side."
    )
    history = History(raise_tests=(RaiseTest(on, 18, 22),), pain=(PainScore(on, "morning", 2),))
    road = road_back(profile, history, on)
    gates = {g.id: g for g in road.journey.gates}
    lines = [gate_line(g, road.raise_test) for g in road.journey.gates]
    assert "Single-leg raises: left 18, right 22 of 25" in lines
    assert "Morning pain: 2/10, needs 2 or less" in lines
    assert gates["current_pain"].met
    assert not gates["raise_test"].met
    assert "Sides within 10% of each other: 18.2% apart" in lines


def test_the_stage_line_when_every_gate_is_met_and_at_the_end() -> None:
    profile = strain(days_ago=8, pain=3)
    road = road_back(profile, None, MONDAY)
    assert road.journey.stage is Stage.settle
    assert stage_line(road) == (
        "Settle and move stage, day 9. Next: load; every gate is met, so it comes with "
        "next week's plan."
    )
    healthy = road_back(make_profile(), None, MONDAY)
    assert healthy.journey.next_stage is None
    assert stage_line(healthy) == (
        "Keep them strong stage. Nothing left to unlock: keep up the warm-ups and strength work."
    )
    assert healthy.latest_change() is None


def test_gate_lines_for_every_kind_of_gate() -> None:
    def gate(gate_id: str, value: str | int | float | None, target: str) -> Gate:
        return Gate(id=gate_id, text="Text", value=value, target=target, met=False)

    assert gate_line(gate("days_since_onset", 9, ">= 14")) == "Days since the pain began: 9 of 14"
    assert gate_line(gate("session_pain", None, "<= 2")) == (
        "Pain in last week's sessions: none logged, needs 2 or less"
    )
    assert gate_line(gate("raise_balance", None, "<= 10%")) == "Sides within 10%: not tested yet"
    assert gate_line(gate("level", 3, ">= 5")) == "Text: 3 of 5"
    assert gate_line(gate("pain_rule", "step_back", "progress")) == (
        "Text: last week said step back"
    )


def test_an_escalation_says_what_to_do_and_by_when() -> None:
    road = road_back(strain(days_ago=12, pain=5), None, MONDAY)
    escalation = road.journey.escalation
    assert escalation is not None
    assert escalation.level == "see_clinician"
    what, when = escalation_steps(escalation)
    assert "doctor or physiotherapist" in what
    assert when
    same_day = Escalation(level="same_day", reasons=["x"])
    assert escalation_steps(same_day)[1] == "Today"


def test_what_a_score_means_follows_the_pain_rule() -> None:
    for score in range(11):
        after = score_meaning(score, "after")
        assert after.startswith(f"{score}/10 ")
        assert ("steps back" in after) is (score > ACCEPTABLE_PAIN)
        assert ("if it settles" in after) is (QUIET_PAIN < score <= ACCEPTABLE_PAIN)
        morning = score_meaning(score, "morning")
        assert ("counts as settled" in morning) is (score <= SETTLED_PAIN)
