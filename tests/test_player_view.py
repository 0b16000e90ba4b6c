"""The player's words and numbers, worked out without Qt."""

from __future__ import annotations

import pytest

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session, SessionKind
from calfcare.core.player.machine import Done, Event, EventKind, State
from calfcare.core.player.steps import Step, StepKind
from calfcare.gui.player import view

HOLD = Step(
    StepKind.hold,
    "Standing calf stretch",
    30.0,
    exercise="standing_calf_stretch",
    side="left",
    set_number=2,
    sets=3,
    instructions=("Face a wall.", "Step back.", "Lean in.", "Hold still."),
    notes=("Gently: no bouncing.",),
    say="Standing calf stretch, left leg",
)
RAISE = Step(StepKind.reps, "Calf raise", 40.0, exercise="calf_raise", reps=10, rep_seconds=4.0)
SWITCH = Step(StepKind.switch, "Switch to your right leg", 5.0, side="right")
REST = Step(StepKind.rest, "Rest", 45.0)
RUN = Step(StepKind.manual, "Easy run", None, exercise="easy_run")


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (None, ""),
        (0.0, "0:00"),
        (0.2, "0:01"),
        (44.0, "0:44"),
        (44.3, "0:45"),
        (600.0, "10:00"),
        (3723.0, "1:02:03"),
        (-1.0, "0:00"),
    ],
)
def test_countdown_rounds_up_to_whole_seconds(remaining: float | None, text: str) -> None:
    assert view.countdown_text(remaining) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0 s"), (45, "45 s"), (60, "1 min"), (750, "12 min 30 s"), (3900, "1 h 5 min")],
)
def test_durations_in_plain_words(seconds: float, text: str) -> None:
    assert view.duration_text(seconds) == text


def test_where_says_set_and_leg() -> None:
    assert view.where_text(HOLD) == "Set 2 of 3 · left leg"
    one_set = Step(StepKind.hold, "x", 30.0, side="right", set_number=1, sets=1)
    assert view.where_text(one_set) == "Right leg"
    assert view.where_text(RAISE) == ""
    assert view.where_text(SWITCH) == ""  # its title says it already


def test_rep_counts_and_lowering() -> None:
    assert view.rep_text(RAISE, None) == "10 reps"
    assert view.rep_text(RAISE, 4) == "Rep 4 of 10"
    assert view.rep_text(RAISE, 4, lowering=True) == "Rep 4 of 10 · lower slowly"
    assert view.rep_text(HOLD, None) == ""
    assert view.rep_text(RUN, None) == "Press Done when you finish"


def test_next_step_in_words() -> None:
    steps = [HOLD, SWITCH, HOLD, REST, RAISE]
    assert view.next_text(steps, 0) == "Next: Switch to your right leg"
    assert view.next_text(steps, 1) == "Next: Standing calf stretch, left leg"
    assert view.next_text(steps, 2) == "Next: Rest 45 s"
    assert view.next_text(steps, 3) == "Next: Calf raise"
    assert view.next_text(steps, 4) == "Last step"


def test_instructions_are_short_and_numbered() -> None:
    assert view.instructions_text(HOLD) == "1. Face a wall.\n2. Step back.\n3. Lean in.\n…"
    assert view.instructions_text(HOLD, lines=5).endswith("4. Hold still.")
    assert view.notes_text(HOLD) == "Gently: no bouncing."


def test_progress_by_planned_time() -> None:
    steps = [HOLD, REST, RAISE]  # 30 + 45 + 40 = 115 s
    assert view.progress_fraction(steps, 0, 0.0) == 0.0
    assert view.progress_fraction(steps, 1, 10.0) == pytest.approx(40 / 115)
    assert view.progress_fraction(steps, 2, 999.0) == 1.0
    assert view.progress_text(steps, 1, 10.0) == "Step 2 of 3 · about 1 min 15 s left"
    assert view.progress_fraction([RUN, RUN], 1, 0.0) == 0.5
    assert view.progress_text([RUN], 0, 5.0) == "Step 1 of 1"


def test_state_hints_and_button_label() -> None:
    assert "Press Space" in view.state_hint(State.ready)
    assert view.state_hint(State.running) == ""
    assert view.state_hint(State.paused) == "Paused. Press Space to carry on."
    assert view.state_hint(State.paused, asleep=True) == (
        "Paused: the computer was asleep. Press Space to carry on."
    )
    labels = [view.toggle_label(s) for s in (State.ready, State.running, State.paused)]
    assert labels == ["Start", "Pause", "Resume"]


def _done(step: int, exercise: str, reps: int | None, seconds: float) -> Done:
    return Done(step, exercise, None, 1, reps, reps, seconds, seconds)


def test_summary_counts_steps_and_time() -> None:
    steps = [HOLD, SWITCH, HOLD, REST, RAISE]
    done = [_done(0, "standing_calf_stretch", None, 30.0), _done(4, "calf_raise", 8, 40.0)]
    assert view.summary_text(done, steps, False) == "You did 2 of 3 exercise steps in 1 min 10 s."
    assert view.summary_text([], steps, True) == (
        "You did 0 of 3 exercise steps in 0 s. You stopped early; what you did is kept."
    )
    # Stopped 45 s into icing: the time shows, though no step was finished.
    assert view.summary_text([], steps, True, 45.0) == (
        "You did 0 of 3 exercise steps in full, and 45 s of the one you stopped in: 45 s in "
        "all. You stopped early; what you did is kept."
    )
    names = {"calf_raise": "Calf raise", "standing_calf_stretch": "Standing calf stretch"}
    assert view.done_lines([*done, done[1]], names) == [
        "Standing calf stretch: 1 done",
        "Calf raise: 2 done, 16 reps",
    ]


def test_pain_words_at_the_anchors() -> None:
    assert view.pain_text(0) == "0 – no pain"
    assert view.pain_text(4) == "4"
    assert view.pain_text(10) == "10 – worst imaginable"


@pytest.mark.parametrize(
    ("kind", "step", "cue"),
    [
        (EventKind.step_started, HOLD, ("change", "Standing calf stretch, left leg")),
        (EventKind.step_started, SWITCH, ("switch", "")),
        (EventKind.step_started, REST, ("rest", "")),
        (EventKind.countdown, HOLD, ("tick", "")),
        (EventKind.beat, RAISE, ("beat", "")),
        (EventKind.halfway, HOLD, (None, "Halfway")),
        (EventKind.finished, HOLD, ("done", "")),
        (EventKind.lowering, RAISE, (None, "")),
        (EventKind.paused, HOLD, (None, "")),
    ],
)
def test_events_become_cues(kind: EventKind, step: Step, cue: tuple[str | None, str]) -> None:
    assert view.cue_for(Event(kind, 0, 0.0, 1), step) == cue


def test_pictures_only_when_shipped() -> None:
    assert view.picture_path(None) is None
    assert view.picture_path("no_such_exercise") is None


def test_a_bandage_alone_is_not_playable(library: ContentLibrary) -> None:
    def session(exercise: str, **dose: object) -> Session:
        ex = library.exercise(exercise)
        item = Item(exercise=exercise, name=ex.name, sources=list(ex.sources), **dose)  # type: ignore[arg-type]
        return Session(kind=SessionKind.rice, minutes=5, why="t", items=[item])

    passive = next(e for e in library.exercises.values() if e.passive)
    assert not view.playable(session(passive.id), library)
    assert view.playable(session("calf_raise", sets=1, reps=5), library)
