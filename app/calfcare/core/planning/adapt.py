"""How the journey doses this week: the level, the pain rule's decision and its notes.

The journey (``calfcare.core.journey``) reads the log; this turns what it found
into what the session builders need, with a note for each change that names
its rule and source.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.dosing import heel_drops_planned, older_start
from calfcare.core.journey.models import Decision, Journey
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.models import Note
from calfcare.core.profile import Profile

__all__ = ["Adaptation", "Decision", "adaptation_of"]


@dataclass(frozen=True)
class Adaptation:
    decision: Decision
    level: int  # 0 = where each stage starts; a good week adds one, a step back takes one
    weaker_side: str | None = None
    notes: list[Note] = field(default_factory=list)
    stage: Stage = Stage.prevention
    older: bool = False  # 65 or over, new or returning, first two weeks: supported work only
    first_drop_week: bool = True  # heel drops have not been in an earlier week
    drop_weeks: int = 0  # earlier weeks that had heel drops


def adaptation_of(
    path: Journey, profile: Profile, library: ContentLibrary, causes: set[str]
) -> Adaptation:
    """The week's dosing from the journey, with notes saying what changed and why."""
    rule = library.rule
    notes: list[Note] = []
    strength_sources = list(rule("single_leg_raise_reps").sources)
    decision, why = path.pain_rule.decision, path.pain_rule.why
    if path.stepped_back:
        notes.append(
            Note(
                text=f"Stepping back a stage with more rest: {why}.",
                sources=list(rule("strength_days").sources),
            )
        )
    elif decision is Decision.progress and not path.moved_on:  # a new stage says so itself
        notes.append(Note(text=f"Stepping up this week: {why}.", sources=strength_sources))
    elif decision is Decision.hold:
        notes.append(Note(text=f"Holding at last week's level: {why}.", sources=strength_sources))
    elif decision is Decision.step_back:
        notes.append(
            Note(
                text=f"Stepping back with more rest: {why}.",
                sources=list(rule("strength_days").sources),
            )
        )
    balance = rule("side_balance_percent")
    if path.weaker_side:
        notes.append(
            Note(
                text=f"Extra work for your {path.weaker_side} calf: your last calf-raise test "
                f"had the two sides more than {balance.low:.0f}% apart.",
                sources=list(balance.sources),
            )
        )
    older = older_start(profile, path.week)
    return Adaptation(
        decision=decision,
        level=path.level,
        weaker_side=path.weaker_side,
        notes=notes,
        stage=path.stage,
        older=older,
        drop_weeks=path.eccentric_weeks,
        first_drop_week=path.eccentric_weeks == 0
        and heel_drops_planned(path.stage, path.level, causes, older),
    )
