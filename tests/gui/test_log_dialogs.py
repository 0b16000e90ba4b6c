"""The Log menu's entry dialogs: each refuses a bad value beside the field, with Save off,
and saves a good one to the log."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from calfcare.core.log import Log, PainEntry, RaiseTestEntry, RunEntry
from calfcare.gui.log.dialogs import (
    PainDialog,
    RaiseTestDialog,
    RetireShoesDialog,
    RunDialog,
    ShoesDialog,
    open_log_dialog,
)
from calfcare.gui.log.form import EntryDialog
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from driving import retype
from gui_stores import active_window
from support import MONDAY

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(qtbot: QtBot, store: PlanStore, kind: str) -> EntryDialog:
    dialog = open_log_dialog(kind, store)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def _edit(dialog: EntryDialog, key: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, key)
    assert found is not None
    return found


def _message(dialog: EntryDialog, key: str) -> QLabel:
    found = dialog.findChild(QLabel, f"{key}_message")
    assert found is not None
    return found


def _refused(qtbot: QtBot, dialog: EntryDialog, key: str, text: str, says: str) -> None:
    retype(qtbot, _edit(dialog, key), text)
    assert not dialog.ok.isEnabled()
    assert _message(dialog, key).isVisible()
    assert says in _message(dialog, key).text()


def _save(qtbot: QtBot, store: PlanStore, dialog: EntryDialog) -> None:
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(dialog.ok, LEFT)
    assert not dialog.isVisible()


def _log(store: PlanStore) -> Log:
    assert store.log is not None
    return store.log


def test_log_a_run(qtbot: QtBot, store: PlanStore) -> None:
    _log(store).add_shoes("Trail pair", 120_000, MONDAY)
    dialog = _open(qtbot, store, "run")
    assert isinstance(dialog, RunDialog)
    assert not dialog.ok.isEnabled()  # nothing typed yet
    assert "km, 0 to 1000" in [label.text() for label in dialog.findChildren(QLabel)]
    _refused(qtbot, dialog, "distance", "5000", "Distance: a number from 0 to 1000")
    _refused(qtbot, dialog, "distance", "five", "Distance: a number from 0 to 1000")
    retype(qtbot, _edit(dialog, "distance"), "8.5")
    _refused(qtbot, dialog, "minutes", "2000", "Minutes: a number from 0 to 1440")
    retype(qtbot, _edit(dialog, "minutes"), "52")
    shoes = dialog.findChild(QComboBox, "shoes")
    assert shoes is not None
    shoes.setCurrentIndex(shoes.findText("Trail pair"))
    _save(qtbot, store, dialog)
    [run] = _log(store).entries(RunEntry)
    assert (run.date, run.metres, run.minutes, run.shoes) == (MONDAY, 8500, 52.0, "Trail pair")


def test_add_and_retire_shoes(qtbot: QtBot, store: PlanStore) -> None:
    _log(store).add_shoes("Old pair", 600_000, MONDAY)
    dialog = _open(qtbot, store, "shoes")
    assert isinstance(dialog, ShoesDialog)
    _refused(qtbot, dialog, "name", "old PAIR", "there is already a pair called 'old PAIR'")
    _refused(qtbot, dialog, "name", "x" * 61, "Name: up to 60 characters")
    retype(qtbot, _edit(dialog, "name"), "New pair")
    _refused(qtbot, dialog, "start_distance", "-3", "a number from 0 to 100000")
    retype(qtbot, _edit(dialog, "start_distance"), "40")
    _save(qtbot, store, dialog)
    pair = _log(store).find_shoes("New pair")
    assert pair is not None
    assert (pair.start_metres, pair.started, pair.retired) == (40_000, MONDAY, False)

    retire = _open(qtbot, store, "retire")
    assert isinstance(retire, RetireShoesDialog)
    combo = retire.findChild(QComboBox, "pair")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == ["Old pair", "New pair"]
    combo.setCurrentIndex(0)
    _save(qtbot, store, retire)
    old = _log(store).find_shoes("Old pair")
    assert old is not None
    assert old.retired


def test_retire_with_no_shoes_keeps_save_off(qtbot: QtBot, store: PlanStore) -> None:
    dialog = _open(qtbot, store, "retire")
    assert not dialog.ok.isEnabled()
    assert "No shoes in use: add a pair first." in [
        label.text() for label in dialog.findChildren(QLabel)
    ]


def test_log_pain(qtbot: QtBot, store: PlanStore) -> None:
    dialog = _open(qtbot, store, "pain")
    assert isinstance(dialog, PainDialog)
    _refused(qtbot, dialog, "score", "11", "Pain: a whole number from 0 to 10")
    _refused(qtbot, dialog, "score", "2.5", "Pain: a whole number from 0 to 10")
    retype(qtbot, _edit(dialog, "score"), "4")
    when = dialog.findChild(QComboBox, "when")
    assert when is not None
    when.setCurrentIndex(when.findData("during"))
    qtbot.keyClicks(_edit(dialog, "note"), "hill repeats")
    _save(qtbot, store, dialog)
    [pain] = _log(store).entries(PainEntry)
    assert (pain.date, pain.when, pain.score, pain.note) == (MONDAY, "during", 4, "hill repeats")


def test_log_a_raise_test(qtbot: QtBot, store: PlanStore) -> None:
    dialog = _open(qtbot, store, "raise_test")
    assert isinstance(dialog, RaiseTestDialog)
    _refused(qtbot, dialog, "left", "501", "Left: a whole number from 0 to 500")
    retype(qtbot, _edit(dialog, "left"), "22")
    assert not dialog.ok.isEnabled()  # the right leg is still to fill in
    retype(qtbot, _edit(dialog, "right"), "25")
    qtbot.keyClick(_edit(dialog, "right"), Qt.Key.Key_Return)  # Enter saves, as OK does
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [test] = _log(store).entries(RaiseTestEntry)
    assert (test.date, test.left, test.right) == (MONDAY, 22, 25)


@pytest.mark.parametrize("kind", ["run", "pain", "raise_test", "shoes", "retire"])
def test_the_log_menu_opens_each_dialog(qtbot: Any, store: PlanStore, kind: str) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&Log", "&Help"]
    window.log_menu.entry_actions[kind].trigger()
    [dialog] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert dialog.parent() is window
    dialog.reject()


def _open_dialog(qtbot: QtBot, window: MainWindow) -> EntryDialog:
    def opened() -> None:
        assert any(d.isVisible() for d in window.findChildren(EntryDialog))

    qtbot.waitUntil(opened)
    [dialog] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_pain_shortcut_then_typing_a_score_and_enter_logs_it(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = active_window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | SHIFT)
    dialog = _open_dialog(qtbot, window)
    typing_into = QApplication.focusWidget()
    assert typing_into is _edit(dialog, "score")
    qtbot.keyClicks(typing_into, "5")
    with qtbot.waitSignal(store.logChanged):
        qtbot.keyClick(typing_into, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [entry] = _log(store).entries(PainEntry)
    assert entry.score == 5


def test_add_shoes_takes_the_name_as_typed_and_space_does_not_cancel(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = active_window(qtbot, store)
    window.log_menu.entry_actions["shoes"].trigger()
    dialog = _open_dialog(qtbot, window)
    typing_into = QApplication.focusWidget()
    assert typing_into is _edit(dialog, "name")
    qtbot.keyClicks(typing_into, "Trail shoes")
    assert dialog.isVisible()
    with qtbot.waitSignal(store.logChanged):
        qtbot.keyClick(typing_into, Qt.Key.Key_Enter)
    assert [pair.name for pair in _log(store).shoes()] == ["Trail shoes"]


def test_enter_with_a_field_still_wrong_saves_nothing(qtbot: QtBot, store: PlanStore) -> None:
    window = active_window(qtbot, store)
    window.log_menu.entry_actions["run"].trigger()
    dialog = _open_dialog(qtbot, window)
    typing_into = QApplication.focusWidget()
    assert typing_into is _edit(dialog, "distance")
    qtbot.keyClicks(typing_into, "5")
    qtbot.keyClick(typing_into, Qt.Key.Key_Return)  # minutes still empty
    assert dialog.isVisible()
    assert _log(store).entries(RunEntry) == []
    # Tab runs through the fields before reaching Save and Cancel.
    qtbot.keyClick(typing_into, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is _edit(dialog, "minutes")


def test_fields_below_do_not_jump_as_a_message_appears(qtbot: QtBot, store: PlanStore) -> None:
    dialog = _open(qtbot, store, "run")
    distance, minutes = _edit(dialog, "distance"), _edit(dialog, "minutes")
    qtbot.keyClicks(distance, "5")
    qtbot.waitUntil(lambda: not _message(dialog, "distance").isVisible())
    layout = dialog.layout()
    assert layout is not None
    layout.activate()
    where = minutes.mapTo(dialog, minutes.rect().topLeft())
    retype(qtbot, distance, "abc")  # wrong: the message shows under the field
    qtbot.waitUntil(_message(dialog, "distance").isVisible)
    layout.activate()
    assert minutes.mapTo(dialog, minutes.rect().topLeft()) == where
