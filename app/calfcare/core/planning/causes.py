"""Rank the likely causes of a runner's calf pain from their profile signals."""

from __future__ import annotations

from dataclasses import replace

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import RankedCause
from calfcare.core.planning.risk_factors import RISK_FACTORS, profile_risk_factors
from calfcare.core.profile import Profile

ACTIVE_SCORE = 3  # a cause this strong brings its interventions into the plan
MAX_ACTIVE = 6


def rank_causes(
    profile: Profile, library: ContentLibrary, extra: dict[str, str] | None = None
) -> list[RankedCause]:
    """Every cause the profile (and ``extra`` signals from the log) point to, strongest
    first; ties keep the library order. ``extra`` maps a signal to its own wording."""
    extra = extra or {}
    present = profile_risk_factors(profile) | set(extra)
    ranked: list[tuple[int, int, RankedCause]] = []
    for order, cause in enumerate(library.causes.values()):
        matched = [s for s in cause.signals if s.signal in present]
        score = sum(s.weight for s in matched)
        if score == 0:
            continue
        ranked.append(
            (
                -score,
                order,
                RankedCause(
                    id=cause.id,
                    name=cause.name,
                    explanation=cause.explanation,
                    because=[extra.get(s.signal, RISK_FACTORS[s.signal]) for s in matched],
                    plan_note=cause.plan_note,
                    score=score,
                    sources=list(cause.sources),
                ),
            )
        )
    ranked.sort(key=lambda t: (t[0], t[1]))
    return [cause for _, _, cause in ranked]


def active_causes(ranked: list[RankedCause]) -> list[RankedCause]:
    """The causes strong enough to shape the plan."""
    return [c for c in ranked if c.score >= ACTIVE_SCORE][:MAX_ACTIVE]


LESS_LIKELY_NOTE = "Less likely: nothing in this week's plan is aimed at it."
NOT_YET_NOTE = "Not in this week's plan yet: what it needs comes in once your recovery allows it."


def present_causes(
    ranked: list[RankedCause],
    strong: set[str],
    library: ContentLibrary,
    past_acute: bool,
    planned: set[str],
) -> list[RankedCause]:
    """The causes as the plan shows them: below the threshold "less likely", promising
    nothing; a note about the acute 48 hours only while they last; a likely cause whose
    exercises are none of ``planned`` (this week's exercise ids) says so, not what is
    missing."""
    out: list[RankedCause] = []
    for cause in ranked:
        note = cause.plan_note
        content = library.causes[cause.id]
        later = content.plan_note_later
        if past_acute and later:
            note = later
        if content.interventions and not set(content.interventions) & planned:
            note = NOT_YET_NOTE
        if cause.id not in strong:
            out.append(replace(cause, likely=False, plan_note=LESS_LIKELY_NOTE))
        else:
            out.append(replace(cause, plan_note=note))
    return out
