"""Typed fields that check what the runner types on every keystroke and say what is allowed."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from calfcare.gui.intake.limits import Limits, show_number
from calfcare.gui.shell import theme
from calfcare.gui.widgets.qt_by_name import number_keyboard, show_plain

_WHOLE = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


class TypedField(QWidget):
    """A line edit with a message beneath it; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(
        self,
        key: str,
        label: str,
        *,
        trailing: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.edit = QLineEdit()
        self.edit.setObjectName(key)
        self.edit.setAccessibleName(label)
        self.message = QLabel()
        show_plain(self.message)  # messages echo what was typed
        self.message.setObjectName(f"{key}_message")
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(f"{label}: message")
        # Room for a two-line message stays reserved while hidden, so fields below do not
        # jump as the runner types.
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        if trailing is not None:
            row.addWidget(trailing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._problem: str | None = None
        self.edit.textChanged.connect(self._check)

    def is_valid(self) -> bool:
        return self._problem is None

    def problem(self) -> str | None:
        return self._problem

    def problem_for(self, text: str) -> tuple[str | None, bool]:
        """(message, is_a_prompt) for ``text``; no message means the text is fine."""
        raise NotImplementedError

    def _check(self) -> None:
        problem, prompt = self.problem_for(self.edit.text())
        self._problem = problem
        if problem is None:
            self.message.clear()
            self.message.hide()
        else:
            self.message.setText(problem)
            # An empty required field is a question still to answer, not a mistake.
            colour = "palette(placeholder-text)" if prompt else theme.danger()
            self.message.setStyleSheet(f"color: {colour};")
            self.message.show()
        self.edit.setAccessibleDescription(problem or "")
        self.changed.emit()

    def recheck(self) -> None:
        self._check()


class NumberField(TypedField):
    """A typed number within the model's range; whole numbers only when ``whole``."""

    def __init__(
        self,
        key: str,
        label: str,
        limits: Limits,
        *,
        whole: bool,
        ask: str,
        trailing: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.limits = limits
        self.whole = whole
        self.ask = ask
        super().__init__(key, label, trailing=trailing, parent=parent)
        number_keyboard(self.edit, whole=whole)
        self.edit.setPlaceholderText(self._range())
        if limits.default is not None:
            self.set_value(limits.default)
        self.recheck()

    def _range(self) -> str:
        low = show_number(self.limits.low or 0)
        high = show_number(self.limits.high or 0)
        return f"{low} to {high}"

    def _parse(self, text: str) -> float | None:
        text = text.strip().replace(",", ".")
        if (_WHOLE if self.whole else _DECIMAL).fullmatch(text) is None:
            return None
        return int(text) if self.whole else float(text)

    def problem_for(self, text: str) -> tuple[str | None, bool]:
        if not text.strip():
            return f"{self.ask} ({self._range()})", True
        number = self._parse(text)
        low, high = self.limits.low, self.limits.high
        if (
            number is None
            or (low is not None and number < low)
            or (high is not None and number > high)
        ):
            kind = "a whole number" if self.whole else "a number"
            return f"{self.label}: {kind} from {self._range()}", False
        return None, False

    def value(self) -> float | None:
        return self._parse(self.edit.text()) if self.is_valid() else None

    def set_value(self, value: float) -> None:
        self.edit.setText(show_number(value))


class TextField(TypedField):
    """Optional free text up to the model's longest length; empty means not given."""

    def __init__(
        self, key: str, label: str, limits: Limits, *, parent: QWidget | None = None
    ) -> None:
        self.limits = limits
        super().__init__(key, label, parent=parent)
        self.recheck()

    def problem_for(self, text: str) -> tuple[str | None, bool]:
        longest = self.limits.max_length
        if longest is not None and len(text.strip()) > longest:
            return (
                f"{self.label}: up to {longest} characters (this has {len(text.strip())})",
                False,
            )
        return None, False

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")
