"""The dose steps inside each stage, shared by the journey and the week builder."""

from __future__ import annotations

from dataclasses import dataclass

from calfcare.core.journey.stages import RUNNING, Stage
from calfcare.core.profile import Experience, Profile


@dataclass(frozen=True)
class RunWalk:
    run: int  # minutes running
    walk: int  # minutes walking
    minutes: int  # the whole session

    def tempo(self) -> str:
        return f"run {self.run} min, walk {self.walk} min"


# Short runs and longer walks first; one level a week while the pain rule holds.
RUN_WALK_LEVELS = (
    RunWalk(1, 2, 20),
    RunWalk(2, 2, 20),
    RunWalk(3, 2, 25),
    RunWalk(4, 1, 25),
    RunWalk(6, 1, 30),
    RunWalk(9, 1, 30),
)
BUILD_MINUTES = (20, 25, 30)  # continuous easy runs by time, three a week (003)
BUILD_FIRST_MILES = 2.0  # the first distance week, per run; each level adds 10% (004)
GOAL_MILES = 3.0  # then 3 miles three times a week (003)
BUILD_TOP = len(BUILD_MINUTES) + 5  # 2 mi grows by 10% a week to 3 mi in five steps
ECCENTRIC_CAUSES = frozenset(
    {"age_tendon_stiffness", "too_fast_for_forefoot", "forefoot_transition"}
)
OLDER_AGE = 65  # new or returning runners this age start with supported double-leg work
OLDER_WEEKS = 2
NO_CALF_WORK = frozenset({Stage.protect, Stage.settle})  # stages without calf strength work

TOP_LEVEL: dict[Stage, int] = {
    Stage.load: 4,
    Stage.return_to_running: len(RUN_WALK_LEVELS) - 1,
    Stage.build: BUILD_TOP,
    Stage.full_training: 3,
    Stage.prevention: 4,
    Stage.cramp_care: 4,
    Stage.loosen: 4,
    Stage.ease: 0,
    Stage.protect: 0,
    Stage.settle: 0,
}


def build_miles(level: int) -> float | None:
    """Miles per run at a build level, or None while the build is still by time."""
    if level < len(BUILD_MINUTES):
        return None
    return min(GOAL_MILES, BUILD_FIRST_MILES * 1.1 ** (level - len(BUILD_MINUTES)))


def older_start(profile: Profile, week: int) -> bool:
    """A new or returning runner of 65 or more in the first two weeks of calf work
    (``week`` counts only weeks whose stage holds calf strength work)."""
    return (
        profile.age >= OLDER_AGE
        and profile.experience is not Experience.regular
        and week < OLDER_WEEKS
    )


def heel_drops_planned(stage: Stage, level: int, causes: set[str], older: bool) -> bool:
    """Whether the week at this stage and level holds eccentric heel drops."""
    if older or stage in (Stage.protect, Stage.settle, Stage.ease):
        return False
    if stage is Stage.load:
        return level >= 3
    if stage in RUNNING:
        return True
    return bool(causes & ECCENTRIC_CAUSES) or level >= 2
