"""``.ics`` times in the runner's zone for every form ``TZ`` takes, and rules past 2038."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from calfcare.core.planning.week import build_week
from calfcare.core.validation import dump, validate
from calfcare.export.calendar import session_starts, session_uid

from support import make_profile, run_python

ZONES = Path("/usr/share/zoneinfo")
WEEKS = [dt.date(2026, 11, 23), dt.date(2050, 7, 4)]  # winter now; a summer past 2038


def _profile(start: dt.date) -> dict[str, object]:
    complaint = {
        "kind": "strain",
        "side": "left",
        "since": str(start - dt.timedelta(days=1)),
        "pain": 6,
    }
    equipment = ["ice_pack", "elastic_bandage", "towel", "wall"]
    return dump(make_profile(equipment=equipment, complaint=complaint), mode="json")


def _export(tmp_path: Path, start: dt.date, tz: str) -> icalendar.Calendar:
    import json

    profile = tmp_path / f"p-{start}.json"
    profile.write_text(json.dumps(_profile(start)))
    env = {**os.environ, "TZ": tz}
    result = run_python(
        "-m",
        "calfcare",
        "plan",
        "--profile",
        str(profile),
        "--start",
        str(start),
        "--format",
        "ics",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    return icalendar.Calendar.from_ical(result.stdout)


def _expected_utc(start: dt.date, zone: ZoneInfo) -> dict[str, dt.datetime]:
    from calfcare.core.profile import Profile

    plan = build_week(validate(Profile, _profile(start)), start)
    out = {}
    for day in plan.days:
        seen: Counter[str] = Counter()
        for session, begins in zip(
            day.sessions, session_starts(day.sessions, day.date), strict=True
        ):
            nth = seen[session.kind]
            seen[session.kind] += 1
            if begins is not None:
                uid = session_uid(day.date, session.kind, nth)
                out[uid] = begins.replace(tzinfo=zone)
    return out


def _copy_outside_the_database(tmp_path: Path) -> str:
    copy = tmp_path / "my-zone"
    shutil.copy(ZONES / "America" / "New_York", copy)
    return str(copy)


FORMS = [
    ("JST-9", "Asia/Tokyo"),
    ("Asia/Tokyo", "Asia/Tokyo"),
    (":Asia/Tokyo", "Asia/Tokyo"),
    (str(ZONES / "Asia" / "Tokyo"), "Asia/Tokyo"),
    ("EST5EDT,M3.2.0,M11.1.0", "America/New_York"),
    ("{copy}", "America/New_York"),
]


@pytest.mark.skipif(not (ZONES / "Asia" / "Tokyo").exists(), reason="no zone database here")
@pytest.mark.parametrize(("tz", "real"), FORMS)
@pytest.mark.parametrize("start", WEEKS)
def test_every_event_is_at_the_right_instant(
    tmp_path: Path, tz: str, real: str, start: dt.date
) -> None:
    tz = tz.replace("{copy}", _copy_outside_the_database(tmp_path))
    cal = _export(tmp_path, start, tz)
    expected = _expected_utc(start, ZoneInfo(real))
    events = list(cal.walk("VEVENT"))
    assert {str(e["uid"]) for e in events} == set(expected)
    for event in events:
        begins = event.decoded("dtstart")
        assert begins.tzinfo is not None
        assert begins == expected[str(event["uid"])], (tz, event["summary"])
    icing = [e for e in events if "Ice" in str(e["summary"])]
    assert icing  # the 08:00 icing is among them


@pytest.mark.parametrize("start", WEEKS)
def test_the_zone_rules_cover_the_exported_days(tmp_path: Path, start: dt.date) -> None:
    cal = _export(tmp_path, start, "America/New_York")
    zone = next(iter(cal.walk("VTIMEZONE")))
    text = zone.to_ical().decode()
    found = re.search(r"from (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)", text.replace("\r\n ", ""))
    if found:
        assert dt.date.fromisoformat(found[1]) <= start
        assert dt.date.fromisoformat(found[2]) > start + dt.timedelta(days=6)
    years = {int(y) for y in re.findall(r"[:,](\d{4})\d{4}T", text.replace("\r\n ", ""))}
    assert start.year in years  # that year's change to summer time is written out
