"""The road-back lines every output shares: the stage line, the signs to stop and get help,
the pain rule and any escalation. Text, HTML, the printed week and the .ics all use these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Addition
from calfcare.core.day_words import say_date
from calfcare.core.journey.models import Decision, Escalation, Gate, Journey
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.models import Note, WeekPlan
from calfcare.core.planning.week_notes import STAGE_WORDS

STOP_HEADING = "Stop and get help if"
ICE_SAFETY = "ice_safety"
# What the pain rule made of last week, said after the rule on paper.
DECISION_WORDS: dict[Decision, str] = {
    Decision.start: "nothing logged yet, so the plan starts at its first step",
    Decision.progress: "the plan moves on",
    Decision.hold: "the plan holds",
    Decision.step_back: "the plan steps back",
}
ESCALATION_WORDS = {
    "emergency": "EMERGENCY: get medical help now",
    "same_day": "See a clinician today",
    "see_clinician": "See a doctor or physiotherapist",
}


@dataclass(frozen=True)
class StopSign:
    """One warning sign in one line; ``urgent`` ones (emergency care) are listed first.

    ``after`` credits the published source of a sign the five articles lack.
    """

    text: str
    urgent: bool
    after: str | None = None

    def line(self) -> str:
        return f"{self.text} (CalfCare's addition, after {self.after})" if self.after else self.text


def _after(addition: Addition | None) -> str | None:
    return f"{addition.author}, {addition.year}" if addition is not None else None


def stage_name(journey: Journey) -> str:
    return STAGE_WORDS[journey.stage]


def stage_title(stage: Stage) -> str:
    """'Load the calf again', for a list of stages."""
    return STAGE_WORDS[stage].capitalize()


def stage_day(journey: Journey, on: dt.date) -> int:
    """Day 1 is the day the stage began."""
    return (on - journey.since).days + 1


# What last week's pain rule decided, as a gate's state in words.
RULE_WORDS = {
    "start": "nothing logged yet",
    "hold": "last week held",
    "step_back": "last week stepped back",
    "progress": "kept",
}


def gate_state(gate: Gate) -> str:
    """'met', 'now 18', 'step 2 of 4' or 'not logged yet': never a raw code."""
    if gate.met:
        return "met"
    if gate.value is None:
        return "not logged yet"
    if gate.id == "pain_rule" and isinstance(gate.value, str):
        return RULE_WORDS.get(gate.value, gate.value.replace("_", " "))
    if gate.id == "level" and isinstance(gate.value, int):
        # Dose steps count from 0; the target ">= N" is the last step.
        last = int(gate.target.removeprefix(">=").strip())
        return f"step {gate.value + 1} of {last + 1}"
    unit = "%" if gate.target.endswith("%") else ""
    return f"now {gate.value}{unit}"


def target_words(gate: Gate) -> str:
    """'>= 25' as '25 or more', '<= 2' as '2 or less'."""
    for sign, words in ((">=", "or more"), ("<=", "or less")):
        if gate.target.startswith(sign):
            return f"{gate.target.removeprefix(sign).strip()} {words}"
    return gate.target


def gate_line(gate: Gate) -> str:
    return f"{gate.text} ({gate_state(gate)})"


def next_gates(journey: Journey) -> list[Gate]:
    """The gates still to meet before the next stage."""
    return [g for g in journey.gates if not g.met]


def next_line(journey: Journey) -> str:
    """'Next: return to running, usually in 7-28 days, once: ...' or why there is none."""
    if journey.next_stage is None:
        return "This is the last stage: keep the habits that keep calves well."
    low, high = journey.expected_days
    text = f"Next: {STAGE_WORDS[journey.next_stage]}, usually in {low}-{high} days"
    unmet = next_gates(journey)
    if not unmet:
        return text + "; every gate is met, so it comes with next week's plan."
    return text + ", once: " + "; ".join(gate_line(g) for g in unmet) + "."


def stage_line(journey: Journey, on: dt.date) -> str:
    """Where the runner stands on ``on`` and what opens the next stage, in one sentence pair."""
    return f"{stage_head(journey, on)} {next_line(journey)}"


def stage_head(journey: Journey, on: dt.date) -> str:
    """'Stage: load the calf again, day 9 (since Sat 21 Nov 2026).', and any change this week."""
    head = f"Stage: {stage_name(journey)}, day {stage_day(journey, on)}"
    if journey.stepped_back:
        return f"{head}: a step back this week, as the pain rule asks."
    if journey.moved_on:
        return f"{head}: moved on this week, every gate met."
    return f"{head} (since {say_date(journey.since, 'weekday_date')})."


def escalation_line(escalation: Escalation) -> str:
    return f"{ESCALATION_WORDS[escalation.level]}. " + " ".join(escalation.reasons)


def new_escalation(plan: WeekPlan) -> Escalation | None:
    """The journey's escalation less the warning signs the triage already names, if any is left."""
    path = plan.journey
    if path is None or path.escalation is None:
        return None
    told = [r.text for r in plan.triage.reasons]
    reasons = [r for r in path.escalation.reasons if not any(t in r for t in told)]
    if not reasons:
        return None
    return replace(path.escalation, reasons=reasons)


def pain_rule_line(journey: Journey) -> str:
    """The rule, then what it made of last week."""
    rule = journey.pain_rule
    last = DECISION_WORDS[rule.decision]
    why = f" ({rule.why})" if rule.decision is not Decision.start and rule.why else ""
    return f"{rule.text} Last week: {last}{why}."


def stop_signs(library: ContentLibrary) -> list[StopSign]:
    """Every warning sign's line from the content, emergencies first, then icing safely."""
    signs = [
        StopSign(flag.stop_sign, flag.level.value == "emergency", _after(flag.addition))
        for flag in library.red_flags.values()
        if flag.stop_sign
    ]
    ice = library.exercises.get(ICE_SAFETY)
    if ice is not None and ice.stop_sign:
        signs.append(StopSign(ice.stop_sign, urgent=False, after=_after(ice.addition)))
    return sorted(signs, key=lambda s: not s.urgent)


def other_notes(plan: WeekPlan) -> list[Note]:
    """The week's notes less those the stage line, the pain rule and the escalation say."""
    path = plan.journey
    if path is None:
        return list(plan.notes)

    told = {"stage", "pain_rule"} | ({"escalation"} if path.escalation is not None else set())
    return [n for n in plan.notes if n.topic not in told]
