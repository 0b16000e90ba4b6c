"""File > Back up everything and File > Export the progress log: the command line's
``calfcare backup`` and ``calfcare log export`` from the menu, with a word after each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from calfcare.core.storage import write_atomic
from calfcare.gui.shell.roles import Logbook

CSV = "Spreadsheet files (*.csv)"
JSON = "JSON files (*.json)"


class LogFiles(QObject):
    """Owns the two actions; each asks where (without blocking) and writes atomically."""

    def __init__(self, store: Logbook, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.dialog: QFileDialog | None = None
        self.backup_action = QAction("&Back up everything…", self)
        self.backup_action.setToolTip("Your answers, settings and progress log in one file")
        self.backup_action.triggered.connect(self.ask_backup)
        self.export_action = QAction("Export the progress &log…", self)
        self.export_action.setToolTip("Every log entry, as a spreadsheet (CSV) or JSON")
        self.export_action.triggered.connect(self.ask_export)
        for action in self.actions():
            action.setEnabled(store.log is not None)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.export_action]

    def ask_backup(self) -> None:
        self._ask("Back up everything", "calfcare-backup.json", [JSON], self.write_backup)

    def ask_export(self) -> None:
        self._ask("Export the progress log", "calfcare-log.csv", [CSV, JSON], self.write_export)

    def write_backup(self, path: str) -> None:
        from calfcare.core.log.snapshot import backup_json

        log = self.store.log
        if log is None:
            return
        self._write(path, lambda: backup_json(self.store.paths, log.connection), "a backup")

    def write_export(self, path: str) -> None:
        from calfcare.core.log import export

        log = self.store.log
        if log is None:
            return
        as_json = path.lower().endswith(".json")
        self._write(
            path,
            lambda: (export.log_json if as_json else export.log_csv)(log.connection),
            "your progress log",
        )

    def _write(self, path: str, text: Callable[[], str], what: str) -> None:
        try:
            write_atomic(Path(path), text())
        except OSError as exc:
            self._tell(
                QMessageBox.Icon.Warning,
                "Could not save",
                f"CalfCare could not write {path}: {exc.strerror or exc}",
            )
            return
        self._tell(QMessageBox.Icon.Information, "Saved", f"Saved {what} to {path}")

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(self.window)
        box.setObjectName("logFileSaved" if icon is QMessageBox.Icon.Information else "")
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _ask(self, title: str, name: str, filters: list[str], write: Callable[[str], None]) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(self.window, title, str(Path(folder) / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(filters)
        dialog.setDefaultSuffix(name.rsplit(".", 1)[1])
        dialog.fileSelected.connect(write)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
