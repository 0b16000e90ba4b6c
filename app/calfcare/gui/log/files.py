"""File > Back up everything, Restore from backup and Export the progress log: the
command line's ``calfcare backup``, ``calfcare restore`` and ``calfcare log export``
from the menu, with a word after each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from calfcare.core.errors import InputError
from calfcare.core.log import LogError
from calfcare.core.storage import write_atomic
from calfcare.gui.shell.roles import AnswersLogAndPreferences

if TYPE_CHECKING:
    from calfcare.core.log.snapshot import Snapshot

CSV = "Spreadsheet files (*.csv)"
JSON = "JSON files (*.json)"
BACKUPS = "CalfCare backups (*.json *.sqlite3)"
ANY = "All files (*)"


class LogFiles(QObject):
    """Owns the three actions; each asks which file without blocking. Backup and export
    write atomically; a restore checks the file whole, asks, and keeps the old log."""

    def __init__(self, store: AnswersLogAndPreferences, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.dialog: QFileDialog | None = None
        self.backup_action = QAction("&Back up everything…", self)
        self.backup_action.setToolTip("Your answers, settings and progress log in one file")
        self.backup_action.triggered.connect(self.ask_backup)
        self.restore_action = QAction("&Restore from backup…", self)
        self.restore_action.setToolTip("Replace the progress log with a backup's (yours is kept)")
        self.restore_action.triggered.connect(self.ask_restore)
        self.question: QMessageBox | None = None
        self.export_action = QAction("Export the progress &log…", self)
        self.export_action.setToolTip("Every log entry, as a spreadsheet (CSV) or JSON")
        self.export_action.triggered.connect(self.ask_export)
        for action in self.actions():
            action.setEnabled(store.log is not None)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.export_action]

    def ask_backup(self) -> None:
        self._ask("Back up everything", "calfcare-backup.json", [JSON], self.write_backup)

    def ask_export(self) -> None:
        self._ask("Export the progress log", "calfcare-log.csv", [CSV, JSON], self.write_export)

    def ask_restore(self) -> None:
        self._ask("Restore from backup", "", [BACKUPS, ANY], self.check_restore, save=False)

    def check_restore(self, path: str) -> None:
        """Read the whole file first (as ``calfcare restore`` does); then ask."""
        from calfcare.core.log.snapshot import read_backup

        units = self.store.profile.units if self.store.profile is not None else "km"
        try:
            snapshot = read_backup(Path(path), units)
        except (InputError, LogError, OSError) as exc:
            self._tell(QMessageBox.Icon.Warning, "Not restored", _one_line(exc))
            return
        entries = snapshot.count()
        box = QMessageBox(self.window)
        box.setObjectName("restoreQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Restore from backup")
        box.setText(f"Replace your progress log with the {_entries(entries)} in {path}?")
        box.setInformativeText(
            "A safety copy of your current log is kept in CalfCare's backups folder, "
            "so this can be undone."
            + (" Your answers and settings are replaced too." if snapshot.profile else "")
        )
        restore = box.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _r: self._restore(path, snapshot) if box.clickedButton() is restore else None
        )
        self.question = box
        box.open()

    def _restore(self, path: str, snapshot: Snapshot) -> None:
        from calfcare.gui.log.recovery import restore_snapshot

        try:
            done = restore_snapshot(self.store, snapshot)
        except (LogError, OSError) as exc:
            self._tell(QMessageBox.Icon.Warning, "Not restored", _one_line(exc))
            return
        if snapshot.profile is not None:
            self.store.set_profile(snapshot.profile)
        if snapshot.settings is not None:
            self.store.set_settings(snapshot.settings)
        kept = f" Your previous log is kept as {done.previous}." if done.previous else ""
        self._tell(
            QMessageBox.Icon.Information,
            "Restored",
            f"Restored {_entries(done.entries)} from {path}.{kept}",
        )

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
        box.setObjectName(
            "logFileSaved" if icon is QMessageBox.Icon.Information else "logFileTrouble"
        )
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _ask(
        self,
        title: str,
        name: str,
        filters: list[str],
        write: Callable[[str], None],
        *,
        save: bool = True,
    ) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        dialog = QFileDialog(self.window, title, str(Path(folder) / name))
        dialog.setNameFilters(filters)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(name.rsplit(".", 1)[1])
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(write)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()


def _entries(count: int) -> str:
    return f"{count} log {'entry' if count == 1 else 'entries'}"


def _one_line(exc: Exception) -> str:
    """The reason on one line (a file's reason may quote a line of it)."""
    return " ".join(str(exc).split())
