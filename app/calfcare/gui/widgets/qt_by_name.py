"""A few Qt settings made by property name, for the widgets built before the window is ready.

``from PySide6.QtCore import Qt`` makes Python enums for the whole Qt namespace
(about 25 ms of CPU, measured with ``benchmarks/run.py startup``), so the widgets
on the way to the plan or the intake set these values by name instead; the rest of
the app uses ``Qt`` as usual. ``tests/gui/test_qt_by_name.py`` checks each value.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSlider

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
RICH_TEXT = 1  # Qt.TextFormat.RichText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
HORIZONTAL = 1  # Qt.Orientation.Horizontal
DIGITS_ONLY = 0x10000  # Qt.InputMethodHint.ImhDigitsOnly
NUMBERS_ONLY = 0x20000  # Qt.InputMethodHint.ImhFormattedNumbersOnly


def show_plain(label: QLabel) -> None:
    """Show the label's text as it is: never read as markup."""
    label.setProperty("textFormat", PLAIN_TEXT)


def show_rich(label: QLabel, *, selectable: bool = False) -> None:
    """Read the label's text as markup; ``selectable`` lets the mouse select it."""
    label.setProperty("textFormat", RICH_TEXT)
    if selectable:
        label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)


def horizontal_slider() -> QSlider:
    slider = QSlider()
    slider.setProperty("orientation", HORIZONTAL)
    return slider


def number_keyboard(edit: QLineEdit, *, whole: bool) -> None:
    """Ask on-screen keyboards for digits (``whole``) or for a number with a decimal point."""
    edit.setProperty("inputMethodHints", DIGITS_ONLY if whole else NUMBERS_ONLY)
