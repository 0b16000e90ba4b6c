"""startup: ``calfcare --self-test`` against a bare PySide6 window, alternating runs.

Both run as fresh processes on the same platform plugin (offscreen unless a
display is set). Wall time is measured around each process; peak memory is
the child's own ru_maxrss from ``os.wait4``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from result import Result

HERE = Path(__file__).resolve().parent
RUNS = 7
WALL_TARGET = 1.5
MEMORY_TARGET = 1.6


def _measure(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-400:]}")
    return wall * 1000, usage.ru_maxrss / 1024  # ms, MiB


def _home_with_profile(root: Path) -> Path:
    from calfcare.paths import app_paths
    from calfcare.profile import example_profile, save_profile

    paths = app_paths(root).ensure()
    save_profile(example_profile(), paths.profile)
    return root


def run() -> list[Result]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        env["CALFCARE_HOME"] = str(_home_with_profile(Path(tmp)))
        app_cmd = [sys.executable, "-m", "calfcare", "--self-test"]
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        _measure(app_cmd, env)  # warm the file cache for both
        _measure(bare_cmd, env)
        app_runs, bare_runs = [], []
        for _ in range(RUNS):
            app_runs.append(_measure(app_cmd, env))
            bare_runs.append(_measure(bare_cmd, env))
    app_ms = statistics.median(r[0] for r in app_runs)
    bare_ms = statistics.median(r[0] for r in bare_runs)
    app_mib = statistics.median(r[1] for r in app_runs)
    bare_mib = statistics.median(r[1] for r in bare_runs)
    print(
        f"startup: app {app_ms:.0f} ms / {app_mib:.0f} MiB, bare window {bare_ms:.0f} ms / "
        f"{bare_mib:.0f} MiB (medians of {RUNS})"
    )
    return [
        Result.at_most("startup_wall_ratio", app_ms / bare_ms, "x", WALL_TARGET),
        Result.at_most("startup_memory_ratio", app_mib / bare_mib, "x", MEMORY_TARGET),
    ]
