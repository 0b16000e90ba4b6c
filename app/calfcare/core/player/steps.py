"""Turn a planned session into the timed steps the player runs through.

A hold per side becomes left, a short switch, right; reps become a timed
step with a beat per rep (and a lowering phase for eccentric work); minutes
become a timed step (run-walk becomes its intervals); rests sit between sets
and exercises. Nothing here knows about clocks or Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session

GET_READY_SECONDS = 5.0
SWITCH_SECONDS = 5.0
SET_REST_SECONDS = 30.0  # when the library gives none for a multi-set exercise
EXERCISE_REST_SECONDS = 15.0
HALFWAY_FROM_SECONDS = 60.0  # holds this long get a halfway cue


class StepKind(StrEnum):
    get_ready = "get_ready"
    hold = "hold"
    reps = "reps"
    timed = "timed"
    switch = "switch"
    rest = "rest"
    manual = "manual"  # no timer: done when the runner says so (a run by distance)


@dataclass(frozen=True)
class Step:
    kind: StepKind
    title: str  # what the screen shows, e.g. "Standing calf stretch"
    seconds: float | None  # None for manual steps
    exercise: str | None = None
    side: str | None = None  # "left", "right" or None
    set_number: int | None = None
    sets: int | None = None
    reps: int | None = None
    rep_seconds: float | None = None
    lower_seconds: float | None = None  # the slow lowering part of each rep
    instructions: tuple[str, ...] = ()
    halfway_cue: bool = False
    say: str = ""  # what a voice cue says as the step starts
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> bool:
        """True for steps that are exercise (reported to the log when done)."""
        return self.exercise is not None and self.kind in (
            StepKind.hold,
            StepKind.reps,
            StepKind.timed,
            StepKind.manual,
        )


_LOWER = re.compile(r"(\d+(?:\.\d+)?)\s*s\s+down")
_RUN_WALK = re.compile(r"run\s+(\d+(?:\.\d+)?)\s*min,\s*walk\s+(\d+(?:\.\d+)?)\s*min")


def _side_words(side: str) -> str:
    return f"{side} leg"


def _lowering(tempo: str | None) -> float | None:
    match = _LOWER.search(tempo or "")
    return float(match.group(1)) if match else None


def _intervals(item: Item, template: Step) -> list[Step]:
    """A run-walk as alternating run and walk steps that fill its minutes."""
    match = _RUN_WALK.search(item.tempo or "")
    total = (item.minutes or 0) * 60
    if not match or total <= 0:
        return []
    run_s, walk_s = float(match.group(1)) * 60, float(match.group(2)) * 60
    out: list[Step] = []
    used = 0.0
    while used < total - 1e-6:
        for label, length in (("Run", run_s), ("Walk", walk_s)):
            if used >= total - 1e-6:
                break
            part = min(length, total - used)
            out.append(
                replace(
                    template,
                    kind=StepKind.timed,
                    title=f"{label} easy" if label == "Run" else "Walk",
                    seconds=part,
                    say=f"{label} {part / 60:g} minutes",
                )
            )
            used += part
    return out


def _item_steps(item: Item, library: ContentLibrary) -> list[Step]:
    exercise = library.exercise(item.exercise)
    name = item.name
    base = Step(
        StepKind.timed,
        name,
        None,
        exercise=item.exercise,
        instructions=tuple(exercise.steps_for(item.distance)),
        notes=tuple(item.notes),
    )
    if item.exercise == "run_walk":
        intervals = _intervals(item, base)
        if intervals:
            return intervals
    sides = ["left", "right"] if item.per_side else [None]
    sets = item.sets or 1
    out: list[Step] = []
    rest_between = float(exercise.dosage.rest_seconds or SET_REST_SECONDS)
    for set_number in range(1, sets + 1):
        for n, side in enumerate(sides):
            if side is not None and n > 0:
                out.append(
                    Step(
                        StepKind.switch,
                        f"Switch to your {_side_words(side)}",
                        SWITCH_SECONDS,
                        side=side,
                        say=f"Switch to your {_side_words(side)}",
                    )
                )
            common = replace(base, side=side, set_number=set_number, sets=sets)
            where = f", {_side_words(side)}" if side else ""
            if item.hold_seconds:
                seconds = float(item.hold_seconds)
                out.append(
                    replace(
                        common,
                        kind=StepKind.hold,
                        seconds=seconds,
                        halfway_cue=seconds >= HALFWAY_FROM_SECONDS,
                        say=f"{name}{where}",
                    )
                )
            elif item.reps:
                rep_seconds = exercise.dosage.rep_seconds
                out.append(
                    replace(
                        common,
                        kind=StepKind.reps,
                        seconds=item.reps * rep_seconds,
                        reps=item.reps,
                        rep_seconds=rep_seconds,
                        lower_seconds=_lowering(item.tempo),
                        say=f"{name}, {item.reps} reps{where}",
                    )
                )
            elif item.minutes:
                out.append(replace(common, seconds=item.minutes * 60, say=name))
            else:
                out.append(replace(common, kind=StepKind.manual, say=name))
        if set_number < sets:
            out.append(
                Step(
                    StepKind.rest,
                    "Rest",
                    rest_between,
                    say=f"Rest {rest_between:g} seconds",
                )
            )
    return out


def build_steps(
    session: Session, library: ContentLibrary, *, get_ready_seconds: float = GET_READY_SECONDS
) -> list[Step]:
    """Every step of ``session`` in order, starting with a get-ready countdown."""
    steps: list[Step] = []
    has_ice = any(i.exercise == "ice" for i in session.items)
    for item in session.items:
        passive = library.exercise(item.exercise).passive
        if passive and (item.minutes is None or (has_ice and item.exercise != "ice")):
            continue  # a bandage has no timer; elevation runs alongside the icing
        item_steps = _item_steps(item, library)
        if not item_steps:
            continue
        if steps:
            steps.append(
                Step(
                    StepKind.rest,
                    "Rest",
                    EXERCISE_REST_SECONDS,
                    say=f"Rest. Next: {item.name}",
                )
            )
        steps.extend(item_steps)
    if steps and get_ready_seconds > 0:
        first = steps[0]
        steps.insert(
            0,
            Step(
                StepKind.get_ready,
                "Get ready",
                get_ready_seconds,
                say=f"Get ready: {first.title}",
            ),
        )
    return steps
