"""Tab through Settings and Today: every kind of control it holds shows a clear focus ring (a
2 px outline in the highlight colour), in the light and the dark palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calfcare.gui.shell.store import PlanStore
from calfcare.gui.shell.theme import apply_theme

from gui_stores import active_window

KINDS: tuple[type[QWidget], ...] = (
    QPushButton,
    QCheckBox,
    QRadioButton,
    QComboBox,
    QAbstractSpinBox,
    QLineEdit,
    QSlider,
)
PAGES = {  # page: its key, and the kinds of control Tab must find on it
    "settings": (Qt.Key.Key_7, {QCheckBox, QRadioButton, QComboBox, QAbstractSpinBox}),
    "today": (Qt.Key.Key_1, {QPushButton}),
}


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def _kind(widget: QWidget) -> type[QWidget] | None:
    return next((k for k in KINDS if isinstance(widget, k)), None)


def _ring_pixels(before: QImage, after: QImage, ring: QImage) -> int:
    """Pixels that turned into the ring's colour (within a small tolerance)."""
    colour = ring.pixelColor(0, 0)
    found = 0
    for y in range(before.height()):
        for x in range(before.width()):
            now = after.pixelColor(x, y)
            near = max(
                abs(now.red() - colour.red()),
                abs(now.green() - colour.green()),
                abs(now.blue() - colour.blue()),
            )
            if near < 40 and before.pixelColor(x, y) != now:
                found += 1
    return found


def _ring_needed(widget: QWidget) -> int:
    """A 2 px line round most of the control (check boxes: round their text). Fusion's
    own 1 px line round a field or button gives about 2 * (width + height)."""
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QPushButton):
        return 2 * widget.fontMetrics().horizontalAdvance(widget.text())
    return 3 * (widget.width() + widget.height())


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("name", sorted(PAGES))
def test_tabbing_through_a_page_shows_a_ring_on_every_kind_of_control(
    qtbot: QtBot, store: PlanStore, qapp: QApplication, name: str
) -> None:
    key, must_see = PAGES[name]
    window = active_window(qtbot, store)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    page = window.page(name)
    assert page.isVisible()
    ring = QImage(1, 1, QImage.Format.Format_RGB32)
    ring.fill(qapp.palette().highlight().color())
    before = {id(w): w.grab().toImage() for w in page.findChildren(QWidget) if _kind(w)}
    checked: dict[type[QWidget], int] = {}
    window.nav.setFocus()
    for _press in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(focused.parentWidget(), QAbstractSpinBox):
            focused = focused.parentWidget()  # a spin box's field: the box shows the ring
        kind = _kind(focused) if focused is not None else None
        if kind is not None and kind not in checked and id(focused) in before:
            after = focused.grab().toImage()
            found = _ring_pixels(before[id(focused)], after, ring)
            assert found >= _ring_needed(focused), (kind.__name__, found, _ring_needed(focused))
            checked[kind] = found
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert must_see <= set(checked), checked
