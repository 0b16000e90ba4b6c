"""The stages of each arc, the phase of the week each builds, and how long each lasts."""

from __future__ import annotations

from enum import StrEnum

from calfcare.core.profile import ComplaintKind


class Stage(StrEnum):
    protect = "protect"  # a fresh strain: RICE over the first 48 h, then gentle movement
    settle = "settle"  # settle and move: pain-free walking, range of motion, easy cycling
    load = "load"  # double-leg raises, then single-leg, glutes, heel drops brought in low
    return_to_running = "return_to_running"  # run-walk from the first level
    build = "build"  # continuous runs by time, then by distance (10% rule)
    full_training = "full_training"  # speed work and hills back, step by step
    ease = "ease"  # DOMS: light movement while the ache fades
    cramp_care = "cramp_care"  # cramps: fluids, stretching, an easy week
    loosen = "loosen"  # tightness: stretching and rolling, an easy week
    prevention = "prevention"  # healthy: warm up, stretch, strengthen


ARCS: dict[ComplaintKind, tuple[Stage, ...]] = {
    ComplaintKind.strain: (
        Stage.protect,
        Stage.settle,
        Stage.load,
        Stage.return_to_running,
        Stage.build,
        Stage.full_training,
        Stage.prevention,
    ),
    ComplaintKind.doms: (Stage.ease, Stage.prevention),
    ComplaintKind.cramp: (Stage.cramp_care, Stage.prevention),
    ComplaintKind.tightness: (Stage.loosen, Stage.prevention),
    ComplaintKind.none: (Stage.prevention,),
}

# Days a stage usually lasts (low, high), for the expected time to the next stage.
USUAL_DAYS: dict[Stage, tuple[int, int]] = {
    Stage.protect: (2, 3),
    Stage.settle: (4, 10),
    Stage.load: (7, 28),
    Stage.return_to_running: (14, 42),
    Stage.build: (21, 56),
    Stage.full_training: (14, 35),
    Stage.ease: (1, 3),
    Stage.cramp_care: (3, 7),
    Stage.loosen: (3, 7),
    Stage.prevention: (0, 0),
}

# Stages whose week loads the calf or runs: the pain rule is told on each of them.
LOADING = frozenset(
    {
        Stage.load,
        Stage.return_to_running,
        Stage.build,
        Stage.full_training,
        Stage.cramp_care,
        Stage.loosen,
        Stage.ease,
        Stage.prevention,
    }
)
RUNNING = frozenset({Stage.return_to_running, Stage.build, Stage.full_training})


def arc_of(kind: ComplaintKind) -> tuple[Stage, ...]:
    return ARCS[kind]


def next_stage(arc: tuple[Stage, ...], stage: Stage) -> Stage | None:
    index = arc.index(stage)
    return arc[index + 1] if index + 1 < len(arc) else None


def previous_stage(arc: tuple[Stage, ...], stage: Stage) -> Stage:
    """One stage back, never below loading for a strain (protect and settle are not a step back)."""
    index = arc.index(stage)
    floor = arc.index(Stage.load) if Stage.load in arc else 0
    return arc[max(floor, index - 1)] if index > floor else stage
