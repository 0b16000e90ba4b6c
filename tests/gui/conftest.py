"""Fixtures for GUI tests: a store in a temporary CALFCARE_HOME with a fixed 'today'.

Stores come with an open progress log, as in the app; every log opened here
is closed when the test ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from calfcare.core.paths import app_paths
from calfcare.core.profile import save_profile
from calfcare.gui.shell.store import PlanStore

from gui_stores import close_open_logs, open_log
from support import MONDAY, make_profile


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CALFCARE_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(autouse=True)
def _close_logs() -> Iterator[None]:
    yield
    close_open_logs()


@pytest.fixture
def new_store(home: Path, qapp: Any) -> PlanStore:
    """A store with no profile yet (first run)."""
    paths = app_paths(home).ensure()
    return PlanStore(paths, today=lambda: MONDAY, log=open_log(paths))


@pytest.fixture
def store(home: Path, qapp: Any) -> PlanStore:
    """A store whose runner has answered the intake (a healthy regular runner)."""
    paths = app_paths(home).ensure()
    save_profile(make_profile(age=45), paths.profile)
    return PlanStore(paths, today=lambda: MONDAY, log=open_log(paths))
