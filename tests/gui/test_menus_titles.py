"""Menus list each page once, window titles say the app's name once, Alt+N means Next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.gui.intake.wizard import IntakeWizard
from calfcare.gui.shell.store import PlanStore

from driving import child, make_wizard
from gui_stores import shown_window


def test_the_go_menu_lists_each_page_once_and_ctrl_comma_opens_settings(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = shown_window(qtbot, store)
    titles = [a.text().replace("&", "").rstrip("…") for a in window.go_menu.actions() if a.text()]
    assert len(titles) == len(set(titles)), titles
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == ["settings"]


def test_window_titles_leave_the_app_name_to_qt(
    qtbot: QtBot, store: PlanStore, library: ContentLibrary
) -> None:
    # Qt appends " — CalfCare" (the display name) to every window title on its own.
    windows: list[QWidget] = [IntakeWizard(library, None, store.today())]
    from calfcare.gui.player.window import PlayerWindow

    plan = store.plan()
    assert plan is not None
    session = next(s for d in plan.days for s in d.sessions if s.items)
    windows.append(PlayerWindow(library, session, store.today(), store.settings))
    for window in windows:
        qtbot.addWidget(window)
        assert "CalfCare" not in window.windowTitle(), window.windowTitle()


def test_alt_n_on_the_first_intake_page_goes_next(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    age = child(wizard, QLineEdit, "age")
    qtbot.keyClicks(age, "40")
    with qtbot.waitActive(wizard):
        wizard.activateWindow()
    with qtbot.waitSignal(wizard.currentIdChanged):
        qtbot.keyClick(
            QApplication.focusWidget() or age, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier
        )
    assert wizard.currentPage() is wizard.flags
