"""Each planning rule, with a profile that triggers it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.history import History, LoggedRun, RaiseTest
from calfcare.core.planning.models import Phase, SessionKind, WeekPlan
from calfcare.core.planning.week import build_week

from support import MONDAY, make_profile


def kinds(plan: WeekPlan, day: int) -> list[SessionKind]:
    return [s.kind for s in plan.days[day].sessions]


def exercises(plan: WeekPlan) -> set[str]:
    return {i.exercise for d in plan.days for s in d.sessions for i in s.items}


def sessions_of(plan: WeekPlan, kind: SessionKind) -> list[tuple[int, object]]:
    return [(n, s) for n, d in enumerate(plan.days) for s in d.sessions if s.kind is kind]


def test_prevention_week_has_warmups_runs_stretching_and_strength_on_off_days() -> None:
    plan = build_week(make_profile(), MONDAY)
    assert plan.phase is Phase.prevention
    assert plan.triage.level is TriageLevel.self_care
    run_days = [n for n, d in enumerate(plan.days) if d.running_day]
    assert run_days == [1, 3, 5]  # tue, thu, sat from a Monday start
    for n in run_days:
        assert kinds(plan, n)[:3] == [SessionKind.warmup, SessionKind.run, SessionKind.stretching]
    strength_days = [n for n, _ in sessions_of(plan, SessionKind.strengthening)]
    assert 2 <= len(strength_days) <= 3
    assert not set(strength_days) & set(run_days)


def test_emergency_sends_to_care_with_no_exercise() -> None:
    plan = build_week(make_profile(red_flags=["one_leg_swelling_warmth_redness"]), MONDAY)
    assert plan.triage.level is TriageLevel.emergency
    assert plan.phase is Phase.urgent_care
    assert exercises(plan) == {"rest", "see_clinician"}
    assert all(not d.running_day for d in plan.days)


def test_see_clinician_stops_running_and_strength() -> None:
    plan = build_week(make_profile(red_flags=["numbness_or_tingling"]), MONDAY)
    assert plan.triage.level is TriageLevel.see_clinician
    assert not sessions_of(plan, SessionKind.run)
    assert not sessions_of(plan, SessionKind.strengthening)
    assert "see_clinician" in exercises(plan)


def test_pain_of_eight_counts_as_severe_pain() -> None:
    profile = make_profile(
        complaint={"kind": "tightness", "side": "left", "since": "2026-11-20", "pain": 8}
    )
    plan = build_week(profile, MONDAY)
    assert [r.id for r in plan.triage.reasons] == ["severe_pain"]
    assert plan.triage.level is TriageLevel.see_clinician


def test_fresh_strain_gets_timed_rice_over_the_whole_48_hours_only() -> None:
    profile = make_profile(
        complaint={"kind": "strain", "side": "right", "since": "2026-11-23", "pain": 5},
        equipment=["ice_pack", "elastic_bandage"],
    )
    plan = build_week(profile, MONDAY)
    assert plan.phase is Phase.acute
    for n, day in enumerate(plan.days):
        rice = [s for s in day.sessions if s.kind is SessionKind.rice]
        icing = [s for s in rice if any(i.exercise == "ice" for i in s.items)]
        if n <= 2:  # the onset date and the two after cover 48 h from any hour of onset
            assert len(icing) >= 3
            times = [dt.datetime.strptime(s.at or "", "%H:%M") for s in icing]
            gaps = [(b - a).seconds / 3600 for a, b in itertools.pairwise(times)]
            assert all(2 <= g <= 3 for g in gaps)
            ice = next(i for i in icing[0].items if i.exercise == "ice")
            assert 15 <= (ice.minutes or 0) <= 20
            assert any(i.exercise == "compression" for i in icing[0].items)
        else:
            assert not icing
    assert not {SessionKind.run, SessionKind.stretching, SessionKind.strengthening} & {
        s.kind for d in plan.days for s in d.sessions
    }


@pytest.mark.parametrize(
    ("days_ago", "pain", "phase"),
    [
        (0, 6, Phase.acute),
        (1, 2, Phase.acute),
        (3, 5, Phase.mobility),  # settle and move: gentle movement as pain allows
        (4, 3, Phase.mobility),
        (9, 2, Phase.mobility),  # one stage a week: protect on day 2, settle on day 9
        (16, 2, Phase.strengthening),
        (20, 3, Phase.strengthening),
        (20, 1, Phase.strengthening),  # no calf-raise test logged yet
        (20, 1, Phase.return_to_running),  # with a passing test (below)
    ],
)
def test_strain_phases_follow_days_and_pain(days_ago: int, pain: int, phase: Phase) -> None:
    since = (MONDAY - dt.timedelta(days=days_ago)).isoformat()
    profile = make_profile(
        complaint={"kind": "strain", "side": "left", "since": since, "pain": pain}
    )
    history = None
    if phase is Phase.return_to_running:
        history = History(raise_tests=(RaiseTest(MONDAY - dt.timedelta(days=2), 26, 25),))
    plan = build_week(profile, MONDAY, history)
    assert plan.phase is phase
    runs = sessions_of(plan, SessionKind.run)
    strength = sessions_of(plan, SessionKind.strengthening)
    if phase is not Phase.return_to_running:
        assert not runs
    else:
        assert 1 <= len(runs) <= 3
        assert exercises(plan) >= {"run_walk"}
    if phase in (Phase.acute, Phase.mobility):
        assert not strength
    if phase is Phase.strengthening:
        assert len(strength) == 3


def test_soreness_gets_no_strength_on_sore_days() -> None:
    profile = make_profile(
        complaint={"kind": "doms", "side": "both", "since": "2026-11-22", "pain": 5}
    )
    plan = build_week(profile, MONDAY)
    assert plan.phase is Phase.soreness
    assert plan.causes[0].id == "doms"
    for n in (0, 1):  # 24-72 h after the run
        assert SessionKind.strengthening not in kinds(plan, n)
        assert SessionKind.recovery in kinds(plan, n)
    assert sessions_of(plan, SessionKind.strengthening)


def test_cramps_bring_hydration() -> None:
    profile = make_profile(
        complaint={"kind": "cramp", "side": "left", "since": "2026-11-20", "pain": 3}
    )
    plan = build_week(profile, MONDAY)
    assert "hydration" in exercises(plan)
    assert plan.causes[0].id == "dehydration"


def test_tightness_brings_stretching_and_rolling_and_a_longer_warmup() -> None:
    profile = make_profile(
        complaint={"kind": "tightness", "side": "both", "since": "2026-11-20", "pain": 2}
    )
    plan = build_week(profile, MONDAY)
    assert {"standing_calf_stretch", "foam_rolling"} <= exercises(plan)
    warm = [s.minutes for _, s in sessions_of(plan, SessionKind.warmup)]  # type: ignore[attr-defined]
    plain = [
        s.minutes for _, s in sessions_of(build_week(make_profile(), MONDAY), SessionKind.warmup)
    ]  # type: ignore[attr-defined]
    assert min(warm) > max(plain)
    assert all(5 <= m <= 10 for m in warm + plain)


def test_worn_shoes_bring_the_shoe_check() -> None:
    plan = build_week(make_profile(shoes={"distance": 500, "age_months": 2}), MONDAY)
    assert "worn_shoes" in [c.id for c in plan.causes]
    assert "shoe_check" in exercises(plan)
    plan_mi = build_week(make_profile(units="mi", shoes={"distance": 250, "age_months": 7}), MONDAY)
    assert "shoe_check" in exercises(plan_mi)


def test_older_runner_gets_eccentric_heel_drops_at_low_volume() -> None:
    plan = build_week(make_profile(age=52), MONDAY)
    assert plan.causes[0].id == "age_tendon_stiffness"
    drops = [
        i
        for d in plan.days
        for s in d.sessions
        for i in s.items
        if i.exercise == "eccentric_heel_drop"
    ]
    assert drops
    assert all((i.sets or 0) * (i.reps or 0) <= 30 and i.per_side for i in drops)


def test_missing_equipment_is_substituted_with_a_note() -> None:
    profile = make_profile(age=52, equipment=["wall"], habits=[])
    plan = build_week(profile, MONDAY)
    names = exercises(plan)
    assert "foam_rolling" not in names
    assert "self_massage" in names
    assert "eccentric_heel_drop" not in names  # needs a step
    items = [
        i for d in plan.days for s in d.sessions for i in s.items if i.exercise == "self_massage"
    ]
    assert any("foam roller" in n for i in items for n in i.notes)


def test_regular_runner_stays_within_ten_percent() -> None:
    healthy = build_week(make_profile(weekly_distance=30), MONDAY)
    total = sum(i.distance or 0 for d in healthy.days for s in d.sessions for i in s.items)
    assert 27 <= total <= 33
    sore = build_week(
        make_profile(
            weekly_distance=30,
            complaint={"kind": "tightness", "side": "left", "since": "2026-11-20", "pain": 2},
        ),
        MONDAY,
    )
    assert sum(i.distance or 0 for d in sore.days for s in d.sessions for i in s.items) <= 30


def test_logged_distance_overrides_the_profile_figure() -> None:
    runs = tuple(LoggedRun(MONDAY - dt.timedelta(days=d), 4.0, 25) for d in (2, 4, 6))
    plan = build_week(make_profile(weekly_distance=40), MONDAY, History(runs=runs))
    total = sum(i.distance or 0 for d in plan.days for s in d.sessions for i in s.items)
    assert total <= 12 * 1.1
    assert any("logged distance" in n.text for n in plan.notes)


def test_new_runner_runs_by_time_at_most_three_times() -> None:
    plan = build_week(
        make_profile(experience="new", running_days=["mon", "tue", "wed", "thu", "fri"]), MONDAY
    )
    runs = sessions_of(plan, SessionKind.run)
    assert len(runs) == 3
    assert "run_walk" in exercises(plan)
    assert "easy_run" not in exercises(plan)
    assert any("limited to 3" in n.text for n in plan.notes)


def test_minutes_per_day_is_respected_when_short_of_time() -> None:
    plan = build_week(make_profile(minutes_per_day=10, age=60), MONDAY)
    for day in plan.days:
        assert day.active_minutes() <= 10
    assert sessions_of(plan, SessionKind.warmup)


def test_injured_side_is_named_on_strength_work() -> None:
    since = (MONDAY - dt.timedelta(days=10)).isoformat()
    plan = build_week(
        make_profile(complaint={"kind": "strain", "side": "left", "since": since, "pain": 1}),
        MONDAY,
    )
    notes = [
        n
        for d in plan.days
        for s in d.sessions
        if s.kind is SessionKind.strengthening
        for i in s.items
        for n in i.notes
    ]
    assert any("left calf" in n for n in notes)


def test_no_exercise_appears_twice_in_a_session_by_accident() -> None:
    from calfcare.core.profile import example_profile

    for profile in (example_profile(), make_profile(age=60, recent_changes=["lower_drop_shoes"])):
        plan = build_week(profile, MONDAY)
        for d in plan.days:
            for s in d.sessions:
                ids = [i.exercise for i in s.items]
                assert len(ids) == len(set(ids)), (d.date, s.kind, ids)


def test_a_session_holding_no_ice_is_not_called_icing() -> None:
    from calfcare.core.week_text import session_title, week_text

    bandaged = make_profile(
        complaint={"kind": "strain", "side": "left", "since": MONDAY.isoformat(), "pain": 3},
        equipment=["wall", "elastic_bandage", "ice_pack"],
    )
    plain = dataclasses.replace(bandaged, equipment=["wall"])
    for profile, without_ice in ((bandaged, "Support and elevate"), (plain, "Elevate")):
        plan = build_week(profile, MONDAY)
        rice = [(d, s) for d in plan.days for s in d.sessions if s.kind is SessionKind.rice]
        assert rice
        for day, session in rice:
            iced = any(i.exercise == "ice" for i in session.items)
            title = session_title(session)
            assert ("Ice" in title) is iced, (day.date, title)
            assert title == ("Ice, support, elevate" if iced else without_ice)
        assert without_ice in week_text(plan, load_library())


@pytest.mark.parametrize("minutes", [15, 20])
@pytest.mark.parametrize(
    "days",
    [["mon", "tue", "wed", "thu", "fri", "sat"], ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]],
)
@pytest.mark.parametrize("experience", ["new", "returning", "regular"])
def test_a_busy_runner_short_of_time_stays_within_the_daily_minutes(
    minutes: int, days: list[str], experience: str
) -> None:
    """Strength, stretching and recovery share the day with the warm-up and the stretch after
    a run: what is already on a day counts against the budget (a fixed case the property
    test reaches only on some seeds)."""
    for complaint in (
        {"kind": "none"},
        {"kind": "doms", "side": "both", "since": str(MONDAY - dt.timedelta(days=1)), "pain": 3},
        {
            "kind": "tightness",
            "side": "left",
            "since": str(MONDAY - dt.timedelta(days=20)),
            "pain": 2,
        },
    ):
        profile = make_profile(
            running_days=days, minutes_per_day=minutes, experience=experience, complaint=complaint
        )
        plan = build_week(profile, MONDAY)
        for day in plan.days:
            assert day.active_minutes() <= minutes, (complaint, day.date, day.active_minutes())


def test_no_output_calls_a_session_without_ice_icing(library: ContentLibrary) -> None:
    """Past the first 48 h the support-and-elevate sessions hold no ice: the printed sheet
    and the calendar name them as the app does."""
    from calfcare.core.week_text import session_title
    from calfcare.export.calendar import week_ics
    from calfcare.export.week_html import week_html

    profile = make_profile(
        complaint={"kind": "strain", "side": "left", "since": MONDAY.isoformat(), "pain": 3},
        equipment=["wall", "elastic_bandage", "ice_pack"],
    )
    plan = build_week(profile, MONDAY, library=library)
    iceless = [
        s
        for d in plan.days
        for s in d.sessions
        if s.kind is SessionKind.rice and "ice" not in {i.exercise for i in s.items}
    ]
    assert iceless
    title = session_title(iceless[0])
    assert "Ice" not in title
    assert f"CalfCare: {title}" in week_ics(plan, library).decode("utf-8")
    assert title in week_html(plan, library)
