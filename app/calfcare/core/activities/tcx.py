"""TCX files (Garmin Connect, Polar, older exports) read with python-tcxparser.

It reads the laps' ``TotalTimeSeconds`` (the watch's timer time) and the
distance the watch measured, as TCX itself records them.
"""

from __future__ import annotations

import datetime as dt
import io

from calfcare.core.activities.model import RUNNING, Activity, UnreadableFile, sport_name

TCX_SPORTS = {"running": RUNNING, "biking": "cycling", "other": "other"}


def read_tcx(data: bytes) -> list[Activity]:
    import tcxparser
    from lxml import etree

    try:
        parsed = tcxparser.TCXParser(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(f"not a readable TCX file ({exc})") from None
    except AttributeError:
        raise UnreadableFile("no activity in it (a TCX file without an Activity)") from None
    try:
        started = str(parsed.started_at)
        seconds = float(parsed.duration)
        metres = float(parsed.distance or 0.0)
        sport = sport_name(parsed.activity_type)
    except (AttributeError, KeyError, IndexError, TypeError):
        raise UnreadableFile("an activity without laps, times or a sport (not imported)") from None
    try:
        start = dt.datetime.fromisoformat(started)
    except ValueError:
        raise UnreadableFile(f"an activity whose start is not a time ({started!r})") from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)  # TCX times are UTC
    return [
        Activity(
            start=start,
            sport=TCX_SPORTS.get(sport, sport),
            metres=metres,
            seconds=seconds,
        )
    ]
