"""Player to log: each finished step at once, then the session's outcome, pain and raise test.

Today and Week open the player through ``open_logged_player``, so a played
session is logged the same way wherever it was started.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from calfcare.core.errors import InputError
from calfcare.core.log import LogError
from calfcare.core.log.done_ticks import record_session
from calfcare.core.planning.models import Session
from calfcare.core.player.machine import Done
from calfcare.core.player.outcome import raise_test_counts, session_status
from calfcare.gui.player.window import PlayerWindow, open_player
from calfcare.gui.shell.roles import PlansAndLog


def day_index_of(store: PlansAndLog, session: Session, date: dt.date) -> int:
    """Where ``session`` sits in its day's plan (0 if the plan no longer holds it)."""
    plan = store.plan_for(date)
    day = next((d for d in plan.days if d.date == date), None) if plan is not None else None
    if day is None:
        return 0
    for index, planned in enumerate(day.sessions):
        if planned is session:
            return index
    return next((i for i, s in enumerate(day.sessions) if s == session), 0)


def open_logged_player(
    store: PlansAndLog, session: Session, date: dt.date, parent: QWidget | None = None
) -> PlayerWindow:
    """Open the player for ``session`` on ``date`` with everything it reports going to the log."""
    player = open_player(store.library, session, date, store.settings, parent)
    PlayerLog(player, store, day_index_of(store, session, date))
    return player


class PlayerLog(QObject):
    """Writes what one player window reports; lives and dies with that window."""

    def __init__(self, player: PlayerWindow, store: PlansAndLog, day_index: int = 0) -> None:
        super().__init__(player)
        self.player = player
        self.store = store
        self.day_index = day_index
        self.kind = player.session.kind.value
        self._steps_logged = False
        self._finished = False
        self._warned = False
        player.stepDone.connect(self._step_done)
        player.sessionFinished.connect(self._session_finished)
        player.installEventFilter(self)

    def _step_done(self, done: Done, at: dt.datetime) -> None:
        log = self.store.log
        if log is None:
            return
        try:
            log.add_step(done, at, self.player.date, self.kind)
        except (LogError, InputError) as exc:
            self._warn(exc)
            return
        self._steps_logged = True

    def _session_finished(self, record: dict[str, Any]) -> None:
        self._finished = True
        log = self.store.log
        if log is None:
            return
        done: list[Done] = list(record["done"])
        date = self.player.date
        status = session_status(
            self.player.steps, done, stopped_early=bool(record["stopped_early"])
        )
        note = str(record.get("note") or "")
        try:
            record_session(log, date, self.kind, status, self.day_index, note=note)
            log.add_pain(date, "after", int(record["pain"]))
            counts = raise_test_counts(done)
            if counts is not None:
                log.add_raise_test(date, *counts)
        except (LogError, InputError) as exc:
            self._warn(exc)
        self.store.log_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Closed mid-session: the steps already logged should show without waiting for a save.
        if event.type() == QEvent.Type.Close and self._steps_logged and not self._finished:
            self._finished = True
            QTimer.singleShot(0, self.store.log_changed)
        return False

    def _warn(self, problem: Exception) -> None:
        if self._warned:
            return
        self._warned = True
        parent = self.player.parentWidget() or self.player
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Not saved to the progress log",
            f"CalfCare could not save this session to your progress log: {problem}",
            parent=parent,
        )
        box.open()
