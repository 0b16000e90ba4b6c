"""Helpers that drive the intake wizard (and answer the app's questions) with real clicks
and key presses."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.profile import Profile
from calfcare.gui.intake.wizard import IntakeWizard

from support import MONDAY

W = TypeVar("W", bound=QObject)
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
LEFT = Qt.MouseButton.LeftButton


# Helpers -----------------------------------------------------------------------------


def open_question(qtbot: QtBot, parent: QWidget, name: str = "") -> QMessageBox:
    """The one question showing over ``parent`` (named ``name``, if given), once it shows."""

    def shown() -> list[QMessageBox]:
        return [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def make_wizard(
    qtbot: QtBot,
    library: ContentLibrary,
    profile: Profile | None = None,
    parent: QWidget | None = None,
) -> IntakeWizard:
    wizard = IntakeWizard(library, profile, MONDAY, parent)
    if parent is None:
        qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def child(wizard: QWidget, kind: type[W], name: str) -> W:
    found = wizard.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its cell may be wider than its text)."""
    middle = button.height() // 2
    qtbot.mouseClick(button, LEFT, pos=QPoint(middle, middle))


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, as a runner would."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text:
        qtbot.keyClicks(edit, text)


def press_down(qtbot: QtBot, box: QComboBox, times: int) -> None:
    box.setFocus()
    for _ in range(times):
        qtbot.keyClick(box, Qt.Key.Key_Down)


def go_next(qtbot: QtBot, wizard: IntakeWizard) -> None:
    button = wizard.button(NEXT)
    assert button.isEnabled(), "Next is disabled"
    with qtbot.waitSignal(wizard.currentIdChanged):
        qtbot.mouseClick(button, LEFT)


def finish(qtbot: QtBot, wizard: IntakeWizard) -> None:
    button = wizard.button(FINISH)
    assert button.isVisible(), "Finish is not shown"
    assert button.isEnabled(), "Finish is disabled"
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(button, LEFT)


def answer_required(qtbot: QtBot, wizard: IntakeWizard, *, age: str = "40") -> None:
    """From Welcome to the time page, answering only what has no default."""
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), age)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    press_down(qtbot, child(wizard, QComboBox, "experience"), 3)
    go_next(qtbot, wizard)
