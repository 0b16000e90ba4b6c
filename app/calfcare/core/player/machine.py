"""The player's state machine: steps, deadlines and cues on a clock it is given.

Every method takes ``now`` (monotonic seconds) and returns the events that
fell due, each stamped with the time it was due. Nothing counts ticks: a
step ends when ``now`` reaches its deadline, so a late tick makes a late
event (measurable) but never an early one. Paused time is left out, and a
gap between ticks longer than ``sleep_gap`` (the computer slept) pauses the
player at the last moment it was seen awake.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from calfcare.core.player.steps import Step, StepKind

COUNTDOWN_FROM = 3


class State(StrEnum):
    ready = "ready"
    running = "running"
    paused = "paused"
    finished = "finished"


class EventKind(StrEnum):
    step_started = "step_started"
    step_completed = "step_completed"
    step_skipped = "step_skipped"
    countdown = "countdown"  # value: 3, 2, 1 seconds left
    halfway = "halfway"
    beat = "beat"  # value: the rep number starting
    lowering = "lowering"  # value: the rep whose slow lowering starts
    paused = "paused"
    resumed = "resumed"
    auto_paused = "auto_paused"  # the computer slept: paused at the last moment seen
    finished = "finished"
    stopped = "stopped"
    reps_changed = "reps_changed"


@dataclass(frozen=True)
class Event:
    kind: EventKind
    step: int
    at: float
    value: int | None = None


@dataclass(frozen=True)
class Done:
    """One completed step, as the progress log stores it."""

    step: int
    exercise: str
    side: str | None
    set_number: int | None
    planned_reps: int | None
    actual_reps: int | None
    planned_seconds: float | None
    actual_seconds: float


def _cues(step: Step) -> list[tuple[float, EventKind, int | None]]:
    """(offset from step start, kind, value) for every cue inside ``step``, in order."""
    cues: list[tuple[float, EventKind, int | None]] = []
    if step.seconds is None:
        return cues
    if step.kind is StepKind.reps and step.reps and step.rep_seconds:
        for rep in range(step.reps):
            start = rep * step.rep_seconds
            cues.append((start, EventKind.beat, rep + 1))
            if step.lower_seconds and step.lower_seconds < step.rep_seconds:
                cues.append(
                    (start + step.rep_seconds - step.lower_seconds, EventKind.lowering, rep + 1)
                )
    else:
        for left in range(COUNTDOWN_FROM, 0, -1):
            if step.seconds > left:
                cues.append((step.seconds - left, EventKind.countdown, left))
    if step.halfway_cue:
        cues.append((step.seconds / 2, EventKind.halfway, None))
    cues.sort(key=lambda c: (c[0], c[1] != EventKind.beat))
    return cues


class PlayerMachine:
    """Runs a list of steps against whatever clock the caller reads."""

    def __init__(self, steps: list[Step], *, sleep_gap: float = 5.0) -> None:
        if not steps:
            raise ValueError("a session needs at least one step to play")
        self.steps = steps
        self.sleep_gap = sleep_gap
        self.state = State.ready
        self.index = 0
        self.done: list[Done] = []
        self._started_at = 0.0  # when the current step began, pauses left out
        self._paused_elapsed = 0.0
        self._last_seen = 0.0
        self._cues: list[tuple[float, EventKind, int | None]] = []
        self._next_cue = 0
        # Seconds spent in an exercise step that the runner stopped part-way through.
        self.unfinished_seconds = 0.0

    # Reading ------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def elapsed(self, now: float) -> float:
        if self.state is State.paused:
            return self._paused_elapsed
        if self.state is State.running:
            return max(0.0, now - self._started_at)
        return 0.0

    def remaining(self, now: float) -> float | None:
        """Seconds left in the current step (None for a step without a timer)."""
        seconds = self.step.seconds
        if seconds is None or self.state is State.finished:
            return None
        return max(0.0, seconds - self.elapsed(now))

    def deadline(self) -> float | None:
        """When the current step ends (running only)."""
        if self.state is not State.running or self.step.seconds is None:
            return None
        return self._started_at + self.step.seconds

    def next_due(self) -> float | None:
        """The next moment something happens: a cue or the end of the step."""
        if self.state is not State.running:
            return None
        times = []
        if self._next_cue < len(self._cues):
            times.append(self._started_at + self._cues[self._next_cue][0])
        end = self.deadline()
        if end is not None:
            times.append(end)
        return min(times) if times else None

    # Driving -------------------------------------------------------------------------

    def start(self, now: float) -> list[Event]:
        if self.state is not State.ready:
            return []
        self.state = State.running
        self._last_seen = now
        return self._begin(0, now)

    def tick(self, now: float) -> list[Event]:
        """Everything that fell due up to ``now``."""
        if self.state is not State.running:
            return []
        if now - self._last_seen > self.sleep_gap:
            # Asleep since _last_seen: run up to then, then pause there.
            events = self._advance(self._last_seen)
            if self.state is State.running:
                self._paused_elapsed = self._last_seen - self._started_at
                self.state = State.paused
                events.append(Event(EventKind.auto_paused, self.index, self._last_seen))
            return events
        self._last_seen = now
        return self._advance(now)

    def pause(self, now: float) -> list[Event]:
        events = self.tick(now)
        if self.state is not State.running:
            return events
        self._paused_elapsed = now - self._started_at
        self.state = State.paused
        return [*events, Event(EventKind.paused, self.index, now)]

    def resume(self, now: float) -> list[Event]:
        if self.state is not State.paused:
            return []
        self.state = State.running
        self._started_at = now - self._paused_elapsed
        self._last_seen = now
        return [Event(EventKind.resumed, self.index, now)]

    def toggle(self, now: float) -> list[Event]:
        if self.state is State.ready:
            return self.start(now)
        return self.pause(now) if self.state is State.running else self.resume(now)

    def skip(self, now: float) -> list[Event]:
        """Leave the current step unfinished and go to the next."""
        events = self.tick(now)
        if self.state in (State.ready, State.finished):
            return events
        events.append(Event(EventKind.step_skipped, self.index, now))
        return events + self._move(self.index + 1, now)

    def back(self, now: float) -> list[Event]:
        """Go to the step before (or the start of the first)."""
        events = self.tick(now)
        if self.state in (State.ready, State.finished):
            return events
        return events + self._move(max(0, self.index - 1), now)

    def restart_step(self, now: float) -> list[Event]:
        events = self.tick(now)
        if self.state in (State.ready, State.finished):
            return events
        return events + self._move(self.index, now)

    def complete_manual(self, now: float) -> list[Event]:
        """The runner says a step without a timer is done."""
        events = self.tick(now)
        if self.state is State.finished or self.step.seconds is not None:
            return events
        return events + self._complete(now, now - self._started_at)

    def stop(self, now: float) -> list[Event]:
        """End early; what was completed stays completed."""
        events = self.tick(now)
        if self.state is State.finished:
            return events
        if self.step.counts:
            self.unfinished_seconds = self.elapsed(now)
        self.state = State.finished
        return [*events, Event(EventKind.stopped, self.index, now)]

    def set_actual_reps(self, step: int, reps: int) -> list[Event]:
        """Correct the reps the runner really did for a completed step."""
        for n, done in enumerate(self.done):
            if done.step == step:
                self.done[n] = replace(done, actual_reps=max(0, reps))
                return [Event(EventKind.reps_changed, step, self._last_seen, reps)]
        return []

    # Internals -----------------------------------------------------------------------

    def _begin(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._started_at = at
        self._paused_elapsed = 0.0
        self._cues = _cues(self.steps[index])
        self._next_cue = 0
        return [Event(EventKind.step_started, index, at)]

    def _move(self, index: int, now: float) -> list[Event]:
        if index >= len(self.steps):
            self.state = State.finished
            return [Event(EventKind.finished, self.index, now)]
        was_paused = self.state is State.paused
        events = self._begin(index, now)
        if was_paused:
            self._paused_elapsed = 0.0  # stays paused at the start of the new step
        return events

    def _complete(self, at: float, actual_seconds: float) -> list[Event]:
        step = self.step
        events = [Event(EventKind.step_completed, self.index, at)]
        if step.counts and step.exercise is not None:
            self.done.append(
                Done(
                    step=self.index,
                    exercise=step.exercise,
                    side=step.side,
                    set_number=step.set_number,
                    planned_reps=step.reps,
                    actual_reps=step.reps,
                    planned_seconds=step.seconds,
                    actual_seconds=round(actual_seconds, 3),
                )
            )
        if self.index + 1 >= len(self.steps):
            self.state = State.finished
            return [*events, Event(EventKind.finished, self.index, at)]
        return events + self._begin(self.index + 1, at)

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while self.state is State.running:
            start = self._started_at
            while self._next_cue < len(self._cues):
                offset, kind, value = self._cues[self._next_cue]
                if start + offset > now:
                    break
                events.append(Event(kind, self.index, start + offset, value))
                self._next_cue += 1
            end = self.deadline()
            if end is None or end > now:
                break
            # The next step starts exactly at this deadline, not when the tick came.
            events += self._complete(end, end - start)
        return events
