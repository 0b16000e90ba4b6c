"""The player's steps and state machine, on a fake clock: instant and exact."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.planning.models import Item, Session, SessionKind
from calfcare.core.planning.week import build_week
from calfcare.core.player.machine import Event, EventKind, PlayerMachine, State
from calfcare.core.player.steps import Step, StepKind, build_steps

from support import MONDAY, make_profile


def item(library: ContentLibrary, exercise: str, **dose: object) -> Item:
    ex = library.exercise(exercise)
    return Item(exercise=exercise, name=ex.name, sources=list(ex.sources), **dose)  # type: ignore[arg-type]


def session(*items: Item) -> Session:
    return Session(kind=SessionKind.stretching, minutes=5, why="test", items=list(items))


def kinds(events: list[Event]) -> list[EventKind]:
    return [e.kind for e in events]


def test_a_hold_per_side_switches_legs(library: ContentLibrary) -> None:
    steps = build_steps(
        session(item(library, "standing_calf_stretch", sets=1, hold_seconds=30, per_side=True)),
        library,
    )
    assert [(s.kind, s.side, s.seconds) for s in steps] == [
        (StepKind.get_ready, None, 5.0),
        (StepKind.hold, "left", 30.0),
        (StepKind.switch, "right", 5.0),
        (StepKind.hold, "right", 30.0),
    ]
    assert steps[2].say == "Switch to your right leg"


def test_sets_get_rests_and_exercises_get_a_rest_between(library: ContentLibrary) -> None:
    steps = build_steps(
        session(
            item(library, "calf_raise", sets=3, reps=15),
            item(library, "glute_bridge", sets=1, hold_seconds=30),
        ),
        library,
    )
    shape = [s.kind for s in steps]
    assert shape == [
        StepKind.get_ready,
        StepKind.reps,
        StepKind.rest,
        StepKind.reps,
        StepKind.rest,
        StepKind.reps,
        StepKind.rest,
        StepKind.hold,
    ]
    assert steps[2].seconds == library.exercise("calf_raise").dosage.rest_seconds
    assert steps[1].seconds == 15 * library.exercise("calf_raise").dosage.rep_seconds
    assert "Next: Glute bridge" in steps[6].say


def test_reps_beat_in_tempo_with_a_timed_lowering(library: ContentLibrary) -> None:
    drop = item(
        library,
        "eccentric_heel_drop",
        sets=1,
        reps=3,
        per_side=True,
        tempo="up on both feet, 3 s down on one",
    )
    steps = build_steps(session(drop), library, get_ready_seconds=0)
    first = steps[0]
    assert (first.kind, first.lower_seconds, first.rep_seconds) == (StepKind.reps, 3.0, 5.0)
    machine = PlayerMachine(steps, sleep_gap=1e9)
    machine.start(0.0)
    events = machine.tick(14.99)
    beats = [(e.at, e.value) for e in events if e.kind is EventKind.beat]
    lows = [(e.at, e.value) for e in events if e.kind is EventKind.lowering]
    assert beats == [(0.0, 1), (5.0, 2), (10.0, 3)]
    assert lows == [(2.0, 1), (7.0, 2), (12.0, 3)]
    assert machine.index == 0
    events = machine.tick(15.0)
    assert kinds(events)[:2] == [EventKind.step_completed, EventKind.step_started]


def test_countdown_and_halfway_cues(library: ContentLibrary) -> None:
    steps = build_steps(
        session(item(library, "hip_flexor_stretch", sets=1, hold_seconds=180)),
        library,
        get_ready_seconds=0,
    )
    assert steps[0].halfway_cue
    machine = PlayerMachine(steps, sleep_gap=1e9)
    machine.start(100.0)
    events = machine.tick(280.0)
    cue = [
        (e.kind, e.at, e.value)
        for e in events
        if e.kind in (EventKind.halfway, EventKind.countdown)
    ]
    assert cue == [
        (EventKind.halfway, 190.0, None),
        (EventKind.countdown, 277.0, 3),
        (EventKind.countdown, 278.0, 2),
        (EventKind.countdown, 279.0, 1),
    ]
    assert kinds(events)[-2:] == [EventKind.step_completed, EventKind.finished]
    assert machine.state is State.finished


def _simple(n: int = 3, seconds: float = 10.0) -> list[Step]:
    return [
        Step(StepKind.hold, f"s{i}", seconds, exercise="standing_calf_stretch") for i in range(n)
    ]


def test_pause_leaves_paused_time_out() -> None:
    machine = PlayerMachine(_simple(), sleep_gap=1e9)
    machine.start(0.0)
    machine.tick(4.0)
    assert kinds(machine.pause(4.0))[-1] is EventKind.paused
    assert machine.tick(50.0) == []
    assert machine.remaining(50.0) == pytest.approx(6.0)
    machine.resume(50.0)
    assert machine.tick(55.9) == [] or all(
        e.kind is EventKind.countdown for e in machine.tick(55.9)
    )
    events = machine.tick(56.0)
    assert EventKind.step_completed in kinds(events)
    completed = next(e for e in events if e.kind is EventKind.step_completed)
    assert completed.at == pytest.approx(56.0)
    assert machine.done[0].actual_seconds == pytest.approx(10.0)


def test_skip_back_and_restart() -> None:
    machine = PlayerMachine(_simple())
    machine.start(0.0)
    events = machine.skip(3.0)
    assert kinds(events) == [EventKind.step_skipped, EventKind.step_started]
    assert machine.index == 1
    assert machine.done == []  # a skipped step is not reported as done
    machine.back(5.0)
    assert machine.index == 0
    assert machine.remaining(5.0) == pytest.approx(10.0)
    machine.tick(9.0)
    machine.restart_step(9.0)
    assert machine.remaining(9.0) == pytest.approx(10.0)
    machine.skip(10.0)
    machine.skip(10.0)
    events = machine.skip(10.0)
    assert kinds(events)[-1] is EventKind.finished
    assert machine.state is State.finished


def test_skip_while_paused_stays_paused() -> None:
    machine = PlayerMachine(_simple())
    machine.start(0.0)
    machine.pause(2.0)
    machine.skip(3.0)
    assert machine.state is State.paused
    assert machine.index == 1
    assert machine.remaining(100.0) == pytest.approx(10.0)


def test_a_sleep_gap_pauses_instead_of_racing_through_sets() -> None:
    machine = PlayerMachine(_simple(), sleep_gap=5.0)
    machine.start(0.0)
    machine.tick(1.0)
    machine.tick(2.0)
    events = machine.tick(3600.0)  # the lid was closed for an hour
    assert kinds(events) == [EventKind.auto_paused]
    assert events[0].at == 2.0
    assert machine.state is State.paused
    assert machine.index == 0
    assert machine.remaining(3600.0) == pytest.approx(8.0)
    assert machine.done == []


def test_manual_steps_wait_for_the_runner(library: ContentLibrary) -> None:
    run = item(library, "easy_run", distance=5.0, tempo="easy")
    steps = build_steps(
        Session(kind=SessionKind.run, minutes=40, why="t", items=[run]),
        library,
        get_ready_seconds=0,
    )
    assert steps[0].kind is StepKind.manual
    machine = PlayerMachine(steps, sleep_gap=1e9)
    machine.start(0.0)
    assert machine.tick(99999.0) == []  # no timer: it waits
    assert machine.index == 0
    machine = PlayerMachine(steps)
    machine.start(0.0)
    machine.tick(4.0)
    events = machine.complete_manual(4.0)
    assert EventKind.finished in kinds(events)
    assert machine.done[0].exercise == "easy_run"


def test_run_walk_becomes_intervals(library: ContentLibrary) -> None:
    rw = item(library, "run_walk", minutes=9, tempo="run 1 min, walk 2 min")
    steps = build_steps(
        Session(kind=SessionKind.run, minutes=9, why="t", items=[rw]), library, get_ready_seconds=0
    )
    assert [(s.title, s.seconds) for s in steps] == [("Run easy", 60), ("Walk", 120)] * 3


def test_reps_done_can_be_corrected() -> None:
    step = Step(StepKind.reps, "raise", 8.0, exercise="calf_raise", reps=2, rep_seconds=4.0)
    machine = PlayerMachine([step], sleep_gap=1e9)
    machine.start(0.0)
    machine.tick(8.0)
    assert machine.done[0].actual_reps == 2
    assert kinds(machine.set_actual_reps(0, 1)) == [EventKind.reps_changed]
    assert machine.done[0].actual_reps == 1


def test_every_planned_session_can_be_played(library: ContentLibrary) -> None:
    for profile in (
        make_profile(age=50),
        make_profile(experience="new"),
        make_profile(
            complaint={"kind": "strain", "side": "left", "since": "2026-11-23", "pain": 4},
            equipment=["ice_pack"],
        ),
    ):
        plan = build_week(profile, MONDAY)
        for day in plan.days:
            for s in day.sessions:
                if s.kind in (SessionKind.education, SessionKind.rest):
                    continue
                steps = build_steps(s, library)
                assert steps, s
                assert all(st_.seconds is None or st_.seconds > 0 for st_ in steps)


times = st.lists(st.floats(0.01, 7.0, allow_nan=False), min_size=1, max_size=80)


@settings(max_examples=200, deadline=None)
@given(times)
def test_nothing_ends_early_and_no_event_is_from_the_future(gaps: list[float]) -> None:
    steps = [
        Step(StepKind.hold, "a", 4.0, exercise="standing_calf_stretch", halfway_cue=True),
        Step(
            StepKind.reps,
            "b",
            6.0,
            exercise="calf_raise",
            reps=3,
            rep_seconds=2.0,
            lower_seconds=1.0,
        ),
        Step(StepKind.rest, "r", 3.0),
        Step(StepKind.hold, "c", 5.0, exercise="glute_bridge"),
    ]
    machine = PlayerMachine(steps, sleep_gap=10.0)
    now = 0.0
    machine.start(now)
    step_start = {0: 0.0}
    for gap in gaps:
        now += gap
        for event in machine.tick(now):
            assert event.at <= now
            if event.kind is EventKind.step_started:
                step_start[event.step] = event.at
            if event.kind is EventKind.step_completed:
                assert event.at - step_start[event.step] >= steps[event.step].seconds - 1e-9  # type: ignore[operator]
    total = sum(s.seconds or 0 for s in steps)
    assert (machine.state is State.finished) == (now >= total)


def test_library_fixture_is_the_shipped_one(library: ContentLibrary) -> None:
    assert library is load_library()
    assert dt.date(2026, 11, 23) == MONDAY
