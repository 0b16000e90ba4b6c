"""Helpers shared by the tests (plain imports, not fixtures)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from calfcare.core.content.models import Equipment
from calfcare.core.planning.models import WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile
from calfcare.core.validation import validate

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MONDAY = dt.date(2026, 11, 23)
# A command line that commits one entry to the log: the CLI tests' "something logged".
LOG_PAIN = ["log", "pain", "--date", "2026-11-20", "--when", "after", "--score", "2"]


def make_profile(**changes: Any) -> Profile:
    """A plain, healthy regular runner, with ``changes`` applied on top."""
    base: dict[str, Any] = {
        "age": 30,
        "units": "km",
        "experience": "regular",
        "running_days": ["tue", "thu", "sat"],
        "weekly_distance": 20,
        "foot_strike": "midfoot",
        "terrain": "flat",
        "shoes": {"distance": 100, "age_months": 2},
        "equipment": ["wall", "towel", "step", "foam_roller"],
        "minutes_per_day": 30,
        "habits": ["warm_up", "cool_down", "stretch_after", "strength_training", "drink_enough"],
    }
    base.update(changes)
    return validate(Profile, base)


def run_python(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """This Python in a fresh process (``-c CODE`` or ``-m MODULE ...``), output captured."""
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def files_under(root: Path, *, leave_out: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes, to show that nothing changed. The writer
    lock's file is always left out: its owner line records who ran last."""
    skip = {"log.lock", *leave_out}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in skip
    }


BUSY = {
    "running_days": ["mon", "tue", "wed", "thu", "fri", "sat"],
    "weekly_distance": 60,
    "foot_strike": "forefoot",
    "terrain": "hilly",
    "recent_changes": ["more_distance", "speedwork", "hills", "lower_drop_shoes"],
    "shoes": {"distance": 900, "age_months": 14},
    "equipment": [e.value for e in Equipment],
    "minutes_per_day": 60,
    "habits": [],
    "complaint": {"kind": "tightness", "side": "both", "since": "2026-11-15", "pain": 3},
}


def busy_week() -> WeekPlan:
    """The busy runner's week: six runs, every piece of equipment, an hour a day."""
    return build_week(make_profile(**BUSY), MONDAY)


def started_without_log(qapp: Any, home: Path) -> tuple[int, list[str]]:
    """Run the app's self-test in this process on ``home``: its exit code and the visible
    words of the one window it started, which runs without the log. The window is closed
    and the signal handling checked put back. (Qt loads here only, not with this module.)"""
    import signal

    from PySide6.QtWidgets import QLabel

    from calfcare.gui.app import run_gui
    from calfcare.gui.shell.main_window import MainWindow

    before = set(qapp.topLevelWidgets())
    code = run_gui(["calfcare"], home=home, self_test=True)
    windows = [
        w
        for w in qapp.topLevelWidgets()
        if isinstance(w, MainWindow) and w not in before and w.store is not None
    ]
    assert len(windows) == 1
    window = windows[0]
    assert window.store is not None
    assert window.store.log is None
    said = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    window.close()
    window.deleteLater()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    return code, said
