"""The .ics across plan changes: stable UIDs, SEQUENCE and LAST-MODIFIED, two parsers agree."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import vobject

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.week import build_week
from calfcare.export.calendar import week_calendar, week_ics
from calfcare.export.calendar_ledger import EventLedger

from support import MONDAY, make_profile

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 22, 18, 30, tzinfo=dt.UTC)
SHOWN = ("dtstart", "dtend", "summary", "description")
STRAIN = {"kind": "strain", "side": "right", "since": "2026-11-21", "pain": 5}


def _events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def _export(
    profile_changes: dict[str, object],
    ledger: EventLedger,
    now: dt.datetime,
    library: ContentLibrary,
) -> bytes:
    plan = build_week(make_profile(**profile_changes), MONDAY)
    return bytes(week_calendar(plan, library, zone=BERLIN, ledger=ledger, now=now).to_ical())


def test_the_same_plan_exported_again_is_the_same_events(library: ContentLibrary) -> None:
    ledger = EventLedger()
    first = _events(_export({}, ledger, FIRST, library))
    again = _events(_export({}, ledger, LATER, library))
    assert first.keys() == again.keys()
    for uid, event in again.items():
        assert event["sequence"] == 0
        assert event.decoded("last-modified") == FIRST
        assert event.decoded("dtstamp") == LATER  # only the export time moves
        assert str(event["summary"]) == str(first[uid]["summary"])


def test_a_changed_session_keeps_its_uid_and_counts_up(library: ContentLibrary) -> None:
    ledger = EventLedger()
    before = _events(_export({"weekly_distance": 20}, ledger, FIRST, library))
    after = _events(_export({"weekly_distance": 30}, ledger, LATER, library))
    assert before.keys() == after.keys()  # the same sessions, so the same UIDs
    changed = {
        u for u in after if any(after[u][k].to_ical() != before[u][k].to_ical() for k in SHOWN)
    }
    # The runs got longer, and the stretching stacked after each run starts later.
    assert {u.split("-")[1] for u in changed} == {"run", "stretching"}
    for uid, event in after.items():
        assert str(event["summary"]) == str(before[uid]["summary"])  # never another session
        if uid in changed:
            assert (event["sequence"], event.decoded("last-modified")) == (1, LATER)
        else:
            assert (event["sequence"], event.decoded("last-modified")) == (0, FIRST)


def test_a_different_plan_gets_new_uids_and_cancels_the_old(library: ContentLibrary) -> None:
    ledger = EventLedger()
    before = _events(_export({}, ledger, FIRST, library))
    after = _events(_export({"complaint": STRAIN}, ledger, LATER, library))
    planned = {u: e for u, e in after.items() if e.get("status") != "CANCELLED"}
    cancelled = {u: e for u, e in after.items() if e.get("status") == "CANCELLED"}
    # Rest, icing and support are new sessions; only the gentle movement that follows the
    # first 48 hours may fall on a day that had a recovery session before.
    shared = planned.keys() & before.keys()
    assert all("-recovery-" in uid for uid in shared), shared
    assert cancelled.keys() == before.keys() - shared
    for uid, event in cancelled.items():
        assert event["sequence"] == before[uid]["sequence"] + 1
        assert event.decoded("last-modified") == LATER
    for uid, event in planned.items():
        if uid not in shared:
            assert event["sequence"] == 0


def test_uids_name_the_day_and_the_kind_not_a_position(library: ContentLibrary) -> None:
    uids = set(_events(_export({}, EventLedger(), FIRST, library)))
    assert "20261124-run-0@calfcare" in uids
    assert "20261124-warmup-0@calfcare" in uids
    assert "20261123-strengthening-0@calfcare" in uids


def test_the_ledger_file_carries_sequences_between_exports(
    library: ContentLibrary, tmp_path: Path
) -> None:
    ledger_file = tmp_path / "calendar-events.json"
    for weekly in (20, 30):
        plan = build_week(make_profile(weekly_distance=weekly), MONDAY)
        data = week_ics(plan, library, zone=BERLIN, ledger_file=ledger_file)
    assert ledger_file.is_file()
    sequences = {u: int(e["sequence"]) for u, e in _events(data).items()}
    assert sequences["20261124-run-0@calfcare"] == 1
    assert sequences["20261123-strengthening-0@calfcare"] == 0
    ledger_file.write_text("{not json")  # a damaged ledger starts again rather than failing
    assert _events(week_ics(plan, library, zone=BERLIN, ledger_file=ledger_file))


def test_two_independent_parsers_read_the_same_calendar(library: ContentLibrary) -> None:
    ledger = EventLedger()
    _export({"weekly_distance": 20}, ledger, FIRST, library)
    data = _export({"weekly_distance": 30}, ledger, LATER, library)
    by_icalendar = {
        str(e["uid"]): (int(e["sequence"]), e.decoded("dtstart"), str(e["summary"]))
        for e in icalendar.Calendar.from_ical(data).walk("VEVENT")
    }
    parsed = vobject.readOne(data.decode("utf-8"))
    parsed.validate()
    by_vobject = {
        e.uid.value: (int(e.sequence.value), e.dtstart.value, e.summary.value)
        for e in parsed.vevent_list
    }
    assert by_vobject == by_icalendar
    assert len(by_vobject) > 5
    modified = {e.uid.value: e.last_modified.value for e in parsed.vevent_list}
    assert modified["20261124-run-0@calfcare"] == LATER
