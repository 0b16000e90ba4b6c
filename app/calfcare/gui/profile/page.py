"""My answers: the intake answers in plain words, with a button to change them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from calfcare.gui.intake.summary_page import recap_rows
from calfcare.gui.shell.roles import Answers


class ProfilePage(QWidget):
    def __init__(self, store: Answers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        title = QLabel("My answers")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        lead = QLabel(
            "CalfCare builds your week from these answers. Change them whenever things change: "
            "the plan is rebuilt at once."
        )
        lead.setWordWrap(True)
        self.edit = QPushButton("Edit my answers…")
        self.edit.setObjectName("edit_answers")
        self.edit.setAccessibleName("Edit my answers")
        self.edit.clicked.connect(self.open_editor)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setHorizontalSpacing(18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(lead)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        store.profileChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        profile = self.store.profile
        if profile is None:
            self.form.addRow(QLabel("No answers yet."))
            return
        for label, answer in recap_rows(profile, self.store.library):
            value = QLabel(answer)
            value.setWordWrap(True)
            value.setObjectName(f"answer_{label.lower().replace(' ', '_')}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(f"{label}:", value)

    def open_editor(self) -> None:
        from calfcare.gui.intake.edit import open_edit_answers

        self.editor = open_edit_answers(self.store, self)
