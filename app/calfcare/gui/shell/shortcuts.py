"""Help > Keyboard shortcuts: every key the app answers to, read from the menus' own
actions (so the list cannot drift from them) and the session player's keys."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calfcare.gui.player.keys import PLAYER_KEYS


def _words(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for each action of ``window`` and its menus that has a shortcut."""
    seen: set[str] = set()
    found: list[tuple[str, str]] = []
    actions = list(window.actions())
    for menu in window.findChildren(QMenu):
        actions += menu.actions()
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        what = _words(action)
        if keys and what and what not in seen:
            seen.add(what)
            found.append((what, keys))
    return found


def shortcuts_html(window: QWidget) -> str:
    def table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding: 2px 24px 2px 0'><b>{escape(keys)}</b></td>"
            f"<td>{escape(what)}</td></tr>"
            for what, keys in rows
        )
        return f"<table>{cells}</table>"

    return (
        "<h3>In the main window</h3>"
        + table(window_shortcuts(window))
        + "<h3>While a session plays</h3>"
        + table([(what, keys) for keys, what in PLAYER_KEYS])
    )


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.text = QTextBrowser()
        self.text.setObjectName("shortcuts")
        self.text.setAccessibleName("Keyboard shortcuts")
        self.text.setHtml(shortcuts_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 70, metrics.height() * 30)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
