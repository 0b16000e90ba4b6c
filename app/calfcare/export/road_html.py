"""The road-back overview: one page before a multi-week print, in the week sheet's HTML subset.

It lists the stages of the runner's arc (done, where they are, ahead), the gates
to the next stage with the logged value against the target, the usual number of
days, any escalation first, and which stage each printed week is planned in.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from calfcare.core.content.library import ContentLibrary
from calfcare.core.day_words import say_date
from calfcare.core.journey.models import Journey
from calfcare.core.journey.phases import PHASE_OF
from calfcare.core.journey.stages import USUAL_DAYS, Stage, arc_of
from calfcare.core.planning.models import WeekPlan
from calfcare.core.planning.phase import SUMMARIES
from calfcare.core.planning.week_notes import STAGE_WORDS
from calfcare.core.profile import ComplaintKind
from calfcare.core.road_lines import (
    escalation_line,
    gate_state,
    next_line,
    pain_rule_line,
    stage_day,
    stage_title,
    target_words,
)
from calfcare.core.week_text import LEVEL_WORDS
from calfcare.core.wording import DISCLAIMER
from calfcare.export.week_html import week_sheet

DONE = "\u2713"  # check mark
HERE = "\u2192"  # arrow
GATE_MET = "\u2611"  # ballot box with check
GATE_OPEN = "\u2610"  # ballot box
COLUMNS = ("Stage", "Where", "Usually", "What it holds")
GLYPHS = DONE + HERE + GATE_MET + GATE_OPEN  # the print font must hold these


def _status(stage: Stage, arc: tuple[Stage, ...], path: Journey, on: dt.date) -> str:
    here = arc.index(path.stage)
    index = arc.index(stage)
    if index < here:
        return f"{DONE} done"
    if index == here:
        since = say_date(path.since, "day_month")
        return f"<b>{HERE} you are here</b>, since {since} (day {stage_day(path, on)})"
    return "ahead"


def _usual(stage: Stage) -> str:
    low, high = USUAL_DAYS[stage]
    return f"{low}-{high} days" if high else "ongoing"


def _stages(arc: tuple[Stage, ...], path: Journey, on: dt.date) -> str:
    rows = "".join(
        "<tr>"
        f'<td width="24%"><b>{escape(stage_title(stage))}</b></td>'
        f'<td width="26%">{_status(stage, arc, path, on)}</td>'
        f'<td width="10%">{_usual(stage)}</td>'
        f'<td class="muted">{escape(SUMMARIES[PHASE_OF[stage]])}</td>'
        "</tr>"
        for stage in arc
    )
    head = "<tr>" + "".join(f"<td><b>{h}</b></td>" for h in COLUMNS) + "</tr>"
    return f'<table class="day" width="100%" cellspacing="0">{head}{rows}</table>'


def _gates(path: Journey) -> str:
    if path.next_stage is None:
        return f"<p>{escape(next_line(path))}</p>"
    rows = "".join(
        "<tr>"
        f'<td width="4%" class="tick">{GATE_MET if gate.met else GATE_OPEN}</td>'
        f"<td>{escape(gate.text)}</td>"
        f'<td width="18%">{escape(gate_state(gate))}</td>'
        f'<td width="14%">needs {escape(target_words(gate))}</td>'
        "</tr>"
        for gate in path.gates
    )
    low, high = path.expected_days
    title = (
        f'<p style="margin-top: 6px"><b>Gates to the next stage, '
        f"{escape(STAGE_WORDS[path.next_stage])}</b>"
        f" (usually in {low}-{high} days):</p>"
    )
    return title + f'<table class="day" width="100%" cellspacing="0">{rows}</table>'


def _weeks(plans: list[WeekPlan]) -> str:
    rows = "".join(
        f'<tr><td width="24%">Week of {week_of}</td><td>{_planned_stage(p)}</td></tr>'
        for p in plans
        for week_of in [say_date(p.start, "day_month")]
    )
    return (
        '<p style="margin-top: 6px"><b>The weeks that follow</b> (each later week as if the '
        "one before went as planned; your log moves the real plan):</p>"
        f'<table class="day" width="100%" cellspacing="0">{rows}</table>'
    )


def _planned_stage(plan: WeekPlan) -> str:
    if plan.journey is None:
        return escape(plan.phase_summary)
    return escape(stage_title(plan.journey.stage))


def road_overview(plans: list[WeekPlan], kind: ComplaintKind, *, name: str | None = None) -> str:
    """The overview page's HTML body: ``plans`` are the printed weeks, the first one's
    journey is where the runner stands; ``kind`` picks the arc of stages."""
    first = plans[0]
    who = f"CalfCare road back for {escape(name)}" if name else "CalfCare road back"
    end = plans[-1].start + dt.timedelta(days=6)
    span = f"{say_date(first.start, 'day_month')} – {say_date(end, 'weekday_date')}"
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="bottom"><span class="title">{who}</span></td>'
        f'<td align="right" valign="bottom"><b>{span}'
        f"</b></td></tr></table>"
    ]
    alerts: list[str] = []
    if first.triage.level.value != "self_care":
        alerts.append(f"Triage: {LEVEL_WORDS[first.triage.level.value]}.")
        alerts += [f"{r.text} {r.what_to_do}" for r in first.triage.reasons]
    path = first.journey
    if path is not None and path.escalation is not None:
        alerts.append(escalation_line(path.escalation))
    if alerts:
        body = "".join(f'<p class="alert">{escape(a)}</p>' for a in alerts)
        parts.append(
            f'<table class="alertbox" width="100%" cellpadding="4"><tr><td>{body}</td></tr></table>'
        )
    if path is not None:
        arc = arc_of(kind) if path.stage in arc_of(kind) else (path.stage,)
        parts += [
            '<p style="margin-top: 6px"><b>Your stages</b></p>',
            _stages(arc, path, first.start),
            _gates(path),
            f'<p style="margin-top: 6px"><b>Pain rule.</b> {escape(pain_rule_line(path))}</p>',
        ]
    parts += [
        _weeks(plans),
        f'<p class="small" style="margin-top: 6px"><b>{escape(DISCLAIMER)}</b></p>',
    ]
    return "\n".join(parts)


def road_document(
    plans: list[WeekPlan],
    library: ContentLibrary,
    kind: ComplaintKind,
    *,
    name: str | None = None,
) -> str:
    """The overview and every week as one HTML page; each week starts a new printed page."""
    sheets = [week_sheet(p, library, name=name) for p in plans]
    weeks = []
    for sheet in sheets:
        blocks = sheet.blocks()
        weeks.append('<div style="page-break-before: always">' + blocks[0] + "</div>")
        weeks += [f'<div style="page-break-inside: avoid">{b}</div>' for b in blocks[1:]]
    body = road_overview(plans, kind, name=name) + "\n" + "\n".join(weeks)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>CalfCare road back</title>'
        f"<style>{sheets[0].style}</style></head>\n<body>\n{body}\n</body></html>\n"
    )
