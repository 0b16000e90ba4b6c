"""Which days to run and how much: by time for new and returning runners, by distance otherwise."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Dosage
from calfcare.core.journey.dosing import BUILD_MINUTES, RUN_WALK_LEVELS, build_miles
from calfcare.core.planning.history import History
from calfcare.core.planning.models import Phase
from calfcare.core.profile import ComplaintKind, Experience, Profile

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


SINGLE_RUN_SHARE = 0.40  # no single run over 40% of the runner's current week
KM_PER_MILE = 1.609344


def _by_time(profile: Profile, phase: Phase) -> bool:
    if phase is Phase.return_to_running:
        return True
    if phase in (Phase.build, Phase.full_training):
        return False
    return profile.experience is not Experience.regular or profile.weekly_distance <= 0


def _run_walk(level: int, notes: tuple[str, ...] = ()) -> RunDose:
    step = RUN_WALK_LEVELS[max(0, min(level, len(RUN_WALK_LEVELS) - 1))]
    return RunDose("run_walk", None, Dosage(minutes=step.minutes, tempo=step.tempo()), notes)


def _time_runs(
    profile: Profile, phase: Phase, library: ContentLibrary, run_day_indexes: list[int], level: int
) -> RunPlan:
    days = spread(run_day_indexes, MAX_TIME_BASED_RUNS)
    notes: list[str] = []
    if len(days) < len(run_day_indexes):
        notes.append(
            f"Runs are limited to {len(days)} this week: build to "
            f"{library.rule('base_run_minutes').low:.0f} minutes "
            f"{library.rule('base_runs_per_week').low:.0f} times a week before adding more."
        )
    if phase is Phase.return_to_running:
        dose = _run_walk(
            level,
            (
                "Run only if you can do 25 single-leg calf raises on each side without pain.",
                "Walk home if the calf pain passes 5/10 or turns sharp.",
            ),
        )
    elif profile.experience is Experience.new or profile.weekly_distance <= 0:
        dose = _run_walk(level)
    else:
        dose = _run_walk(level + 2)
    return RunPlan(days, dose, None, None, notes)


def _current_week(profile: Profile, history: History | None, start: dt.date) -> tuple[float, bool]:
    """The runner's current weekly distance: last week's log, else the intake's figure."""
    if history is not None:
        last = history.distance_between(start - dt.timedelta(days=7), start)
        if last is not None:
            return last, True
    return profile.weekly_distance, False


def _build_runs(
    profile: Profile,
    library: ContentLibrary,
    run_day_indexes: list[int],
    *,
    start: dt.date,
    history: History | None,
    level: int,
) -> RunPlan:
    """Build after a strain: easy runs by time first, then by distance toward the goal."""
    days = spread(run_day_indexes, MAX_TIME_BASED_RUNS)
    miles = build_miles(level)
    goal = library.rule("distance_goal_miles")
    if miles is None:
        minutes = BUILD_MINUTES[max(0, level)]
        dose = RunDose(
            "easy_run",
            None,
            Dosage(minutes=minutes, tempo="easy, conversational pace, no walk breaks"),
            (),
        )
        note = (
            f"Easy runs by time this week ({minutes} minutes). The goal after that: "
            f"{goal.low:g} miles three times a week, and only then speed work."
        )
        return RunPlan(days, dose, None, None, [note])
    per_mile = KM_PER_MILE if profile.units.value == "km" else 1.0
    per_run = round(miles * per_mile, 1)
    base, logged = _current_week(profile, history, start)
    notes = [
        f"Runs by distance now, growing by 10% a week toward {goal.low:g} miles "
        "(about 4.8 km) three times a week; speed work comes after that."
    ]
    if logged:
        per_run = min(per_run, math.floor(base * 1.1 / len(days) * 10) / 10)
    return _capped(profile, days, per_run, base, notes)


def _capped(
    profile: Profile, days: list[int], per_run: float, base: float, notes: list[str]
) -> RunPlan:
    """Runs of ``per_run``, none over 40% of the current week (``base``); plan less if not."""
    units = profile.units.value
    cap = math.floor(base * SINGLE_RUN_SHARE * 2) / 2 if base > 0 else per_run
    if per_run > cap:
        notes.append(
            f"No single run is planned over 40% of your current week ({base:g} {units}), so "
            f"each run stops at {cap:g} {units} and the week holds less than it could."
        )
        per_run = cap
    if per_run < 1.0:
        return RunPlan(
            [], None, 0.0, base, [*notes, "Your weekly distance is too small to split into runs."]
        )
    dose = RunDose("easy_run", per_run, Dosage(minutes=None, tempo="easy, conversational pace"), ())
    return RunPlan(days, dose, per_run * len(days), base, notes)


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
    """The week's runs. Distance never exceeds last week's by more than the 10% rule,
    and no single run is over 40% of the runner's current week."""
    units = profile.units.value
    if not run_day_indexes:
        return RunPlan([], None, None, None, [])
    if _by_time(profile, phase):
        return _time_runs(profile, phase, library, run_day_indexes, level)
    if phase is Phase.build:
        return _build_runs(
            profile, library, run_day_indexes, start=start, history=history, level=level
        )
    base, logged = _current_week(profile, history, start)
    after_strain = profile.complaint.kind is ComplaintKind.strain
    if not logged and (phase is Phase.full_training or after_strain):
        # Back from a strain: the week the build reached, not the intake's old figure.
        goal = library.rule("distance_goal_miles").low
        per_mile = KM_PER_MILE if units == "km" else 1.0
        base = round(goal * per_mile * 3, 1)
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
    where = "your logged distance last week" if logged else "your usual week"
    change = f"up to {pct:.0f}% more than {where}" if allow_increase else f"no more than {where}"
    plan = _capped(profile, days, per_run, base, [])
    total = plan.weekly_total or 0.0
    if total < per_run * len(days):  # the 40% cap cut the runs: do not promise the 10% rule
        change = f"less than {where}"
    notes = [f"Runs add up to {total:g} {units}: {change} ({base:g} {units}).", *plan.notes]
    return RunPlan(plan.days, plan.dose, plan.weekly_total, base, notes)
