"""File > Back up everything and Export the progress log write what the command line
writes, and say where it went."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from calfcare.core.log.snapshot import read_backup
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import shown_window
from support import MONDAY


def _save_as(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    dialog = window.log_files.dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()  # open, not exec'd: the app keeps running
    dialog.selectFile(str(path))
    dialog.accept()


def _told(window: MainWindow) -> str:
    [box] = [b for b in window.findChildren(QMessageBox, "logFileSaved") if b.isVisible()]
    text = box.text()
    box.close()
    return text


def test_back_up_everything_from_the_file_menu(
    qtbot: QtBot, store: PlanStore, tmp_path: Path
) -> None:
    assert store.log is not None
    store.log.add_pain(MONDAY, "morning", 4)
    window = shown_window(qtbot, store)
    titles = [a.text() for a in window.file_menu.actions()]
    assert "&Back up everything…" in titles
    window.log_files.backup_action.trigger()
    target = tmp_path / "backup.json"
    _save_as(qtbot, window, target)
    assert str(target) in _told(window)
    snapshot = read_backup(target)  # the same checks as `calfcare restore` makes
    assert snapshot is not None
    assert '"morning"' in target.read_text(encoding="utf-8")


def test_export_the_log_as_csv_or_json(qtbot: QtBot, store: PlanStore, tmp_path: Path) -> None:
    assert store.log is not None
    store.log.add_run(MONDAY, 5.0, 30.0)
    window = shown_window(qtbot, store)
    window.log_files.export_action.trigger()
    csv = tmp_path / "log.csv"
    _save_as(qtbot, window, csv)
    assert "log.csv" in _told(window)
    assert "run" in csv.read_text(encoding="utf-8")
    window.log_files.export_action.trigger()
    as_json = tmp_path / "log.json"
    _save_as(qtbot, window, as_json)
    _told(window)
    assert json.loads(as_json.read_text(encoding="utf-8"))
