"""Page 1: what CalfCare does, that it is no clinician, and the runner's name and age."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from calfcare.core.profile import Profile
from calfcare.core.wording import DISCLAIMER
from calfcare.gui.intake.fields import NumberField, TextField
from calfcare.gui.intake.limits import limits
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.widgets import paragraph
from calfcare.gui.shell import theme
from calfcare.gui.widgets.qt_by_name import show_plain

INTRO = (
    "CalfCare turns a few answers about your calf and your running into a week-by-week "
    "plan: warm-ups, stretches, strength work and recovery that fit the time and kit you "
    "have, and when to ease back into running."
)
FIRST = "First it asks about warning signs, because some calf pain needs a clinician, not a plan."


class WelcomePage(IntakePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Welcome to CalfCare", "A few questions, one topic at a time.", parent)
        self.notice = QLabel()
        show_plain(self.notice)  # it may echo a name as typed
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleDescription("Notice")
        self.notice.hide()
        self.body.addWidget(self.notice)
        self.body.addWidget(paragraph(INTRO))
        self.body.addWidget(paragraph(FIRST))
        safety = paragraph(DISCLAIMER)
        safety.setObjectName("disclaimer")
        safety.setAccessibleDescription("Safety note")
        font = safety.font()
        font.setBold(True)
        safety.setFont(font)
        self.body.addWidget(safety)

        self.name = self.track(TextField("name", "Name", limits(Profile, "name")))
        self.name.edit.setPlaceholderText("Optional")
        self.age = self.track(
            NumberField("age", "Age", limits(Profile, "age"), whole=True, ask="Enter your age")
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Alt+N is Next, so the name takes Alt+M.
        for caption, field in (("Na&me", self.name), ("&Age", self.age)):
            label = QLabel(caption)
            label.setBuddy(field.edit)
            form.addRow(label, field)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.setTabOrder(self.name.edit, self.age.edit)

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(
            f"color: {theme.warning()}; border: 1px solid {theme.warning()};"
            " border-radius: 4px; padding: 6px;"
        )
        self.notice.setVisible(bool(text))

    def fill(self, profile: Profile) -> None:
        self.name.set_value(profile.name)
        self.age.set_value(profile.age)

    def answers(self) -> dict[str, Any]:
        age = self.age.value()
        return {"name": self.name.value(), "age": None if age is None else int(age)}
