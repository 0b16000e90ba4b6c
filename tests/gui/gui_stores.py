"""Stores, logs and the main window for GUI tests, in a temporary CALFCARE_HOME with a
fixed 'today'.

Plain helpers (the fixtures built on them are in conftest.py): a test module
imports them from here, never from ``conftest``, which names a different file
when pytest is given folders that each have one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from calfcare.core.log import Log
from calfcare.core.paths import AppPaths, app_paths
from calfcare.core.profile import Profile, save_profile
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from support import MONDAY

_OPEN_LOGS: list[Log] = []


def open_log(paths: AppPaths) -> Log:
    """The log in ``paths``, closed when the test ends (conftest's ``_close_logs``)."""
    log = Log.open(paths, daily_backup=False)
    _OPEN_LOGS.append(log)
    return log


def close_open_logs() -> None:
    while _OPEN_LOGS:
        _OPEN_LOGS.pop().close()


def store_with(home: Path, profile: Profile, today: dt.date = MONDAY) -> PlanStore:
    """A store whose runner gave ``profile``, on ``today``."""
    paths = app_paths(home).ensure()
    save_profile(profile, paths.profile)
    return PlanStore(paths, today=lambda: today, log=open_log(paths))


def shown_window(qtbot: QtBot, store: PlanStore) -> MainWindow:
    """The main window on ``store``, shown on the screen."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def active_window(qtbot: QtBot, store: PlanStore) -> MainWindow:
    """The main window on ``store``, shown and active, so keys reach it."""
    window = shown_window(qtbot, store)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window
