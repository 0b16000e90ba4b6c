"""Fixtures for GUI tests: a store in a temporary CALFCARE_HOME with a fixed 'today'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from calfcare.gui.store import PlanStore
from calfcare.paths import app_paths
from calfcare.profile import Profile, save_profile

from support import MONDAY, make_profile


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CALFCARE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def new_store(home: Path, qapp: Any) -> PlanStore:
    """A store with no profile yet (first run)."""
    return PlanStore(app_paths(home), today=lambda: MONDAY)


@pytest.fixture
def store(home: Path, qapp: Any) -> PlanStore:
    """A store whose runner has answered the intake (a healthy regular runner)."""
    paths = app_paths(home).ensure()
    save_profile(make_profile(age=45), paths.profile)
    return PlanStore(paths, today=lambda: MONDAY)


def store_with(home: Path, profile: Profile, today: dt.date = MONDAY) -> PlanStore:
    paths = app_paths(home).ensure()
    save_profile(profile, paths.profile)
    return PlanStore(paths, today=lambda: today)
