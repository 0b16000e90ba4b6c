"""The session player: one big timer a runner follows from 2-3 m away, keys for every control.

The driver decides what happens and when; this window shows it, turns events
into sound, speech and a flash of colour, and hands each finished step and the
end-of-session summary to whoever listens.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Session
from calfcare.core.player.machine import Event, EventKind, State
from calfcare.core.player.steps import StepKind, build_steps
from calfcare.core.settings import Settings
from calfcare.core.week_text import session_title
from calfcare.gui.player import view
from calfcare.gui.player.controls import PlayerControls
from calfcare.gui.player.cues import CuePlayer
from calfcare.gui.player.driver import PlayerDriver
from calfcare.gui.player.mini import MiniTimer
from calfcare.gui.player.screen import PlayerScreen, RepsDone
from calfcare.gui.player.summary import SessionSummary
from calfcare.gui.widgets.questions import OneQuestion, question_box
from calfcare.gui.widgets.screen_fit import open_fitted


class PlayerWindow(QMainWindow):
    """Plays one session. ``stepDone(Done, datetime)`` for each step as it ends;
    ``sessionFinished(dict)`` with done, pain, note and stopped_early when the summary is saved."""

    stepDone = Signal(object, object)
    sessionFinished = Signal(dict)
    announced = Signal(str)  # what was handed to screen readers to say

    def __init__(
        self,
        library: ContentLibrary,
        session: Session,
        date: dt.date,
        settings: Settings,
        *,
        cues: CuePlayer | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep_gap: float = 5.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        # Qt adds the app's name ("— CalfCare") to every window title itself.
        self.setWindowTitle(f"{session_title(session)} session")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.session = session
        self.date = date
        self.steps = build_steps(session, library, get_ready_seconds=settings.get_ready_seconds)
        self.names = {
            s.exercise: library.exercise(s.exercise).name for s in self.steps if s.exercise
        }
        self.driver = PlayerDriver(self.steps, clock=clock, sleep_gap=sleep_gap, parent=self)
        self.cues = cues or CuePlayer(
            sound=settings.sound_cues, voice=settings.voice_cues, parent=self
        )
        self.summary: SessionSummary | None = None
        self.mini: MiniTimer | None = None
        self._rep: int | None = None
        self._lowering = False
        self._asleep = False
        self._reps_step: int | None = None
        self._closing = False
        self._stop_question = OneQuestion(self._stop_answered)
        self._paused_to_ask = False
        self._saved = False

        self.display = PlayerScreen()
        # Outside the pages: the last set's reps can still be corrected on the summary.
        self.reps_done = RepsDone()
        self.reps_done.box.valueChanged.connect(self._reps_edited)
        self.reps_done.box.editingFinished.connect(self.setFocus)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_player())
        # A main window, so screen readers are told it is a window (a plain widget reads
        # as a "filler").
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.reps_done)
        self.setCentralWidget(central)

        self.driver.happened.connect(self._on_event)
        self.driver.stepDone.connect(self.stepDone)
        self.driver.changed.connect(self.refresh)
        self.cues.cued.connect(self.display.flash)
        self.cues.noticeChanged.connect(self.display.show_notice)
        if self.cues.notice:
            self.display.show_notice(self.cues.notice)
        metrics = self.fontMetrics()
        open_fitted(self, QSize(metrics.averageCharWidth() * 110, metrics.height() * 44))
        self._normal_geometry = self.geometry()
        self._normal_display = self.display.size()
        self.refresh()

    def _build_player(self) -> QWidget:
        self.controls = PlayerControls(
            self.driver,
            ask_stop=self.ask_stop,
            toggle_mini=self.toggle_mini,
            toggle_full=self.toggle_full,
            parent=self,
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.addWidget(self.display, 1)
        layout.addWidget(self.controls)
        return page

    # Showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw everything from the driver's state (called on every change)."""
        machine = self.driver.machine
        if machine.state is State.finished:
            return
        now = self.driver.now()
        self.display.show_step(
            self.steps,
            machine.index,
            machine.state,
            remaining=machine.remaining(now),
            elapsed=machine.elapsed(now),
            rep=self._rep,
            lowering=self._lowering,
            asleep=self._asleep,
        )
        self.controls.show_state(machine.state, machine.step)
        if self.mini is not None:
            self.mini.show_step(
                self.display.countdown.text(),
                view.step_label(machine.step),
                paused=machine.state is State.paused,
            )

    # Events ------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        kind = event.kind
        step = self.steps[event.step]
        if kind is EventKind.step_started:
            self._rep, self._lowering, self._asleep = None, False, False
        elif kind is EventKind.beat:
            self._rep, self._lowering = event.value, False
        elif kind is EventKind.lowering:
            self._lowering = True
        elif kind is EventKind.auto_paused:
            self._asleep = True
        elif kind is EventKind.resumed:
            self._asleep = False
        elif kind is EventKind.step_completed and step.kind is StepKind.reps and step.counts:
            self._offer_reps(event.step, step.reps or 0)
        sound, words = view.cue_for(event, step)
        if sound is not None:
            self.cues.play(sound)
        if words:
            self.cues.say(words)
        spoken = view.announcement_for(event, step)
        if spoken:
            self.announce(spoken)
        if kind is EventKind.finished:
            self._show_summary(stopped_early=False)
        elif kind is EventKind.stopped and not self._closing:
            self._show_summary(stopped_early=True)

    def announce(self, text: str) -> None:
        """Have a screen reader say ``text`` now (Orca speaks it as it would a cue)."""
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self.display.countdown, text)
            )
        self.announced.emit(text)

    def _offer_reps(self, step: int, target: int) -> None:
        self._reps_step = None  # setting the target is not an edit
        self.reps_done.box.setValue(target)
        self._reps_step = step
        self.reps_done.show()

    def _reps_edited(self, reps: int) -> None:
        if self._reps_step is not None:
            self.driver.set_actual_reps(self._reps_step, reps)
        if self.summary is not None:
            self.summary.show_done(self.driver.machine.done)

    # Controls ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)

    def handle_key(self, key: int) -> bool:
        """Run the control bound to ``key``; False when the key means nothing here."""
        if self.summary is not None:
            return False
        action = self.controls.action_for(key)
        if action is None:
            return False
        action()
        return True

    def ask_stop(self) -> None:
        """Ask whether to end the session now; the timer waits for the answer."""
        if self._stop_question.is_open() or self.driver.state is State.finished:
            return
        self._paused_to_ask = self.driver.state is State.running
        if self._paused_to_ask:
            self.driver.pause()
        box = question_box(
            self,
            "Stop the session?",
            "Stop the session now?",
            "What you have done so far is kept. The timer waits meanwhile.",
            yes="Stop",
            no="Keep going",
        )
        self._stop_question.ask(box)

    def _stop_answered(self, stop: bool) -> None:
        if stop:
            self.driver.stop()
        elif self._paused_to_ask and self.driver.state is State.paused:
            self.driver.toggle()
        self.setFocus()

    def toggle_mini(self) -> None:
        if self.mini is not None:
            self.mini.close()
            return
        self.mini = MiniTimer(self)
        self.mini.keyPressed.connect(self.handle_key)
        self.mini.hidden.connect(self._forget_mini)
        self.refresh()
        self.mini.show()

    def _forget_mini(self) -> None:
        if self.mini is not None:
            self.mini.deleteLater()
        self.mini = None

    def toggle_full(self) -> None:
        if self.isFullScreen():
            # Full screen's big digits would hold the window at full size: size them for
            # the window it goes back to first, so it comes back as it was.
            self.display.fit_fonts(self._normal_display)
            self.showNormal()
            self.setGeometry(self._normal_geometry)
        else:
            self._normal_geometry = self.geometry()
            self._normal_display = self.display.size()
            self.showFullScreen()

    # The end -----------------------------------------------------------------------

    def _show_summary(self, *, stopped_early: bool) -> None:
        if self.summary is not None:
            return
        if self.mini is not None:
            self.mini.close()
        machine = self.driver.machine
        self.summary = SessionSummary(
            machine.done,
            self.steps,
            self.names,
            stopped_early=stopped_early,
            unfinished_seconds=machine.unfinished_seconds,
        )
        self.summary.saved.connect(self._save)
        self.pages.addWidget(self.summary)
        self.pages.setCurrentWidget(self.summary)
        self.summary.pain.setFocus()

    def _save(self, record: dict[str, object]) -> None:
        self._saved = True
        self.sessionFinished.emit(record)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's own close button asks as Esc does, and never skips the pain score.
        if event.spontaneous() and not self._saved:
            if self.summary is not None:
                if not self.summary.save_or_ask():
                    event.ignore()
                    return
            elif self.driver.state in (State.running, State.paused):
                event.ignore()
                self.ask_stop()
                return
        # Closed mid-session: stop the timer; steps already done were reported as they ended.
        self._closing = True
        if self.driver.state is not State.finished:
            self.driver.stop()
        if self.mini is not None:
            self.mini.close()
        super().closeEvent(event)


def open_player(
    library: ContentLibrary,
    session: Session,
    date: dt.date,
    settings: Settings,
    parent: QWidget | None = None,
) -> PlayerWindow:
    """Show a new player window for ``session``; it deletes itself when closed."""
    player = PlayerWindow(library, session, date, settings, parent=parent)
    player.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    player.show()
    player.raise_()
    player.activateWindow()
    return player
