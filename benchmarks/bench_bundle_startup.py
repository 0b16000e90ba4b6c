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
import tempfile
from pathlib import Path

from bench_startup import _home_with_profile, alternate, app_command, median, offscreen_env
from result import Result

HERE = Path(__file__).resolve().parent
BUNDLE = HERE.parent / "dist" / "calfcare" / ("calfcare.exe" if os.name == "nt" else "calfcare")
RUNS = 9
TARGET = 1.5


def run() -> list[Result]:
    if not BUNDLE.exists():
        print(f"bundle_startup: skipped, no bundle at {BUNDLE} (run: bash packaging/build.sh)")
        return [Result("bundle_startup", 0.0, "skip", TARGET, True)]
    env = offscreen_env()
    with tempfile.TemporaryDirectory() as tmp:
        env["CALFCARE_HOME"] = str(_home_with_profile(Path(tmp)))
        bundle_runs, installed_runs = alternate(
            [[str(BUNDLE), "--self-test"], app_command()], env, RUNS
        )
    bundle_first = median(bundle_runs, "first_paint_ms")
    bundle_ready = median(bundle_runs, "ready_ms")
    installed_first = median(installed_runs, "first_paint_ms")
    installed_ready = median(installed_runs, "ready_ms")
    print(
        f"bundle_startup (medians of {RUNS}): bundle first paint {bundle_first:.0f} ms, "
        f"ready {bundle_ready:.0f} ms; installed app first paint {installed_first:.0f} ms, "
        f"ready {installed_ready:.0f} ms"
    )
    return [
        Result.at_most("bundle_startup", bundle_first / installed_first, "x", TARGET),
        Result.at_most("bundle_startup_ready", bundle_ready / installed_ready, "x", TARGET),
    ]
