"""Reminders inside the window, for desktops without a system tray."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QWidget


class ReminderBar(QToolBar):
    """A strip above the pages with one line of text, Open Today and Dismiss."""

    openToday = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Reminders", parent)
        self.setObjectName("reminderBar")
        self.setAccessibleName("Reminder")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar the runner switches on
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setContentsMargins(8, 4, 8, 4)
        self.open_today = QPushButton("Open Today")
        self.open_today.clicked.connect(self._open)
        self.dismiss = QPushButton("Dismiss")
        self.dismiss.setAccessibleName("Dismiss the reminder")
        self.dismiss.clicked.connect(self.hide)
        self.addWidget(self.text)
        self._open_action = self.addWidget(self.open_today)  # a toolbar shows actions
        self.addWidget(self.dismiss)
        self.hide()

    def say(self, text: str, *, with_open: bool = True) -> None:
        self.text.setText(text)
        self._open_action.setVisible(with_open)
        self.show()

    def _open(self) -> None:
        self.hide()
        self.openToday.emit()
