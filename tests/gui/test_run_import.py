"""Importing runs in the app: files dropped on the window, the summary, Progress, Settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from calfcare.core.activities.importing import read_file
from calfcare.core.activities.importing import store as store_runs
from calfcare.core.activities.sources import find_activity_files
from calfcare.core.log import RunEntry
from calfcare.gui.progress.edit import EntryEditDialog
from calfcare.gui.progress.history import details_html
from calfcare.gui.progress.history_cells import Column
from calfcare.gui.progress.page import ProgressPage
from calfcare.gui.settings.page import SettingsPage
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import store_with
from support import make_profile

DATA = Path(__file__).resolve().parent.parent / "data" / "activities"
TODAY = dt.date(2024, 5, 20)  # the Monday after the hand-written runs


# A TCX or GPX start becomes a date in the machine's zone: every test here runs in UTC.
pytestmark = pytest.mark.usefixtures("runner_in_utc")


def _two_runs(folder: Path) -> list[Path]:
    """The hand-written TCX run, and the same run two days earlier (another activity)."""
    first = folder / "saturday.tcx"
    first.write_bytes((DATA / "hand-written-run.tcx").read_bytes())
    second = folder / "thursday.tcx"
    second.write_text(first.read_text().replace("2024-05-18T", "2024-05-16T"))
    return [first, second]


def _drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = QPoint(window.width() // 2, window.height() // 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        at.toPointF(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def _window(qtbot: QtBot, store: PlanStore) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(780, 560)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_two_files_dropped_on_the_window_show_up_in_progress(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    store = store_with(home, make_profile(), today=TODAY)
    window = _window(qtbot, store)
    with qtbot.waitSignal(window.run_import.finished, timeout=20_000) as done:
        _drop(window, _two_runs(tmp_path))
    assert done.args == ["2 runs imported, 0 duplicates, 0 other sports."]
    box = window.run_import.summary_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == done.args[0]
    box.accept()
    with qtbot.waitActive(window):
        window.activateWindow()

    assert store.log is not None
    runs = store.log.entries(RunEntry)
    assert sorted(r.date for r in runs) == [dt.date(2024, 5, 16), dt.date(2024, 5, 18)]
    assert {r.source for r in runs} == {"saturday.tcx", "thursday.tcx"}

    with qtbot.waitSignal(window.pageShown):
        qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.page("progress")
    assert isinstance(page, ProgressPage)
    if not page.charts:
        with qtbot.waitSignal(page.chartsReady):
            page.update()
    distance = page.charts[3]
    heights = list(distance.bars.opts["height"])  # type: ignore[attr-defined]
    assert heights == [18.4]  # the week of 13 May 2024, in km
    assert page.history is not None
    model = page.history.model
    row = model.row_of(dt.date(2024, 5, 18))
    assert row is not None
    saturday = model.index(row, 0)
    assert "ran 9.2 km" in str(model.index(row, Column.DETAIL).data())
    titles = [
        str(model.index(r, Column.WHAT, saturday).data()) for r in range(model.rowCount(saturday))
    ]
    assert titles == ["Run (imported): 9.2 km in 47 min"]
    details = details_html(model.item(model.index(0, 0, saturday)), "km")
    assert "Imported from saturday.tcx, started at " in details


def test_dropping_the_same_files_again_adds_nothing(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    store = store_with(home, make_profile(), today=TODAY)
    window = _window(qtbot, store)
    files = [*_two_runs(tmp_path), DATA / "activity-filecrc.fit", DATA / "walk.gpx"]
    with qtbot.waitSignal(window.run_import.finished, timeout=20_000):
        _drop(window, files)
    with qtbot.waitSignal(window.run_import.finished, timeout=20_000) as again:
        _drop(window, files)
    summary = again.args[0]
    assert summary.startswith("0 runs imported, 2 duplicates, 1 other sport; 1 file could not")
    assert "activity-filecrc.fit: damaged" in summary
    assert store.log is not None
    assert len(store.log.entries(RunEntry)) == 2


def test_shoes_for_imported_runs_are_chosen_in_settings(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    store = store_with(home, make_profile(), today=TODAY)
    assert store.log is not None
    store.log.add_shoes("Trail pair", 0, dt.date(2024, 1, 1))
    store.log.add_shoes("Old pair", 0, dt.date(2023, 1, 1))
    store.log.retire_shoes("Old pair")
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    combo = page.findChild(QComboBox, "import_shoes")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["None", "Trail pair"]
    combo.setFocus()
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.keyClicks(combo, "Trail")
    assert store.settings.import_shoes == "Trail pair"

    window = _window(qtbot, store)
    with qtbot.waitSignal(window.run_import.finished, timeout=20_000):
        _drop(window, _two_runs(tmp_path))
    (pair, _old) = store.log.shoe_distances()
    assert (pair.name, pair.metres) == ("Trail pair", 18_400)


def test_cancel_stops_a_big_import_and_keeps_what_was_imported(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    store = store_with(home, make_profile(), today=TODAY)
    window = _window(qtbot, store)
    text = (DATA / "hand-written-run.tcx").read_text()
    export = tmp_path / "export"
    export.mkdir()
    for n in range(40):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=n)
        (export / f"run-{n:02d}.tcx").write_text(text.replace("2024-05-18T", f"{day}T"))
    clicked: list[int] = []

    def click_cancel(_read: object) -> None:
        progress = window.run_import.progress
        if clicked or progress is None:
            return
        progress.show()
        (button,) = progress.findChildren(QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        clicked.append(1)

    assert window.run_import.start([export])
    worker = window.run_import.worker
    assert worker is not None
    worker.fileRead.connect(click_cancel)  # after the import's own slot: one file is in
    with qtbot.waitSignal(window.run_import.finished, timeout=20_000) as done:
        pass
    assert done.args[0].startswith("Cancelled after 1 of 40 files. 1 run imported")
    assert store.log is not None
    assert len(store.log.entries(RunEntry)) == 1


def test_an_imported_run_is_edited_in_the_runners_units_and_keeps_its_origin(
    qtbot: QtBot, home: Path
) -> None:
    store = store_with(home, make_profile(units="mi"), today=TODAY)
    assert store.log is not None
    read = read_file(find_activity_files([DATA / "hand-written-run.tcx"]).files[0])
    (outcome,) = store_runs(store.log, read)
    run = outcome.run
    assert run is not None
    dialog = EntryEditDialog(run, "mi")
    qtbot.addWidget(dialog)
    dialog.show()
    distance = dialog.findChild(QLineEdit, "edit_metres")
    error = dialog.findChild(QLabel, "error_metres")
    assert distance is not None
    assert error is not None
    assert distance.text() == "5.72"  # 9.2 km
    assert dialog.edited() == run  # untouched: the metres are kept, not the rounded miles
    distance.selectAll()
    qtbot.keyClicks(distance, "1001")
    assert "0 to 1000" in error.text()
    assert dialog.edited() is None
    distance.selectAll()
    qtbot.keyClicks(distance, "6")
    edited = dialog.edited()
    assert isinstance(edited, RunEntry)
    assert edited.metres == pytest.approx(6 * 1609.344)
    assert (edited.source, edited.import_key, edited.start) == (
        run.source,
        run.import_key,
        run.start,
    )
    store.log.update(edited)
    assert store.log.entries(RunEntry) == [edited]
