"""Importing runs in the app: File > Import runs…, a folder, or files dropped on the window.

The files are read in a worker thread (a bulk export can hold thousands); each
file's runs are written on the GUI thread, which owns the log, one transaction a
run. A progress dialog with Cancel shows the way, and one summary ends it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from calfcare.core.activities.importing import FileRead, Outcome, Result, Tally, read_file, store
from calfcare.core.activities.sources import find_activity_files
from calfcare.core.errors import InputError
from calfcare.core.log import LogError
from calfcare.gui.shell.roles import LogAndPreferences

FILE_FILTER = (
    "Watch files (*.fit *.tcx *.gpx *.fit.gz *.tcx.gz *.gpx.gz *.zip *.FIT *.TCX *.GPX *.ZIP)"
)
MAX_LISTED = 8  # failed files named in the summary; the rest are counted


class ReadWorker(QThread):
    """Finds the activity files in ``paths`` and reads them one by one, off the GUI thread."""

    counted = Signal(int)  # how many files will be read
    fileRead = Signal(object)  # a FileRead

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        found = find_activity_files(self.paths)
        self.counted.emit(len(found.files) + len(found.problems))
        for path, why in found.problems:
            self.fileRead.emit(FileRead(path, problem=why))
        for activity_file in found.files:
            if self._stop.is_set():
                return
            self.fileRead.emit(read_file(activity_file))


class RunImport(QObject):
    """One import at a time, started from a menu, a file dialog or a drop."""

    finished = Signal(str)  # the summary shown to the runner

    def __init__(self, store: LogAndPreferences, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.worker: ReadWorker | None = None
        self.progress: QProgressDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.tally = Tally()
        self._files = 0
        self._done = 0
        self._cancelled = False
        self._shoes: str | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None

    # Choosing -------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        dialog = QFileDialog(self.window, "Import runs from watch files")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(FILE_FILTER)
        dialog.filesSelected.connect(self._chosen)
        dialog.open()
        return dialog

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self.window, "Import runs from a folder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda folder: self._chosen([folder]))
        dialog.open()
        return dialog

    def _chosen(self, names: list[str]) -> None:
        self.start([Path(n) for n in names])

    # Running --------------------------------------------------------------------------

    def start(self, paths: list[Path]) -> bool:
        """Begin importing ``paths``; False (and a message) if the log is not open or busy."""
        if self.busy or not paths:
            return False
        if self.store.log is None:
            self._show("The progress log could not be opened, so no runs can be imported.")
            return False
        self.tally = Tally()
        self._files = self._done = 0
        self._cancelled = False
        self._shoes = self._pair()
        from PySide6.QtCore import Qt  # on an import, not at start-up: see widgets/qt_by_name

        self.progress = QProgressDialog("Looking for runs…", "Cancel", 0, 0, self.window)
        self.progress.setWindowTitle("Import runs")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        worker = ReadWorker(paths, self)
        worker.counted.connect(self._counted)
        worker.fileRead.connect(self._store)
        worker.finished.connect(self._end)
        self.worker = worker
        worker.start()
        return True

    def cancel(self) -> None:
        self._cancelled = True
        if self.worker is not None:
            self.worker.cancel()

    def _pair(self) -> str | None:
        name = self.store.settings.import_shoes
        log = self.store.log
        if name is None or log is None:
            return None
        pair = log.find_shoes(name)
        return name if pair is not None and not pair.retired else None

    def _counted(self, files: int) -> None:
        self._files = files
        if self.progress is not None:
            self.progress.setRange(0, max(files, 1))
            self.progress.setLabelText(f"Reading {files} file{'s' if files != 1 else ''}…")

    def _store(self, read: FileRead) -> None:
        log = self.store.log
        if self._cancelled or log is None:
            return
        try:
            outcomes = store(log, read, self._shoes)
        except (LogError, InputError) as exc:
            outcomes = [Outcome(Result.failed, read.name, reason=str(exc))]
        for outcome in outcomes:
            self.tally.add(outcome)
        self._done += 1
        if self.progress is not None:
            self.progress.setValue(self._done)

    def _end(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)  # closing it would say Cancel
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.tally.counts[Result.imported]:
            self.store.log_changed()
        summary = self.summary()
        self._show(summary)
        self.finished.emit(summary)

    def summary(self) -> str:
        text = self.tally.summary() + "."
        if self._cancelled:
            text = f"Cancelled after {self._done} of {self._files} files. " + text
        if self._files == 0 and not self._cancelled:
            text = "No .fit, .tcx or .gpx files were found there."
        if self.tally.failed:
            listed = self.tally.failed[:MAX_LISTED]
            more = len(self.tally.failed) - len(listed)
            text += "\n\nNot read:\n" + "\n".join(f"• {line}" for line in listed)
            if more:
                text += f"\n…and {more} more."
        return text

    def _show(self, text: str) -> None:
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, "Import runs", text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.summary_box = box
