"""The printable week (HTML) and the calendar (.ics), without Qt."""

from __future__ import annotations

import datetime as dt
from html import escape
from zoneinfo import ZoneInfo

import icalendar

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import EXERCISE_KINDS, SessionKind, WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.export.calendar import MORNING, session_starts, week_calendar
from calfcare.export.week_html import PAIN_BOX, week_html, week_sheet

from support import MONDAY, make_profile

BERLIN = ZoneInfo("Europe/Berlin")


def fresh_strain_week() -> WeekPlan:
    profile = make_profile(
        equipment=["ice_pack", "elastic_bandage", "towel", "wall"],
        complaint={"kind": "strain", "side": "left", "since": "2026-11-22", "pain": 6},
    )
    return build_week(profile, MONDAY)


def test_runner_text_is_escaped(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY)
    page = week_html(plan, library, name="<b>Sam</b> & <script>x</script>")
    assert "&lt;b&gt;Sam&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;" in page
    assert "<script>" not in page
    assert "<b>Sam</b>" not in page


def test_every_day_exercise_and_source_is_on_the_sheet(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY)
    sheet = week_sheet(plan, library, name="Sam")
    assert len(sheet.days) == 7
    for day, block in zip(plan.days, sheet.days, strict=True):
        assert f"{day.date:%d %b}" in block
        for session in day.sessions:
            for item in session.items:
                assert escape(item.name) in block
    for cite in plan.days[1].sessions[0].items[0].sources:
        assert escape(library.sources[cite.article].title) in sheet.footer
        assert escape(cite.section) in sheet.footer
    assert "does not replace a doctor" in sheet.footer


def test_paper_log_has_a_tick_per_set_and_pain_boxes(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY)
    page = week_html(plan, library)
    sets = sum(
        max(1, item.sets or 1)
        for day in plan.days
        for session in day.sessions
        for item in session.items
    )
    assert page.count("☐") == sets
    assert "next morning" in page


def test_warning_signs_head_the_sheet(library: ContentLibrary) -> None:
    profile = make_profile(
        complaint={"kind": "strain", "side": "right", "since": "2026-11-21", "pain": 5},
        red_flags=["one_leg_swelling_warmth_redness"],
    )
    sheet = week_sheet(build_week(profile, MONDAY), library)
    assert "EMERGENCY" in sheet.header
    assert "alertbox" in sheet.header


def _events(cal: icalendar.Calendar) -> list[icalendar.Event]:
    return list(cal.walk("VEVENT"))


def test_ics_has_one_event_per_session_but_rest(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY)
    parsed = icalendar.Calendar.from_ical(week_calendar(plan, library, zone=BERLIN).to_ical())
    expected = sum(1 for d in plan.days for s in d.sessions if s.kind is not SessionKind.rest)
    events = _events(parsed)
    assert len(events) == expected
    assert len({str(e["uid"]) for e in events}) == expected
    assert str(parsed["prodid"]).startswith("-//CalfCare")
    first = events[0].decoded("dtstart")
    assert first.tzinfo is not None
    assert first.utcoffset() == dt.timedelta(hours=1)
    assert first.time() == MORNING
    assert next(iter(parsed.walk("VTIMEZONE")))["tzid"] == "Europe/Berlin"


def test_icing_events_keep_their_times_and_remind(library: ContentLibrary) -> None:
    plan = fresh_strain_week()
    parsed = icalendar.Calendar.from_ical(week_calendar(plan, library, zone=BERLIN).to_ical())
    icing = [s for s in plan.days[0].sessions if s.kind is SessionKind.rice and s.at]
    assert len(icing) >= 3
    monday_ice = [
        e
        for e in _events(parsed)
        if e.decoded("dtstart").date() == MONDAY and "Ice" in str(e["summary"])
    ]
    assert [f"{e.decoded('dtstart'):%H:%M}" for e in monday_ice] == [s.at for s in icing]
    for event in monday_ice:
        assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(minutes=15)
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1
        assert alarms[0].decoded("trigger") == dt.timedelta(minutes=-5)


def test_untimed_sessions_stack_from_the_morning_slot() -> None:
    plan = build_week(make_profile(), MONDAY)
    day = next(d for d in plan.days if d.running_day)
    starts = [s for s in session_starts(day.sessions, day.date) if s is not None]
    assert starts[0].time() == MORNING
    assert starts == sorted(starts)


def test_a_sessions_reason_prints_once_a_week(library: ContentLibrary) -> None:
    profile = make_profile(running_days=["mon", "wed", "fri"])
    plan = build_week(profile, MONDAY)
    sheet = week_sheet(plan, library)
    days = "".join(sheet.days)
    reasons = {(s.kind, s.why) for day in plan.days for s in day.sessions}
    repeated = [s for day in plan.days for s in day.sessions]
    assert len(repeated) > len(reasons)  # the week repeats sessions, so this can fail
    for _, why in reasons:
        assert days.count(f'<p class="muted">{escape(why)}</p>') == 1, why


def test_days_without_exercise_still_have_a_pain_box(library: ContentLibrary) -> None:
    strain = {"kind": "strain", "side": "left", "since": str(MONDAY), "pain": 5}
    plan = build_week(make_profile(complaint=strain), MONDAY)
    sheet = week_sheet(plan, library, drawn_boxes=True)
    quiet = [
        block
        for day, block in zip(plan.days, sheet.days, strict=True)
        if not any(s.kind in EXERCISE_KINDS for s in day.sessions)
    ]
    assert quiet  # icing and rest days: the case this is about
    for block in quiet:
        assert block.count(PAIN_BOX) == 1
        assert "morning pain" in block
    busy = [b for b in sheet.days if b not in quiet]
    assert all("morning pain" not in b for b in busy)  # those have their session boxes
