"""plan_build: median time to build one week, over 1,000 varied profiles."""

from __future__ import annotations

import statistics
import time

from calfcare.core.content.library import load_library
from calfcare.core.planning.week import build_week
from result import Result
from sample_profiles import START, sample_profiles

TARGET_MS = 5.0


def run() -> list[Result]:
    profiles = sample_profiles(1000)
    load_library()  # loaded once per process in the app too
    for profile in profiles[:50]:
        build_week(profile, START)  # warm caches
    times: list[float] = []
    for profile in profiles:
        t0 = time.perf_counter()
        build_week(profile, START)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return [
        Result.at_most("plan_build", statistics.median(times), "ms", TARGET_MS),
        Result.at_most("plan_build_p95", times[int(len(times) * 0.95)], "ms", TARGET_MS * 3),
    ]
