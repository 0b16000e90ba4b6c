"""Shared fixtures. Qt is told to draw offscreen before anything can load it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The checked content library, profile and settings are cached here, never in the user's cache.
os.environ.setdefault("CALFCARE_CACHE", tempfile.mkdtemp(prefix="calfcare-test-cache-"))

from calfcare.core.content.library import ContentLibrary, load_library


@pytest.fixture(autouse=True)
def _no_real_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test runs (in process or in a child process) touches the real user's
    folders: CALFCARE_HOME points at a fresh folder unless the test sets its own."""
    monkeypatch.setenv("CALFCARE_HOME", str(tmp_path_factory.mktemp("calfcare-home")))


@pytest.fixture(autouse=True)
def _plain_dates() -> Iterator[None]:
    """A test that started the app (which says dates in its locale) leaves none behind."""
    from calfcare.core import day_words

    yield
    day_words.say_dates_with(day_words.PLAIN)


@pytest.fixture
def runner_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A TCX or GPX start becomes a date in this machine's zone: fix the zone for the test."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    return load_library()


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CalfCare built as a wheel once per test run (no network: hatchling is installed)."""
    dist = tmp_path_factory.mktemp("dist")
    repo = Path(__file__).resolve().parent.parent
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(repo),
        ],
        check=True,
        capture_output=True,
    )
    return next(dist.glob("calfcare-*.whl"))
