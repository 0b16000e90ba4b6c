"""GPX tracks (phones, Strava's export) read with gpxpy.

The whole file is one activity. Distance is gpxpy's 2D length (as its
``gpxinfo`` tool reports it). Minutes are the time from each segment's first
point to its last, added up: apps start a new segment when the runner pauses,
so the gaps between segments are left out, much as a watch's timer leaves out
a pause. gpxpy's "moving time" is not used: it guesses stops from a speed
threshold, which would count a slow run-walk or a steep climb as standing still.
"""

from __future__ import annotations

from calfcare.core.activities.model import RUNNING, Activity, UnreadableFile, sport_name


def read_gpx(data: bytes) -> list[Activity]:
    import gpxpy
    import gpxpy.gpx

    try:
        gpx = gpxpy.parse(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise UnreadableFile("not a GPX file (not UTF-8 text)") from None
    except gpxpy.gpx.GPXException as exc:
        raise UnreadableFile(f"not a readable GPX file ({exc})") from None
    points = [p for track in gpx.tracks for seg in track.segments for p in seg.points]
    if not points:
        raise UnreadableFile("no activity in it (the GPX file has no track points)")
    bounds = gpx.get_time_bounds()
    seconds = gpx.get_duration()
    if bounds.start_time is None or not seconds:
        raise UnreadableFile(
            "the track has no times, so how long it took is unknown (not imported)"
        )
    if bounds.start_time.tzinfo is None:
        raise UnreadableFile("the track's times have no time zone (not imported)")
    # A GPX track need not name its sport; one without a type is taken as a run.
    kind = next((t.type for t in gpx.tracks if t.type), None)
    return [
        Activity(
            start=bounds.start_time,
            sport=RUNNING if kind is None else _gpx_sport(kind),
            metres=gpx.length_2d(),
            seconds=float(seconds),
        )
    ]


def _gpx_sport(kind: str) -> str:
    name = sport_name(kind)
    if "run" in name:
        return RUNNING
    if "walk" in name or "hik" in name:
        return "walking" if "walk" in name else "hiking"
    if "cycl" in name or "bik" in name or "ride" in name:
        return "cycling"
    return name
