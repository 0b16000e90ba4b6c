"""Rolling backups, and JSON backup/restore that changes nothing unless all is valid."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfcare.core.errors import InputError
from calfcare.core.log import Log, PainEntry, RunEntry, ShoesEntry, WriterLock
from calfcare.core.log.backup import KEEP, backups_dir, rolling_backups
from calfcare.core.log.restore import restore
from calfcare.core.log.snapshot import backup_json, read_backup
from calfcare.core.paths import AppPaths, app_paths
from calfcare.core.profile import load_profile, save_profile
from calfcare.core.settings import Settings, Theme
from calfcare.core.validation import dump

from support import files_under, make_profile

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = app_paths(tmp_path / "home").ensure()
    save_profile(make_profile(age=51), paths.profile)
    Settings(theme=Theme.dark).save(paths.settings)
    with Log.open(paths) as log:
        log.add_shoes("Blue", 40_000, dt.date(2026, 10, 1))
        log.add_run(DAY, 6000, 35, "Blue", "hills")
        log.add_pain(DAY, "during", 4, "left calf")
        log.add_raise_test(DAY, 19, 24)
    return paths


def test_one_rolling_backup_a_day_and_the_last_seven_kept(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    with Log.open(paths, today=DAY) as log:
        assert rolling_backups(paths) == []  # an empty log is not worth a copy
        log.add_pain(DAY, "after", 1)
    for n in range(10):
        day = DAY + dt.timedelta(days=n)
        Log.open(paths, today=day).close()
        Log.open(paths, today=day).close()  # the second open that day makes none
    names = [p.name for p in rolling_backups(paths)]
    assert len(names) == KEEP
    assert names[-1] == f"log-{DAY + dt.timedelta(days=9)}.sqlite3"
    assert names[0] == f"log-{DAY + dt.timedelta(days=3)}.sqlite3"
    snapshot = read_backup(backups_dir(paths) / names[0])
    assert snapshot.entries["pain"] == [PainEntry(1, DAY, "after", 1)]


def test_backup_and_restore_round_trip(paths: AppPaths, tmp_path: Path) -> None:
    with Log.open(paths) as log:
        text = backup_json(paths, log.connection)
        before = {kind: log.entries(kind) for kind in (RunEntry, PainEntry)}
    document = json.loads(text)
    assert document["format"] == "calfcare-backup"
    assert document["version"] == 2
    assert document["profile"]["age"] == 51
    assert document["settings"]["theme"] == "dark"
    assert document["log"]["runs"][0]["shoes"] == "Blue"
    backup_file = tmp_path / "b.json"
    backup_file.write_text(text)

    paths.profile.unlink()
    Settings().save(paths.settings)
    with Log.open(paths) as log:
        log.add_pain(DAY, "morning", 9, "after the backup")
    with WriterLock(paths.data_dir) as lock:
        assert lock.acquire()
        done = restore(paths, read_backup(backup_file), lock)
    assert done.entries == 4
    assert done.previous is not None
    assert done.previous.exists()
    assert load_profile(paths.profile).age == 51
    assert Settings.load(paths.settings).theme is Theme.dark
    with Log.open(paths) as log:
        assert {kind: log.entries(kind) for kind in (RunEntry, PainEntry)} == before
        assert log.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert log.add_pain(DAY, "after", 1).id == 2  # ids go on after the restored ones
    # The log it replaced is kept, with the entry made after the backup.
    kept = read_backup(done.previous)
    assert kept.entries["pain"][-1].note == "after the backup"


def _good(paths: AppPaths) -> dict[str, object]:
    with Log.open(paths) as log:
        return json.loads(backup_json(paths, log.connection))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda d: "not json at all {", "malformed JSON"),
        (lambda d: json.dumps(d)[: len(json.dumps(d)) // 2], "malformed JSON"),
        (lambda d: json.dumps({**d, "version": 3}), "backup version 3"),
        (lambda d: json.dumps({**d, "format": "other"}), "not a CalfCare backup"),
        (lambda d: json.dumps([1, 2]), "not a CalfCare backup"),
        (lambda d: json.dumps({**d, "log": None}), "field 'log'"),
        (lambda d: json.dumps({**d, "log": {**d["log"], "naps": []}}), "unknown table 'naps'"),
        (
            lambda d: json.dumps({**d, "profile": {**d["profile"], "age": 3}}),
            "profile: field 'age'",
        ),
        (
            lambda d: json.dumps({**d, "settings": {"get_ready_seconds": 99}}),
            "get_ready_seconds",
        ),
        (
            lambda d: json.dumps(
                {**d, "log": {**d["log"], "pain": [{**d["log"]["pain"][0], "score": 11}]}}
            ),
            "log.pain[0]: score: must be a whole number from 0 to 10",
        ),
        (
            lambda d: json.dumps(
                {**d, "log": {**d["log"], "runs": [{**d["log"]["runs"][0], "shoes": "Red"}]}}
            ),
            "log.runs[0]: shoes: no pair named 'Red'",
        ),
        (
            lambda d: json.dumps(
                {**d, "log": {**d["log"], "runs": [{**d["log"]["runs"][0], "pace": 5}]}}
            ),
            "log.runs[0]: unknown field 'pace'",
        ),
    ],
)
def test_bad_backups_are_refused_with_nothing_changed(
    paths: AppPaths, tmp_path: Path, spoil: object, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(spoil(_good(paths)))  # type: ignore[operator]
    before = files_under(paths.data_dir.parent)
    with pytest.raises(InputError, match="^" + str(bad).replace("\\", "\\\\")) as info:
        read_backup(bad)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert files_under(paths.data_dir.parent) == before


def test_a_damaged_sqlite_backup_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(InputError, match=r"copy\.sqlite3"):
        read_backup(copy)
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="neither JSON nor SQLite"):
        read_backup(binary)


def test_a_version_1_backup_in_miles_comes_back_in_metres(tmp_path: Path) -> None:
    """Version 1 kept distances in the profile's units; its own profile says which."""
    profile = dump(make_profile(units="mi"), mode="json", exclude_none=True)
    document = {
        "format": "calfcare-backup",
        "version": 1,
        "profile": profile,
        "settings": None,
        "log": {
            "shoes": [{"id": 1, "name": "Blue", "start_distance": 100, "started": "2026-10-01"}],
            "runs": [
                {"id": 1, "date": "2026-11-20", "distance": 6.2, "minutes": 55, "shoes": "Blue"}
            ],
        },
    }
    source = tmp_path / "old.json"
    source.write_text(json.dumps(document))
    snapshot = read_backup(source)
    (run,) = snapshot.entries["runs"]
    (pair,) = snapshot.entries["shoes"]
    assert isinstance(run, RunEntry)
    assert isinstance(pair, ShoesEntry)
    assert run.metres == pytest.approx(6.2 * 1609.344)
    assert pair.start_metres == pytest.approx(100 * 1609.344)
