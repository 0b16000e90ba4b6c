"""log_commit: median ms to commit one progress-log entry (a pain score), over 300.

Each entry is its own transaction with ``synchronous=FULL``, so the figure is
mostly one fsync of the WAL. 5 ms keeps a tap in the app feeling instant (a
frame is 16 ms) on an ordinary SSD; a slow disk shows up here first.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time

from calfcare.core.log import Log
from calfcare.core.paths import app_paths
from result import Result

TARGET_MS = 5.0
COUNT = 300


def run() -> list[Result]:
    day = dt.date(2026, 11, 1)
    with tempfile.TemporaryDirectory() as home, Log.open(app_paths(home)) as log:
        for n in range(20):  # warm up: file created, pages cached
            log.add_pain(day, "after", n % 11)
        times: list[float] = []
        for n in range(COUNT):
            t0 = time.perf_counter()
            log.add_pain(day + dt.timedelta(days=n % 90), "after", n % 11, "felt fine")
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return [
        Result.at_most("log_commit", statistics.median(times), "ms", TARGET_MS),
        Result.at_most("log_commit_p95", times[int(len(times) * 0.95)], "ms", TARGET_MS * 4),
    ]
