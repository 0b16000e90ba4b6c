"""How a played session went, in the log's words: its status and any calf-raise test counts.

No Qt here: the app's glue (``gui/log/link.py``) reads these off the player's
finished steps and writes them to the progress log.
"""

from __future__ import annotations

from collections.abc import Sequence

from calfcare.core.planning.history import SessionStatus
from calfcare.core.player.machine import Done
from calfcare.core.player.steps import Step

RAISE_TEST = "calf_raise_test"


def session_status(
    steps: Sequence[Step], done: Sequence[Done], *, stopped_early: bool
) -> SessionStatus:
    """'done' when every exercise step was completed and the runner did not stop early,
    'partial' when some were, 'skipped' when none were."""
    exercise_steps = {i for i, step in enumerate(steps) if step.counts}
    completed = {d.step for d in done} & exercise_steps
    if not completed:
        return "skipped"
    if completed == exercise_steps and not stopped_early:
        return "done"
    return "partial"


def raise_test_counts(done: Sequence[Done]) -> tuple[int, int] | None:
    """(left, right) raises from a played calf-raise test, or None unless both legs were done.

    A leg tested twice (the runner went back) keeps its best count.
    """
    best: dict[str, int] = {}
    for d in done:
        if d.exercise == RAISE_TEST and d.side in ("left", "right") and d.actual_reps is not None:
            best[d.side] = max(best.get(d.side, 0), d.actual_reps)
    if "left" not in best or "right" not in best:
        return None
    return best["left"], best["right"]
