"""bundle_startup: the PyInstaller bundle's ``--self-test`` against the installed app's.

Needs ``dist/calfcare/`` (``bash packaging/build.sh``); without it the row says
"skip" and passes. Both run as fresh processes, alternating, offscreen unless a
display is set, with a temporary CALFCARE_HOME holding the example profile, and
are timed as in bench_startup (from the parent's launch to the printed marks).

Target 1.5x: the bundle runs the same code on the same Qt, so all it may add is
its bootloader and reading modules from its archive; we allow it the same
margin the app is allowed over a bare Qt window, and expect about 1x.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench_startup import Run, _home_with_profile, _measure
from result import Result

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parent / "dist" / "calfcare" / ("calfcare.exe" if os.name == "nt" else "calfcare")
RUNS = 9
TARGET = 1.5


def run() -> list[Result]:
    if not BUNDLE.exists():
        print(f"bundle_startup: skipped, no bundle at {BUNDLE} (run: bash packaging/build.sh)")
        return [Result("bundle_startup", 0.0, "skip", TARGET, True)]
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    launcher = Path(sys.executable).with_name("calfcare")  # the installed command
    installed_cmd = (
        [str(launcher), "--self-test"]
        if launcher.exists()
        else [sys.executable, "-m", "calfcare", "--self-test"]
    )
    bundle_cmd = [str(BUNDLE), "--self-test"]
    with tempfile.TemporaryDirectory() as tmp:
        env["CALFCARE_HOME"] = str(_home_with_profile(Path(tmp)))
        for cmd in (bundle_cmd, installed_cmd):
            _measure(cmd, env)  # warm the file cache
        bundle_runs: list[Run] = []
        installed_runs: list[Run] = []
        for _ in range(RUNS):
            bundle_runs.append(_measure(bundle_cmd, env))
            installed_runs.append(_measure(installed_cmd, env))
    bundle_first = statistics.median(r.first_paint_ms for r in bundle_runs)
    bundle_ready = statistics.median(r.ready_ms for r in bundle_runs)
    installed_first = statistics.median(r.first_paint_ms for r in installed_runs)
    installed_ready = statistics.median(r.ready_ms for r in installed_runs)
    print(
        f"bundle_startup (medians of {RUNS}): bundle first paint {bundle_first:.0f} ms, "
        f"ready {bundle_ready:.0f} ms; installed app first paint {installed_first:.0f} ms, "
        f"ready {installed_ready:.0f} ms"
    )
    return [
        Result.at_most("bundle_startup", bundle_first / installed_first, "x", TARGET),
        Result.at_most("bundle_startup_ready", bundle_ready / installed_ready, "x", TARGET),
    ]
