"""The Log menu: a run, shoes, pain and a calf-raise test, each in its own small dialog.

Added by the main window once the store has loaded; the dialogs import on use.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from calfcare.gui.shell.roles import Logbook

ENTRIES = (
    ("run", "Log a &run…", "Ctrl+Shift+R"),
    ("pain", "Log &pain…", "Ctrl+Shift+P"),
    ("raise_test", "Log a calf-raise &test…", "Ctrl+Shift+T"),
    (None, "", ""),
    ("shoes", "Add &shoes…", ""),
    ("retire", "Re&tire shoes…", ""),
)


class LogMenu(QMenu):
    def __init__(self, window: QMainWindow, store: Logbook) -> None:
        super().__init__("&Log", window)
        self.window_ = window
        self.store = store
        self.entry_actions: dict[str, QAction] = {}
        for kind, text, keys in ENTRIES:
            if kind is None:
                self.addSeparator()
                continue
            action = QAction(text, self)
            if keys:
                action.setShortcuts([QKeySequence(keys)])
            action.setData(kind)
            action.triggered.connect(self._triggered)
            self.addAction(action)
            self.entry_actions[kind] = action
        store.logChanged.connect(self._follow_log)
        self._follow_log()

    def open_entry(self, kind: str) -> None:
        from calfcare.gui.log.dialogs import open_log_dialog

        if self.store.log is not None:
            open_log_dialog(kind, self.store, self.window_)

    def _triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_entry(str(action.data()))

    def _follow_log(self) -> None:
        has_log = self.store.log is not None
        for action in self.entry_actions.values():
            action.setEnabled(has_log)
            action.setToolTip("" if has_log else "The progress log could not be opened")


def add_log_menu(window: QMainWindow, store: Logbook, before: QAction | None) -> LogMenu:
    """Put the Log menu in ``window``'s menu bar, before ``before`` (Help) if given."""
    menu = LogMenu(window, store)
    bar = window.menuBar()
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    window.addActions(list(menu.entry_actions.values()))
    return menu
