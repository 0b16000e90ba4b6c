"""Which days to run and how much: by time for new and returning runners, by distance otherwise."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Dosage
from calfcare.core.planning.history import History
from calfcare.core.planning.models import Phase
from calfcare.core.profile import Experience, Profile

MAX_TIME_BASED_RUNS = 3  # build to 30 minutes three times a week first (003)


def spread(candidates: list[int], count: int) -> list[int]:
    """Pick ``count`` day indexes from ``candidates`` as far apart as the week allows."""
    if count >= len(candidates):
        return list(candidates)
    if count <= 0:
        return []
    best: tuple[int, ...] = tuple(candidates[:count])
    best_key = (-1, -1)
    for combo in itertools.combinations(candidates, count):
        gaps = [b - a for a, b in itertools.pairwise(combo)]
        wrap = combo[0] + 7 - combo[-1]
        key = (min([*gaps, wrap]), -sum(combo))
        if key > best_key:
            best, best_key = combo, key
    return list(best)


INTERVALS = (
    "run 1 min, walk 2 min",
    "run 2 min, walk 1 min",
    "run 3 min, walk 1 min",
    "run 4 min, walk 1 min",
    "run 9 min, walk 1 min",
)


def _intervals(level: int) -> str:
    """Run-walk intervals that lengthen the running as the levels go up."""
    return INTERVALS[min(level, len(INTERVALS) - 1)]


@dataclass(frozen=True)
class RunDose:
    """One planned run: distance in the runner's units, or minutes for a run-walk."""

    exercise_id: str
    distance: float | None
    dosage: Dosage
    notes: tuple[str, ...]


@dataclass(frozen=True)
class RunPlan:
    days: list[int]  # indexes 0-6 into the week
    dose: RunDose | None
    weekly_total: float | None
    weekly_base: float | None
    notes: list[str]


def _by_time(profile: Profile, phase: Phase) -> bool:
    if phase is Phase.return_to_running:
        return True
    return profile.experience is not Experience.regular or profile.weekly_distance <= 0


def plan_runs(
    profile: Profile,
    phase: Phase,
    library: ContentLibrary,
    run_day_indexes: list[int],
    *,
    start: dt.date,
    history: History | None,
    allow_increase: bool,
    level: int = 0,
    step_back: bool = False,
) -> RunPlan:
    """The week's runs. Distance never exceeds last week's by more than the 10% rule."""
    units = profile.units.value
    if not run_day_indexes:
        return RunPlan([], None, None, None, [])
    if _by_time(profile, phase):
        days = spread(run_day_indexes, MAX_TIME_BASED_RUNS)
        notes: list[str] = []
        if len(days) < len(run_day_indexes):
            notes.append(
                f"Runs are limited to {len(days)} this week: build to "
                f"{library.rule('base_run_minutes').low:.0f} minutes "
                f"{library.rule('base_runs_per_week').low:.0f} times a week before adding more."
            )
        goal = int(library.rule("base_run_minutes").low)
        if phase is Phase.return_to_running:
            dose = RunDose(
                "run_walk",
                None,
                Dosage(minutes=min(goal, 15 + 5 * level), tempo=_intervals(level)),
                (
                    "Run only if you can do 25 single-leg calf raises on each side without pain.",
                    "Stop and walk home if the calf pain passes 3/10.",
                ),
            )
        elif profile.experience is Experience.new or profile.weekly_distance <= 0:
            minutes = min(goal, 20 + 5 * level)
            dose = RunDose("run_walk", None, Dosage(minutes=minutes, tempo=_intervals(level)), ())
        else:
            minutes = min(goal, 25 + 5 * level)
            dose = RunDose(
                "run_walk", None, Dosage(minutes=minutes, tempo=_intervals(level + 2)), ()
            )
        return RunPlan(days, dose, None, None, notes)

    base, logged = profile.weekly_distance, False
    if history is not None:
        last = history.distance_between(start - dt.timedelta(days=7), start)
        if last is not None:
            base, logged = last, True
    pct = library.rule("weekly_increase_percent").low
    target = base * (1 + pct / 100.0) if allow_increase else base
    if step_back:
        target = base * (1 - pct / 100.0)  # a step back: a tenth less than last week
    days = list(run_day_indexes)
    while days and target / len(days) < 1.0:
        days = spread(days, len(days) - 1)
    if not days:
        return RunPlan(
            [], None, 0.0, base, ["Your weekly distance is too small to split into runs."]
        )
    per_run = math.floor(target / len(days) * 2) / 2  # half-unit steps, rounded down
    total = per_run * len(days)
    where = "your logged distance last week" if logged else "your usual week"
    change = f"up to {pct:.0f}% more than {where}" if allow_increase else f"no more than {where}"
    notes = [f"Runs add up to {total:g} {units}: {change} ({base:g} {units})."]
    dose = RunDose(
        "easy_run",
        per_run,
        Dosage(minutes=None, tempo="easy, conversational pace"),
        (),
    )
    return RunPlan(days, dose, total, base, notes)
