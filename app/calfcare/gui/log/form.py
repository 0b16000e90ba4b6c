"""The frame every log entry dialog shares: fields that check as you type, OK only when right.

The fields are the intake's (``intake/fields.py``), so a log dialog shows the
allowed range and says what is wrong the same way the intake does.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.errors import InputError
from calfcare.core.log import Log, LogError
from calfcare.core.log.records import NOTE_MAX
from calfcare.gui.intake.fields import NumberField, TextField, TypedField
from calfcare.gui.intake.limits import Limits, show_number
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import Logbook
from calfcare.gui.widgets.dates import localise_date_edit

EARLIEST = dt.date(2000, 1, 1)


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def number_field(
    key: str, label: str, low: float, high: float, *, whole: bool, ask: str, unit: str = ""
) -> NumberField:
    """A number field with its range (and unit) shown beside it."""
    allowed = f"{show_number(low)} to {show_number(high)}"
    return NumberField(
        key,
        label,
        Limits(low=low, high=high),
        whole=whole,
        ask=ask,
        trailing=hint(f"{unit}, {allowed}" if unit else allowed),
    )


def note_field() -> TextField:
    return TextField("note", "Note", Limits(max_length=NOTE_MAX))


class DateRow(QWidget):
    """A date from 2000 up to today, typed or picked; the range is beside it."""

    def __init__(self, key: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.edit.setObjectName(key)
        localise_date_edit(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(
            QDate(EARLIEST.year, 1, 1), QDate(today.year, today.month, today.day)
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(hint(f"{EARLIEST.year} to today"))

    def value(self) -> dt.date:
        picked = self.edit.date()
        return dt.date(picked.year(), picked.month(), picked.day())


class NameField(TypedField):
    """A required name, unique among ``taken`` (the shoes already in the log)."""

    def __init__(self, key: str, label: str, longest: int, taken: set[str]) -> None:
        self.longest = longest
        self.taken = {name.casefold() for name in taken}
        super().__init__(key, label, trailing=hint(f"up to {longest} characters"))
        self.recheck()

    def problem_for(self, text: str) -> tuple[str | None, bool]:
        name = text.strip()
        if not name:
            return f"Give the pair a name (up to {self.longest} characters)", True
        if len(name) > self.longest:
            return f"{self.label}: up to {self.longest} characters (this has {len(name)})", False
        if name.casefold() in self.taken:
            return f"{self.label}: there is already a pair called {name!r}", False
        return None, False

    def value(self) -> str:
        return self.edit.text().strip()


class EntryDialog(QDialog):
    """Subclasses add rows and write the entry in ``save``; a refusal from the log shows
    under the fields and the dialog stays open."""

    def __init__(self, store: Logbook, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert store.log is not None, "log dialogs need the open log"
        self.store = store
        self.log: Log = store.log
        self.setWindowTitle(title)
        self.fields: list[TypedField] = []
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # messages echo what was typed
        self.error.setObjectName("entry_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.danger()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ok.setDefault(True)  # Enter in a field saves, once every field is right
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._shown_once = False

    def add_row(self, label: str, widget: QWidget) -> None:
        if isinstance(widget, TypedField):
            self.fields.append(widget)
            widget.changed.connect(self.update_ok)
        if isinstance(widget, DateRow):
            widget.edit.setAccessibleName(label)  # the row's label names the row, not the edit
        self.form.addRow(label, widget)
        self.update_ok()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown_once:
            self._shown_once = True
            self._buttons_last()
            self.first_answer().setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def _buttons_last(self) -> None:
        """Tab goes through the fields before Save and Cancel (the rows came after them)."""
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(self.buttons)
        self.buttons.setParent(None)
        self.buttons.setParent(self)
        layout.addWidget(self.buttons)
        self.buttons.show()

    def first_answer(self) -> QWidget:
        """Where typing starts: the first field still to fill in, else the first field."""
        for field in self.fields:
            if not field.is_valid():
                return field.edit
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.isEnabled():
                return widget.focusProxy() or _first_focusable(widget)
        return self.ok

    def ready(self) -> bool:
        """Beyond every field being right: subclasses may add a condition."""
        return True

    def update_ok(self) -> None:
        self.ok.setEnabled(all(f.is_valid() for f in self.fields) and self.ready())

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.ok.isEnabled():
            return  # Enter in a field while something is still wrong
        try:
            self.save()
        except (InputError, LogError) as exc:
            self.error.setText(f"Not saved: {exc}")
            self.error.show()
            return
        super().accept()
        self.store.log_changed()


def _first_focusable(widget: QWidget) -> QWidget:
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return widget
    for inner in widget.findChildren(QWidget):
        if inner.focusPolicy() != Qt.FocusPolicy.NoFocus and inner.isEnabled():
            return inner
    return widget


def open_dialog(dialog: EntryDialog) -> EntryDialog:
    """Show ``dialog`` without blocking; it deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
