"""The printable week as HTML in the subset QTextDocument draws: tables, no CSS grid.

The week is cut into blocks (header, one per day, footer) so the printer can
break pages between them and never inside a session. Everything the runner
typed goes through ``html.escape``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.day_words import say_date
from calfcare.core.planning.models import EXERCISE_KINDS, Day, Item, Session, SessionKind, WeekPlan
from calfcare.core.road_lines import (
    STOP_HEADING,
    escalation_line,
    new_escalation,
    next_line,
    other_notes,
    pain_rule_line,
    stage_head,
    stop_signs,
)
from calfcare.core.week_text import LEVEL_WORDS, dosage_text, session_title
from calfcare.core.wording import DISCLAIMER

LEGEND = (
    "Tick a box for each set you finish. Pain boxes: your pain from 0 (none) to 10 (worst) "
    "during the session, right after it and the next morning. A session's reason is printed "
    "only the first time."
)
TICK = "☐"
TICK_STOP = "•"
PAIN_WORDS = ("during", "after", "next morning")
# A pain box the printer draws itself (see export.sheet_objects): an inline object lays out
# far quicker than the nested table the HTML page uses.
PAIN_BOX = "calfcare:pain-box"
MAX_COLUMNS = 6  # sessions side by side in a day's row
LABEL_PERCENT = 6
# Dark grey and black only, so a black-and-white printer loses nothing.
STYLE = """
body {{ font-size: {base}pt; color: #000000; }}
.title {{ font-size: {title}pt; font-weight: bold; }}
.small {{ font-size: {small}pt; }}
.muted {{ font-size: {small}pt; color: #333333; }}
.tick {{ font-size: {tick}pt; }}
.alert {{ font-weight: bold; }}
table.day {{ border-width: 1px; border-style: solid; border-color: #000000;
  border-collapse: collapse; margin-top: 4px; }}
table.day td {{ border-width: 1px; border-style: solid; border-color: #555555; padding: 3px; }}
table.pain {{ border-collapse: collapse; margin-top: 2px; }}
table.pain td {{ border-width: 1px; border-style: solid; border-color: #000000; padding: 1px;
  font-size: {small}pt; }}
p.pain {{ font-size: {small}pt; margin-top: 2px; }}
table.alertbox {{ border-width: 2px; border-style: solid; border-color: #000000;
  border-collapse: collapse; }}
p {{ margin-top: 0px; margin-bottom: 1px; }}
"""

PicturePath = Callable[[str], str | None]
PICTURE_HEIGHT = 30  # layout units: a picture's height on the printed week


@dataclass(frozen=True)
class DayCells:
    """A day's row on paper: the label cell, then its sessions' cells, ``columns`` abreast.

    The HTML week makes it a table (``day_table``); the printer sets each cell as a
    document of its own and draws the grid itself (see ``export.sheet_blocks``).
    """

    label: str
    sessions: list[str]
    columns: int

    def rows(self) -> list[list[str]]:
        """The sessions' cells row by row; a day with none has one empty row."""
        cells, columns = self.sessions, self.columns
        return [cells[i : i + columns] for i in range(0, len(cells), columns)] or [[]]


@dataclass(frozen=True)
class WeekSheet:
    """The week's printable parts; ``blocks()`` is the order they go on paper."""

    style: str
    header: str
    day_cells: list[DayCells]
    footer: str

    @property
    def days(self) -> list[str]:
        """Each day as an HTML table."""
        return [day_table(cells) for cells in self.day_cells]

    def blocks(self) -> list[str]:
        return [self.header, *self.days, self.footer]

    def document(self, title: str = "CalfCare week") -> str:
        """One standalone HTML page (for ``--format html`` and browsers' own printing)."""
        body = "\n".join(f'<div style="page-break-inside: avoid">{b}</div>' for b in self.blocks())
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{self.style}</style></head>\n<body>\n{body}\n</body></html>\n"
        )


def style_sheet(base_pt: float = 8.0) -> str:
    return STYLE.format(
        base=f"{base_pt:g}",
        title=f"{base_pt * 1.6:g}",
        small=f"{base_pt * 0.85:g}",
        tick=f"{base_pt * 1.15:g}",
    )


def week_range(plan: WeekPlan) -> str:
    end = plan.start + dt.timedelta(days=len(plan.days) - 1)
    return f"{say_date(plan.start, 'day_month')} – {say_date(end, 'weekday_date')}"


def _header(plan: WeekPlan, name: str | None) -> str:
    who = f"CalfCare week for {escape(name)}" if name else "CalfCare week"
    parts = [
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="bottom"><span class="title">{who}</span></td>'
        f'<td align="right" valign="bottom"><b>{escape(week_range(plan))}</b></td>'
        "</tr></table>",
        f"<p><b>Phase:</b> {escape(plan.phase_summary)}</p>",
    ]
    level = plan.triage.level
    triage = f"<b>Triage:</b> {escape(LEVEL_WORDS[level.value])}."
    if level is TriageLevel.self_care:
        parts.append(f"<p>{triage}</p>")
    else:
        reasons = "".join(
            f"<p>{escape(r.text)} <b>{escape(r.what_to_do)}</b></p>" for r in plan.triage.reasons
        )
        parts.append(
            '<table class="alertbox" width="100%" cellpadding="4"><tr><td>'
            f'<p class="alert">{triage}</p>{reasons}</td></tr></table>'
        )
    parts.extend(_road(plan))
    # The disclaimer, the stage line and the pain rule have their own places on the sheet.
    notes = [n.text for n in other_notes(plan) if n.topic != "safety"]
    if notes:
        parts.append("<p>" + " ".join(escape(n) for n in notes) + "</p>")
    if plan.causes:
        likely = [c for c in plan.causes if c.likely][:4]
        less = [c for c in plan.causes if not c.likely][:3]
        if likely:
            causes = ", ".join(escape(c.name) for c in likely)
            parts.append(f'<p class="muted">Likely causes: {causes}.</p>')
        if less:
            causes = ", ".join(escape(c.name) for c in less)
            parts.append(f'<p class="muted">Less likely: {causes}.</p>')
    parts.append(f'<p class="muted">{escape(LEGEND)}</p>')
    return "\n".join(parts)


def _road(plan: WeekPlan) -> list[str]:
    """The stage and the next gate, and any escalation boxed above them."""
    path = plan.journey
    if path is None:
        return []
    parts: list[str] = []
    escalation = new_escalation(plan)
    if escalation is not None:
        parts.append(
            '<table class="alertbox" width="100%" cellpadding="4"><tr><td>'
            f'<p class="alert">{escape(escalation_line(escalation))}</p></td></tr></table>'
        )
    head = stage_head(path, plan.start)
    parts.append(f"<p><b>{escape(head)}</b> {escape(next_line(path))}</p>")
    return parts


def _side(item: Item) -> str:
    if item.side in (None, "both"):
        return ""
    return f", {escape(item.side)} side only"


def _ticks(item: Item) -> str:
    return TICK * max(1, item.sets or 1)


def _item(item: Item, units: str, picture: PicturePath | None) -> str:
    dose = dosage_text(item, units)
    dose_html = f" {escape(dose)}" if dose else ""
    img = ""
    if picture is not None:
        src = picture(item.exercise)
        if src:
            # Inline, on the exercise's own line: a floated picture drifts down past
            # the floats above it and ends up beside another exercise.
            img = (
                f'<img src="{escape(src)}" height="{PICTURE_HEIGHT}"'
                ' style="vertical-align: middle"> '
            )
    # No italics anywhere: a third font face in the PDF costs more than it reads.
    text = f'<p class="muted">{escape(item.text)}</p>' if item.text else ""
    notes = text + "".join(f'<p class="muted">{escape(n)}</p>' for n in item.notes)
    return (
        f'<p>{img}<span class="tick">{_ticks(item)}</span> <b>{escape(item.name)}</b>'
        f"{dose_html}{_side(item)}</p>{notes}"
    )


def _pain_boxes(drawn: bool) -> str:
    if drawn:
        # Each label beside a box the printer draws, kept together on one line.
        boxes = (f'{w.replace(" ", "&nbsp;")}&nbsp;<img src="{PAIN_BOX}">' for w in PAIN_WORDS)
        return f'<p class="pain">{" &nbsp; ".join(boxes)}</p>'
    # The label sits inside its box, with room on the right for a score written by hand.
    room = "&nbsp;" * 7
    cells = "".join(f"<td>{word}{room}</td>" for word in PAIN_WORDS)
    return f'<table class="pain" cellspacing="0"><tr>{cells}</tr></table>'


def _morning_box(drawn: bool) -> str:
    """For a day with no exercise to score: the pain on waking, as the app's check-in asks."""
    box = f'&nbsp;<img src="{PAIN_BOX}">' if drawn else "&nbsp;" * 7
    if not drawn:
        return f'<table class="pain" cellspacing="0"><tr><td>morning pain{box}</td></tr></table>'
    return f'<p class="pain">morning pain{box}</p>'


@dataclass(frozen=True)
class _Options:
    """How the day blocks are written; ``said`` gathers the reasons already printed."""

    units: str
    picture: PicturePath | None
    drawn: bool
    said: set[tuple[str, str]]


def _session(session: Session, options: _Options) -> str:
    head = escape(session_title(session))
    if session.at:
        head = f"{escape(session.at)} {head}"
    minutes = ""
    if session.minutes and session.kind is not SessionKind.education:
        minutes = f" · {session.minutes} min"
    parts = [f"<p><b>{head}</b>{minutes}</p>"]
    # On paper the same warm-up's reason six days running is clutter: say it once.
    reason = (session.kind.value, session.why)
    if reason not in options.said:
        options.said.add(reason)
        parts.append(f'<p class="muted">{escape(session.why)}</p>')
    parts.extend(_item(i, options.units, options.picture) for i in session.items)
    if session.kind in EXERCISE_KINDS:
        parts.append(_pain_boxes(options.drawn))
    return "".join(parts)


NOTHING_PLANNED = "Nothing planned."


def _day(day: Day, options: _Options) -> DayCells:
    # Each day as wide as its sessions need: fewer columns wrap fewer lines.
    sessions = day.sessions
    weekday, _, date = say_date(day.date, "day_month").partition(" ")
    label = f"<b>{escape(weekday)}</b><br><b>{escape(date)}</b>"
    if day.running_day:
        label += '<br><span class="small">running day</span>'
    if sessions and not any(s.kind in EXERCISE_KINDS for s in sessions):
        label += _morning_box(options.drawn)
    return DayCells(
        label=label,
        sessions=[_session(session, options) for session in sessions],
        columns=max(1, min(MAX_COLUMNS, len(sessions))),
    )


def day_table(cells: DayCells) -> str:
    """A day's row as the HTML table browsers (and the HTML week) show."""
    rows, columns = cells.rows(), cells.columns
    width = f'width="{(100 - LABEL_PERCENT) / columns:.2f}%"'
    out = ['<table class="day" width="100%" cellspacing="0">']
    for index, row in enumerate(rows):
        out.append("<tr>")
        if index == 0:
            out.append(
                f'<td width="{LABEL_PERCENT}%" valign="top" rowspan="{len(rows)}">'
                f"{cells.label}</td>"
            )
        if not row:
            out.append(f'<td colspan="{columns}">{NOTHING_PLANNED}</td>')
        out.extend(f'<td {width} valign="top">{cell}</td>' for cell in row)
        out.extend(f"<td {width}></td>" for _ in range(len(row), columns) if row)
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _footer(plan: WeekPlan, library: ContentLibrary) -> str:
    by_article: dict[str, list[str]] = {}
    for cite in plan.citations():
        by_article.setdefault(cite.article, []).append(cite.section)
    sources = "; ".join(
        f"\u201c{escape(library.sources[a].title)}\u201d: {escape(', '.join(sections))}"
        for a, sections in by_article.items()
    )
    return (
        _stop_signs(library)
        + _pain_rule(plan)
        + f'<p class="small" style="margin-top: 4px"><b>Sources.</b> {sources}.</p>'
        f'<p class="small"><b>{escape(DISCLAIMER)}</b></p>'
    )


def _stop_signs(library: ContentLibrary) -> str:
    """Every warning sign in a line of its own, in two columns; emergencies first, in bold."""
    signs = stop_signs(library)
    cells = [f"<b>{escape(s.line())}</b>" if s.urgent else escape(s.line()) for s in signs]
    half = (len(cells) + 1) // 2
    # Two columns of lines, each a cell of its own: a line that wraps leaves no gap beside it.
    columns = "".join(
        '<td width="50%" valign="top">'
        + "".join(f'<p class="small">{TICK_STOP} {cell}</p>' for cell in part)
        + "</td>"
        for part in (cells[:half], cells[half:])
    )
    rows = f"<tr>{columns}</tr>"
    return (
        f'<p class="small" style="margin-top: 4px"><b>{escape(STOP_HEADING)}:</b></p>'
        f'<table class="stops" width="100%" cellspacing="0" cellpadding="0">{rows}</table>'
    )


def _pain_rule(plan: WeekPlan) -> str:
    if plan.journey is None:
        return ""
    return (
        f'<p class="small" style="margin-top: 4px"><b>Pain rule.</b> '
        f"{escape(pain_rule_line(plan.journey))}</p>"
    )


def week_sheet(
    plan: WeekPlan,
    library: ContentLibrary,
    *,
    name: str | None = None,
    base_pt: float = 8.0,
    picture: PicturePath | None = None,
    drawn_boxes: bool = False,
) -> WeekSheet:
    """The printable week: ``name`` is the runner's, ``picture`` maps an exercise to an image.

    ``drawn_boxes`` is for the printer: pain boxes become ``PAIN_BOX`` images it draws.
    """
    options = _Options(plan.units, picture, drawn_boxes, said=set())
    return WeekSheet(
        style=style_sheet(base_pt),
        header=_header(plan, name),
        day_cells=[_day(day, options) for day in plan.days],
        footer=_footer(plan, library),
    )


def week_html(plan: WeekPlan, library: ContentLibrary, *, name: str | None = None) -> str:
    """The whole week as one HTML page."""
    return week_sheet(plan, library, name=name).document()
