"""road_back: median time to work out the Road back page (the journey on the week's start,
the gates at the end of today, and the date and reason of every stage reached), with a year
of log, against building one week from the same profiles and log in the same run."""

from __future__ import annotations

import datetime as dt
import statistics
import time

from bench_plan_build import year_of_history
from calfcare.core.content.library import load_library
from calfcare.core.journey.road import road_back
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile
from result import Result
from sample_profiles import START, sample_profiles

TARGET_MS = 50.0  # once per log or answers change (the store keeps it): well under a frame


def _times(profiles: list[Profile], work: str) -> list[float]:
    history = year_of_history()
    on = START + dt.timedelta(days=2)
    times: list[float] = []
    for profile in profiles:
        t0 = time.perf_counter()
        if work == "road":
            road_back(profile, history, on, week_start=START)
        else:
            build_week(profile, START, history)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times


def run() -> list[Result]:
    profiles = sample_profiles(300)
    load_library()
    _times(profiles[:20], "road")  # warm caches
    week = statistics.median(_times(profiles, "week"))
    road = _times(profiles, "road")
    return [
        Result.at_most("road_back_year_log", statistics.median(road), "ms", TARGET_MS),
        Result.at_most("road_back_year_log_p95", road[int(len(road) * 0.95)], "ms", TARGET_MS * 2),
        Result.at_most("road_back_vs_plan_build", statistics.median(road) / week, "x", 20.0),
    ]
