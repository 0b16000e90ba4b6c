"""A small dialog to correct a logged entry: checked as typed, the message beside the field.

Every value goes through the entry's own ``parse``, the validator the log and
the command line use, so the dialog cannot accept what the log would refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.errors import InputError
from calfcare.core.log import Entry, PainEntry, RaiseTestEntry, RunEntry, SessionEntry
from calfcare.core.log.records import SESSION_STATUS, typed_metres
from calfcare.core.units import shown
from calfcare.gui.progress.history_items import item_title
from calfcare.gui.shell import theme
from calfcare.gui.widgets.dates import day_date


@dataclass(frozen=True)
class Field:
    name: str  # the entry's field, as InputError names it
    label: str
    kind: str  # 'whole', 'number', 'distance' (typed in the runner's units), 'text', 'status'


FIELDS: dict[type[Entry], tuple[Field, ...]] = {
    PainEntry: (Field("score", "Pain (0–10)", "whole"), Field("note", "Note", "text")),
    RunEntry: (
        Field("metres", "Distance", "distance"),
        Field("minutes", "Minutes", "number"),
        Field("note", "Note", "text"),
    ),
    SessionEntry: (Field("status", "How it went", "status"), Field("note", "Note", "text")),
    RaiseTestEntry: (
        Field("left", "Left raises", "whole"),
        Field("right", "Right raises", "whole"),
        Field("note", "Note", "text"),
    ),
}


def can_edit(entry: object) -> bool:
    return type(entry) in FIELDS


def _value(field: Field, text: str, units: str) -> Any:
    """The typed text as the entry's field wants it; InputError in the runner's words."""
    text = text.strip()
    if field.kind == "distance":
        try:
            typed = float(text.replace(",", "."))
        except ValueError:
            raise InputError(f"{field.name}: type a number, like 5 or 5.5") from None
        return typed_metres(typed, units, field.name)
    if field.kind == "whole":
        try:
            return int(text)
        except ValueError:
            raise InputError(f"{field.name}: type a whole number") from None
    if field.kind == "number":
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise InputError(f"{field.name}: type a number, like 5 or 5.5") from None
    return text


class EntryEditDialog(QDialog):
    """Edits one entry; ``edited()`` is the changed entry once accepted."""

    def __init__(
        self,
        entry: Entry,
        units: str,
        parent: QWidget | None = None,
        done: Callable[[Entry, Entry], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.units = units
        self._done = done
        self.setWindowTitle("Change entry")
        self.setModal(True)
        self._fields = FIELDS[type(entry)]
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        for row, field in enumerate(self._fields):
            label = QLabel(f"{field.label} ({units})" if field.kind == "distance" else field.label)
            editor = self._editor(field, getattr(entry, field.name))
            editor.setObjectName(f"edit_{field.name}")
            editor.setAccessibleName(field.label)
            label.setBuddy(editor)
            error = QLabel()
            error.setTextFormat(Qt.TextFormat.PlainText)  # messages echo what was typed
            error.setObjectName(f"error_{field.name}")
            error.setStyleSheet(f"color: {theme.danger()};")
            error.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(error, row, 2)
            self.editors[field.name] = editor
            self.errors[field.name] = error
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 180)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{item_title(entry, units)} on {day_date(entry.day())}")
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self._edited: Entry | None = entry
        self._shown_at_start = {name: self._text(name) for name in self.editors}
        self._check()
        # A bound method: PySide crashes deleting a dialog whose signal holds a lambda.
        self.finished.connect(self._on_finished)

    def _on_finished(self, result: int) -> None:
        after = self._edited
        if (
            self._done is not None
            and result == int(QDialog.DialogCode.Accepted)
            and after is not None
            and after != self.entry
        ):
            self._done(self.entry, after)
        self.deleteLater()

    def _editor(self, field: Field, value: object) -> QLineEdit | QComboBox:
        if field.kind == "status":
            combo = QComboBox()
            combo.addItems(list(SESSION_STATUS))
            combo.setCurrentText(str(value))
            combo.currentTextChanged.connect(self._check)
            return combo
        if field.kind == "distance":
            assert isinstance(value, float)
            edit = QLineEdit(shown(value, self.units))
        else:
            edit = QLineEdit(f"{value:g}" if isinstance(value, float) else str(value))
        edit.textChanged.connect(self._check)
        return edit

    def _text(self, name: str) -> str:
        editor = self.editors[name]
        return editor.currentText() if isinstance(editor, QComboBox) else editor.text()

    def _check(self) -> None:
        """Build the entry from what is typed; show the first problem next to its field."""
        for error in self.errors.values():
            error.clear()
        try:
            values = {
                f.name: _value(f, self._text(f.name), self.units)
                for f in self._fields
                # An untouched field keeps its value: the text shown may be rounded
                # (metres as miles, an imported run's 47.00833 minutes as 47.0083).
                if self._text(f.name) != self._shown_at_start[f.name]
            }
            self._edited = type(self.entry).parse({**self.entry.to_json(), **values})
        except InputError as exc:
            self._edited = None
            name, _, message = str(exc).partition(":")
            target = self.errors.get(name) or next(iter(self.errors.values()))
            target.setText(message.strip() or str(exc))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._edited is not None)

    def edited(self) -> Entry | None:
        """The entry as typed, or None while a field is wrong."""
        return self._edited


def open_edit_dialog(
    entry: Entry, units: str, parent: QWidget, done: Callable[[Entry, Entry], None]
) -> EntryEditDialog:
    """Open the dialog without blocking; ``done(before, after)`` runs if it is accepted."""
    dialog = EntryEditDialog(entry, units, parent, done)
    dialog.open()
    return dialog
