"""The reminder rows of the Settings page: the switch per kind, their times, the tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QWidget

from calfcare.core.settings import Settings

HINT = (
    "Reminders come from CalfCare's icon in the system tray while the app runs. "
    "Where the desktop has no tray, they show in the window while it is open."
)
EARLIEST_CHECKIN = QTime(5, 0)  # Today asks the morning question from 05:00


def _time_edit(name: str, accessible: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setDisplayFormat("HH:mm")
    return edit


def _row(box: QCheckBox, edit: QTimeEdit) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box)
    layout.addWidget(edit)
    layout.addStretch(1)
    return row


class ReminderSettings(QObject):
    """The widgets, for the page's form; ``changed`` fires on every edit by the runner."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox("Remind me")
        self.enabled.setObjectName("reminders")
        self.icing = QCheckBox("Icing, at each planned time in a fresh strain's first 48 hours")
        self.icing.setObjectName("remind_icing")
        self.routine = QCheckBox("Today's routine, at")
        self.routine.setObjectName("remind_routine")
        self.routine_time = _time_edit("routine_time", "Time of the routine reminder")
        self.checkin = QCheckBox("The morning check-in, at")
        self.checkin.setObjectName("remind_checkin")
        self.checkin_time = _time_edit("checkin_time", "Time of the morning check-in reminder")
        self.checkin_time.setMinimumTime(EARLIEST_CHECKIN)
        self.routine_row = _row(self.routine, self.routine_time)
        self.checkin_row = _row(self.checkin, self.checkin_time)
        self.keep_in_tray = QCheckBox("Keep CalfCare in the tray when the window is closed")
        self.keep_in_tray.setObjectName("keep_in_tray")
        self.hint = QLabel(HINT)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        for box in (self.enabled, self.icing, self.routine, self.checkin, self.keep_in_tray):
            box.toggled.connect(self._edited)
        for edit in (self.routine_time, self.checkin_time):
            edit.timeChanged.connect(self._edited)

    def load(self, settings: Settings) -> None:
        widgets: list[QWidget] = [self.enabled, self.icing, self.routine, self.checkin]
        widgets += [self.keep_in_tray, self.routine_time, self.checkin_time]
        for widget in widgets:
            widget.blockSignals(True)
        self.enabled.setChecked(settings.reminders)
        self.icing.setChecked(settings.remind_icing)
        self.routine.setChecked(settings.remind_routine)
        self.checkin.setChecked(settings.remind_checkin)
        self.keep_in_tray.setChecked(settings.keep_in_tray)
        self.routine_time.setTime(QTime.fromString(settings.routine_time, "HH:mm"))
        self.checkin_time.setTime(QTime.fromString(settings.checkin_time, "HH:mm"))
        for widget in widgets:
            widget.blockSignals(False)
        self._enable()

    def values(self) -> dict[str, Any]:
        """The settings fields these widgets edit, for ``Settings.with_changes``."""
        return {
            "reminders": self.enabled.isChecked(),
            "remind_icing": self.icing.isChecked(),
            "remind_routine": self.routine.isChecked(),
            "remind_checkin": self.checkin.isChecked(),
            "routine_time": self.routine_time.time().toString("HH:mm"),
            "checkin_time": self.checkin_time.time().toString("HH:mm"),
            "keep_in_tray": self.keep_in_tray.isChecked(),
        }

    def _edited(self) -> None:
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.icing, self.routine, self.checkin):
            widget.setEnabled(on)
        self.routine_time.setEnabled(on and self.routine.isChecked())
        self.checkin_time.setEnabled(on and self.checkin.isChecked())
