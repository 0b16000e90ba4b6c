"""FIT files (Garmin, Coros, Wahoo, Suunto, ...) read with Garmin's own FIT SDK.

Each session message is one activity; its ``total_timer_time`` is the watch's
timer (pauses left out) and ``total_distance`` is in metres. A file whose CRC
does not match is refused as damaged rather than half-read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from calfcare.core.activities.model import Activity, UnreadableFile, sport_name

FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)


def _local_offset(messages: Any) -> dt.timedelta | None:
    # The activity message's local_timestamp minus its timestamp is the watch's UTC offset.
    for activity in messages.get("activity_mesgs", []):
        local, stamp = activity.get("local_timestamp"), activity.get("timestamp")
        if isinstance(local, int) and isinstance(stamp, dt.datetime):
            offset = FIT_EPOCH + dt.timedelta(seconds=local) - stamp
            minutes = round(offset.total_seconds() / 900) * 15  # zones are whole quarters
            if abs(minutes) <= 14 * 60:
                return dt.timedelta(minutes=minutes)
    return None


def _words(sport: object) -> str | None:
    """The SDK's ``crossCountrySkiing`` as ``cross country skiing``; a number it lacks as such."""
    if sport is None:
        return None
    if isinstance(sport, int):
        return f"sport {sport}"
    return re.sub(r"([a-z])([A-Z])", r"\1 \2", str(sport)).lower()


def read_fit(data: bytes) -> list[Activity]:
    from garmin_fit_sdk import Decoder, Stream

    decoder = Decoder(Stream.from_byte_array(bytearray(data)))
    if not decoder.is_fit():
        raise UnreadableFile("not a FIT file (no FIT header)")
    messages, errors = decoder.read(convert_datetimes_to_dates=True)
    if errors:
        problem = str(errors[0])
        if "CRC" in problem:
            raise UnreadableFile("damaged: the file's checksum (CRC) does not match its contents")
        raise UnreadableFile(f"damaged: {problem}")
    sessions = messages.get("session_mesgs", [])
    if not sessions:
        raise UnreadableFile("no activity in it (a FIT file without a session)")
    offset = _local_offset(messages)
    found = []
    for session in sessions:
        start = session.get("start_time")
        if not isinstance(start, dt.datetime):
            raise UnreadableFile("an activity without a start time")
        seconds = session.get("total_timer_time")
        if seconds is None:
            seconds = session.get("total_elapsed_time")
        if seconds is None:
            raise UnreadableFile("an activity without a duration")
        found.append(
            Activity(
                start=start,
                sport=sport_name(_words(session.get("sport"))),
                metres=float(session.get("total_distance") or 0.0),
                seconds=float(seconds),
                local_offset=offset,
            )
        )
    return found
