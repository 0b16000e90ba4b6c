"""A yes-or-no question in words: two worded answers, the safe one the default, one at a
time, answered through a callback so the window behind never blocks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget


def question_box(
    parent: QWidget, title: str, question: str, consequence: str, *, yes: str, no: str
) -> QMessageBox:
    """A question over ``parent`` answered ``yes`` (the Yes button) or ``no`` (No, the
    default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setInformativeText(consequence)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    for button, text in (
        (QMessageBox.StandardButton.Yes, yes),
        (QMessageBox.StandardButton.No, no),
    ):
        box.button(button).setText(text)
        box.button(button).setIcon(QIcon())  # the style's yes/no icons read backwards here
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


class OneQuestion:
    """Asks one question at a time; ``answered(True)`` when the runner chose yes."""

    def __init__(self, answered: Callable[[bool], None]) -> None:
        self._answered = answered
        self._box: QMessageBox | None = None

    def is_open(self) -> bool:
        return self._box is not None

    def ask(self, box: QMessageBox) -> None:
        """Open ``box`` (window-modal), unless a question is open already."""
        if self._box is not None:
            box.deleteLater()
            return
        self._box = box
        box.finished.connect(self._closed)
        box.open()

    def _closed(self) -> None:
        box, self._box = self._box, None
        if box is None:
            return
        box.deleteLater()
        self._answered(box.clickedButton() is box.button(QMessageBox.StandardButton.Yes))
