"""The "Why it hurts" page: the likely causes of the runner's calf pain, strongest first.

Each cause is a card of selectable rich text: what it is, which answers point
to it, what this week's plan does about it, and where the advice comes from.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.exercise_usage import planned_interventions, shaping_causes
from calfcare.core.planning.models import RankedCause, WeekPlan
from calfcare.core.units_text import in_units
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import Plans

HEADING = "Why do my calves hurt?"
LEAD = (
    "These are CalfCare's best guesses from your answers, most likely first. "
    "They are not a diagnosis: only a clinician who examines your leg can tell you for sure."
)
NO_PROFILE = (
    "Answer the questions on the My answers page and CalfCare will suggest "
    "what may be behind your calf pain."
)
NO_CAUSES = (
    "Nothing in your answers points to a particular cause. Keep doing the warm-up, "
    "stretching and strength work in your plan, and update your answers if anything changes."
)
WARNING_FIRST = (
    "Your answers include a warning sign, and that comes first: see the Today page for "
    "what to do. The causes below can wait until a clinician has checked your leg."
)

LIKELY_HEADING = "Likely causes"
LESS_LIKELY_HEADING = "Less likely"
LESS_LIKELY_LEAD = (
    "Your answers point to these only weakly, so this week's plan does not aim at them. "
    "Keep them in mind if the likely causes do not fit."
)
NONE_LIKELY = "No cause stands out strongly from your answers."

ON_HOLD = "On hold until a clinician has checked your leg. After that:"
WEAKER = "A weaker match, so on its own it does not add anything to this week."


def _plan_note_html(library: ContentLibrary, plan: WeekPlan, cause: RankedCause) -> str:
    note = f"<p>{escape(in_units(cause.plan_note, plan.units))}</p>"
    if plan.triage.level is not TriageLevel.self_care:
        note = f"<p><i>{ON_HOLD}</i></p>" + note
    elif cause.likely and cause.id not in {c.id for c in shaping_causes(plan)}:
        note += f"<p><i>{WEAKER}</i></p>"
    planned = [library.exercise(i).name for i in planned_interventions(plan, library, cause.id)]
    if planned:
        note += f"<p>In this week's plan: {escape(', '.join(planned))}.</p>"
    return note


def cause_html(library: ContentLibrary, plan: WeekPlan, rank: int, cause: RankedCause) -> str:
    """One cause card as escaped rich text."""
    because = "".join(
        f"<li>{escape(in_units(reason, plan.units))}</li>" for reason in cause.because
    )
    sources = "".join(f"<li>{escape(library.section_title(c))}</li>" for c in cause.sources)
    return (
        f"<h3 style='color: {theme.accent()}'>{rank}. {escape(cause.name)}</h3>"
        f"<p>{escape(cause.explanation)}</p>"
        f"<h4>Why we think so</h4><ul>{because}</ul>"
        f"<h4>What your plan does</h4>{_plan_note_html(library, plan, cause)}"
        f"<h4>Sources</h4><ul>{sources}</ul>"
    )


def _text_label(text: str, object_name: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


class CausesPage(QWidget):
    """A scrollable column: heading, lead line, an optional warning banner, then cause cards."""

    def __init__(self, store: Plans, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.heading = QLabel(HEADING)
        self.heading.setObjectName("causesHeading")
        self.heading.setAccessibleName(HEADING)
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName("Likely causes")
        self.banner: QLabel | None = None
        self.message: QLabel | None = None
        self.cards: list[QLabel] = []
        self.group_headings: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        store.planChanged.connect(self.refresh)
        store.profileChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the column from the store's current plan."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 8, 8, 24)
        layout.setSpacing(14)
        self.banner = self.message = None
        self.cards = []
        self.group_headings = []
        plan = self.store.plan()
        if plan is None:
            problem = self.store.profile_problem
            self.message = _text_label(
                f"{problem}\n\n{NO_PROFILE}" if problem else NO_PROFILE, "causesEmpty"
            )
            layout.addWidget(self.message)
        else:
            if plan.triage.level is not TriageLevel.self_care:
                layout.addWidget(self._make_banner(plan.triage.level))
            lead = _text_label(LEAD, "causesLead")
            layout.addWidget(lead)
            if not plan.causes:
                self.message = _text_label(NO_CAUSES, "causesEmpty")
                layout.addWidget(self.message)
            ranked = list(enumerate(plan.causes, start=1))
            likely = [(rank, c) for rank, c in ranked if c.likely]
            less = [(rank, c) for rank, c in ranked if not c.likely]
            if less:
                # Two groups, each under its heading; the likely ones first.
                layout.addWidget(self._group_heading(LIKELY_HEADING))
                if not likely:
                    layout.addWidget(_text_label(NONE_LIKELY, "causesNoneLikely"))
            for rank, cause in likely:
                layout.addWidget(self._add_card(plan, rank, cause))
            if less:
                layout.addWidget(self._group_heading(LESS_LIKELY_HEADING))
                layout.addWidget(_text_label(LESS_LIKELY_LEAD, "causesLessLikelyLead"))
            for rank, cause in less:
                layout.addWidget(self._add_card(plan, rank, cause))
        layout.addStretch(1)
        # The scroll area owns and deletes the previous column.
        self.scroll_area.setWidget(column)

    def _make_banner(self, level: TriageLevel) -> QLabel:
        colour = theme.danger() if level is TriageLevel.emergency else theme.warning()
        banner = _text_label(WARNING_FIRST, "causesBanner")
        banner.setAccessibleDescription("Warning signs come first")
        banner.setStyleSheet(
            f"#causesBanner {{ border: 2px solid {colour}; border-radius: 6px; padding: 10px;"
            " font-weight: 600; }"
        )
        self.banner = banner
        return banner

    def _group_heading(self, text: str) -> QLabel:
        heading = _text_label(text, "causesGroup")
        heading.setAccessibleName(text)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.group_headings.append(heading)
        return heading

    def _add_card(self, plan: WeekPlan, rank: int, cause: RankedCause) -> QLabel:
        card = self._make_card(plan, rank, cause)
        self.cards.append(card)
        return card

    def _make_card(self, plan: WeekPlan, rank: int, cause: RankedCause) -> QLabel:
        card = _text_label(
            cause_html(self.store.library, plan, rank, cause), "causeCard", rich=True
        )
        # The card's own text is its name (a fixed name would hide it from a screen reader).
        card.setAccessibleDescription(f"{'Likely' if cause.likely else 'Less likely'} cause {rank}")
        card.setProperty("causeId", cause.id)
        card.setStyleSheet(
            "#causeCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; padding: 12px; }"
        )
        return card

    def changeEvent(self, event: QEvent) -> None:
        # Accent and warning colours follow the light or dark palette.
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
        super().changeEvent(event)
