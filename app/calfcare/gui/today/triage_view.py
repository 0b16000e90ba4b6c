"""A full-page message for warning signs: what to do now, why, and the sources."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.models import Triage
from calfcare.core.wording import DISCLAIMER
from calfcare.gui.shell import theme
from calfcare.gui.widgets.qt_by_name import show_rich

HEADLINES = {
    TriageLevel.emergency: "Get medical help now",
    TriageLevel.see_clinician: "Please see a doctor or physiotherapist first",
}
LEADS = {
    TriageLevel.emergency: (
        "Your answers include signs that need urgent care today. Call your local emergency "
        "number or go to an emergency department. Do not exercise, stretch or massage the leg."
    ),
    TriageLevel.see_clinician: (
        "Your answers include a sign that a clinician should check before you run or "
        "strengthen again. CalfCare will not plan exercise until then; rest meanwhile."
    ),
}


class TriageView(QWidget):
    """Shown in place of the day's sessions when triage is not self-care."""

    editAnswers = Signal()

    def __init__(self, library: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setObjectName("triageView")
        self.headline = QLabel()
        self.headline.setObjectName("triageHeadline")
        self.headline.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        show_rich(self.body, selectable=True)
        self.edit = QPushButton("Update my answers")
        self.edit.setAccessibleName("Update my answers")
        self.edit.clicked.connect(self.editAnswers)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)
        button_row = QHBoxLayout()  # the button at its own width, on the left
        button_row.addWidget(self.edit)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_triage(self, triage: Triage) -> None:
        level = triage.level
        colour = theme.danger() if level is TriageLevel.emergency else theme.warning()
        font_size = "22pt" if level is TriageLevel.emergency else "18pt"
        self.headline.setText(HEADLINES.get(level, ""))
        self.headline.setStyleSheet(f"color: {colour}; font-size: {font_size}; font-weight: 600;")
        parts = [f"<p style='font-size: 12pt'>{html.escape(LEADS.get(level, ''))}</p>"]
        parts.append("<h3>Why</h3><ul>")
        for reason in triage.reasons:
            cites = "; ".join(html.escape(self._library.section_title(c)) for c in reason.sources)
            parts.append(
                f"<li><p><b>{html.escape(reason.text)}</b><br>{html.escape(reason.what_to_do)}"
                f"<br><small>Source: {cites}</small></p></li>"
            )
        parts.append("</ul>")
        parts.append(
            f"<p><small>{html.escape(DISCLAIMER)} If things change, update your "
            "answers.</small></p>"
        )
        self.body.setText("".join(parts))
