"""The tray on a fake clock: reminders at their times, the menu, and staying in the tray.

The offscreen platform has no system tray, so the tray icon here is a fake made by
the factory the tray is given; the no-tray branch runs with a factory that gives none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from calfcare.gui.app import App
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.tray.tray_icon import NO_TRAY, STILL_RUNNING, ReminderTray

from gui_stores import shown_window, store_with
from support import MONDAY, make_profile

FRESH_STRAIN = {"kind": "strain", "side": "right", "since": str(MONDAY), "pain": 5}


class FakeTray(QSystemTrayIcon):
    """Records what a real tray icon would show."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.messages: list[tuple[str, str]] = []
        self.showing = False

    def show(self) -> None:
        self.showing = True

    def hide(self) -> None:
        self.showing = False

    def showMessage(self, title: str, text: str, *_args: Any) -> None:
        self.messages.append((title, text))


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def at(hhmm: str, day: dt.date = MONDAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


@pytest.fixture
def strained(home: Path, qapp: QApplication) -> PlanStore:
    """A fresh strain on Monday: icing at 08:00, 10:30, 13:00, ... today and tomorrow."""
    store = store_with(home, make_profile(complaint=FRESH_STRAIN))
    store.set_settings(store.settings.with_changes(remind_checkin=False))
    return store


@pytest.fixture
def window(qtbot: QtBot, strained: PlanStore) -> MainWindow:
    window = MainWindow(strained)
    qtbot.addWidget(window)
    window.resize(780, 560)
    with qtbot.waitExposed(window):
        window.show()
    return window


def store_with_same_home(store: PlanStore) -> PlanStore:
    """The store a restart would open: the same folder, read afresh."""
    return PlanStore(store.paths, today=lambda: MONDAY)


made: list[ReminderTray] = []


@pytest.fixture(autouse=True)
def _close_trays() -> Iterator[None]:
    yield
    while made:
        made.pop().close()
    assert QGuiApplication.quitOnLastWindowClosed()


def make_tray(
    store: PlanStore, window: MainWindow, clock: Clock, *, available: bool = True
) -> tuple[ReminderTray, FakeTray | None]:
    icons: list[FakeTray] = []

    def factory(parent: QObject) -> QSystemTrayIcon | None:
        if not available:
            return None
        icons.append(FakeTray(parent))
        return icons[-1]

    tray = ReminderTray(store, window, tray_factory=factory, now=clock)
    made.append(tray)
    return tray, (icons[0] if icons else None)


def test_the_timer_shows_icing_at_its_time(
    qtbot: QtBot, strained: PlanStore, window: MainWindow
) -> None:
    clock = Clock(at("12:59:59.900"))
    tray, icon = make_tray(strained, window, clock)
    assert icon is not None
    assert icon.showing
    assert icon.messages == []
    assert tray.timer.interval() == 100  # aimed at 13:00, not at a tick
    clock.now = at("13:00")
    with qtbot.waitSignal(tray.reminded, timeout=2000) as shown:
        pass
    assert shown.args[0].at == at("13:00")
    assert icon.messages == [("Time to ice your calf", "Ice, support, elevate at 13:00: 15 min.")]
    # Aimed next at 15:30, but never more than 15 minutes ahead.
    assert tray.timer.interval() == 15 * 60_000
    tray.check()
    assert len(icon.messages) == 1  # never twice


def test_menu_and_tooltip_say_what_comes_next(strained: PlanStore, window: MainWindow) -> None:
    tray, icon = make_tray(strained, window, Clock(at("12:10")))
    assert icon is not None
    assert tray.next_action.text() == "Next: Ice, support, elevate at 13:00"
    assert tray.icing_action.text() == "Next icing: 13:00"
    assert "Next: Ice, support, elevate at 13:00" in icon.toolTip()
    assert icon.contextMenu() is tray.menu
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts[2:] == [
        "Open CalfCare",
        "Start next session",
        "Pause reminders for today",
        "Quit CalfCare",
    ]


def test_a_reminder_missed_while_asleep_fires_once_if_recent(
    strained: PlanStore, window: MainWindow
) -> None:
    clock = Clock(at("07:00"))
    tray, icon = make_tray(strained, window, clock)
    assert icon is not None
    clock.now = at("08:10")  # slept through 08:00
    tray.check()
    assert [m[1][:29] for m in icon.messages] == ["Ice, support, elevate at 08:0"]
    clock.now = at("13:40")  # then three hours asleep past 10:30 and 40 min past 13:00
    tray.check()
    assert len(icon.messages) == 1


def test_clicking_a_notification_opens_today(
    qtbot: QtBot, strained: PlanStore, window: MainWindow
) -> None:
    _tray, icon = make_tray(strained, window, Clock(at("08:00")))
    assert icon is not None
    window.show_page("settings")
    window.hide()
    icon.messageClicked.emit()
    assert window.isVisible()
    assert window.current_key() == "today"


def test_open_and_start_next_session(qtbot: QtBot, strained: PlanStore, window: MainWindow) -> None:
    tray, _icon = make_tray(strained, window, Clock(at("09:00")))
    window.show_page("week")
    window.hide()
    tray.open_action.trigger()
    assert window.isVisible()
    assert window.current_key() == "week"
    tray.start_action.trigger()
    assert window.current_key() == "today"


def test_pause_for_today_holds_back_todays_reminders(
    strained: PlanStore, window: MainWindow
) -> None:
    clock = Clock(at("09:00"))
    tray, icon = make_tray(strained, window, clock)
    assert icon is not None
    tray.pause_action.trigger()
    assert tray.pause_action.isChecked()
    clock.now = at("10:30")
    tray.check()
    assert icon.messages == []
    clock.now = at("08:00", MONDAY + dt.timedelta(days=1))  # a new day: reminders again
    tray.check()
    assert len(icon.messages) == 1
    assert not tray.pause_action.isChecked()


def test_pause_for_today_outlives_a_restart(strained: PlanStore, window: MainWindow) -> None:
    clock = Clock(at("09:00"))
    tray, _ = make_tray(strained, window, clock)
    tray.pause_action.trigger()
    assert strained.settings.reminders_paused_on == MONDAY
    tray.close()

    again = store_with_same_home(strained)
    clock.now = at("10:31")
    restarted, icon = make_tray(again, window, clock)
    assert icon is not None
    assert restarted.pause_action.isChecked()
    assert icon.messages == []  # 10:30 icing held back after the restart too
    restarted.pause_action.trigger()  # resumed: the next one comes
    assert again.settings.reminders_paused_on is None
    clock.now = at("13:00")
    restarted.check()
    assert len(icon.messages) == 1


def test_turning_a_kind_off_in_the_settings_is_followed(
    strained: PlanStore, window: MainWindow
) -> None:
    clock = Clock(at("09:00"))
    tray, icon = make_tray(strained, window, clock)
    assert icon is not None
    strained.set_settings(strained.settings.with_changes(remind_icing=False))
    clock.now = at("10:31")
    tray.check()
    assert icon.messages == []
    assert tray.icing_action.text() == "Next icing: 13:00"  # the plan still says so


def test_keep_in_tray_hides_on_close_and_quit_still_quits(
    qtbot: QtBot, strained: PlanStore, window: MainWindow
) -> None:
    strained.set_settings(strained.settings.with_changes(keep_in_tray=True))
    tray, icon = make_tray(strained, window, Clock(at("09:00")))
    assert icon is not None
    assert not QGuiApplication.quitOnLastWindowClosed()
    assert window.close() is False  # hidden, not closed
    assert not window.isVisible()
    assert icon.messages == [("CalfCare", STILL_RUNNING)]
    tray.open_action.trigger()
    assert window.close() is False
    assert len(icon.messages) == 1  # said the first time only
    tray.open_action.trigger()
    with qtbot.waitSignal(window.quitRequested):
        tray.quit_action.trigger()
    assert not window.isVisible()


def test_file_quit_quits_even_when_kept_in_tray(
    qtbot: QtBot, strained: PlanStore, window: MainWindow
) -> None:
    strained.set_settings(strained.settings.with_changes(keep_in_tray=True))
    make_tray(strained, window, Clock(at("09:00")))
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(window.quitRequested):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_without_keep_in_tray_closing_closes(strained: PlanStore, window: MainWindow) -> None:
    make_tray(strained, window, Clock(at("09:00")))
    assert QGuiApplication.quitOnLastWindowClosed()
    assert window.close() is True


def test_without_a_tray_reminders_show_in_the_window(
    qtbot: QtBot, strained: PlanStore, window: MainWindow
) -> None:
    strained.set_settings(strained.settings.with_changes(keep_in_tray=True))
    clock = Clock(at("09:00"))
    tray, icon = make_tray(strained, window, clock, available=False)
    assert icon is None
    bar = tray.bar
    assert bar is not None
    assert bar.isVisible()
    assert bar.text.text() == NO_TRAY
    qtbot.mouseClick(bar.dismiss, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    window.show_page("week")
    clock.now = at("10:30")
    with qtbot.waitSignal(tray.reminded):
        tray.check()
    assert bar.isVisible()
    assert bar.text.text().startswith("Time to ice your calf: Ice, support, elevate at 10:30")
    qtbot.mouseClick(bar.open_today, Qt.MouseButton.LeftButton)
    assert window.current_key() == "today"
    assert not bar.isVisible()
    # With no tray to live in, closing the window closes it, whatever the setting.
    assert QGuiApplication.quitOnLastWindowClosed()
    assert window.close() is True


def test_no_tray_is_said_once(qtbot: QtBot, strained: PlanStore, window: MainWindow) -> None:
    first, _ = make_tray(strained, window, Clock(at("09:00")), available=False)
    assert first.bar is not None
    assert first.bar.text.text() == NO_TRAY
    first.close()
    other = MainWindow(strained)
    qtbot.addWidget(other)
    again, _ = make_tray(strained, other, Clock(at("09:00")), available=False)
    assert again.bar is not None
    assert again.bar.isHidden()


def test_the_app_starts_the_tray_after_the_main_window(
    qtbot: QtBot, qapp: QApplication, strained: PlanStore, window: MainWindow
) -> None:
    icons: list[FakeTray] = []

    def factory(parent: QObject) -> QSystemTrayIcon:
        icons.append(FakeTray(parent))
        return icons[-1]

    app = App(qapp, strained, window)
    app.start_reminders(factory)
    assert app.tray is not None
    made.append(app.tray)
    assert len(icons) == 1
    assert icons[0].showing
    app.open_main()
    assert len(icons) == 1  # one tray per run
    assert window.hide_on_close is not None


def test_no_tray_until_the_intake_is_done(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore
) -> None:
    made_icons: list[FakeTray] = []

    def factory(parent: QObject) -> QSystemTrayIcon:
        made_icons.append(FakeTray(parent))
        return made_icons[-1]

    app = App(qapp, new_store)
    wizard = app.start()
    qtbot.addWidget(wizard)
    app.start_reminders(factory)
    assert app.tray is None
    assert made_icons == []


def test_start_next_session_starts_it(qtbot: QtBot, home: Path, qapp: QApplication) -> None:
    from calfcare.gui.player.window import PlayerWindow

    store = store_with(home, make_profile())
    store.set_settings(store.settings.with_changes(sound_cues=False))
    window = shown_window(qtbot, store)
    tray, _icon = make_tray(store, window, Clock(at("09:00")))
    tray.start_action.trigger()
    assert window.current_key() == "today"
    players = [w for w in window.findChildren(PlayerWindow) if w.isVisible()]
    assert len(players) == 1
    plan = store.plan_for(MONDAY)
    assert plan is not None
    [monday] = [d for d in plan.days if d.date == MONDAY]
    assert players[0].session is monday.sessions[0]
    players[0].close()
