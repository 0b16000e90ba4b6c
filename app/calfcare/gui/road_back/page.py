"""The Road back page: where the runner is, what unlocks the next stage, when to get help.

An escalation comes first, in the triage page's warning style; then the stage
line, the stages as a path, the next stage's gates as a checklist with buttons
that open the log's dialogs, and the pain rule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from calfcare.core.journey.road import STAGE_TITLES, RoadBack, stage_line
from calfcare.core.wording import DISCLAIMER
from calfcare.gui.log.form import EntryDialog
from calfcare.gui.road_back.escalation import EscalationBox
from calfcare.gui.road_back.gates import GateList
from calfcare.gui.road_back.timeline import Timeline
from calfcare.gui.shell.roles import RoadBackRoles
from calfcare.gui.widgets.fonts import scaled_font
from calfcare.gui.widgets.pain_rule import rule_credit

NO_ROAD = "Answer the questions under My answers and the road back to running will show up here."
NO_LOG = "Your progress log could not be opened, so nothing can be logged from here this time."


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:  # what the label is, said after its text: a name never hides the text
        label.setAccessibleDescription(name)
    return label


def expected_text(road: RoadBack) -> str:
    path = road.journey
    if path.next_stage is None:
        return "This is the last stage: keep your calves strong."
    low, high = path.expected_days
    return (
        f"{STAGE_TITLES[path.next_stage]} usually comes in {low}–{high} days, "
        "once every line below is ticked."
    )


class RoadBackPage(QWidget):
    """Rebuilds from ``store.road_back()`` whenever the plan (and so the log) changes."""

    refreshed = Signal()

    def __init__(self, store: RoadBackRoles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.road: RoadBack | None = None
        self.dialog: EntryDialog | None = None

        self.escalation = EscalationBox()
        title = _label("Road back")
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.where = _label(name="Where you are")
        self.where.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.empty = _label(NO_ROAD)
        self.timeline = Timeline()
        self.next_heading = _label()
        self.next_heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.expected = _label(name="Expected time to the next stage")
        self.gates = GateList()
        self.gates.logRequested.connect(self.open_log)
        self.log_problem = _label(NO_LOG)
        self.pain_rule = _label(name="The pain rule")
        self.pain_rule.setStyleSheet("color: palette(placeholder-text);")
        note = _label(DISCLAIMER, "Safety note")
        note.setStyleSheet("color: palette(placeholder-text);")

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.escalation)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addWidget(self.empty)
        layout.addWidget(self.timeline)
        layout.addSpacing(8)
        layout.addWidget(self.next_heading)
        layout.addWidget(self.expected)
        layout.addWidget(self.gates)
        layout.addWidget(self.log_problem)
        layout.addSpacing(8)
        layout.addWidget(self.pain_rule)
        layout.addWidget(note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName("Road back")
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        store.planChanged.connect(self.refresh)
        store.settingsChanged.connect(self.refresh)  # the theme's colours
        self.refresh()

    def refresh(self) -> None:
        road = self.store.road_back()
        self.road = road
        showing = road is not None
        for widget in (self.where, self.timeline, self.next_heading, self.expected):
            widget.setVisible(showing)
        self.gates.setVisible(showing)
        self.pain_rule.setVisible(showing)
        self.empty.setVisible(not showing)
        if road is None:
            self.escalation.show_escalation(None)
            self.log_problem.hide()
            self.refreshed.emit()
            return
        path = road.journey
        self.escalation.show_escalation(path.escalation)
        self.where.setText(stage_line(road))
        self.timeline.show_road(road)
        following = path.next_stage
        self.next_heading.setText(
            f"To reach {STAGE_TITLES[following]}" if following else "Where this ends"
        )
        self.expected.setText(expected_text(road))
        self.gates.show_road(road)
        has_log = self.store.log is not None
        for row in self.gates.rows:
            if row.button is not None:
                row.button.setEnabled(has_log)
        self.log_problem.setVisible(not has_log and any(r.button for r in self.gates.rows))
        self.pain_rule.setText(f"{path.pain_rule.text} {rule_credit(self.store.library)}".strip())
        self.refreshed.emit()

    def open_log(self, kind: str) -> EntryDialog | None:
        """Open the log dialog that moves a gate: a raise test, pain, or a morning score."""
        from calfcare.gui.log.dialogs import PainDialog, open_log_dialog

        if self.store.log is None:
            return None
        dialog = open_log_dialog("pain" if kind == "morning_pain" else kind, self.store, self)
        if kind == "morning_pain" and isinstance(dialog, PainDialog):
            dialog.when.setCurrentIndex(dialog.when.findData("morning"))
        self.dialog = dialog
        return dialog
