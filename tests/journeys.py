"""Helpers for journey tests: strains, logs and a week-by-week simulation through the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from calfcare.core.journey.stages import Stage
from calfcare.core.planning.history import History, PainScore, RaiseTest, SessionRecord
from calfcare.core.planning.models import SessionKind, WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile

from support import MONDAY, make_profile

STRAIN_ARC = [
    Stage.protect,
    Stage.settle,
    Stage.load,
    Stage.return_to_running,
    Stage.build,
    Stage.full_training,
    Stage.prevention,
]


def strain(days_ago: int = 0, pain: int = 3, on: dt.date = MONDAY, **changes: Any) -> Profile:
    since = (on - dt.timedelta(days=days_ago)).isoformat()
    complaint = {"kind": "strain", "side": "left", "since": since, "pain": pain}
    return make_profile(complaint=complaint, **changes)


def items(plan: WeekPlan, exercise: str) -> list[Any]:
    return [i for d in plan.days for s in d.sessions for i in s.items if i.exercise == exercise]


def kinds(plan: WeekPlan) -> set[SessionKind]:
    return {s.kind for d in plan.days for s in d.sessions}


# What the runner logs in a week: (plan, week number, first day) -> entries to add.
Logger = Callable[[WeekPlan, int], History]


@dataclass
class Run:
    """A simulated recovery: each week's plan, built from the log the weeks before wrote."""

    plans: list[WeekPlan] = field(default_factory=list)
    history: History = field(default_factory=History)

    def stages(self) -> list[Stage]:
        return [p.journey.stage for p in self.plans if p.journey is not None]


def simulate(profile: Profile, weeks: int, logger: Logger | None, start: dt.date = MONDAY) -> Run:
    run = Run()
    for week in range(weeks):
        first = start + dt.timedelta(days=7 * week)
        plan = build_week(profile, first, run.history if logger else None)
        run.plans.append(plan)
        if logger is not None:
            new = logger(plan, week)
            run.history = replace(
                run.history,
                pain=run.history.pain + new.pain,
                sessions=run.history.sessions + new.sessions,
                raise_tests=run.history.raise_tests + new.raise_tests,
                runs=run.history.runs + new.runs,
            )
    return run


def done_sessions(plan: WeekPlan) -> tuple[SessionRecord, ...]:
    return tuple(
        SessionRecord(d.date, s.kind.value, "done")  # type: ignore[arg-type]
        for d in plan.days
        for s in d.sessions
        if s.kind is not SessionKind.education
    )


def mornings(plan: WeekPlan, scores: list[int]) -> tuple[PainScore, ...]:
    return tuple(PainScore(d.date, "morning", s) for d, s in zip(plan.days, scores, strict=False))


def raise_test_if_planned(plan: WeekPlan, left: int, right: int) -> tuple[RaiseTest, ...]:
    for day in plan.days:
        for session in day.sessions:
            if any(i.exercise == "calf_raise_test" for i in session.items):
                return (RaiseTest(day.date, left, right),)
    return ()
