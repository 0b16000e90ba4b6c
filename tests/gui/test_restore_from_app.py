"""File > Restore from backup: the checks of ``calfcare restore``, a question first,
the old log kept, the log reopened under the app's own writer lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from calfcare.core.log import Log, WriterLock
from calfcare.core.log.backup import backups_dir
from calfcare.core.log.snapshot import backup_json, log_entries
from calfcare.core.paths import AppPaths, app_paths
from calfcare.core.profile import save_profile
from calfcare.core.storage import write_atomic
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import shown_window
from support import MONDAY, make_profile


@pytest.fixture
def locked(home: Path, qapp: Any) -> Iterator[PlanStore]:
    """A store as the app has it: the log opened under the held writer lock."""
    paths = app_paths(home).ensure()
    save_profile(make_profile(age=45), paths.profile)
    lock = WriterLock(paths.data_dir)
    assert lock.acquire()
    store = PlanStore(paths, today=lambda: MONDAY, log=Log.open(paths, lock=lock))
    yield store
    if store.log is not None:
        store.log.close()
    lock.release()


def _choose(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Pick ``path`` in the open (non-blocking) dialog, as the other File tests do."""
    dialog = window.log_files.dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()
    assert dialog.fileMode() is QFileDialog.FileMode.ExistingFile
    dialog.selectFile(str(path))
    with qtbot.waitSignal(dialog.fileSelected):
        dialog.accept()


def _shown(window: MainWindow, name: str) -> QMessageBox:
    [box] = [b for b in window.findChildren(QMessageBox, name) if b.isVisible()]
    return box


def _count(paths: AppPaths, store: PlanStore) -> int:
    assert store.log is not None
    return sum(len(rows) for rows in log_entries(store.log.connection).values())


def test_restore_asks_keeps_a_safety_copy_and_says_how_many_came_back(
    qtbot: QtBot, locked: PlanStore, tmp_path: Path
) -> None:
    log = locked.log
    assert log is not None
    log.add_pain(MONDAY, "morning", 4)
    backup = tmp_path / "backup.json"
    write_atomic(backup, backup_json(locked.paths, log.connection))
    log.add_pain(MONDAY, "after", 6)  # after the backup: the restore takes it away
    log.add_run(MONDAY, 5.0, 30.0)
    window = shown_window(qtbot, locked)
    assert window.log_files.restore_action in window.file_menu.actions()
    window.log_files.restore_action.trigger()
    _choose(qtbot, window, backup)

    question = _shown(window, "restoreQuestion")
    assert "1 log entry" in question.text()
    assert "safety copy of your current log is kept" in question.informativeText()
    assert _count(locked.paths, locked) == 3  # nothing changed while asking
    [restore] = [b for b in question.buttons() if b.text() == "Restore"]
    with qtbot.waitSignal(locked.logChanged):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    told = _shown(window, "logFileSaved")
    assert told.text().startswith("Restored 1 log entry from")
    assert "previous log is kept as" in told.text()
    assert locked.log is not None
    assert locked.log is not log
    assert locked.log.lock is not None
    assert locked.log.lock.held
    assert _count(locked.paths, locked) == 1
    [kept] = backups_dir(locked.paths).glob("before-restore-*.sqlite3")
    assert str(kept) in told.text()
    locked.log.add_pain(MONDAY, "during", 2)  # the reopened log takes new entries
    assert _count(locked.paths, locked) == 2


def test_cancel_changes_nothing(qtbot: QtBot, locked: PlanStore, tmp_path: Path) -> None:
    log = locked.log
    assert log is not None
    backup = tmp_path / "backup.json"
    write_atomic(backup, backup_json(locked.paths, log.connection))
    log.add_pain(MONDAY, "after", 6)
    window = shown_window(qtbot, locked)
    window.log_files.restore_action.trigger()
    _choose(qtbot, window, backup)
    question = _shown(window, "restoreQuestion")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not question.isVisible())
    assert locked.log is log
    assert _count(locked.paths, locked) == 1
    assert not backups_dir(locked.paths).exists() or not list(
        backups_dir(locked.paths).glob("before-restore-*")
    )


@pytest.mark.parametrize(
    "text",
    ['{"format": "something else", "version": 1}', "not a backup at all\n", ""],
)
def test_a_refused_file_says_why_on_one_line_and_changes_nothing(
    qtbot: QtBot, locked: PlanStore, tmp_path: Path, text: str
) -> None:
    log = locked.log
    assert log is not None
    log.add_pain(MONDAY, "morning", 4)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    window = shown_window(qtbot, locked)
    window.log_files.restore_action.trigger()
    _choose(qtbot, window, bad)
    box = _shown(window, "logFileTrouble")
    assert box.windowTitle() == "Not restored"
    assert "\n" not in box.text()
    assert str(bad) in box.text()
    assert not [b for b in window.findChildren(QMessageBox, "restoreQuestion") if b.isVisible()]
    assert locked.log is log
    assert _count(locked.paths, locked) == 1
    assert not list(backups_dir(locked.paths).glob("before-restore-*"))
