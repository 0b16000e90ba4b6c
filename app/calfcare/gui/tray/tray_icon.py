"""The tray icon: what comes next, reminders when they fall due, and staying in the tray.

Where the desktop has no system tray, reminders show in the window (a strip
above the pages) while it is open, and the app says so once. A single timer
is aimed at the next reminder (never further than ``LONGEST_WAIT``, so a
changed clock or a sleep is noticed); what falls due is decided by the
clock-free ``ReminderSchedule`` with the time read from ``now``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from calfcare.core.log import done_ticks
from calfcare.core.reminders import Reminder, ReminderSchedule, next_icing, next_session
from calfcare.gui.log.checkin import settled
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.roles import Everything
from calfcare.gui.shell.window_state import window_state
from calfcare.gui.tray.reminder_bar import ReminderBar

TrayFactory = Callable[[QObject], QSystemTrayIcon | None]
Now = Callable[[], dt.datetime]

LONGEST_WAIT = dt.timedelta(minutes=15)
MESSAGE_MS = 15_000
STILL_RUNNING = "CalfCare is still running in the tray"
NO_TRAY = (
    "Your desktop has no system tray, so CalfCare's reminders show here, while this window is open."
)
TOLD_STILL_RUNNING = "tray/told_still_running"
TOLD_NO_TRAY = "tray/told_no_tray"


def system_tray(parent: QObject) -> QSystemTrayIcon | None:
    """A tray icon where the desktop has a tray, else None."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(parent)


def _icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        from PySide6.QtWidgets import QStyle  # only where there is a tray to draw in

        style = QApplication.style()
        icon = style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
    return icon


class ReminderTray(QObject):
    """Owns the tray icon (or the in-window strip), its menu and the reminder timer."""

    reminded = Signal(object)  # the Reminder just shown

    def __init__(
        self,
        store: Everything,
        window: MainWindow,
        *,
        tray_factory: TrayFactory = system_tray,
        now: Now = dt.datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.window = window
        self._now = now
        self.schedule = ReminderSchedule(
            store.plan_for, store.settings, lambda day: settled(store, day), done=self._ticked
        )
        self.icon = tray_factory(self)
        self.bar: ReminderBar | None = None
        self.menu = self._build_menu()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        if self.icon is not None:
            self.icon.setIcon(_icon())
            self.icon.setContextMenu(self.menu)
            self.icon.messageClicked.connect(self.open_today)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        else:
            self.bar = ReminderBar(window)
            self.bar.openToday.connect(self.open_today)
            window.addToolBar(self.bar)
            if store.settings.reminders:
                self._say_once(TOLD_NO_TRAY, lambda: self._bar_say(NO_TRAY))
        window.hide_on_close = self._hide_on_close
        store.planChanged.connect(self.refresh)
        store.logChanged.connect(self.refresh)
        store.settingsChanged.connect(self._settings_changed)
        QGuiApplication.setQuitOnLastWindowClosed(not self._keeps_running())
        self.check()

    # The menu ------------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        self.next_action = QAction("Nothing planned", menu)
        self.next_action.setEnabled(False)
        self.icing_action = QAction("No icing planned", menu)
        self.icing_action.setEnabled(False)
        self.open_action = QAction("Open CalfCare", menu)
        self.open_action.triggered.connect(self.open_window)
        self.start_action = QAction("Start next session", menu)
        self.start_action.triggered.connect(self.start_next)
        self.pause_action = QAction("Pause reminders for today", menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self._pause_toggled)
        self.quit_action = QAction("Quit CalfCare", menu)
        self.quit_action.triggered.connect(self.window.quit)
        menu.addActions([self.next_action, self.icing_action])
        menu.addSeparator()
        menu.addActions([self.open_action, self.start_action, self.pause_action])
        menu.addSeparator()
        menu.addAction(self.quit_action)
        return menu

    # Showing -------------------------------------------------------------------------

    def check(self) -> None:
        """Show what has fallen due, then aim the timer at what comes next."""
        for reminder in self.schedule.due(self._now()):
            self.notify(reminder)
        self.refresh()

    def notify(self, reminder: Reminder) -> None:
        if self.icon is not None:
            self.icon.showMessage(
                reminder.title, reminder.text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        else:
            self._bar_say(f"{reminder.title}: {reminder.text}")
            QApplication.alert(self.window)
        self.reminded.emit(reminder)

    def _ticked(self, day: dt.date) -> set[tuple[int, str]]:
        log = self.store.log
        return done_ticks.ticked_on(log, day) if log is not None else set()

    def refresh(self) -> None:
        """Menu lines and tooltip from the plan, and the timer re-aimed."""
        now = self._now()
        coming = next_session(self.store.plan_for, now, self._ticked)
        self.next_action.setText(f"Next: {coming.label}" if coming else "Nothing more planned")
        icing = next_icing(self.store.plan_for, now)
        when = "" if icing is None or icing.date() == now.date() else " tomorrow"
        self.icing_action.setText(
            f"Next icing: {icing:%H:%M}{when}" if icing else "No icing planned"
        )
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(self.schedule.is_paused(now.date()))
        self.pause_action.blockSignals(False)
        if self.icon is not None:
            self.icon.setToolTip(f"CalfCare\n{self.next_action.text()}")
        self._aim(now)

    def _aim(self, now: dt.datetime) -> None:
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
        targets = [midnight, now + LONGEST_WAIT]
        upcoming = self.schedule.next_after(now)
        if upcoming is not None:
            targets.append(upcoming.at)
        wait = min(targets) - now
        self.timer.start(max(0, int(wait.total_seconds() * 1000)))

    # Actions ------------------------------------------------------------------------

    def open_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def open_today(self) -> None:
        self.open_window()
        self.window.show_page("today")

    def start_next(self) -> QWidget | None:
        """Open Today and start today's next session (what the menu's first line names)."""
        self.open_today()
        now = self._now()
        coming = next_session(self.store.plan_for, now, self._ticked)
        if coming is None or coming.date != now.date():
            return None  # nothing left today: Today shows what there is
        from calfcare.gui.today.page import TodayPage  # loaded already: Today is on show

        page = self.window.page("today")
        if not isinstance(page, TodayPage):
            return None
        return page.start_session(coming.session, coming.date)

    def _pause_toggled(self, paused: bool) -> None:
        today = self._now().date()
        if paused:
            self.schedule.pause(today)
        else:
            self.schedule.resume(today)
        # Saved, so a restart today keeps the pause; _settings_changed then refreshes.
        self.store.set_settings(self.schedule.settings)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window()

    def _settings_changed(self) -> None:
        self.schedule.settings = self.store.settings
        # While the window may hide in the tray, closing it must not end the app.
        QGuiApplication.setQuitOnLastWindowClosed(not self._keeps_running())
        self.refresh()

    # Closing -------------------------------------------------------------------------

    def _keeps_running(self) -> bool:
        return self.icon is not None and self.store.settings.keep_in_tray

    def _hide_on_close(self) -> bool:
        if not self._keeps_running():
            return False
        icon = self.icon
        if icon is not None:
            self._say_once(
                TOLD_STILL_RUNNING,
                lambda: icon.showMessage(
                    "CalfCare", STILL_RUNNING, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
                ),
            )
        return True

    def _bar_say(self, text: str) -> None:
        if self.bar is not None:
            self.bar.say(text, with_open=text != NO_TRAY)

    def _say_once(self, key: str, say: Callable[[], None]) -> None:
        settings = window_state(self.store.paths.qt_settings)
        if settings.value(key) is None:
            say()
            settings.setValue(key, True)
            settings.sync()

    def close(self) -> None:
        """Take the icon away (the app is ending)."""
        self.timer.stop()
        if self.icon is not None:
            self.icon.hide()
        self.window.hide_on_close = None
        QGuiApplication.setQuitOnLastWindowClosed(True)
