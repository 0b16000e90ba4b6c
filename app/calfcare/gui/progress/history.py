"""The history half of the Progress page: days in a tree, the selection's details, Edit, Delete.

Changes go through an undo stack, so Delete needs no "are you sure": Undo
(Ctrl+Z) puts the entry back with its id.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.errors import InputError
from calfcare.core.log import DayLog, Entry, Log, LogError, RunEntry, StepEntry
from calfcare.gui.progress.edit import EntryEditDialog, can_edit, open_edit_dialog
from calfcare.gui.progress.history_cells import Column
from calfcare.gui.progress.history_items import StepGroup, item_detail, item_title
from calfcare.gui.progress.history_model import HistoryModel
from calfcare.gui.progress.undo import DeleteEntry, EditEntry
from calfcare.gui.widgets.dates import long_date

NO_SELECTION = "Choose a day or an entry to see it in full."
NOTHING_LOGGED = (
    "Nothing logged yet. Tick a session done or score your pain on Today, log a run, "
    "your pain or a calf-raise test from the Log menu, or bring runs in from a watch "
    "(File › Import runs…): each day you log shows here."
)


def step_line(step: StepEntry) -> str:
    what = step.exercise.replace("_", " ").capitalize()
    if step.side:
        what += f", {step.side}"
    if step.set_number:
        what += f", set {step.set_number}"
    if step.planned_reps is not None:
        what += f": {step.actual_reps or 0} of {step.planned_reps} reps"
    else:
        what += f": {step.actual_seconds:.0f} s"
    return f"{step.at:%H:%M} {what}"


def details_html(found: object, units: str) -> str:
    if isinstance(found, DayLog):
        rows = "".join(
            f"<li>{escape(item_title(e, units))}"
            + (f" — {escape(item_detail(e))}" if item_detail(e) else "")
            + "</li>"
            for e in found.entries()
            if not isinstance(e, StepEntry)
        )
        if found.steps:
            rows += f"<li>{escape(item_title(StepGroup(found.steps), units))}</li>"
        return f"<h3>{long_date(found.date)}</h3><ul>{rows}</ul>"
    if isinstance(found, StepGroup):
        steps = "".join(f"<li>{escape(step_line(s))}</li>" for s in found.steps)
        return f"<h3>{escape(item_title(found, units))}</h3><ul>{steps}</ul>"
    if isinstance(found, Entry):
        note = getattr(found, "note", "")
        shoes = found.shoes if isinstance(found, RunEntry) else None
        extra = f"<p>Shoes: {escape(shoes)}</p>" if shoes else ""
        if isinstance(found, RunEntry) and found.imported:
            start = f", started at {found.start:%H:%M}" if found.start else ""
            extra += f"<p>Imported from {escape(found.source)}{start}</p>"
        return (
            f"<h3>{escape(item_title(found, units))}</h3>"
            f"<p>{long_date(found.day())}</p>{extra}"
            + (f"<p>Note: {escape(note)}</p>" if note else "")
        )
    return escape(NO_SELECTION)


class HistoryPanel(QWidget):
    """``changed(date)`` after each edit, delete, undo or redo of an entry on that day."""

    changed = Signal(object)
    message = Signal(str)

    def __init__(self, log: Log, today: dt.date, units: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.log = log
        self.units = units
        self.undo_stack = QUndoStack(self)
        self.model = HistoryModel(log, today, units, self)
        self.view = QTreeView()
        self.view.setObjectName("history")
        self.view.setAccessibleName("History by day")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)  # fast with thousands of days
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WHAT, 230)
        self.model.fetchMore(QModelIndex())  # the newest weeks, before the first paint
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        # The first entry logged (or the last one deleted) changes what the details say.
        for emptied_or_filled in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
        ):
            emptied_or_filled.connect(self._on_rows)
        self.view.doubleClicked.connect(self._on_double_click)

        self.details = QTextBrowser()
        self.details.setObjectName("historyDetails")
        self.details.setAccessibleName("Details")
        self.details.setMaximumHeight(170)
        self.details.setOpenLinks(False)

        self.edit_button = QPushButton("Edit…")
        self.edit_button.setObjectName("editEntry")
        self.edit_button.setToolTip("Change the selected entry (Enter)")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.setToolTip("Delete the selected entry (Delete); Undo brings it back")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._on_undo_text)
        self._on_undo_text("")
        self.undo_button.setEnabled(False)

        for keys, slot, owner in (
            ("Del", self.delete_selected, self.view),
            ("Return", self.edit_selected, self.view),
            ("Ctrl+Z", self.undo_stack.undo, self),
            ("Ctrl+Shift+Z", self.undo_stack.redo, self),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        title = QLabel("History")
        title.setObjectName("chartTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self._on_selection()

    def set_log(self, log: Log) -> None:
        """Show another log (a restore replaced it); its undo history no longer applies."""
        self.log = log
        self.undo_stack.clear()
        self.model.set_log(log)
        self._on_selection()

    # Selection ---------------------------------------------------------------------

    def current(self) -> object:
        return self.model.item(self.view.currentIndex())

    def selected_entry(self) -> Entry | None:
        found = self.current()
        return found if isinstance(found, Entry) else None

    def _on_selection(self, *_: QItemSelection) -> None:
        found = self.current()
        if found is None and not self.model.rowCount():
            self.details.setPlainText(NOTHING_LOGGED)  # a new runner: where entries come from
        else:
            self.details.setHtml(details_html(found, self.units))
        self.edit_button.setEnabled(can_edit(found))
        self.delete_button.setEnabled(isinstance(found, Entry))

    def _on_rows(self, *_: object) -> None:
        if self.current() is None:
            self._on_selection()

    def _on_double_click(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _on_undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(f"Undo: {text} (Ctrl+Z)" if text else "Nothing to undo")

    # Changes -----------------------------------------------------------------------

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.id is None:
            return
        row = self.view.currentIndex().row()
        try:
            self.log.delete(type(entry), entry.id)
        except (InputError, LogError) as exc:
            self.message.emit(f"Could not delete it: {exc}")
            return
        command = DeleteEntry(entry, self.units, self.log, self._after, self.message.emit)
        self.undo_stack.push(command)
        self._after(entry.day())
        self._select_near(entry.day(), row)
        self.message.emit(
            f"Deleted: {item_title(entry, self.units)}. Undo (Ctrl+Z) brings it back."
        )

    def edit_selected(self) -> EntryEditDialog | None:
        entry = self.selected_entry()
        if entry is None or not can_edit(entry):
            return None
        return open_edit_dialog(entry, self.units, self, self._save_edit)

    def _save_edit(self, before: Entry, after: Entry) -> None:
        try:
            self.log.update(after)
        except (InputError, LogError) as exc:
            self.message.emit(f"Could not save the change: {exc}")
            return
        command = EditEntry(
            before,
            after,
            units=self.units,
            log=self.log,
            changed=self._after,
            failed=self.message.emit,
        )
        self.undo_stack.push(command)
        self._after(after.day())
        self.message.emit(f"Saved: {item_title(after, self.units)}.")

    def _after(self, date: dt.date) -> None:
        self.model.refresh_day(date)
        self._on_selection()
        self.changed.emit(date)

    def _select_near(self, date: dt.date, row: int) -> None:
        """After a delete, select what took the entry's place (or its day)."""
        day_row = self.model.row_of(date)
        if day_row is None:
            return
        day = self.model.index(day_row, 0)
        children = self.model.rowCount(day)
        target = self.model.index(min(row, children - 1), 0, day) if children else day
        self.view.setCurrentIndex(target)

    def select_first_day(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0, QModelIndex()))
