"""plan_build: median time to build one week, over 1,000 varied profiles, without a log and
with a year of it (the journey replays every week since the onset)."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from calfcare.core.content.library import load_library
from calfcare.core.planning.history import History, LoggedRun, PainScore, RaiseTest, SessionRecord
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile
from result import Result
from sample_profiles import START, sample_profiles

TARGET_MS = 5.0


def year_of_history(seed: int = 11) -> History:
    """A busy year: a morning score and two sessions every day, three runs a week,
    a raise test a month."""
    rng = random.Random(seed)
    first = START - dt.timedelta(days=365)
    days = [first + dt.timedelta(days=n) for n in range(365)]
    return History(
        pain=tuple(PainScore(d, "morning", rng.randint(0, 4)) for d in days),
        sessions=tuple(
            SessionRecord(d, kind, rng.choice(["done", "done", "partial", "skipped"]))
            for d in days
            for kind in ("strengthening", "stretching")
        ),
        runs=tuple(LoggedRun(d, rng.uniform(3, 10), 40) for d in days if d.weekday() in (1, 3, 5)),
        raise_tests=tuple(
            RaiseTest(d, rng.randint(15, 30), rng.randint(15, 30)) for d in days[::30]
        ),
    )


def _median_ms(profiles: list[Profile], history: History | None) -> list[float]:
    for profile in profiles[:50]:
        build_week(profile, START, history)  # warm caches
    times: list[float] = []
    for profile in profiles:
        t0 = time.perf_counter()
        build_week(profile, START, history)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times


def run() -> list[Result]:
    profiles = sample_profiles(1000)
    load_library()  # loaded once per process in the app too
    times = _median_ms(profiles, None)
    year = _median_ms(profiles[:300], year_of_history())
    return [
        Result.at_most("plan_build", statistics.median(times), "ms", TARGET_MS),
        Result.at_most("plan_build_p95", times[int(len(times) * 0.95)], "ms", TARGET_MS * 3),
        Result.at_most("plan_build_year_log", statistics.median(year), "ms", TARGET_MS),
        Result.at_most("plan_build_year_log_p95", year[int(len(year) * 0.95)], "ms", TARGET_MS * 3),
    ]
