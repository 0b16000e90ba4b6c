"""The notes the journey adds to a week: where the runner stands, the pain rule, cautions."""

from __future__ import annotations

from calfcare.core.content.library import ContentLibrary
from calfcare.core.day_words import say_date
from calfcare.core.journey.dosing import NO_CALF_WORK
from calfcare.core.journey.models import Journey
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.adapt import Adaptation
from calfcare.core.planning.models import Note

STAGE_WORDS: dict[Stage, str] = {
    Stage.protect: "protect the fresh strain",
    Stage.settle: "settle and move",
    Stage.load: "load the calf again",
    Stage.return_to_running: "return to running",
    Stage.build: "build the runs",
    Stage.full_training: "full training",
    Stage.ease: "ease the soreness",
    Stage.cramp_care: "settle the cramps",
    Stage.loosen: "loosen tight calves",
    Stage.prevention: "prevention",
}


def _where(path: Journey) -> str:
    text = f"Where you are: {STAGE_WORDS[path.stage]} (since {say_date(path.since)})."
    if path.moved_on:
        text = f"Moving on this week, every gate met: {STAGE_WORDS[path.stage]}."
    if path.next_stage is None:
        return text
    unmet = [g.text.lower() for g in path.gates if not g.met]
    low, high = path.expected_days
    text += f" Next: {STAGE_WORDS[path.next_stage]}, usually in {low}-{high} days"
    if unmet:
        return text + ", once: " + "; ".join(unmet) + "."
    return text + "; every gate is met, so it comes with next week's plan."


def journey_notes(
    library: ContentLibrary,
    path: Journey,
    adaptation: Adaptation,
    *,
    loading: bool,
) -> list[Note]:
    rule = library.rule
    notes = [Note(text=_where(path), sources=[], topic="stage")]
    if loading:
        pain = rule("pain_monitoring")
        credit = pain.addition.credit() if pain.addition else ""
        notes.append(
            Note(
                text=f"{path.pain_rule.text} {credit}".strip(),
                sources=list(pain.sources),
                topic="pain_rule",
            )
        )
    if path.stage is Stage.load:
        raises = rule("single_leg_raise_reps")
        notes.append(
            Note(
                text=f"Running comes back once your calf-raise test reaches {raises.low:.0f} "
                "single-leg raises on each side, the two sides within 10% of each other, with "
                "pain at 2/10 or less. The test joins your plan once single-leg raises have had "
                "a week; log it when you do it.",
                sources=list(raises.sources),
            )
        )
    if path.stage is Stage.build:
        goal = rule("distance_goal_miles")
        notes.append(Note(text=goal.text, sources=list(goal.sources)))
    if path.stage is Stage.full_training:
        hills = rule("flat_runs_first")
        notes.append(
            Note(
                text="Speed work and hills come back one at a time: at most one faster or "
                "hillier run a week, and the next step only after a week the calves took well.",
                sources=list(rule("distance_goal_miles").sources) + list(hills.sources),
            )
        )
    if adaptation.older and path.stage not in NO_CALF_WORK:
        notes.append(
            Note(
                text="Starting gently at 65 or over: calf raises on both feet with a hand on a "
                "wall or chair for the first two weeks. If you have heart, balance or bone "
                "problems, check with your doctor before you start.",
                sources=list(rule("strength_days").sources),
            )
        )
    if path.escalation is not None and path.escalation.level == "see_clinician":
        notes.append(
            Note(
                text="See a doctor or physiotherapist: " + " ".join(path.escalation.reasons),
                sources=list(library.exercise("see_clinician").sources),
                topic="escalation",
            )
        )
    return notes
