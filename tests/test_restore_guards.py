"""Restore never loses what it replaces and takes nothing that is not a CalfCare log."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import types
from pathlib import Path

import pytest

from calfcare.core.errors import InputError
from calfcare.core.log import Log, PainEntry, WriterLock
from calfcare.core.log.backup import backups_dir
from calfcare.core.log.restore import restore
from calfcare.core.log.snapshot import backup_json, read_backup
from calfcare.core.paths import AppPaths, app_paths

from support import files_under

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    paths = app_paths(tmp_path / "home").ensure()
    with Log.open(paths) as log:
        log.add_shoes("Blue", 40, dt.date(2026, 10, 1))
        log.add_pain(DAY, "during", 4, "left calf")
    return paths


def _backup(paths: AppPaths) -> dict[str, object]:
    with Log.open(paths) as log:
        return json.loads(backup_json(paths, log.connection))  # type: ignore[no-any-return]


class _OneSecond(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _OneSecond:
        return cls(2026, 11, 30, 6, 0, 0)


def test_two_restores_in_one_second_keep_both_safety_copies(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("calfcare.core.log.restore.dt", types.SimpleNamespace(datetime=_OneSecond))
    first = tmp_path / "first.json"
    first.write_text(json.dumps(_backup(paths)))
    with Log.open(paths) as log:
        log.add_pain(DAY, "after", 6, "only in the log the second restore replaces")
    second = tmp_path / "second.json"
    second.write_text(json.dumps(_backup(paths)))
    with WriterLock(paths.data_dir) as lock:
        assert lock.acquire()
        kept_first = restore(paths, read_backup(second), lock).previous
        kept_second = restore(paths, read_backup(first), lock).previous
    assert kept_first is not None
    assert kept_second is not None
    assert kept_first != kept_second
    notes = []
    for kept in (kept_first, kept_second):
        with sqlite3.connect(kept) as conn:
            notes.append({r[0] for r in conn.execute("SELECT note FROM pain")})
    assert "only in the log the second restore replaces" in notes[0]
    assert "only in the log the second restore replaces" in notes[1]
    assert len(list(backups_dir(paths).glob("before-restore-*.sqlite3"))) == 2


def test_a_sqlite_file_that_is_not_a_calfcare_log_is_refused(
    paths: AppPaths, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.close()
    before = files_under(paths.data_dir.parent)
    with pytest.raises(InputError, match="not a CalfCare log") as info:
        read_backup(other)
    assert str(info.value).count(str(other)) == 1
    marked = tmp_path / "marked.sqlite3"  # a version mark but not our tables
    with sqlite3.connect(marked) as conn:
        conn.execute("CREATE TABLE pain (x)")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    with pytest.raises(InputError, match="no table 'shoes'"):
        read_backup(marked)
    assert files_under(paths.data_dir.parent) == before


@pytest.mark.parametrize(
    ("table", "change", "message"),
    [
        ("pain", {"id": 2**62}, "id: must be a whole number from 1 to 2147483647"),
        ("pain", {"date": "0001-01-01"}, "date: must be a day from 1900-01-01 to 2100-12-31"),
        ("pain", {"date": "9999-12-31"}, "date: must be a day from 1900-01-01 to 2100-12-31"),
        ("shoes", {"started": "1899-12-31"}, "started: must be a day from 1900-01-01"),
    ],
)
def test_restore_bounds_every_id_and_date(
    paths: AppPaths, tmp_path: Path, table: str, change: dict[str, object], message: str
) -> None:
    document = _backup(paths)
    log = document["log"]
    assert isinstance(log, dict)
    log[table] = [{**log[table][0], **change}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(InputError, match=f"log.{table}\\[0\\]: {message}"):
        read_backup(bad)
    # The same row in a SQLite copy is refused as well.
    copy = tmp_path / "copy.sqlite3"
    with Log.open(app_paths(tmp_path / "other")) as other:
        other.connection.execute("PRAGMA foreign_keys = OFF")
        values = {**log[table][0]}
        names = ", ".join(f'"{n}"' for n in values)
        marks = ", ".join("?" for _ in values)
        other.connection.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values())
        )
        other.connection.execute("VACUUM INTO ?", (str(copy),))
    with pytest.raises(InputError, match=message):
        read_backup(copy)


def test_a_log_holding_a_huge_id_still_reports_a_committed_entry(paths: AppPaths) -> None:
    with Log.open(paths) as log:  # as an older CalfCare could leave it
        log.connection.execute(
            "INSERT INTO pain (id, date, \"when\", score, note) VALUES (?, ?, 'after', 2, '')",
            (2**62, DAY.isoformat()),
        )
        added = log.add_pain(DAY, "morning", 3)
        assert added.id == 2**62 + 1
        assert [p.score for p in log.entries(PainEntry)] == [4, 2, 3]


def test_deeply_nested_json_is_one_line(paths: AppPaths, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        read_backup(deep)


def test_a_damaged_index_fails_the_check_and_names_the_file_once(
    paths: AppPaths, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite3"
    with Log.open(paths) as log:
        for n in range(300):  # enough names for the name index to fill its own page
            log.add_shoes(f"pair number {n:04d} with a long name", 1, DAY)
        log.connection.execute("VACUUM INTO ?", (str(copy),))
        root = log.connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_shoes_1'"
        ).fetchone()[0]
        page = log.connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(copy.read_bytes())
    start = (root - 1) * page + 12  # the index page's cell pointers, which reads skip
    data[start : start + 28] = b"\xff" * 28
    copy.write_bytes(bytes(data))
    with pytest.raises(InputError, match="the backup is damaged") as info:
        read_backup(copy)
    assert str(info.value).count(str(copy)) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"version": ["x" * 7000]},
        {"log": {"naps" + "z" * 7000: []}},
    ],
)
def test_a_long_bad_value_in_a_backup_is_cut(
    paths: AppPaths, tmp_path: Path, change: dict[str, object]
) -> None:
    """Found by the fuzz test: the version was echoed whole."""
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**_backup(paths), **change}))
    with pytest.raises(InputError) as info:
        read_backup(bad)
    assert len(str(info.value)) < 300
    assert "characters)" in str(info.value)


def test_a_settings_day_outside_the_range_is_refused(paths: AppPaths, tmp_path: Path) -> None:
    document = _backup(paths)
    document["settings"] = {"reminders_paused_on": "9999-12-31"}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    with pytest.raises(InputError, match="reminders_paused_on': must be a day from 1900-01-01"):
        read_backup(bad)
