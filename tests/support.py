"""Helpers shared by the tests (plain imports, not fixtures)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

from calfcare.core.profile import Profile
from calfcare.core.validation import validate

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
MONDAY = dt.date(2026, 11, 23)


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
