"""Distances kept in metres: a run typed in km reads the same after a trip through miles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calfcare.cli.main import main
from calfcare.core.log import Log, RunEntry
from calfcare.core.paths import app_paths
from calfcare.core.profile import Units, load_profile, save_profile
from calfcare.core.units import from_metres, shown, to_metres

from support import MONDAY, make_profile


def _set_units(home: Path, units: str) -> None:
    paths = app_paths(home)
    profile = load_profile(paths.profile) if paths.profile.exists() else make_profile()
    save_profile(replace(profile, units=Units(units)), paths.profile)


def test_a_run_logged_in_km_survives_switching_to_miles_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_paths(tmp_path).ensure()
    _set_units(tmp_path, "km")
    date = str(MONDAY)
    home = ["--data-dir", str(tmp_path)]
    assert main([*home, "log", "run", "--date", date, "--distance", "10", "--minutes", "55"]) == 0
    assert "logged a run of 10 km" in capsys.readouterr().out
    readings = {}
    for units in ("km", "mi", "km"):
        _set_units(tmp_path, units)
        with Log.open(app_paths(tmp_path)) as log:
            (run,) = log.entries(RunEntry)
            (week,) = log.weekly_distance()
            history = log.history(MONDAY + dt.timedelta(days=7), units=units)
        readings.setdefault(units, []).append(
            (shown(run.metres, units), shown(week.metres, units), history.runs[0].distance)
        )
    assert readings["km"][0] == ("10", "10", pytest.approx(10))
    assert readings["mi"][0] == ("6.21", "6.21", pytest.approx(6.2137, rel=1e-4))
    assert readings["km"][1] == readings["km"][0]  # back in km: as first typed


def test_a_run_typed_in_miles_is_stored_as_metres(tmp_path: Path) -> None:
    app_paths(tmp_path).ensure()
    _set_units(tmp_path, "mi")
    home = ["--data-dir", str(tmp_path)]
    assert (
        main([*home, "log", "run", "--date", str(MONDAY), "--distance", "5", "--minutes", "45"])
        == 0
    )
    with Log.open(app_paths(tmp_path)) as log:
        assert log.entries(RunEntry)[0].metres == pytest.approx(8046.72)


def test_a_typed_distance_is_checked_in_the_units_it_was_typed_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app_paths(tmp_path).ensure()
    _set_units(tmp_path, "mi")
    home = ["--data-dir", str(tmp_path)]
    words = [*home, "log", "run", "--date", str(MONDAY), "--distance", "1001", "--minutes", "45"]
    assert main(words) == 2
    assert "distance: must be a number from 0 to 1000 (got 1001.0)" in capsys.readouterr().err


@given(st.floats(min_value=0, max_value=1000), st.sampled_from(["km", "mi"]))
def test_converting_to_metres_and_back_gives_the_typed_distance(
    distance: float, units: str
) -> None:
    assert from_metres(to_metres(distance, units), units) == pytest.approx(distance, abs=1e-9)
    assert float(shown(to_metres(distance, units), units)) == pytest.approx(distance, abs=0.005)
