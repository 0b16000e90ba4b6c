"""Where an exercise shows up in a week plan, and which likely causes put it there.

Qt-free, so the Exercises and "Why it hurts" pages share one answer with any
printout or command that wants to say why an exercise is in the week.
"""

from __future__ import annotations

from dataclasses import dataclass

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.causes import active_causes
from calfcare.core.planning.models import Phase, RankedCause, SessionKind, WeekPlan
from calfcare.core.profile import Weekday

# In these phases the planner ignores the causes (see planning/week.py).
_CAUSES_SET_ASIDE = frozenset({Phase.urgent_care, Phase.assessment})


@dataclass(frozen=True)
class SessionUse:
    """One kind of session that holds the exercise, and the days it falls on."""

    kind: SessionKind
    weekdays: tuple[Weekday, ...]


@dataclass(frozen=True)
class ExerciseUsage:
    """An exercise's place in one week: the causes that asked for it and its sessions."""

    exercise_id: str
    causes: tuple[RankedCause, ...]
    sessions: tuple[SessionUse, ...]

    @property
    def in_plan(self) -> bool:
        return bool(self.sessions)


def planned_exercise_ids(plan: WeekPlan | None) -> frozenset[str]:
    """Every exercise id scheduled somewhere in the week (empty without a plan)."""
    if plan is None:
        return frozenset()
    return frozenset(
        item.exercise for day in plan.days for session in day.sessions for item in session.items
    )


def shaping_causes(plan: WeekPlan) -> list[RankedCause]:
    """The ranked causes strong enough to have added exercises to this week."""
    if plan.phase in _CAUSES_SET_ASIDE:
        return []
    return active_causes(plan.causes)


def exercise_usage(
    plan: WeekPlan | None, library: ContentLibrary, exercise_id: str
) -> ExerciseUsage:
    """Which sessions of ``plan`` hold ``exercise_id`` and which causes brought it in."""
    if plan is None:
        return ExerciseUsage(exercise_id, (), ())
    days_by_kind: dict[SessionKind, list[Weekday]] = {}
    for day in plan.days:
        for session in day.sessions:
            if any(item.exercise == exercise_id for item in session.items):
                days = days_by_kind.setdefault(session.kind, [])
                if day.weekday not in days:
                    days.append(day.weekday)
    sessions = tuple(SessionUse(kind, tuple(days)) for kind, days in days_by_kind.items())
    causes: tuple[RankedCause, ...] = ()
    if sessions:
        causes = tuple(
            cause
            for cause in shaping_causes(plan)
            if exercise_id in library.causes[cause.id].interventions
        )
    return ExerciseUsage(exercise_id, causes, sessions)


def planned_interventions(
    plan: WeekPlan | None, library: ContentLibrary, cause_id: str
) -> list[str]:
    """The ids of ``cause_id``'s interventions that made it into this week, in content order."""
    planned = planned_exercise_ids(plan)
    return [ex_id for ex_id in library.causes[cause_id].interventions if ex_id in planned]
