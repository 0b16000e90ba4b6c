"""A played session's status and raise-test counts, from its steps and what was done."""

from __future__ import annotations

from calfcare.core.player.machine import Done
from calfcare.core.player.outcome import raise_test_counts, session_status
from calfcare.core.player.steps import Step, StepKind

STEPS = [
    Step(StepKind.get_ready, "Get ready", 5),
    Step(StepKind.reps, "Calf-raise test", 60, exercise="calf_raise_test", side="left", reps=30),
    Step(StepKind.switch, "Switch", 5),
    Step(StepKind.reps, "Calf-raise test", 60, exercise="calf_raise_test", side="right", reps=30),
]


def done(step: int, side: str, reps: int | None) -> Done:
    return Done(step, "calf_raise_test", side, 1, 30, reps, 60.0, 50.0)


def test_status_from_the_exercise_steps() -> None:
    both = [done(1, "left", 24), done(3, "right", 20)]
    assert session_status(STEPS, both, stopped_early=False) == "done"
    assert session_status(STEPS, both, stopped_early=True) == "partial"
    assert session_status(STEPS, both[:1], stopped_early=False) == "partial"
    assert session_status(STEPS, [], stopped_early=False) == "skipped"
    assert session_status(STEPS, [], stopped_early=True) == "skipped"


def test_raise_test_needs_both_legs_and_keeps_the_best() -> None:
    assert raise_test_counts([done(1, "left", 24)]) is None
    assert raise_test_counts([done(1, "left", None), done(3, "right", 20)]) is None
    again = [done(1, "left", 18), done(1, "left", 24), done(3, "right", 20)]
    assert raise_test_counts(again) == (24, 20)
