"""timer_drift: a real-clock session of 60 s while the machine is busy.

The player's Qt driver runs 30 two-second holds (with their countdown cues)
on the monotonic clock, while a CPU-heavy Python thread in the same process
fights it for the interpreter and two busy processes keep both cores loaded.
Reported: the worst lateness of a step change, in ms (target 20 or less; a
step that changes before its time fails the run outright).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time

from result import Result

STEPS = 30
HOLD_SECONDS = 2.0
TARGET_MS = 20.0


def _burn(stop_at: float) -> None:
    x = 0
    while time.monotonic() < stop_at:
        x = (x * 31 + 7) % 1_000_003


def run() -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from calfcare.core.player.machine import EventKind, State
    from calfcare.core.player.steps import Step, StepKind
    from calfcare.gui.player.driver import PlayerDriver

    app = QCoreApplication.instance() or QCoreApplication([])
    steps = [
        Step(StepKind.hold, f"hold {n}", HOLD_SECONDS, exercise="standing_calf_stretch")
        for n in range(STEPS)
    ]
    driver = PlayerDriver(steps)
    stop_at = time.monotonic() + STEPS * HOLD_SECONDS + 5
    busy = [multiprocessing.Process(target=_burn, args=(stop_at,), daemon=True) for _ in range(2)]
    for proc in busy:
        proc.start()
    hog = threading.Thread(target=_burn, args=(stop_at,), daemon=True)
    hog.start()

    def finished(event: object) -> None:
        if getattr(event, "kind", None) in (EventKind.finished, EventKind.stopped):
            app.quit()

    driver.happened.connect(finished)
    driver.start()
    app.exec()
    for proc in busy:
        proc.terminate()
    assert driver.state is State.finished
    late = driver.step_change_lateness[1:]  # the first step starts when asked, not on a timer
    worst = max(late) * 1000
    earliest = min(late) * 1000
    print(
        f"timer_drift: {len(late)} step changes over {STEPS * HOLD_SECONDS:.0f} s under load; "
        f"worst {worst:.2f} ms late, median {sorted(late)[len(late) // 2] * 1000:.2f} ms, "
        f"earliest {earliest:+.2f} ms"
    )
    return [
        Result(
            "timer_drift", round(worst, 3), "ms", TARGET_MS, worst <= TARGET_MS and earliest >= 0
        )
    ]
