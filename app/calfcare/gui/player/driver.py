"""The Qt side of the player: a precise timer aimed at the machine's next boundary.

The machine decides what is due; this only wakes up on time (the next cue,
step end or whole second shown on screen), passes the monotonic time in and
re-emits what came out. It also measures how late each step change was seen.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from calfcare.core.player.machine import Done, Event, EventKind, PlayerMachine, State
from calfcare.core.player.steps import Step

DISPLAY_STEP = 1.0  # the countdown shows whole seconds
MAX_SLEEP_CHECK = 1.0  # wake at least this often while running, to notice a system sleep


class PlayerDriver(QObject):
    """Runs a PlayerMachine on the real (or an injected) monotonic clock."""

    happened = Signal(object)  # Event
    stepDone = Signal(object, object)  # Done, wall-clock datetime
    changed = Signal()  # anything on screen may need redrawing

    def __init__(
        self,
        steps: list[Step],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep_gap: float = 5.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.machine = PlayerMachine(steps, sleep_gap=sleep_gap)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._wake)
        self.step_change_lateness: list[float] = []  # seconds between due and seen
        self._reported = 0

    # Controls ------------------------------------------------------------------------

    def now(self) -> float:
        return self._clock()

    def start(self) -> None:
        self._run(self.machine.start)

    def toggle(self) -> None:
        self._run(self.machine.toggle)

    def pause(self) -> None:
        self._run(self.machine.pause)

    def skip(self) -> None:
        self._run(self.machine.skip)

    def back(self) -> None:
        self._run(self.machine.back)

    def restart_step(self) -> None:
        self._run(self.machine.restart_step)

    def complete_manual(self) -> None:
        self._run(self.machine.complete_manual)

    def stop(self) -> None:
        self._run(self.machine.stop)

    def set_actual_reps(self, step: int, reps: int) -> None:
        for event in self.machine.set_actual_reps(step, reps):
            self.happened.emit(event)
        self.changed.emit()

    # Reading -------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self.machine.state

    def remaining(self) -> float | None:
        return self.machine.remaining(self.now())

    def worst_lateness_ms(self) -> float:
        return max(self.step_change_lateness, default=0.0) * 1000

    # Internals -----------------------------------------------------------------------

    def _run(self, action: Callable[[float], list[Event]]) -> None:
        now = self.now()
        self._emit(action(now), now)
        self._schedule()

    def _wake(self) -> None:
        now = self.now()
        self._emit(self.machine.tick(now), now)
        self._schedule()

    def _emit(self, events: list[Event], now: float) -> None:
        for event in events:
            if event.kind is EventKind.step_started:
                # Negative would mean a step changed before its time: the benchmark checks.
                self.step_change_lateness.append(now - event.at)
            self.happened.emit(event)
        # New completed steps go out at once, so the log can keep them.
        while self._reported < len(self.machine.done):
            done: Done = self.machine.done[self._reported]
            self._reported += 1
            self.stepDone.emit(done, dt.datetime.now().astimezone())
        self.changed.emit()

    def _schedule(self) -> None:
        self._timer.stop()
        machine = self.machine
        if machine.state is not State.running:
            return
        now = self.now()
        wake = now + MAX_SLEEP_CHECK
        due = machine.next_due()
        if due is not None:
            wake = min(wake, due)
        remaining = machine.remaining(now)
        if remaining is not None and remaining > 0:
            # The next moment the shown whole second changes.
            fraction = remaining - math.floor(remaining / DISPLAY_STEP) * DISPLAY_STEP
            wake = min(wake, now + (fraction or DISPLAY_STEP))
        # A millisecond timer may fire a hair early; never wake before the moment.
        self._timer.start(max(0, math.ceil((wake - now) * 1000)))
