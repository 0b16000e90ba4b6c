"""The week as calendar events (RFC 5545 ``.ics``), one timed event per session.

Icing sessions keep their planned time and carry a reminder; sessions with no
set time are stacked from a morning slot in the order the runner does them.
Rest sessions are left out: rest is the absence of an event. Times are in the
runner's local time zone: by IANA name with its rules where the system has one,
else converted to UTC by the system's own rules.

A session's UID is its day, its kind and which of that kind it is that day
(``20261124-strengthening-0``), so the same session keeps its UID when the plan
around it changes, and a different session never takes it over. SEQUENCE and
LAST-MODIFIED come from the ``EventLedger`` (``calendar_ledger``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import time
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from calfcare.core.content.library import ContentLibrary
from calfcare.core.dates import shifted
from calfcare.core.planning.models import Session, SessionKind, WeekPlan
from calfcare.core.road_lines import (
    STOP_HEADING,
    escalation_line,
    new_escalation,
    stage_line,
    stop_signs,
)
from calfcare.core.week_text import dosage_text, session_title
from calfcare.core.wording import DISCLAIMER
from calfcare.export.calendar_ledger import EventLedger

MORNING = dt.time(7, 0)
SHORTEST_MINUTES = 10  # a calendar shows a 1-minute event as a sliver no one can read
REMINDER_MINUTES = 5
PRODID = "-//CalfCare//CalfCare week//EN"
RULES_MARGIN_DAYS = 400  # a year's transitions each side of the week: the rules in force


def _zone_name(path: str) -> str | None:
    """The IANA name a zone file's path ends in (``.../zoneinfo/Asia/Tokyo``), if any."""
    target = os.path.realpath(path)
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else None


def local_zone() -> ZoneInfo | None:
    """The system's local zone by IANA name, or None when it has none (``TZ=JST-9``,
    ``TZ`` naming a zone file outside the zone database): the system then converts
    each time itself (``system_utc``), as it does for every program."""
    if "TZ" in os.environ:  # set, it overrides /etc/localtime even when empty or odd
        value = os.environ["TZ"].lstrip(":")
        names = [_zone_name(value)] if value.startswith("/") else [value or "UTC"]
    else:
        names = [_zone_name("/etc/localtime")]
    for name in names:
        if name:
            with contextlib.suppress(ValueError, KeyError, OSError):
                return ZoneInfo(name)
    return None


def system_utc(local: dt.datetime) -> dt.datetime:
    """A local wall time in UTC, by the C library's rules for ``TZ`` (POSIX strings and
    zone files included; 64-bit times, so past 2038 too)."""
    seconds = time.mktime((*local.timetuple()[:8], -1))
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _aware(local: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    if zone is None:
        return system_utc(local)
    begins = local.replace(tzinfo=zone)
    # A bare offset has no TZID to name: such times are written in UTC.
    return begins if isinstance(zone, ZoneInfo) else begins.astimezone(dt.UTC)


def session_starts(sessions: list[Session], day: dt.date) -> list[dt.datetime | None]:
    """When each session starts (naive, local): its ``at``, else the next morning slot."""
    out: list[dt.datetime | None] = []
    cursor = dt.datetime.combine(day, MORNING)
    for session in sessions:
        if session.kind is SessionKind.rest:
            out.append(None)
        elif session.at:
            hour, minute = (int(p) for p in session.at.split(":"))
            out.append(dt.datetime.combine(day, dt.time(hour, minute)))
        else:
            out.append(cursor)
            cursor += dt.timedelta(minutes=_minutes(session))
    return out


def _minutes(session: Session) -> int:
    return max(SHORTEST_MINUTES, session.minutes)


def road_notes(plan: WeekPlan, library: ContentLibrary) -> list[str]:
    """What every event's notes end with: the stage line and the signs to stop and get help."""
    lines: list[str] = []
    if plan.journey is not None:
        lines += ["", stage_line(plan.journey, plan.start)]
        escalation = new_escalation(plan)
        if escalation is not None:
            lines.append(escalation_line(escalation))
    lines += ["", f"{STOP_HEADING}:"]
    lines += [f"- {sign.line()}" for sign in stop_signs(library)]
    return lines


def _description(session: Session, units: str, library: ContentLibrary, road: list[str]) -> str:
    lines = [session.why, ""]
    for item in session.items:
        dose = dosage_text(item, units)
        lines.append(f"- {item.name}" + (f": {dose}" if dose else ""))
        if item.text:
            lines.append(f"  {item.text}")
        lines.extend(f"  {note}" for note in item.notes)
    cited = dict.fromkeys(library.section_title(c) for i in session.items for c in i.sources)
    if cited:
        lines += ["", "Sources: " + "; ".join(cited)]
    lines += road
    lines += ["", DISCLAIMER]
    return "\n".join(lines)


def session_uid(day: dt.date, kind: SessionKind, nth: int) -> str:
    """Stable for the same session (day, kind, n-th of that kind that day), new for another."""
    return f"{day:%Y%m%d}-{kind.value}-{nth}@calfcare"


def _fingerprint(event: icalendar.Event) -> str:
    """What the runner sees of the event: everything but DTSTAMP (the time of export)."""
    lines = [ln for ln in event.to_ical().splitlines() if not ln.startswith(b"DTSTAMP")]
    return hashlib.sha256(b"\n".join(lines)).hexdigest()[:16]


def week_calendar(
    plan: WeekPlan,
    library: ContentLibrary,
    *,
    zone: dt.tzinfo | None = None,
    ledger: EventLedger | None = None,
    now: dt.datetime | None = None,
) -> icalendar.Calendar:
    """One VEVENT per session (rest left out), in ``zone`` (the local zone by default).

    ``ledger`` (a fresh one if not given) supplies each event's SEQUENCE and
    LAST-MODIFIED, and learns this export; the caller saves it.
    """
    tz = zone if zone is not None else local_zone()
    ledger = ledger or EventLedger()
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "CalfCare week")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    present: set[str] = set()
    road = road_notes(plan, library)
    for day in plan.days:
        seen: Counter[SessionKind] = Counter()
        for session, start in zip(
            day.sessions, session_starts(day.sessions, day.date), strict=True
        ):
            nth = seen[session.kind]
            seen[session.kind] += 1
            if start is None:
                continue
            begins = _aware(start, tz)
            event = icalendar.Event()
            uid = session_uid(day.date, session.kind, nth)
            present.add(uid)
            event.add("uid", uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", begins)
            event.add("dtend", begins + dt.timedelta(minutes=_minutes(session)))
            event.add("summary", f"CalfCare: {session_title(session)}")
            event.add("description", _description(session, plan.units, library, road))
            if session.kind is SessionKind.rice and session.at:
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"Time to ice ({session.at})")
                alarm.add("trigger", dt.timedelta(minutes=-REMINDER_MINUTES))
                event.add_component(alarm)
            issued = ledger.stamp(uid, _fingerprint(event), day.date, stamp)
            event.add("sequence", issued.sequence)
            event.add("last-modified", issued.modified)
            cal.add_component(event)
    first, last = plan.days[0].date, plan.days[-1].date
    for uid, issued in sorted(ledger.cancel_missing(first, last, present, stamp).items()):
        gone = icalendar.Event()
        gone.add("uid", uid)
        gone.add("dtstamp", stamp)
        gone.add("dtstart", issued.day)
        gone.add("summary", "CalfCare: session no longer planned")
        gone.add("status", "CANCELLED")
        gone.add("sequence", issued.sequence)
        gone.add("last-modified", issued.modified)
        cal.add_component(gone)
    if isinstance(tz, ZoneInfo) and plan.days:
        # The zone's rules around the exported days (the default stops at 2038).
        cal.add_missing_timezones(
            first_date=shifted(plan.days[0].date, -RULES_MARGIN_DAYS),
            last_date=shifted(plan.days[-1].date, RULES_MARGIN_DAYS),
        )
    return cal


def week_ics(
    plan: WeekPlan,
    library: ContentLibrary,
    *,
    zone: dt.tzinfo | None = None,
    ledger_file: Path | None = None,
) -> bytes:
    """The ``.ics`` file's bytes; ``ledger_file`` keeps sequences from one export to the next."""
    ledger = EventLedger(ledger_file)
    data = bytes(week_calendar(plan, library, zone=zone, ledger=ledger).to_ical())
    ledger.save()
    return data
