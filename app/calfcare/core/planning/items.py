"""Turn library exercises into plan items, swapping in what the runner's equipment allows."""

from __future__ import annotations

import math
from dataclasses import dataclass

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Category, Dosage, Equipment, Exercise
from calfcare.core.planning.models import Item
from calfcare.core.profile import Profile

_EQUIPMENT_WORDS = {e: e.value.replace("_", " ") for e in Equipment}


@dataclass(frozen=True)
class Choice:
    """The exercise to schedule and, if it replaces another, a note saying why."""

    exercise: Exercise
    note: str | None = None


def choose(library: ContentLibrary, exercise_id: str, profile: Profile) -> Choice | None:
    """The exercise itself if the runner has its equipment, else the first usable substitute."""
    wanted = library.exercise(exercise_id)
    seen: set[str] = set()
    queue = [wanted]
    while queue:
        candidate = queue.pop(0)
        if candidate.id in seen:
            continue
        seen.add(candidate.id)
        missing = [e for e in candidate.equipment if not profile.has(e)]
        if not missing:
            if candidate.id == wanted.id:
                return Choice(candidate)
            lacking = ", ".join(_EQUIPMENT_WORDS[e] for e in wanted.equipment if not profile.has(e))
            return Choice(candidate, f"In place of {wanted.name.lower()} (no {lacking} at home).")
        queue.extend(library.exercise(s) for s in candidate.substitutes)
    return None


def dosage_seconds(dosage: Dosage) -> float:
    return dosage.seconds()


def make_item(
    choice: Choice,
    *,
    dosage: Dosage | None = None,
    side: str | None = None,
    notes: list[str] | None = None,
    distance: float | None = None,
) -> Item:
    """A plan item for ``choice`` with the given (or default) dosage."""
    ex = choice.exercise
    dose = dosage or ex.dosage
    all_notes = ([choice.note] if choice.note else []) + (notes or [])
    if ex.addition is not None:
        all_notes.append(ex.addition.credit())
    guidance = Category.guidance in ex.categories
    return Item(
        exercise=ex.id,
        name=ex.name,
        sets=dose.sets,
        reps=dose.reps,
        hold_seconds=dose.hold_seconds,
        minutes=dose.minutes,
        distance=distance,
        per_side=dose.per_side,
        side=side if side is not None else ("both" if dose.per_side else None),
        tempo=dose.tempo,
        equipment=list(ex.equipment),
        notes=all_notes,
        text=" ".join(ex.steps) if guidance else None,
        sources=list(ex.sources),
    )


def session_minutes(seconds: float) -> int:
    """Whole minutes a session takes, rounded up."""
    return max(0, math.ceil(seconds / 60.0 - 1e-9))
