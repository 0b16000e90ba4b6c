"""How the log shapes next week: each rule, with a history that triggers it."""

from __future__ import annotations

import datetime as dt

import pytest

from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.pain_rule import ACCEPTABLE_PAIN, QUIET_PAIN
from calfcare.core.journey.replay import journey
from calfcare.core.planning.adapt import Adaptation, Decision, adaptation_of
from calfcare.core.planning.history import (
    History,
    LoggedRun,
    PainScore,
    RaiseTest,
    SessionRecord,
    ShoePair,
)
from calfcare.core.planning.models import Phase, SessionKind, WeekPlan
from calfcare.core.planning.week import build_week

from support import MONDAY, make_profile

LAST_MONDAY = MONDAY - dt.timedelta(days=7)


def assess(history: History, start: dt.date, library: ContentLibrary) -> Adaptation:
    """How the journey of a healthy runner doses the week from ``start``."""
    profile = make_profile()
    return adaptation_of(journey(profile, history, start, library=library), profile, library, set())


def day(n: int) -> dt.date:
    return LAST_MONDAY + dt.timedelta(days=n)


def week_of_sessions(status: str = "done", n: int = 6) -> tuple[SessionRecord, ...]:
    return tuple(SessionRecord(day(i), "strengthening", status) for i in range(n))  # type: ignore[arg-type]


def pain(*scores: tuple[int, str, int]) -> tuple[PainScore, ...]:
    return tuple(PainScore(day(d), when, score) for d, when, score in scores)  # type: ignore[arg-type]


def items(plan: WeekPlan, exercise: str) -> list:  # type: ignore[type-arg]
    return [i for d in plan.days for s in d.sessions for i in s.items if i.exercise == exercise]


def strength_days(plan: WeekPlan) -> int:
    return sum(1 for d in plan.days for s in d.sessions if s.kind is SessionKind.strengthening)


def test_a_good_week_steps_up(library) -> None:  # type: ignore[no-untyped-def]
    history = History(sessions=week_of_sessions(), pain=pain((1, "after", 2), (2, "morning", 1)))
    adaptation = assess(history, MONDAY, library)
    assert adaptation.decision is Decision.progress
    assert adaptation.level == 1
    new_runner = make_profile(experience="new", running_days=["tue", "thu", "sat"])
    before = build_week(new_runner, MONDAY)
    after = build_week(new_runner, MONDAY, history)
    assert items(before, "calf_raise")
    assert not items(before, "single_leg_calf_raise")
    assert items(after, "single_leg_calf_raise")  # double-leg to single-leg
    # one run-walk level up: more running in each interval (the minutes may stay the same)
    assert items(before, "run_walk")[0].tempo == "run 1 min, walk 2 min"
    assert items(after, "run_walk")[0].tempo == "run 2 min, walk 2 min"
    assert any("Stepping up" in n.text for n in after.notes)


def test_more_good_weeks_bring_more_reps_and_eccentric_drops(library) -> None:  # type: ignore[no-untyped-def]
    sessions = tuple(
        SessionRecord(MONDAY - dt.timedelta(days=7 * w - d), "strengthening", "done")
        for w in range(1, 4)
        for d in range(5)
    )
    plan = build_week(make_profile(), MONDAY, History(sessions=sessions))
    raises = items(plan, "single_leg_calf_raise")
    assert raises[0].reps == 25  # three good weeks: 10 -> 25, the articles' goal
    assert items(plan, "eccentric_heel_drop")


def test_pain_of_four_or_five_holds(library) -> None:  # type: ignore[no-untyped-def]
    history = History(sessions=week_of_sessions(), pain=pain((1, "during", 5)))
    adaptation = assess(history, MONDAY, library)
    assert adaptation.decision is Decision.hold
    assert adaptation.level == 0
    plan = build_week(make_profile(), MONDAY, history)
    assert any("Holding" in n.text and "5/10" in n.text for n in plan.notes)
    assert items(plan, "single_leg_calf_raise")[0].reps == 10


def test_pain_above_five_steps_back_with_more_rest(library) -> None:  # type: ignore[no-untyped-def]
    earlier = tuple(
        SessionRecord(LAST_MONDAY - dt.timedelta(days=7 - i), "run", "done") for i in range(5)
    )
    history = History(
        sessions=earlier + week_of_sessions(),
        pain=pain((2, "after", 7)),
        runs=tuple(LoggedRun(day(i), 6.0, 40) for i in (1, 3, 5)),
    )
    adaptation = assess(history, MONDAY, library)
    assert adaptation.decision is Decision.step_back
    profile = make_profile(weekly_distance=18)
    plan = build_week(profile, MONDAY, history)
    baseline = build_week(profile, MONDAY)
    assert strength_days(plan) < strength_days(baseline)
    total = sum(i.distance or 0 for i in items(plan, "easy_run"))
    assert total <= 18 * 0.9 + 1e-9
    assert any("Stepping back" in n.text and "7/10" in n.text for n in plan.notes)


def test_a_rising_morning_score_steps_back(library) -> None:  # type: ignore[no-untyped-def]
    history = History(
        sessions=week_of_sessions(),
        pain=pain((1, "morning", 1), (3, "morning", 2), (5, "morning", 3)),
    )
    adaptation = assess(history, MONDAY, library)
    assert adaptation.decision is Decision.step_back
    assert "morning pain rose from 1 to 3" in adaptation.notes[0].text


def test_too_few_sessions_done_holds(library) -> None:  # type: ignore[no-untyped-def]
    sessions = week_of_sessions("done", 2) + tuple(
        SessionRecord(day(i), "run", "skipped") for i in range(2, 6)
    )
    assert assess(History(sessions=sessions), MONDAY, library).decision is Decision.hold


def test_a_gap_between_sides_adds_work_for_the_weaker_one(library) -> None:  # type: ignore[no-untyped-def]
    history = History(raise_tests=(RaiseTest(day(4), left=20, right=14),))
    adaptation = assess(history, MONDAY, library)
    assert adaptation.weaker_side == "right"
    plan = build_week(make_profile(), MONDAY, history)
    extra = [i for i in items(plan, "single_leg_calf_raise") if not i.per_side]
    assert extra
    assert "right leg only" in extra[0].notes[0]
    even = assess(History(raise_tests=(RaiseTest(day(4), 20, 19),)), MONDAY, library)
    assert even.weaker_side is None


def test_running_after_a_strain_waits_for_the_raise_test() -> None:
    since = (MONDAY - dt.timedelta(days=21)).isoformat()
    profile = make_profile(complaint={"kind": "strain", "side": "left", "since": since, "pain": 1})
    weak = History(raise_tests=(RaiseTest(day(5), 20, 26),))
    uneven = History(raise_tests=(RaiseTest(day(5), 25, 29),))
    sore = History(raise_tests=(RaiseTest(day(5), 27, 26),), pain=pain((4, "after", 3)))
    ready = History(raise_tests=(RaiseTest(day(5), 27, 26),), pain=pain((4, "after", 2)))
    for history in (weak, uneven, sore):
        plan = build_week(profile, MONDAY, history)
        assert plan.phase is Phase.strengthening
        assert not items(plan, "run_walk")
        assert any("calf-raise test reaches 25" in n.text for n in plan.notes)
    plan = build_week(profile, MONDAY, ready)
    assert plan.phase is Phase.return_to_running
    assert items(plan, "run_walk")


def test_next_weeks_running_stays_within_ten_percent_of_the_log() -> None:
    runs = tuple(LoggedRun(day(i), 5.0, 30) for i in (1, 3, 5))
    good = History(runs=runs, sessions=week_of_sessions())
    plan = build_week(make_profile(weekly_distance=40), MONDAY, good)
    total = sum(i.distance or 0 for i in items(plan, "easy_run"))
    assert 13.5 <= total <= 16.5
    assert any("logged distance last week" in n.text for n in plan.notes)


def test_logged_shoe_distance_brings_the_shoe_check() -> None:
    shoes = (ShoePair("Blue trainers", 450.0, MONDAY - dt.timedelta(days=60)),)
    runs = tuple(LoggedRun(day(i), 30.0, 150, "Blue trainers") for i in (1, 3))
    history = History(shoes=shoes, runs=runs)
    plan = build_week(make_profile(shoes={"distance": 10, "age_months": 1}), MONDAY, history)
    cause = next(c for c in plan.causes if c.id == "worn_shoes")
    assert any("Blue trainers" in b and "510 km" in b for b in cause.because)
    assert items(plan, "shoe_check")
    old = History(shoes=(ShoePair("Old pair", 0.0, MONDAY - dt.timedelta(days=200)),))
    plan_old = build_week(make_profile(), MONDAY, old)
    assert items(plan_old, "shoe_check")


@pytest.mark.parametrize(
    ("score", "decision"),
    [
        (QUIET_PAIN, Decision.progress),
        (QUIET_PAIN + 1, Decision.hold),  # not logged as settled by the next morning
        (ACCEPTABLE_PAIN, Decision.hold),
        (ACCEPTABLE_PAIN + 1, Decision.step_back),
    ],
)
def test_pain_thresholds_at_their_exact_boundaries(library, score: int, decision: Decision) -> None:  # type: ignore[no-untyped-def]
    """Exactly at each threshold, not only past it: ``>=`` must not become ``>``."""
    history = History(sessions=week_of_sessions(), pain=pain((1, "during", score)))
    adaptation = assess(history, MONDAY, library)
    assert adaptation.decision is decision
    if decision is not Decision.progress:  # the reason given is the pain, not something else
        assert any(f"pain reached {score}/10" in n.text for n in adaptation.notes), [
            n.text for n in adaptation.notes
        ]


def test_pain_up_to_five_settled_by_the_next_morning_is_acceptable(library) -> None:  # type: ignore[no-untyped-def]
    settled = pain((1, "during", ACCEPTABLE_PAIN), (2, "morning", 3))
    assert assess(History(sessions=week_of_sessions(), pain=settled), MONDAY, library).decision is (
        Decision.progress
    )
    unsettled = pain((1, "during", ACCEPTABLE_PAIN), (2, "morning", 4))
    assert assess(
        History(sessions=week_of_sessions(), pain=unsettled), MONDAY, library
    ).decision is (Decision.hold)
