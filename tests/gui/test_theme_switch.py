"""Switching the theme while the app runs recolours every widget, the menu bar included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from calfcare.core.settings import Theme
from calfcare.gui.app import App
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.pages import PAGES
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.shell.theme import apply_theme


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, "light")


def _lightness(colour: QColor) -> int:
    return colour.lightness()


def _unreadable(window: MainWindow) -> list[str]:
    """Visible texts whose colour is within 100 lightness steps of the window's background."""
    background = _lightness(QApplication.palette().color(QPalette.ColorRole.Window))
    found: list[str] = []
    texts: list[tuple[str, QWidget, QPalette.ColorRole]] = [
        (label.text()[:30], label, label.foregroundRole())
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text()
    ]
    texts.append(("menu bar", window.menuBar(), QPalette.ColorRole.WindowText))
    texts.append(("sidebar", window.nav, QPalette.ColorRole.Text))
    for name, widget, role in texts:
        if abs(_lightness(widget.palette().color(role)) - background) < 100:
            found.append(name)
    # The menu bar's own background, and its menus', follow the window's.
    bars = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for bar in bars:
        if abs(_lightness(bar.palette().color(QPalette.ColorRole.Window)) - background) > 40:
            found.append(f"{bar.objectName() or bar.title()} background")
    return found


def _click_theme(qtbot: QtBot, window: MainWindow, store: PlanStore, theme: Theme) -> None:
    button = window.page("settings").findChild(QRadioButton, f"theme_{theme.value}")
    assert button is not None
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("light_again")
def test_theme_switch_recolours_every_page_and_the_menu_bar(
    qtbot: QtBot, store: PlanStore, qapp: QApplication
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    app = App(qapp, store, window)
    window.show()
    qtbot.waitExposed(window)
    for spec in PAGES:  # every page built before the switch, as after a while of use
        window.show_page(spec.key)
    window.show_page("settings")
    assert app.window is window
    for theme, dark in ((Theme.dark, True), (Theme.light, False), (Theme.dark, True)):
        _click_theme(qtbot, window, store, theme)
        window_colour = qapp.palette().color(QPalette.ColorRole.Window)
        assert (window_colour.lightness() < 128) is dark
        for spec in PAGES:
            window.show_page(spec.key)
            assert _unreadable(window) == [], (theme, spec.key)
