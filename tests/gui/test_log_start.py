"""Start-up with the log: one writer per data folder, the damaged-log message and restore,
a log that cannot open, and the morning check-in on Today."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from calfcare.core.log import Log, PainEntry, WriterLock, log_path
from calfcare.core.log.backup import daily_backup, latest_backup
from calfcare.core.paths import LOCK_NAME, AppPaths, app_paths
from calfcare.core.profile import save_profile
from calfcare.gui.app import ALREADY_OPEN, App
from calfcare.gui.log.checkin import QUESTION, MorningCheckIn
from calfcare.gui.log.recovery import RESTORE, announce_recovery, open_log
from calfcare.gui.shell import data_folder
from calfcare.gui.shell.lock_probe import lock_is_held
from calfcare.gui.shell.single_instance import RaiseServer, ask_to_raise, server_name
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage

from gui_stores import open_log as open_test_log
from support import MONDAY, make_profile

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def paths(home: Path) -> AppPaths:
    found = app_paths(home).ensure()
    save_profile(make_profile(age=45), found.profile)
    return found


@pytest.fixture
def lock(paths: AppPaths) -> Iterator[WriterLock]:
    held = WriterLock(paths.data_dir)
    assert held.acquire()
    yield held
    held.release()


# One CalfCare per data folder -----------------------------------------------------------


def test_names_differ_per_data_folder(tmp_path: Path) -> None:
    one, two = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != two
    assert one.startswith("calfcare-")
    assert len(one) < 30


@pytest.mark.slow
def test_a_second_start_raises_the_first_and_exits(
    qtbot: QtBot, qapp: Any, paths: AppPaths, lock: WriterLock
) -> None:
    server = RaiseServer(paths.data_dir)
    assert server.listen()
    window = QMainWindow()
    qtbot.addWidget(window)
    app = App(qapp, PlanStore(paths, log=None), window, server=server)
    assert not window.isVisible()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CALFCARE_HOME", None)
    second = subprocess.Popen(
        [sys.executable, "-m", "calfcare", "--self-test", "--data-dir", str(paths.data_dir.parent)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(server.raiseRequested, timeout=20_000):
            pass
        out, err = second.communicate(timeout=20)
    finally:
        second.kill()
        server.close()
    assert second.returncode == 0, err
    assert out.strip() == ALREADY_OPEN
    assert "first-paint" not in out  # no second window, no second writer
    assert window.isVisible()
    assert app.window is window


@pytest.mark.slow
def test_a_start_racing_the_first_waits_for_its_server(
    qtbot: QtBot, paths: AppPaths, lock: WriterLock
) -> None:
    """The first holds the lock but is not listening yet: the second paints, finds the
    lock taken after the paint, and keeps asking until the first answers."""
    second = QProcess()
    env = second.processEnvironment()
    env.insert("QT_QPA_PLATFORM", "offscreen")
    env.remove("CALFCARE_HOME")
    second.setProcessEnvironment(env)
    out = bytearray()
    second.readyReadStandardOutput.connect(lambda: out.extend(second.readAllStandardOutput()))
    home = str(paths.data_dir.parent)
    second.start(sys.executable, ["-m", "calfcare", "--self-test", "--data-dir", home])
    server = RaiseServer(paths.data_dir)
    try:
        qtbot.waitUntil(lambda: b"first-paint" in out, timeout=20_000)
        with qtbot.waitSignals([server.raiseRequested, second.finished], timeout=20_000):
            assert server.listen()
    finally:
        second.kill()
        second.waitForFinished()
        server.close()
    assert second.exitStatus() is QProcess.ExitStatus.NormalExit
    assert second.exitCode() == 0
    lines = out.decode().splitlines()
    assert lines[-1] == ALREADY_OPEN
    assert not any(line.startswith("ready") for line in lines)


def test_nobody_to_raise_is_answered_at_once(paths: AppPaths) -> None:
    assert not ask_to_raise(paths.data_dir)


def test_the_probe_sees_the_writer_lock(paths: AppPaths) -> None:
    assert paths.log_lock == paths.data_dir / LOCK_NAME
    assert not lock_is_held(paths.data_dir)  # no lock file yet
    with WriterLock(paths.data_dir) as held:
        assert held.acquire()
        assert not lock_is_held(paths.data_dir / "elsewhere")
        if sys.platform != "win32":
            # flock locks belong to open files, so a second open in this process is refused
            assert lock_is_held(paths.data_dir)
    assert sys.platform == "win32" or not lock_is_held(paths.data_dir)


def opened_folder(qtbot: QtBot, paths: AppPaths) -> data_folder.DataFolder:
    got: list[data_folder.DataFolder | None] = []
    data_folder.open_data_folder(paths, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    core = got[0]
    assert core is not None
    return core


def test_the_window_keeps_painting_while_the_lock_is_busy(
    qtbot: QtBot, paths: AppPaths, lock: WriterLock
) -> None:
    """A command holding the lock for a moment: the tries wait on timers, not on sleep, so
    the event loop runs (the release below is itself a timer event) and the log opens."""
    QTimer.singleShot(150, lock.release)
    got: list[data_folder.DataFolder | None] = []
    data_folder.open_data_folder(paths, got.append)
    assert got == []  # not blocked waiting: the first try failed and a timer was set
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    core = got[0]
    assert core is not None
    assert core.store.log is not None
    core.close()


def test_a_lock_held_by_another_program_means_no_log(
    qtbot: QtBot, paths: AppPaths, lock: WriterLock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(data_folder, "LOCK_WAIT", 0.1)
    core = opened_folder(qtbot, paths)
    assert core.store.log is None
    assert core.serve() is None  # the lock is someone else's: answer nobody
    assert core.store.log_problem is not None
    assert "in use by calfcare (process" in core.store.log_problem
    core.close()


def test_the_app_holds_the_lock_and_serves_raises(qtbot: QtBot, paths: AppPaths) -> None:
    core = opened_folder(qtbot, paths)
    try:
        assert core.lock.held
        assert core.store.log is not None
        assert core.store.log.lock is core.lock
        assert core.server is None  # it starts once the window is ready
        server = core.serve()
        assert server is not None
        assert server.server.isListening()
        assert server.name == server_name(paths.data_dir)
        with WriterLock(paths.data_dir) as other:
            assert not other.acquire()
    finally:
        core.close()
    with WriterLock(paths.data_dir) as other:
        assert other.acquire()


# A damaged log, and one that cannot open ----------------------------------------------


def test_a_damaged_log_says_where_it_was_kept_and_restores_the_backup(
    qtbot: QtBot, paths: AppPaths, lock: WriterLock
) -> None:
    with Log.open(paths, daily_backup=False) as log:
        log.add_pain(MONDAY, "morning", 2, "stiff")
        daily_backup(log.connection, paths, MONDAY)
    backup = latest_backup(paths)
    assert backup is not None
    live = log_path(paths)
    for side in ("-wal", "-shm"):
        live.with_name(live.name + side).unlink(missing_ok=True)
    live.write_bytes(b"this is not a database, just damage " * 200)

    log, problem = open_log(paths, lock)
    assert problem is None
    assert log is not None
    assert log.recovery is not None
    assert log.entries(PainEntry) == []
    store = PlanStore(paths, today=lambda: MONDAY, log=log)
    parent = QMainWindow()
    qtbot.addWidget(parent)
    parent.show()
    prompt = announce_recovery(store, parent)
    assert prompt is not None
    assert prompt.box.isVisible()
    kept = log.recovery.kept[0]
    assert kept.exists()
    assert str(kept) in prompt.box.informativeText()
    assert backup.name in prompt.box.informativeText()
    assert prompt.restore_button is not None
    assert prompt.restore_button.text() == RESTORE

    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(prompt.restore_button, LEFT)
    restored = store.log
    assert restored is not None
    assert restored is not log
    try:
        assert [(p.score, p.note) for p in restored.entries(PainEntry)] == [(2, "stiff")]
        assert restored.lock is lock
        assert prompt.result is not None
        assert "Restored 1 log entries" in prompt.result.text()
        assert kept.exists()  # the damaged file is never deleted
    finally:
        restored.close()


def test_a_log_from_a_newer_calfcare_leaves_the_app_without_one(
    paths: AppPaths, lock: WriterLock
) -> None:
    Log.open(paths, daily_backup=False).close()
    with sqlite3.connect(log_path(paths)) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    log, problem = open_log(paths, lock)
    assert log is None
    assert problem is not None
    assert problem.startswith("Your progress log could not be opened")


# The morning check-in ---------------------------------------------------------------


def _today(qtbot: QtBot, store: PlanStore, at: dt.time) -> TodayPage:
    page = TodayPage(store, now=lambda: dt.datetime.combine(MONDAY, at))
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    return page


def test_the_check_in_asks_once_and_saves_a_morning_score(qtbot: QtBot, store: PlanStore) -> None:
    assert not _today(qtbot, store, dt.time(4, 59)).check_in.isVisible()
    page = _today(qtbot, store, dt.time(7, 30))
    check_in = page.check_in
    assert check_in.isVisible()
    assert QUESTION in [label.text() for label in check_in.findChildren(type(page.date_label))]
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(check_in.scores[3], LEFT)
    assert not check_in.isVisible()
    assert page.check_in_saved.isVisible()  # the runner is told it was kept
    assert page.check_in_saved.text().startswith("Saved: your calf at 3 out of 10")
    assert store.log is not None
    [morning] = store.log.day(MONDAY).pain
    assert (morning.when, morning.score) == ("morning", 3)
    assert not _today(qtbot, store, dt.time(9, 0)).check_in.isVisible()


def test_a_skipped_check_in_is_not_asked_again_that_day(
    qtbot: QtBot, home: Path, store: PlanStore
) -> None:
    page = _today(qtbot, store, dt.time(6, 0))
    with qtbot.waitSignal(page.check_in.answered):
        qtbot.mouseClick(page.check_in.skip, LEFT)
    assert not page.check_in.isVisible()
    assert store.log is not None
    assert store.log.day(MONDAY).pain == []
    paths = app_paths(home)
    again = PlanStore(paths, today=lambda: MONDAY, log=open_test_log(paths))
    assert not _today(qtbot, again, dt.time(8, 0)).check_in.isVisible()
    tomorrow = MorningCheckIn(
        again, lambda: dt.datetime.combine(MONDAY + dt.timedelta(days=1), dt.time(6, 0))
    )
    qtbot.addWidget(tomorrow)
    assert tomorrow.due()
