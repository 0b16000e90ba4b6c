"""Every tab stop shows that it has focus: the control looks different focused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.shell.theme import apply_theme

from gui_stores import active_window


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "light")


def _changed_pixels(before: QImage, after: QImage) -> int:
    """Pixels whose colour moved clearly (a faint one-step tint does not count)."""
    changed = 0
    for y in range(before.height()):
        for x in range(before.width()):
            a, b = before.pixelColor(x, y), after.pixelColor(x, y)
            if abs(a.lightness() - b.lightness()) > 40 or abs(a.hue() - b.hue()) > 40:
                changed += 1
    return changed


def _tab_to(qtbot: QtBot, window: MainWindow, targets: list[QAbstractButton]) -> QAbstractButton:
    """Press Tab from the sidebar until one of ``targets`` has focus; that one."""
    window.nav.setFocus()
    for _press in range(40):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused in targets:
            assert isinstance(focused, QAbstractButton)
            return focused
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    pytest.fail("Tab never reached the buttons")


def _shows_focus(before: QImage, button: QAbstractButton) -> bool:
    # A ring round a button changes at least its outline.
    return _changed_pixels(before, button.grab().toImage()) >= button.width() + button.height()


@pytest.mark.usefixtures("themed")
def test_the_progress_range_buttons_show_focus(qtbot: QtBot, store: PlanStore) -> None:
    window = active_window(qtbot, store)
    window.show_page("progress")
    page: QWidget = window.page("progress")
    buttons = sorted(
        (b for b in page.findChildren(QAbstractButton) if b.property("timeRange")),
        key=lambda b: b.objectName(),
    )
    assert len(buttons) >= 3
    before = {b.objectName(): b.grab().toImage() for b in buttons}
    stop = _tab_to(qtbot, window, buttons)  # a group is one tab stop
    others = [b for b in buttons if b is not stop]
    assert _shows_focus(before[stop.objectName()], stop)
    # Arrows move along the group; each shows focus in turn.
    qtbot.keyClick(stop, Qt.Key.Key_Right)
    moved = QApplication.focusWidget()
    assert moved in others
    assert isinstance(moved, QAbstractButton)
    assert _shows_focus(before[moved.objectName()], moved)
