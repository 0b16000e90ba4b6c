"""The Qt settings made by property name (off the start path) are the ones Qt's enums name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from calfcare.gui.widgets import qt_by_name


def test_the_values_are_qts_own() -> None:
    assert Qt.TextFormat.PlainText.value == qt_by_name.PLAIN_TEXT
    assert Qt.TextFormat.RichText.value == qt_by_name.RICH_TEXT
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == qt_by_name.SELECTABLE_BY_MOUSE
    assert Qt.Orientation.Horizontal.value == qt_by_name.HORIZONTAL
    assert Qt.InputMethodHint.ImhDigitsOnly.value == qt_by_name.DIGITS_ONLY
    assert Qt.InputMethodHint.ImhFormattedNumbersOnly.value == qt_by_name.NUMBERS_ONLY


def test_labels_sliders_and_edits_take_them(qtbot: QtBot) -> None:
    plain, rich = QLabel("<b>x</b>"), QLabel("<b>x</b>")
    qtbot.addWidget(plain)
    qtbot.addWidget(rich)
    qt_by_name.show_plain(plain)
    qt_by_name.show_rich(rich, selectable=True)
    assert plain.textFormat() is Qt.TextFormat.PlainText
    assert rich.textFormat() is Qt.TextFormat.RichText
    assert rich.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    slider = qt_by_name.horizontal_slider()
    qtbot.addWidget(slider)
    assert slider.orientation() is Qt.Orientation.Horizontal
    whole, decimal = QLineEdit(), QLineEdit()
    qtbot.addWidget(whole)
    qtbot.addWidget(decimal)
    qt_by_name.number_keyboard(whole, whole=True)
    qt_by_name.number_keyboard(decimal, whole=False)
    assert whole.inputMethodHints() == Qt.InputMethodHint.ImhDigitsOnly
    assert decimal.inputMethodHints() == Qt.InputMethodHint.ImhFormattedNumbersOnly
