"""The log's file: migrations keep rows, damage is kept aside, one writer, killed writers."""

from __future__ import annotations

import os
import random
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calfcare.core.log import Log, LogCorruptError, LogError, RunEntry, Trouble, WriterLock
from calfcare.core.log.backup import backups_dir
from calfcare.core.log.db import connect, migrate
from calfcare.core.log.schema import MIGRATIONS, SCHEMA_VERSION
from calfcare.core.paths import AppPaths, app_paths

from support import REPO

V1_ROWS = {
    "shoes": "INSERT INTO shoes (name, start_distance, started, retired) VALUES "
    "('Blue', 120, '2026-09-01', 0), ('Old', 800, '2025-01-01', 1)",
    "runs": "INSERT INTO runs (date, distance, minutes, shoes, note) VALUES "
    "('2026-11-02', 5, 31, 'Blue', 'easy'), ('2026-11-04', 7.5, 45, NULL, '')",
    "pain": 'INSERT INTO pain (date, "when", score, note) VALUES '
    "('2026-11-02', 'after', 3, 'tight'), ('2026-11-03', 'morning', 1, '')",
    "sessions": "INSERT INTO sessions (date, kind, day_index, status, note) VALUES "
    "('2026-11-02', 'strengthening', 0, 'done', ''), ('2026-11-02', 'stretching', 1, 'skipped', 'late')",
    "raise_tests": 'INSERT INTO raise_tests (date, "left", "right") VALUES (\'2026-11-01\', 18, 24)',
    "steps": "INSERT INTO steps (at, session_date, session_kind, exercise, side, set_number, "
    "planned_reps, actual_reps, planned_seconds, actual_seconds) VALUES "
    "('2026-11-02T07:00:00', '2026-11-02', 'strengthening', 'single_leg_calf_raise', 'left', 1, "
    "15, 12, NULL, 44.5)",
}


def _v1_database(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """A version-1 log with rows in every table; returns the rows as stored."""
    conn = connect(path)
    try:
        migrate(conn, path, MIGRATIONS[:1])
        for insert in V1_ROWS.values():
            conn.execute(insert)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in V1_ROWS}
    finally:
        conn.close()


# Version 3 moved distances to metres: the columns as version 1 had them, read back.
V1_DISTANCES = {
    "shoes": "SELECT id, name, start_metres, started, retired FROM shoes ORDER BY id",
    "runs": "SELECT id, date, metres, minutes, shoes, note FROM runs ORDER BY id",
}


def _in_units(rows: list[tuple[object, ...]], column: int, metres_per: float) -> list[object]:
    return [(*r[:column], round(r[column] / metres_per, 9), *r[column + 1 :]) for r in rows]


@pytest.mark.parametrize(("units", "metres_per"), [("km", 1000.0), ("mi", 1609.344)])
def test_migrations_from_the_first_schema_keep_every_row(
    tmp_path: Path, units: str, metres_per: float
) -> None:
    paths = app_paths(tmp_path)
    paths.ensure()
    paths.profile.parent.mkdir(parents=True, exist_ok=True)
    paths.profile.write_text(f'{{"units": "{units}"}}')  # the profile's units at the time
    before = _v1_database(paths.data_dir / "log.sqlite3")
    with Log.open(paths) as log:
        conn = log.connection
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for table, rows in before.items():
            if table in V1_DISTANCES:
                after = _in_units(conn.execute(V1_DISTANCES[table]).fetchall(), 2, metres_per)
                assert after == rows, table
                continue
            after = conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            if table == "raise_tests":  # version 2 added a note, empty for old rows
                after = [row[:-1] for row in after]
                assert log.raise_tests()[0].note == ""
            assert after == rows, table
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        history = log.history(__import__("datetime").date(2026, 11, 9), units=units)
        assert history.runs[0].shoes == "Blue"
        assert history.runs[0].distance == pytest.approx(5)  # shown as typed, in its units
        assert log.entries(RunEntry)[0].metres == pytest.approx(5 * metres_per)


def test_a_log_from_a_newer_calfcare_is_left_alone(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    Log.open(paths).close()
    conn = sqlite3.connect(paths.data_dir / "log.sqlite3")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(LogError, match="newer CalfCare") as info:
        Log.open(paths)
    assert info.value.trouble is Trouble.too_new
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["log.sqlite3"]


def _filled(paths: AppPaths) -> None:
    import datetime as dt

    with Log.open(paths, today=dt.date(2026, 11, 1)) as log:
        log.add_pain(dt.date(2026, 11, 1), "after", 2)
    with Log.open(paths, today=dt.date(2026, 11, 2)) as log:
        log.add_pain(dt.date(2026, 11, 2), "after", 3)


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_log_is_kept_aside_and_a_fresh_one_starts(tmp_path: Path, damage: str) -> None:
    paths = app_paths(tmp_path)
    _filled(paths)
    live = paths.data_dir / "log.sqlite3"
    if damage == "garbage":
        original = os.urandom(8192)
        live.write_bytes(original)
        (paths.data_dir / "log.sqlite3-wal").write_bytes(b"wal bytes")
    else:
        original = live.read_bytes()[: 4096 + 100]  # the header survives, pages are lost
        header = bytearray(live.read_bytes()[:100])
        live.write_bytes(bytes(header) + b"\x00" * 50 + original[150:])
        original = live.read_bytes()
    with Log.open(paths) as log:
        recovery = log.recovery
        assert recovery is not None
        assert log.is_empty()
        kept = recovery.kept[0]
        assert kept.parent == paths.data_dir
        assert kept.name.startswith("log.corrupt-")
        assert kept.read_bytes() == original  # never overwritten
        if damage == "garbage":
            assert recovery.kept[1].name == kept.name + "-wal"
            assert recovery.kept[1].read_bytes() == b"wal bytes"
        assert recovery.latest_backup == backups_dir(paths) / "log-2026-11-02.sqlite3"
        message = recovery.message()
        assert "corrupt" in message
        assert str(kept) in message
        assert str(recovery.latest_backup) in message
    with Log.open(paths) as again:
        assert again.recovery is None


def test_a_corrupt_log_held_by_the_app_is_not_moved(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    live = paths.data_dir / "log.sqlite3"
    live.write_bytes(b"not a database at all" * 100)
    with WriterLock(paths.data_dir, "CalfCare app") as app:
        assert app.acquire()
        with pytest.raises(LogCorruptError, match="corrupt") as info:
            Log.open(paths)
        assert info.value.trouble is Trouble.corrupt
        assert live.read_bytes() == b"not a database at all" * 100
        with Log.open(paths, lock=app) as log:  # the holder itself may move it aside
            assert log.recovery is not None


def test_an_unreadable_folder_is_a_typed_error(tmp_path: Path) -> None:
    paths = app_paths(tmp_path).ensure()
    (paths.data_dir / "log.sqlite3").mkdir()
    with pytest.raises(LogError) as info:
        Log.open(paths)
    assert info.value.trouble is Trouble.unavailable
    assert (paths.data_dir / "log.sqlite3").is_dir()


def test_one_writer_lock_with_owner(tmp_path: Path) -> None:
    with WriterLock(tmp_path, "CalfCare app") as app, WriterLock(tmp_path, "calfcare log") as cli:
        assert app.acquire()
        assert app.acquire()  # already held: still true
        assert not cli.acquire(wait=0.1)
        owner = cli.owner()
        assert owner is not None
        assert owner.pid == os.getpid()
        assert owner.program == "CalfCare app"
        assert owner.host == socket.gethostname()  # which machine, when the folder is shared
        assert "CalfCare app" in owner.describe()
        app.release()
        assert cli.acquire()
    assert not cli.held


WRITER = """
import datetime as dt, sys
from calfcare.core.log import Log
from calfcare.core.paths import app_paths
log = Log.open(app_paths(sys.argv[1]), daily_backup=False)
print("ready", flush=True)
n = 0
while True:
    n += 1
    entry = log.add_pain(dt.date(2026, 11, 1) + dt.timedelta(days=n % 300), "after", n % 11, "x" * (n % 50))
    print(entry.id, flush=True)
"""


def killed_writer(home: Path, after: float) -> list[int]:
    """Run WRITER, SIGKILL it ``after`` seconds past ready; the ids it said were committed."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "app")}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    with child.stdout:
        assert child.stdout.readline() == "ready\n"
        time.sleep(after)
        child.kill()
        child.wait()
        return [int(line) for line in child.stdout.read().split("\n") if line.strip().isdigit()]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_writer_loses_no_committed_entry(tmp_path: Path) -> None:
    from calfcare.core.log import PainEntry

    paths = app_paths(tmp_path)
    rng = random.Random(7)
    for _ in range(3):
        printed = killed_writer(tmp_path, rng.uniform(0.05, 0.3))
        with Log.open(paths, daily_backup=False) as log:
            assert log.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {e.id for e in log.entries(PainEntry)}
        assert printed
        assert set(printed) <= stored


def test_the_durability_settings_the_readme_promises(tmp_path: Path) -> None:
    """A SIGKILL test cannot see ``synchronous=OFF`` (the OS keeps the pages): ask SQLite."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert "WAL" in readme
    assert "`synchronous=FULL`" in readme
    with Log.open(app_paths(tmp_path / "home")) as log:
        conn = log.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.isolation_level is None  # autocommit: each entry its own transaction
