"""Reminders on a fake clock: which fall due when, once each, and what the switches do."""

from __future__ import annotations

import datetime as dt

import pytest

from calfcare.core.planning.models import SessionKind, WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.reminders import (
    GRACE,
    Reminder,
    ReminderKind,
    ReminderSchedule,
    next_icing,
    next_session,
    routine_sessions,
)
from calfcare.core.settings import Settings
from calfcare.core.validation import validate

from support import MONDAY, make_profile

FRESH_STRAIN = {"kind": "strain", "side": "right", "since": str(MONDAY), "pain": 5}


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


def plans(**profile: object) -> dict[dt.date, WeekPlan]:
    built = build_week(make_profile(**profile), MONDAY)
    return {d.date: built for d in built.days}


def schedule_for(
    plan_by_day: dict[dt.date, WeekPlan], answered: set[dt.date] | None = None, **settings: object
) -> ReminderSchedule:
    return ReminderSchedule(
        plan_by_day.get,
        validate(Settings, settings),
        lambda day: day in (answered or set()),
    )


def walk(schedule: ReminderSchedule, start: dt.datetime, end: dt.datetime) -> list[Reminder]:
    """Everything fired from ``start`` to ``end``, asking as the tray's timer does: at the
    next reminder, or at midnight when nothing is planned before it."""
    fired = schedule.due(start)
    now = start
    while now < end:
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        upcoming = schedule.next_after(now)
        now = min(upcoming.at if upcoming else midnight, midnight, end)
        fired += schedule.due(now)
    return fired


def of_kind(fired: list[Reminder], kind: ReminderKind) -> list[dt.datetime]:
    return [r.at for r in fired if r.kind is kind]


def test_icing_fires_at_each_planned_time_in_the_first_48_hours_only() -> None:
    week = plans(complaint=FRESH_STRAIN)
    schedule = schedule_for(week)
    fired = walk(schedule, at(MONDAY, "00:00"), at(MONDAY + dt.timedelta(days=6), "23:59"))
    icing = of_kind(fired, ReminderKind.icing)
    plan = week[MONDAY]
    planned = [
        at(day.date, s.at)
        for day in plan.days
        for s in day.sessions
        if s.kind is SessionKind.rice and s.at
    ]
    assert icing == planned
    assert len(icing) >= 9  # 2-3 h apart on the onset date and the two days after (48 h)
    assert {t.date() for t in icing} == {MONDAY + dt.timedelta(days=n) for n in range(3)}
    first = next(r for r in fired if r.kind is ReminderKind.icing)
    assert first.title == "Time to ice your calf"
    assert first.text.startswith("Ice, support, elevate at 08:00")


def test_todays_routine_fires_at_the_routine_time_on_days_with_something_to_do() -> None:
    week = plans()
    schedule = schedule_for(week, routine_time="09:15", remind_checkin=False)
    fired = walk(schedule, at(MONDAY, "00:00"), at(MONDAY + dt.timedelta(days=6), "23:59"))
    routine = of_kind(fired, ReminderKind.routine)
    plan = week[MONDAY]
    busy = [day.date for day in plan.days if routine_sessions(day)]
    assert routine == [at(day, "09:15") for day in busy]
    resting = [day for day in plan.days if not routine_sessions(day)]
    assert resting, "the week should hold a full rest day"
    assert all(
        s.kind in (SessionKind.rest, SessionKind.education) for d in resting for s in d.sessions
    )


def test_no_routine_reminder_on_a_day_of_rest_and_timed_icing() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN))
    assert [r.kind for r in schedule.reminders_on(MONDAY) if r.kind is ReminderKind.routine] == []
    # Past 48 hours, support and elevation have no time: the routine reminder covers them.
    later = schedule.reminders_on(MONDAY + dt.timedelta(days=3))
    assert [r.kind for r in later] == [ReminderKind.checkin, ReminderKind.routine]


def test_checkin_fires_once_at_its_time_and_not_once_answered() -> None:
    week = plans()
    answered: set[dt.date] = set()
    schedule = schedule_for(week, answered, checkin_time="06:45", remind_routine=False)
    assert schedule.due(at(MONDAY, "06:44")) == []
    fired = schedule.due(at(MONDAY, "06:45"))
    assert [(r.kind, r.at) for r in fired] == [(ReminderKind.checkin, at(MONDAY, "06:45"))]
    assert schedule.due(at(MONDAY, "06:50")) == []
    tuesday = MONDAY + dt.timedelta(days=1)
    answered.add(tuesday)  # answered before its time
    upcoming = schedule.next_after(at(tuesday, "00:00"))
    assert upcoming is not None
    assert upcoming.at == at(tuesday + dt.timedelta(days=1), "06:45")
    assert schedule.due(at(tuesday, "06:45")) == []


@pytest.mark.parametrize("kind", list(ReminderKind))
def test_each_kind_can_be_turned_off(kind: ReminderKind) -> None:
    week = plans(complaint={**FRESH_STRAIN, "since": str(MONDAY - dt.timedelta(days=1))})
    on = walk(schedule_for(week), at(MONDAY, "00:00"), at(MONDAY + dt.timedelta(days=6), "23:59"))
    assert of_kind(on, kind)
    off = walk(
        schedule_for(week, **{f"remind_{kind.value}": False}),
        at(MONDAY, "00:00"),
        at(MONDAY + dt.timedelta(days=6), "23:59"),
    )
    assert not of_kind(off, kind)
    assert {r.kind for r in off} == set(ReminderKind) - {kind}


def test_the_master_switch_turns_them_all_off() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN), reminders=False)
    assert walk(schedule, at(MONDAY, "00:00"), at(MONDAY + dt.timedelta(days=2), "00:00")) == []


def test_a_reminder_missed_by_ten_minutes_fires_once() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN), remind_checkin=False)
    assert schedule.due(at(MONDAY, "07:00")) == []  # the app starts
    late = schedule.due(at(MONDAY, "08:10"))  # the computer slept through 08:00
    assert [(r.kind, r.at) for r in late] == [(ReminderKind.icing, at(MONDAY, "08:00"))]
    assert schedule.due(at(MONDAY, "08:11")) == []


def test_a_reminder_missed_by_three_hours_is_let_go() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN), remind_checkin=False)
    assert schedule.due(at(MONDAY, "07:00")) == []
    # Asleep until 11:00: 08:00 is three hours late, 10:30 half an hour (not less).
    assert schedule.due(at(MONDAY, "11:00")) == []
    assert schedule.due(at(MONDAY, "11:00") + GRACE) == []  # and they stay let go
    upcoming = schedule.next_after(at(MONDAY, "11:00"))
    assert upcoming is not None
    assert upcoming.at == at(MONDAY, "13:00")
    assert [r.at for r in schedule.due(at(MONDAY, "13:10"))] == [at(MONDAY, "13:00")]


def test_nothing_fires_twice_even_when_the_plan_or_times_change() -> None:
    week = plans(complaint=FRESH_STRAIN)
    schedule = schedule_for(week, routine_time="07:20")
    day3 = MONDAY + dt.timedelta(days=3)
    first = schedule.due(at(day3, "07:35"))
    assert [r.kind for r in first] == [ReminderKind.routine, ReminderKind.checkin]
    schedule.settings = schedule.settings.with_changes(routine_time="07:40")
    for minute in range(30):
        assert schedule.due(at(day3, "07:35") + dt.timedelta(minutes=minute)) == []
    everything = walk(schedule, at(MONDAY, "00:00"), at(MONDAY + dt.timedelta(days=2), "00:00"))
    keys = [r.key for r in everything]
    assert len(keys) == len(set(keys))


def test_pausing_a_day_lets_its_reminders_go() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN))
    schedule.pause(MONDAY)
    assert schedule.is_paused(MONDAY)
    assert walk(schedule, at(MONDAY, "00:00"), at(MONDAY, "23:59")) == []
    upcoming = schedule.next_after(at(MONDAY, "12:00"))
    assert upcoming is not None
    assert upcoming.at.date() == MONDAY + dt.timedelta(days=1)
    schedule.resume(MONDAY)
    assert not schedule.is_paused(MONDAY)


def test_a_day_paused_in_the_settings_stays_paused() -> None:
    schedule = schedule_for(plans(complaint=FRESH_STRAIN), reminders_paused_on=str(MONDAY))
    assert schedule.is_paused(MONDAY)
    assert walk(schedule, at(MONDAY, "00:00"), at(MONDAY, "23:59")) == []
    tuesday = MONDAY + dt.timedelta(days=1)
    assert not schedule.is_paused(tuesday)
    assert walk(schedule, at(tuesday, "00:00"), at(tuesday, "23:59")) != []


def test_next_session_and_next_icing() -> None:
    week = plans(complaint=FRESH_STRAIN)
    coming = next_session(week.get, at(MONDAY, "12:10"))
    assert coming is not None
    assert coming.label == "Ice, support, elevate at 13:00"
    assert next_icing(week.get, at(MONDAY, "12:10")) == at(MONDAY, "13:00")
    late = next_session(week.get, at(MONDAY, "21:00"))
    assert late is not None
    assert late.label == "Ice, support, elevate at 08:00 tomorrow"
    assert next_icing(week.get, at(MONDAY + dt.timedelta(days=2), "21:00")) is None


def test_next_session_skips_what_is_ticked_done() -> None:
    week = plans()
    tuesday = MONDAY + dt.timedelta(days=1)
    day = next(d for d in week[MONDAY].days if d.date == tuesday)
    first = next(
        i
        for i, s in enumerate(day.sessions)
        if s.kind not in (SessionKind.rest, SessionKind.education)
    )
    coming = next_session(week.get, at(tuesday, "10:00"))
    assert coming is not None
    assert coming.session is day.sessions[first]
    assert coming.label.endswith("today")
    ticked = {(first, day.sessions[first].kind.value)}
    after = next_session(
        week.get, at(tuesday, "10:00"), lambda d: ticked if d == tuesday else set()
    )
    assert after is not None
    assert after.session is not day.sessions[first]


def test_bad_times_are_refused_by_the_settings() -> None:
    with pytest.raises(ValueError, match="pattern"):
        validate(Settings, {"routine_time": "25:00"})
    assert Settings().routine_time == "08:00"
    assert Settings().checkin_time == "07:30"
    assert Settings().keep_in_tray is False


def test_a_session_ticked_done_is_not_reminded() -> None:
    week = plans(complaint=FRESH_STRAIN)
    plan = week[MONDAY]
    [monday] = [d for d in plan.days if d.date == MONDAY]
    icing = [(i, s) for i, s in enumerate(monday.sessions) if s.at is not None]
    assert len(icing) >= 2
    first_index, first = icing[0]
    ticked = {(first_index, first.kind.value)}
    schedule = ReminderSchedule(
        week.get,
        Settings(remind_checkin=False),
        done=lambda day: ticked if day == MONDAY else set(),
    )
    times = [r.at for r in schedule.reminders_on(MONDAY) if r.kind is ReminderKind.icing]
    assert at(MONDAY, str(first.at)) not in times  # iced already: no reminder for it
    assert at(MONDAY, str(icing[1][1].at)) in times


def test_a_routine_all_ticked_done_is_not_reminded() -> None:
    week = plans()
    plan = week[MONDAY]
    [monday] = [d for d in plan.days if d.date == MONDAY]
    everything = {(i, s.kind.value) for i, s in enumerate(monday.sessions)}
    assert routine_sessions(monday)
    schedule = ReminderSchedule(
        week.get, Settings(remind_checkin=False), done=lambda _d: everything
    )
    assert [r for r in schedule.reminders_on(MONDAY) if r.kind is ReminderKind.routine] == []
