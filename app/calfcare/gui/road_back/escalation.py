"""An escalation in the triage page's warning style: why, what to do and by when."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from calfcare.core.journey.models import Escalation
from calfcare.core.journey.road import escalation_steps
from calfcare.gui.shell import theme

HEADLINES = {
    "emergency": "Get medical help now",
    "same_day": "See a doctor or physiotherapist today",
    "see_clinician": "Time to see a doctor or physiotherapist",
}


class EscalationBox(QFrame):
    """Hidden without an escalation; shown first on the page when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalation")
        self.setAccessibleName("Get help")
        self.headline = QLabel()
        self.headline.setObjectName("escalationHeadline")
        self.headline.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        self.hide()

    def show_escalation(self, escalation: Escalation | None) -> None:
        if escalation is None:
            self.hide()
            return
        level = escalation.level
        colour = theme.danger() if level == "emergency" else theme.warning()
        size = "20pt" if level == "emergency" else "16pt"
        self.setStyleSheet(
            f"QFrame#escalation {{ border: 2px solid {colour}; border-radius: 8px; }}"
        )
        self.headline.setText(HEADLINES[level])
        self.headline.setStyleSheet(f"color: {colour}; font-size: {size}; font-weight: 600;")
        what, when = escalation_steps(escalation)
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in escalation.reasons)
        self.body.setText(
            f"<p><b>What to do:</b> {html.escape(what)}<br><b>By when:</b> {html.escape(when)}"
            f"</p><p><b>Why</b></p><ul>{reasons}</ul>"
        )
        self.setAccessibleDescription(f"{HEADLINES[level]}. {what} By when: {when}.")
        self.show()
