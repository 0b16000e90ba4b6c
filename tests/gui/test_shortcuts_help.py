"""Help > Keyboard shortcuts lists every key the menus answer to, and the player's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from calfcare.gui.player.keys import PLAYER_KEYS
from calfcare.gui.shell.shortcuts import ShortcutsDialog
from calfcare.gui.shell.store import PlanStore

from gui_stores import active_window


def test_f1_lists_every_shortcut(qtbot: QtBot, store: PlanStore) -> None:
    window = active_window(qtbot, store)
    qtbot.keyClick(window, Qt.Key.Key_F1)

    def shown() -> None:
        assert any(d.isVisible() for d in window.findChildren(ShortcutsDialog))

    qtbot.waitUntil(shown)
    [dialog] = [d for d in window.findChildren(ShortcutsDialog) if d.isVisible()]
    listed = dialog.text.toPlainText()
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    keys = {
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for menu in menus
        for action in menu.actions()
        for k in action.shortcuts()
    }
    assert {"Ctrl+Q", "Ctrl+1", "Ctrl+Shift+P", "Ctrl+P", "F1"} <= keys
    for key in keys:
        assert key in listed, key
    for key, _what in PLAYER_KEYS:
        assert key in listed
    dialog.close()
