"""Importing runs from watch files: figures as the files' own tools read them, skips, damage."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import zipfile
from pathlib import Path

import pytest

from calfcare.cli.main import main
from calfcare.core.activities.importing import Result, read_file, store
from calfcare.core.activities.sources import find_activity_files
from calfcare.core.log import Log, RunEntry
from calfcare.core.paths import app_paths

DATA = Path(__file__).parent / "data" / "activities"

# What the formats' own tools report (tests/data/activities/README.md): metres, seconds.
EXPECTED = {
    "Activity.fit": (5.73, 13.749),  # fitparse / fitdecode: session total_timer_time
    "track-with-empty-segment.gpx": (86.0, 76.0),  # gpxinfo: Length 2D 0.086km, 17:26:26-17:27:42
    "hand-written-run.tcx": (9200.0, 2820.5),  # tcxreader distance; laps' TotalTimeSeconds
}
GOOD = ("Activity.fit", "track-with-empty-segment.gpx", "hand-written-run.tcx")


# A TCX or GPX start becomes a date in the machine's zone: every test here runs in UTC.
pytestmark = pytest.mark.usefixtures("runner_in_utc")


def _import(home: Path, *paths: Path) -> int:
    return main(["--data-dir", str(home), "log", "import", *map(str, paths)])


def _runs(home: Path) -> list[RunEntry]:
    with Log.open(app_paths(home)) as log:
        return log.entries(RunEntry)


def test_imported_runs_match_what_the_files_own_tools_report(tmp_path: Path) -> None:
    assert _import(tmp_path, *(DATA / n for n in GOOD)) == 0
    runs = {r.source: r for r in _runs(tmp_path)}
    assert set(runs) == set(GOOD)
    for name, (metres, seconds) in EXPECTED.items():
        assert runs[name].metres == pytest.approx(metres, rel=0.01), name
        assert runs[name].minutes == pytest.approx(seconds / 60, rel=0.01), name
        assert runs[name].imported
    # The TCX run: the watch's timer (2820.5 s), not the 3000 s its points span.
    assert runs["hand-written-run.tcx"].minutes == pytest.approx(47.0, abs=0.01)
    start = runs["Activity.fit"].start
    assert start is not None
    assert start.astimezone(dt.UTC) == dt.datetime(2012, 4, 9, 21, 22, 26, tzinfo=dt.UTC)
    assert runs["Activity.fit"].date == dt.date(2012, 4, 9)  # the watch's own offset, -4 h


def test_importing_the_same_files_again_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(tmp_path, DATA) == 2  # the damaged FIT and the timeless GPX
    first = _runs(tmp_path)
    capsys.readouterr()
    assert _import(tmp_path, DATA) == 2
    out = capsys.readouterr().out
    assert _runs(tmp_path) == first
    assert out.count("skipped as a duplicate") == len(GOOD)
    assert "0 runs imported, 3 duplicates" in out


def test_rides_walks_and_damage_are_named_and_the_good_files_still_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = _import(tmp_path, DATA)
    out = capsys.readouterr().out
    assert status == 2
    assert "skipped, not a run (cycling): " in out
    assert "2015-10-13-08-43-15.fit" in out
    assert "skipped, not a run (walking): " in out
    assert "walk.gpx" in out
    assert "unreadable: " in out
    assert "activity-filecrc.fit: damaged" in out
    assert "korita-zbevnica.gpx: the track has no times" in out
    assert {r.source for r in _runs(tmp_path)} == set(GOOD)
    assert "3 runs imported, 0 duplicates, 2 other sports; 2 files could not be read" in out


def test_gzipped_files_and_zip_exports_are_searched(tmp_path: Path) -> None:
    export = tmp_path / "export"
    (export / "activities").mkdir(parents=True)
    for name in ("Activity.fit", "hand-written-run.tcx"):
        packed = export / "activities" / f"{name}.gz"
        packed.write_bytes(gzip.compress((DATA / name).read_bytes()))
    shutil.copy(DATA / "track-with-empty-segment.gpx", export / "activities")
    (export / "activities.csv").write_text("not an activity\n")
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(export.rglob("*")):
            zf.write(path, path.relative_to(export).as_posix())
    assert _import(tmp_path / "home", archive) == 0
    assert {r.source for r in _runs(tmp_path / "home")} == {
        "Activity.fit.gz",
        "hand-written-run.tcx.gz",
        "track-with-empty-segment.gpx",
    }
    assert _import(tmp_path / "home", export) == 0  # the same runs, unpacked: duplicates
    assert len(_runs(tmp_path / "home")) == 3


def test_shoes_for_imported_runs_must_exist_and_count_toward_the_pair(tmp_path: Path) -> None:
    home = ["--data-dir", str(tmp_path)]
    assert main([*home, "log", "import", str(DATA), "--shoes", "Red"]) == 2  # no such pair
    assert _runs(tmp_path) == []
    assert main([*home, "log", "shoes", "--name", "Blue", "--started", "2024-01-01"]) == 0
    run = str(DATA / "hand-written-run.tcx")
    assert main([*home, "log", "import", run, "--shoes", "Blue"]) == 0
    with Log.open(app_paths(tmp_path)) as log:
        (pair,) = log.shoe_distances()
    assert pair.metres == pytest.approx(9200)


@pytest.mark.parametrize(
    ("content", "name", "why"),
    [
        (b"", "empty.fit", "not a FIT file"),
        (b"<gpx", "cut.gpx", "not a readable GPX file"),
        (b"<?xml version='1.0'?><TrainingCenterDatabase/>", "none.tcx", "no activity in it"),
        (b"\x1f\x8b\x08\x00garbage", "bad.fit.gz", "damaged archive"),
        (
            b'<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"></gpx>',
            "waypoints.gpx",
            "no activity in it",
        ),
    ],
)
def test_files_that_cannot_be_read_say_why(
    tmp_path: Path, content: bytes, name: str, why: str
) -> None:
    (tmp_path / name).write_bytes(content)
    found = find_activity_files([tmp_path / name])
    (only,) = found.files
    read = read_file(only)
    assert read.problem is not None
    assert why in read.problem
    with Log.open(app_paths(tmp_path / "home")) as log:
        (outcome,) = store(log, read)
    assert outcome.result is Result.failed


def test_paths_that_are_not_activity_files_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.zip").write_bytes(b"PK not really")
    status = _import(
        tmp_path / "home", tmp_path / "notes.txt", tmp_path / "broken.zip", tmp_path / "gone.fit"
    )
    out = capsys.readouterr().out
    assert status == 2
    assert "notes.txt: not a .fit, .tcx or .gpx file" in out
    assert "broken.zip: not a readable zip file" in out
    assert "gone.fit: no such file or folder" in out
