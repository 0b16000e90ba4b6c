"""progress_open: ms from creating the Progress page to its first paint, 10 years of daily use.

The log (about 40,000 step rows, a session, pain scores and most days a run) is
built once per run with a bulk insert into the log's own schema, then each
measurement is a fresh process (offscreen unless a display is set) that times
from importing and creating ``ProgressPage`` to its first Paint event. The page
paints its history first and draws the charts on the next turn of the event
loop (pyqtgraph and numpy take ~300 ms to import), so the charts are timed
until the first has painted too. The child turns PySide6's feature scan
off first, as the app does at start: left on, it reads the source of every
module pyqtgraph and numpy bring (about 200 ms more).

The charts are measured against a baseline in the same run, taking turns:
a fresh process that imports pyqtgraph and numpy and paints one plot of ten
years of daily points (``progress_charts_ratio``). Most of the charts' time is
that library start, whose length swings with the machine's load.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from result import Result

HERE = Path(__file__).resolve().parent
TARGET_MS = 200.0
# The page's own part (the log's queries, five charts, the history) may take as long again
# as pyqtgraph's start and one plot.
CHARTS_RATIO_TARGET = 2.0
RUNS = 5
YEARS = 10
TODAY = dt.date(2026, 11, 23)
EXERCISES = ("calf_raises", "soleus_raises", "wall_stretch", "towel_stretch", "eccentric_drops")


def build_log(home: Path) -> int:
    """Ten years of daily use up to TODAY; returns the number of step rows."""
    from calfcare.core.log import Log
    from calfcare.core.paths import app_paths

    steps: list[tuple[object, ...]] = []
    sessions: list[tuple[object, ...]] = []
    pain: list[tuple[object, ...]] = []
    runs: list[tuple[object, ...]] = []
    tests: list[tuple[object, ...]] = []
    shoes: list[tuple[object, ...]] = []
    first = TODAY - dt.timedelta(days=365 * YEARS)
    day = first
    n = 0
    while day <= TODAY:
        iso = day.isoformat()
        if n % 180 == 0:
            shoes.append((f"Pair {len(shoes) + 1}", 0.0, iso, int(day < TODAY - dt.timedelta(180))))
        status = ("done", "done", "done", "partial", "done", "skipped", "done")[n % 7]
        sessions.append((iso, "strengthening", 0, status, ""))
        for k in range(11):
            at = dt.datetime.combine(day, dt.time(7, k * 2)).isoformat()
            exercise = EXERCISES[k % len(EXERCISES)]
            side = ("left", "right")[k % 2]
            steps.append((at, iso, "strengthening", exercise, side, 1 + k // 2, 15, 15, None, 45.0))
        for when in ("after", "morning"):
            pain.append((iso, when, (n * 7 + len(when)) % 6, ""))
        if n % 7 not in (1, 4):
            pain.append((iso, "during", (n * 3) % 5, ""))
            runs.append((iso, (5.0 + (n % 9) * 0.7) * 1000, 30.0 + n % 20, shoes[-1][0], ""))
        if n % 7 == 6:
            tests.append((iso, 15 + n % 12, 14 + n % 10, ""))
        day += dt.timedelta(days=1)
        n += 1
    with Log.open(app_paths(home), daily_backup=False) as log:
        conn = log.connection
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO shoes (name, start_metres, started, retired) VALUES (?, ?, ?, ?)", shoes
        )
        conn.executemany(
            "INSERT INTO runs (date, metres, minutes, shoes, note) VALUES (?, ?, ?, ?, ?)", runs
        )
        conn.executemany('INSERT INTO pain (date, "when", score, note) VALUES (?, ?, ?, ?)', pain)
        conn.executemany(
            "INSERT INTO sessions (date, kind, day_index, status, note) VALUES (?, ?, ?, ?, ?)",
            sessions,
        )
        conn.executemany(
            'INSERT INTO raise_tests (date, "left", "right", note) VALUES (?, ?, ?, ?)', tests
        )
        conn.executemany(
            "INSERT INTO steps (at, session_date, session_kind, exercise, side, set_number,"
            " planned_reps, actual_reps, planned_seconds, actual_seconds)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            steps,
        )
        conn.execute("COMMIT")
    return len(steps)


def child(home: str) -> None:
    """One measurement, in its own process: prints a JSON line of ms figures."""
    import importlib
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from calfcare.core.log import Log
    from calfcare.core.paths import app_paths
    from calfcare.gui.shell.feature_scan import skip_feature_scan
    from calfcare.gui.shell.store import PlanStore
    from calfcare.gui.shell.theme import apply_theme

    skip_feature_scan()  # as the app does at start (calfcare/gui/app.py)
    app = QApplication([])
    apply_theme(app, "light")
    paths = app_paths(home)
    log = Log.open(paths, daily_backup=False)
    store = PlanStore(paths, today=lambda: TODAY, log=log)
    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.name not in marks:
                marks[self.name] = (time.perf_counter() - t0) * 1000
                if "charts" in marks:
                    QTimer.singleShot(0, app.quit)
            return False

    page_watch = PaintWatch("page")
    chart_watch = PaintWatch("charts")
    t0 = time.perf_counter()
    module = importlib.import_module("calfcare.gui.progress.page")
    page = module.ProgressPage(store)
    page.installEventFilter(page_watch)

    def charts_in() -> None:
        page.charts[0].plot.viewport().installEventFilter(chart_watch)

    page.chartsReady.connect(charts_in)
    page.resize(990, 740)
    page.show()
    QTimer.singleShot(20_000, app.quit)  # a safety net, never the measure
    app.exec()
    print(json.dumps(marks))
    log.close()


def baseline_child() -> None:
    """The baseline: import pyqtgraph and numpy, paint one plot of ten years of days."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from calfcare.gui.shell.feature_scan import skip_feature_scan

    skip_feature_scan()
    app = QApplication([])
    marks: dict[str, float] = {}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "charts" not in marks:
                marks["charts"] = (time.perf_counter() - t0) * 1000
                QTimer.singleShot(0, app.quit)
            return False

    watch = PaintWatch()
    t0 = time.perf_counter()
    import numpy as np
    import pyqtgraph as pg

    days = 365 * YEARS
    plot = pg.PlotWidget()
    plot.plot(np.arange(days, dtype=float), np.sin(np.arange(days) / 30.0) * 5 + 5)
    plot.viewport().installEventFilter(watch)
    plot.resize(990, 740)
    plot.show()
    QTimer.singleShot(20_000, app.quit)  # a safety net, never the measure
    app.exec()
    print(json.dumps(marks))


def _child_marks(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"progress_open child failed: {out.stderr[-600:]}")
    marks: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return marks


def run() -> list[Result]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(HERE.parent / "app"), env.get("PYTHONPATH", "")])
    with tempfile.TemporaryDirectory() as tmp:
        step_rows = build_log(Path(tmp))
        env["CALFCARE_HOME"] = tmp
        cmd = [sys.executable, str(Path(__file__).resolve()), tmp]
        baseline = [*cmd, "--baseline"]
        runs: list[dict[str, float]] = []
        baselines: list[dict[str, float]] = []
        for n in range(RUNS + 1):  # taking turns, so the machine's load hits both alike
            page, plot = _child_marks(cmd, env), _child_marks(baseline, env)
            if n:  # the first run warms the file cache
                runs.append(page)
                baselines.append(plot)
    page_ms = statistics.median(r["page"] for r in runs)
    charts_ms = statistics.median(r["charts"] for r in runs)
    plot_ms = statistics.median(r["charts"] for r in baselines)
    print(
        f"progress_open (median of {RUNS}, {step_rows} step rows over {YEARS} years): "
        f"page painted {page_ms:.0f} ms, charts painted {charts_ms:.0f} ms; "
        f"baseline (pyqtgraph and numpy imported, one plot painted) {plot_ms:.0f} ms"
    )
    return [
        Result.at_most("progress_open", page_ms, "ms", TARGET_MS),
        Result.at_most("progress_charts_ratio", charts_ms / plot_ms, "x", CHARTS_RATIO_TARGET),
    ]


if __name__ == "__main__":
    if sys.argv[2:] == ["--baseline"]:
        baseline_child()
    else:
        child(sys.argv[1])
