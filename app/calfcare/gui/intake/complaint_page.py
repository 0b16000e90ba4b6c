"""Page 3: what the calf feels like now, which leg, since when and how much it hurts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.profile import Complaint, ComplaintKind, Profile, Side
from calfcare.gui.intake import labels
from calfcare.gui.intake.labels import PAIN_ANCHORS
from calfcare.gui.intake.limits import limits
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.widgets import chain_focus, heading, paragraph
from calfcare.gui.widgets.dates import localise_date_edit
from calfcare.gui.widgets.qt_by_name import horizontal_slider

CHOOSE_SIDE = "Which leg: choose left, right or both"
LOOKBACK_DAYS = 365


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ComplaintPage(IntakePage):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__("Your calf now", "What you feel decides where the plan starts.", parent)
        self._today = today
        self.body.addWidget(heading("How does your calf feel?"))
        self.kind_group = QButtonGroup(self)
        self.kinds: dict[ComplaintKind, QRadioButton] = {}
        for kind, text in labels.KINDS.items():
            button = QRadioButton(text)
            button.setObjectName(f"kind_{kind}")
            button.setAccessibleName(text)
            self.kind_group.addButton(button)
            self.kinds[kind] = button
            self.body.addWidget(button)
        self.kinds[ComplaintKind.none].setChecked(True)

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 8, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.side_group = QButtonGroup(self)
        self.sides: dict[Side, QRadioButton] = {}
        side_row = QHBoxLayout()
        for side, text in labels.SIDES.items():
            button = QRadioButton(text)
            button.setObjectName(f"side_{side}")
            button.setAccessibleName(text)
            self.side_group.addButton(button)
            self.sides[side] = button
            side_row.addWidget(button)
        side_row.addStretch(1)
        self.side_message = QLabel(CHOOSE_SIDE)
        self.side_message.setObjectName("side_message")
        self.side_message.setStyleSheet("color: palette(placeholder-text);")
        self.side_message.setWordWrap(True)
        side_box = QVBoxLayout()
        side_box.addLayout(side_row)
        side_box.addWidget(self.side_message)
        form.addRow("Which leg", side_box)

        self.since = QDateEdit()
        self.since.setObjectName("since")
        self.since.setAccessibleName("When it started")
        self.since.setCalendarPopup(True)
        localise_date_edit(self.since)
        self.since.setDateRange(self._earliest(None), _qdate(today))
        self.since.setDate(_qdate(today))
        since_label = QLabel("&Since when")
        since_label.setBuddy(self.since)
        form.addRow(since_label, self.since)

        pain_range = limits(Complaint, "pain")
        self.pain = horizontal_slider()
        self.pain.setObjectName("pain")
        self.pain.setAccessibleName("Pain now, from 0 to 10")
        self.pain.setRange(int(pain_range.low or 0), int(pain_range.high or 10))
        self.pain.setPageStep(1)
        self.pain.setTickInterval(1)
        self.pain.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pain_value = QLabel()
        self.pain_value.setObjectName("pain_value")
        self.pain.valueChanged.connect(self._show_pain)
        pain_row = QHBoxLayout()
        pain_row.addWidget(self.pain, 1)
        pain_row.addWidget(self.pain_value)
        pain_box = QVBoxLayout()
        pain_box.addLayout(pain_row)
        pain_box.addWidget(paragraph(PAIN_ANCHORS, muted=True))
        pain_label = QLabel("&Pain now")
        pain_label.setBuddy(self.pain)
        form.addRow(pain_label, pain_box)
        self.body.addWidget(self.details)
        self.body.addStretch(1)

        self._show_pain(self.pain.value())
        self.kind_group.buttonToggled.connect(self._refresh)
        self.side_group.buttonToggled.connect(self._refresh)
        self._refresh()
        chain_focus([*self.kinds.values(), *self.sides.values(), self.since, self.pain])

    def _earliest(self, saved: dt.date | None) -> QDate:
        earliest = self._today - dt.timedelta(days=LOOKBACK_DAYS)
        # A saved answer older than a year stays as it was rather than being moved.
        return _qdate(min(earliest, saved) if saved else earliest)

    def kind(self) -> ComplaintKind:
        return next(kind for kind, button in self.kinds.items() if button.isChecked())

    def side(self) -> Side | None:
        return next((side for side, button in self.sides.items() if button.isChecked()), None)

    def _show_pain(self, value: int) -> None:
        self.pain_value.setText(f"{value} out of {self.pain.maximum()}")
        self.pain.setAccessibleDescription(f"{value} out of {self.pain.maximum()}")

    def _refresh(self) -> None:
        hurting = self.kind() is not ComplaintKind.none
        self.details.setEnabled(hurting)
        self.side_message.setVisible(hurting and self.side() is None)
        self.completeChanged.emit()

    def problems(self) -> list[str]:
        missing = self.kind() is not ComplaintKind.none and self.side() is None
        return [*super().problems(), *([CHOOSE_SIDE] if missing else [])]

    def fill(self, profile: Profile) -> None:
        complaint = profile.complaint
        self.kinds[complaint.kind].setChecked(True)
        if complaint.side is not None:
            self.sides[complaint.side].setChecked(True)
        if complaint.since is not None:
            self.since.setMinimumDate(self._earliest(complaint.since))
            self.since.setDate(_qdate(complaint.since))
        self.pain.setValue(complaint.pain)

    def answers(self) -> dict[str, Any]:
        kind = self.kind()
        if kind is ComplaintKind.none:
            return {"complaint": {"kind": kind.value}}
        side = self.side()
        return {
            "complaint": {
                "kind": kind.value,
                "side": None if side is None else side.value,
                "since": self.since.date().toPython(),
                "pain": self.pain.value(),
            }
        }
