"""Print, preview and export the week on show, with dialogs that never block the loop.

One ``WeekExporter`` per place that offers the actions (the File menu, the
Week page). The print system loads on first use, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from calfcare.core.settings import Paper
from calfcare.gui.shell.roles import PlansToShow

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from calfcare.export.printer import WeekPrinter


class WeekExporter(QObject):
    """The four actions, and what they do with ``store.plan()``."""

    exported = Signal(Path)  # a PDF or .ics file was written
    printed = Signal()

    def __init__(self, store: PlansToShow, parent: QWidget, *, shortcuts: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        self.window = parent
        self._dialog: QDialog | None = None
        self._printer: QPrinter | None = None
        self.print_action = QAction("&Print week…", parent)
        self.preview_action = QAction("Print pre&view…", parent)
        self.pdf_action = QAction("Export week as P&DF…", parent)
        self.calendar_action = QAction("Export week to &calendar…", parent)
        if shortcuts:
            self.print_action.setShortcuts([QKeySequence("Ctrl+P")])
            self.pdf_action.setShortcuts([QKeySequence("Ctrl+Shift+E")])
        self.print_action.triggered.connect(self.print_week)
        self.preview_action.triggered.connect(self.preview_week)
        self.pdf_action.triggered.connect(self.export_pdf)
        self.calendar_action.triggered.connect(self.export_calendar)
        store.planChanged.connect(self._update_enabled)
        store.profileChanged.connect(self._update_enabled)
        self._update_enabled()

    def actions(self) -> list[QAction]:
        return [self.print_action, self.preview_action, self.pdf_action, self.calendar_action]

    def week_printer(self) -> WeekPrinter | None:
        from calfcare.export.paper import locale_paper
        from calfcare.export.printer import WeekPrinter

        plan = self.store.plan()
        if plan is None:
            return None
        settings = self.store.settings
        paper = {
            Paper.a4: QPageSize.PageSizeId.A4,
            Paper.letter: QPageSize.PageSizeId.Letter,
        }.get(settings.paper, locale_paper())
        name = self.store.profile.name if self.store.profile else None
        return WeekPrinter(
            plan, self.store.library, name=name, paper=paper, pictures=settings.print_pictures
        )

    # Printing ----------------------------------------------------------------------

    def print_week(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._new_printer()
        if printer is None:
            return
        dialog = QPrintDialog(printer, self.window)
        dialog.finished.connect(self._print_finished)
        self._show(dialog)

    def preview_week(self) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self._new_printer()
        if printer is None:
            return
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle("Print preview: your week")
        dialog.paintRequested.connect(self.paint_on)
        self._show(dialog)

    def paint_on(self, printer: QPrinter) -> None:
        """Where the print dialog and the preview's paint request end up."""
        week = self.week_printer()
        if week is not None:
            week.to_printer(printer)
            self.printed.emit()

    # Files -------------------------------------------------------------------------

    def export_pdf(self) -> None:
        self._ask_path("Export the week as PDF", "pdf", "PDF files (*.pdf)", self.write_pdf)

    def export_calendar(self) -> None:
        self._ask_path(
            "Export the week to a calendar", "ics", "Calendar files (*.ics)", self.write_calendar
        )

    def write_pdf(self, path: str) -> None:
        week = self.week_printer()
        if week is None:
            return
        try:
            week.to_pdf(Path(path))
        except OSError as exc:
            self._fail(path, exc)
            return
        self._saved(f"Saved your week as a PDF: {path}")
        self.exported.emit(Path(path))

    def write_calendar(self, path: str) -> None:
        from calfcare.core.storage import write_atomic
        from calfcare.export.calendar import week_ics
        from calfcare.export.calendar_ledger import LEDGER_NAME

        plan = self.store.plan()
        if plan is None:
            return
        try:
            ledger = self.store.paths.data_dir / LEDGER_NAME
            write_atomic(Path(path), week_ics(plan, self.store.library, ledger_file=ledger))
        except OSError as exc:
            self._fail(path, exc)
            return
        self._saved(f"Saved your week for your calendar: {path}")
        self.exported.emit(Path(path))

    # Internals ---------------------------------------------------------------------

    def _update_enabled(self) -> None:
        has_plan = self.store.profile is not None
        for action in self.actions():
            action.setEnabled(has_plan)

    def _new_printer(self) -> QPrinter | None:
        from PySide6.QtPrintSupport import QPrinter

        week = self.week_printer()
        if week is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        week.set_up(printer)
        printer.setDocName(week.title())
        self._printer = printer  # the dialogs only borrow it
        return printer

    def _print_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self._printer is not None:
            self.paint_on(self._printer)

    def _ask_path(
        self, title: str, suffix: str, name_filter: str, slot: Callable[[str], None]
    ) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        start = self.store.week_start
        dialog = QFileDialog(self.window, title, str(Path(folder) / f"calfcare-{start}.{suffix}"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setNameFilter(name_filter)
        dialog.fileSelected.connect(slot)
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        if self._dialog is not None:
            self._dialog.close()
        from PySide6.QtCore import Qt  # here, not at start-up: see widgets/qt_by_name

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._forget_dialog)
        self._dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self._dialog = None

    def _saved(self, text: str) -> None:
        """Say where the file went (a save with no word back looks like nothing happened)."""
        from PySide6.QtCore import Qt

        box = QMessageBox(self.window)
        box.setObjectName("exportSaved")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Saved")
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _fail(self, path: str, exc: OSError) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Could not save")
        box.setText(f"CalfCare could not write {path}.")
        box.setInformativeText(exc.strerror or str(exc))
        from PySide6.QtCore import Qt

        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
