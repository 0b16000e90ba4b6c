"""Reminders: which ones a day holds and when they fall due, on a clock the caller reads.

Three kinds, each with its own switch in the settings: icing at every timed
icing session of the plan (a fresh strain's first 48 hours), today's routine
once at the routine time on days with something to do, and the morning
check-in at its time unless it has been answered. ``ReminderSchedule`` is
asked with a ``datetime`` and never reads a clock itself, so the tray's timer
and the tests drive it alike. A reminder fires once; one found late (the
computer slept, the app was closed) still fires if it is less than ``grace``
late, and is otherwise let go without a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.models import Day, Session, SessionKind, WeekPlan
from calfcare.core.settings import Settings
from calfcare.core.week_text import KIND_WORDS

GRACE = dt.timedelta(minutes=30)
CHECKIN_QUESTION = "How does your calf feel this morning?"
QUIET_KINDS = frozenset({SessionKind.rest, SessionKind.education})

PlanFor = Callable[[dt.date], WeekPlan | None]
Answered = Callable[[dt.date], bool]
Ticked = set[tuple[int, str]] | frozenset[tuple[int, str]]  # (place in the day, kind) done


class ReminderKind(StrEnum):
    icing = "icing"
    routine = "routine"
    checkin = "checkin"


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    at: dt.datetime
    title: str
    text: str

    @property
    def key(self) -> tuple[ReminderKind, dt.date, dt.time | None]:
        """What makes two reminders the same one: a day's routine or check-in is one
        reminder even if its time is changed after it fired; icing is one per time."""
        at = self.at.time() if self.kind is ReminderKind.icing else None
        return (self.kind, self.at.date(), at)


def clock_time(text: str) -> dt.time:
    """'13:00' as a time."""
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def is_icing(session: Session) -> bool:
    return session.kind is SessionKind.rice and session.at is not None


def routine_sessions(day: Day) -> list[Session]:
    """What the routine reminder is about: everything but rest, tips and timed icing."""
    return [s for s in day.sessions if s.kind not in QUIET_KINDS and not is_icing(s)]


def _day_of(plan: WeekPlan | None, date: dt.date) -> Day | None:
    if plan is None:
        return None
    return next((d for d in plan.days if d.date == date), None)


def day_reminders(
    plan: WeekPlan | None,
    date: dt.date,
    settings: Settings,
    *,
    checkin_answered: bool,
    done: Ticked = frozenset(),
) -> list[Reminder]:
    """The reminders ``date`` holds, earliest first, as the settings' switches allow.

    ``done`` holds the (place in the day, kind) of sessions already ticked done: nobody
    is reminded of what they have done."""
    day = _day_of(plan, date)
    if plan is None or day is None or not settings.reminders:
        return []
    found: list[Reminder] = []
    # The question lives on Today's day view, which warning signs replace.
    asking = plan.triage.level is TriageLevel.self_care and not checkin_answered
    if settings.remind_checkin and asking:
        at = dt.datetime.combine(date, clock_time(settings.checkin_time))
        found.append(Reminder(ReminderKind.checkin, at, "Morning check-in", CHECKIN_QUESTION))
    if settings.remind_routine:
        sessions = [
            s
            for index, s in enumerate(day.sessions)
            if (index, s.kind.value) not in done and s in routine_sessions(day)
        ]
        if sessions:
            at = dt.datetime.combine(date, clock_time(settings.routine_time))
            words = ", ".join(KIND_WORDS[s.kind] for s in sessions)
            minutes = sum(s.minutes for s in sessions)
            text = f"{words}: about {minutes} min." if minutes else f"{words}."
            found.append(Reminder(ReminderKind.routine, at, "Today's routine", text))
    if settings.remind_icing:
        for index, session in enumerate(day.sessions):
            if (index, session.kind.value) in done:
                continue
            if is_icing(session) and session.at is not None:
                at = dt.datetime.combine(date, clock_time(session.at))
                text = f"{KIND_WORDS[session.kind]} at {session.at}: {session.minutes} min."
                found.append(Reminder(ReminderKind.icing, at, "Time to ice your calf", text))
    return sorted(found, key=lambda r: r.at)


class ReminderSchedule:
    """Which reminders are due at a given moment, each handed out once."""

    def __init__(
        self,
        plan_for: PlanFor,
        settings: Settings,
        checkin_answered: Answered = lambda _day: False,
        *,
        grace: dt.timedelta = GRACE,
        done: Callable[[dt.date], Ticked] = lambda _day: frozenset(),
    ) -> None:
        self.plan_for = plan_for
        self.settings = settings  # replace it when the settings change
        self.checkin_answered = checkin_answered
        self.done = done
        self.grace = grace
        self._handled: set[tuple[ReminderKind, dt.date, dt.time | None]] = set()

    def reminders_on(self, date: dt.date) -> list[Reminder]:
        answered = self.checkin_answered(date)
        return day_reminders(
            self.plan_for(date),
            date,
            self.settings,
            checkin_answered=answered,
            done=self.done(date),
        )

    def due(self, now: dt.datetime) -> list[Reminder]:
        """The reminders to show at ``now``; each one is handed out (or let go) once."""
        fired: list[Reminder] = []
        for date in (now.date() - dt.timedelta(days=1), now.date()):
            for reminder in self.reminders_on(date):
                if reminder.at > now or reminder.key in self._handled:
                    continue
                self._handled.add(reminder.key)
                if now - reminder.at < self.grace and not self.is_paused(date):
                    fired.append(reminder)
        # Forget what can no longer come round again.
        oldest = now.date() - dt.timedelta(days=2)
        self._handled = {k for k in self._handled if k[1] >= oldest}
        return fired

    def next_after(self, now: dt.datetime) -> Reminder | None:
        """The first reminder still to come after ``now`` (today or tomorrow)."""
        for date in (now.date(), now.date() + dt.timedelta(days=1)):
            if self.is_paused(date):
                continue
            for reminder in self.reminders_on(date):
                if reminder.at > now and reminder.key not in self._handled:
                    return reminder
        return None

    # Pausing ------------------------------------------------------------------------

    def pause(self, date: dt.date) -> None:
        """No reminders on ``date``: those falling due are let go without a word.

        Kept in ``settings.reminders_paused_on`` (one day at a time), which the app
        saves, so a restart that day keeps it.
        """
        self.settings = self.settings.with_changes(reminders_paused_on=date)

    def resume(self, date: dt.date) -> None:
        if self.is_paused(date):
            self.settings = self.settings.with_changes(reminders_paused_on=None)

    def is_paused(self, date: dt.date) -> bool:
        return self.settings.reminders_paused_on == date


# What the tray shows ----------------------------------------------------------------


@dataclass(frozen=True)
class Upcoming:
    """A session still to do: its words, and its time if it has one."""

    session: Session
    date: dt.date
    label: str


def _when(date: dt.date, at: str | None, now: dt.datetime) -> str:
    tomorrow = date != now.date()
    if at is None:
        return "tomorrow" if tomorrow else "today"
    return f"at {at} tomorrow" if tomorrow else f"at {at}"


def next_session(
    plan_for: PlanFor,
    now: dt.datetime,
    done: Callable[[dt.date], set[tuple[int, str]]] = lambda _day: set(),
) -> Upcoming | None:
    """The next session to do: today's first one not ticked done whose time has not
    passed (untimed ones count all day), else tomorrow's first."""
    for date in (now.date(), now.date() + dt.timedelta(days=1)):
        day = _day_of(plan_for(date), date)
        if day is None:
            continue
        ticked = done(date)
        for index, session in enumerate(day.sessions):
            if session.kind in QUIET_KINDS or (index, session.kind.value) in ticked:
                continue
            timed = dt.datetime.combine(date, clock_time(session.at)) if session.at else None
            if timed is not None and timed < now:
                continue
            label = f"{KIND_WORDS[session.kind]} {_when(date, session.at, now)}"
            return Upcoming(session, date, label)
    return None


def next_icing(plan_for: PlanFor, now: dt.datetime) -> dt.datetime | None:
    """When the next timed icing session starts (today or tomorrow)."""
    for date in (now.date(), now.date() + dt.timedelta(days=1)):
        day = _day_of(plan_for(date), date)
        for session in day.sessions if day is not None else []:
            if is_icing(session) and session.at is not None:
                at = dt.datetime.combine(date, clock_time(session.at))
                if at >= now:
                    return at
    return None
