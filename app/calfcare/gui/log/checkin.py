"""The morning check-in: a small banner on Today asking how the calf feels, once a day.

It shows from 05:00 on a day with no morning pain score yet and no Skip; a
score goes to the log as morning pain, Skip is remembered in window.ini.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfcare.core.errors import InputError
from calfcare.core.log import LogError
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import Logbook
from calfcare.gui.shell.window_state import window_state
from calfcare.gui.widgets.qt_by_name import show_plain

QUESTION = "How does your calf feel this morning?"
ASK_FROM = dt.time(5, 0)
SKIPPED_KEY = "checkin/skipped"

Now = Callable[[], dt.datetime]


class MorningCheckIn(QFrame):
    """``answered`` fires once the runner picks a score or skips."""

    answered = Signal()
    saved = Signal(int)  # the score, once it is in the log

    def __init__(self, store: Logbook, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._now = now
        self.setObjectName("checkIn")
        self.setAccessibleName("Morning check-in")
        self.setStyleSheet("QFrame#checkIn { border: 1px solid palette(mid); border-radius: 6px; }")
        question = QLabel(QUESTION)
        question.setStyleSheet("font-weight: 600;")
        hint = QLabel("0 = no pain, 10 = worst")
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.problem = QLabel()
        show_plain(self.problem)  # messages echo what was typed
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.scores: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for score in range(11):
            button = QPushButton(str(score))
            button.setAccessibleName(f"Morning pain {score} of 10")
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("100") + 16)
            button.clicked.connect(self._score_clicked)
            row.addWidget(button)
            self.scores.append(button)
        row.addStretch(1)
        self.skip = QPushButton("Skip")
        self.skip.setAccessibleName("Skip the morning check-in")
        self.skip.clicked.connect(self.skip_today)
        row.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        self._at_five = QTimer(self)
        self._at_five.setSingleShot(True)
        self._at_five.timeout.connect(self.refresh)
        self.refresh()

    def due(self) -> bool:
        """True when today's question is still open: from 05:00, not answered, not skipped."""
        now = self._now()
        return now.time() >= ASK_FROM and not settled(self.store, now.date())

    def refresh(self) -> None:
        self.setVisible(self.due())
        now = self._now()
        if now.time() < ASK_FROM:
            # Open overnight: ask at five rather than at the next start.
            five = dt.datetime.combine(now.date(), ASK_FROM)
            self._at_five.start(int((five - now).total_seconds() * 1000) + 1000)

    def answer(self, score: int) -> None:
        log = self.store.log
        if log is None:
            return
        try:
            log.add_pain(self._now().date(), "morning", score)
        except (LogError, InputError) as exc:
            self.problem.setText(f"Not saved: {exc}")
            self.problem.setStyleSheet(f"color: {theme.danger()};")
            self.problem.show()
            return
        self.hide()
        self.answered.emit()
        self.saved.emit(score)
        self.store.log_changed()

    def skip_today(self) -> None:
        settings = self._qsettings()
        settings.setValue(SKIPPED_KEY, self._now().date().isoformat())
        settings.sync()
        self.hide()
        self.answered.emit()

    def _score_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.answer(int(button.text()))

    def _qsettings(self) -> QSettings:
        return _qsettings(self.store)


def _qsettings(store: Logbook) -> QSettings:
    return window_state(store.paths.qt_settings)


def settled(store: Logbook, day: dt.date) -> bool:
    """True when ``day``'s question is not open: answered, skipped, or no log to answer in."""
    log = store.log
    if log is None or any(p.when == "morning" for p in log.day(day).pain):
        return True
    return bool(_qsettings(store).value(SKIPPED_KEY) == day.isoformat())
