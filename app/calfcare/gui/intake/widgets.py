"""Small building blocks the intake pages share: headings, wrapped check boxes, check grids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TypeVar

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from calfcare.gui.widgets.qt_by_name import show_plain

T = TypeVar("T")


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    show_plain(label)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class _ToggleLabel(QLabel):
    """A label that ticks its check box when clicked, as a check box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        show_plain(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt  # on a click, long after start-up: see qt_by_name

        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class WrappedCheck(QWidget):
    """A check box whose text wraps, with an optional smaller line of detail beneath."""

    def __init__(
        self, key: str, text: str, detail: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setObjectName(key)
        self.box.setAccessibleName(text)
        self.box.setAccessibleDescription(detail)
        self.text = _ToggleLabel(text, self.box)
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.text)
        if detail:
            self.detail = _ToggleLabel(detail, self.box)
            font = self.detail.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            self.detail.setFont(font)
            self.detail.setStyleSheet("color: palette(placeholder-text);")
            words.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        box_column = QVBoxLayout()  # the box at the top, beside the first line of text
        box_column.addWidget(self.box)
        box_column.addStretch(1)
        layout.addLayout(box_column)
        layout.addLayout(words, 1)


def check_grid(
    prefix: str,
    choices: Mapping[T, str],
    columns: int = 2,
) -> tuple[QGridLayout, dict[T, QCheckBox]]:
    """Check boxes named ``<prefix>_<value>``, filled down then across ``columns`` columns."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    boxes: dict[T, QCheckBox] = {}
    rows = -(-len(choices) // columns)
    for index, (value, text) in enumerate(choices.items()):
        box = QCheckBox(text)
        box.setObjectName(f"{prefix}_{value}")
        box.setAccessibleName(text)
        grid.addWidget(box, index % rows, index // rows)
        boxes[value] = box
    return grid, boxes


def ticked(boxes: Mapping[T, QCheckBox], before: Sequence[T] = ()) -> list[T]:
    """The ticked values: those answered before keep their order, new ones follow."""
    chosen = [value for value, box in boxes.items() if box.isChecked()]
    kept = [value for value in before if value in chosen]
    return kept + [value for value in chosen if value not in kept]


def tick(boxes: Mapping[T, QCheckBox], values: Iterable[T]) -> None:
    wanted = set(values)
    for value, box in boxes.items():
        box.setChecked(value in wanted)


def chain_focus(widgets: Sequence[QWidget]) -> None:
    """Tab through ``widgets`` in the order given (the order they read on the page)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
