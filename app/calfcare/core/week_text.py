"""The week as plain text, written the way a coach would hand it over."""

from __future__ import annotations

import textwrap

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Citation
from calfcare.core.day_words import say_date
from calfcare.core.planning.models import Item, Session, SessionKind, WeekPlan
from calfcare.core.road_lines import (
    STOP_HEADING,
    escalation_line,
    new_escalation,
    other_notes,
    pain_rule_line,
    stage_line,
    stop_signs,
)

LEVEL_WORDS = {
    "self_care": "Self-care is fine",
    "see_clinician": "See a doctor or physiotherapist first",
    "emergency": "EMERGENCY: get medical help now",
}
KIND_WORDS = {
    SessionKind.education: "Read first",
    SessionKind.rest: "Rest",
    SessionKind.rice: "Ice, support, elevate",
    SessionKind.warmup: "Warm-up",
    SessionKind.run: "Run",
    SessionKind.stretching: "Stretching",
    SessionKind.strengthening: "Strength",
    SessionKind.recovery: "Recovery",
}


def session_title(session: Session) -> str:
    """The session's title; an ice-support-elevate session past the first 48 h holds no
    ice, so it is not called icing: 'Support and elevate', or 'Elevate' with no support."""
    if session.kind is not SessionKind.rice:
        return KIND_WORDS[session.kind]
    held = {item.exercise for item in session.items}
    if "ice" in held:
        return KIND_WORDS[session.kind]
    return "Support and elevate" if "compression" in held else "Elevate"


def hold_text(seconds: int) -> str:
    """'30 s hold', or '3 min hold' for long holds."""
    if seconds >= 120 and seconds % 60 == 0:
        return f"{seconds // 60} min hold"
    return f"{seconds} s hold"


def dosage_text(item: Item, units: str) -> str:
    """'3 x 10 each side, 2 s up, 2 s down' and the like."""
    parts: list[str] = []
    if item.distance is not None:
        parts.append(f"{item.distance:g} {units}")
    if item.sets and (item.reps or item.hold_seconds):
        amount = f"{item.reps} reps" if item.reps else hold_text(item.hold_seconds or 0)
        parts.append(f"{item.sets} x {amount}" if item.sets > 1 else amount)
    elif item.reps:
        parts.append(f"{item.reps} reps")
    elif item.hold_seconds:
        parts.append(hold_text(item.hold_seconds))
    if item.minutes:
        parts.append(f"{item.minutes:g} min")
    if item.per_side:
        parts.append("each side")
    if item.tempo:
        parts.append(item.tempo)
    return ", ".join(parts)


def _cite(library: ContentLibrary, cites: list[Citation]) -> str:
    return "; ".join(library.section_title(c) for c in cites)


def _session_lines(session: Session, units: str) -> list[str]:
    head = session_title(session)
    if session.at:
        head = f"{session.at}  {head}"
    if session.minutes and session.kind is not SessionKind.education:
        head += f" ({session.minutes} min)"
    lines = [f"  {head}: {session.why}"]
    for item in session.items:
        dose = dosage_text(item, units)
        lines.append(f"    - {item.name}" + (f": {dose}" if dose else ""))
        if item.text:
            lines += textwrap.wrap(
                item.text, width=88, initial_indent=" " * 8, subsequent_indent=" " * 8
            )
        lines.extend(f"        {note}" for note in item.notes)
    return lines


def _road_lines(plan: WeekPlan, wrap: textwrap.TextWrapper) -> list[str]:
    """The stage line, and an escalation the triage has not already named."""
    if plan.journey is None:
        return []
    out = [wrap.fill(stage_line(plan.journey, plan.start))]
    escalation = new_escalation(plan)
    if escalation is not None:
        out.append(wrap.fill(f"  ! {escalation_line(escalation)}"))
    return out


def week_text(plan: WeekPlan, library: ContentLibrary, *, width: int = 88) -> str:
    """The whole week, triage and causes first, then each day, then the sources."""
    wrap = textwrap.TextWrapper(width=width, subsequent_indent="  ")
    out: list[str] = [
        f"CalfCare week from {say_date(plan.start, 'long')}",
        "=" * 40,
        wrap.fill(f"Triage: {LEVEL_WORDS[plan.triage.level.value]}."),
    ]
    for reason in plan.triage.reasons:
        out.append(wrap.fill(f"  ! {reason.text} {reason.what_to_do}"))
    out.append(wrap.fill(f"Phase: {plan.phase_summary}"))
    out += _road_lines(plan, wrap)
    if plan.causes:
        out += ["", "Why your calves may hurt:"]
        for cause in plan.causes[:5]:
            likely = "" if cause.likely else " (less likely)"
            because = ", ".join(cause.because)
            out.append(wrap.fill(f"- {cause.name}{likely} (because {because}). {cause.plan_note}"))
    out += ["", "Notes:"] + [wrap.fill(f"- {n.text}") for n in other_notes(plan)]
    for day in plan.days:
        label = say_date(day.date, "day_month") + ("  (running day)" if day.running_day else "")
        out += ["", label, "-" * len(label)]
        if not day.sessions:
            out.append("  Nothing planned.")
        for session in day.sessions:
            out += _session_lines(session, plan.units)
    out += ["", f"{STOP_HEADING}:"]
    out += [wrap.fill(f"- {sign.line()}") for sign in stop_signs(library)]
    if plan.journey is not None:
        out += ["", wrap.fill(f"Pain rule: {pain_rule_line(plan.journey)}")]
    out += ["", "Sources:"]
    out += [wrap.fill(f"- {_cite(library, [c])}") for c in plan.citations()]
    return "\n".join(out) + "\n"
