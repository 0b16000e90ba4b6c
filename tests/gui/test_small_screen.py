"""Every window fits a 1920x1080 screen at 200% (960x540) and opens on it; a window saved
on a bigger screen comes back inside the smaller one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from calfcare.core.validation import to_json
from calfcare.gui.settings.page import SettingsPage
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import shown_window
from support import REPO, make_profile

SCRIPT = Path(__file__).parent / "scripts" / "small_screen.py"
LAPTOP = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}


def test_every_window_fits_960_by_540_and_opens_on_it(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(LAPTOP), encoding="utf-8")
    env = {  # what 1920x1080 at 200% looks like to Qt
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "2",
    }
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        input=to_json(make_profile()),
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    screen = QRect(*found.pop("screen"))
    assert (screen.width(), screen.height()) == (960, 540)
    assert len(found) == 11  # eight pages, the intake, the player twice
    for name, frame in found.items():
        assert screen.contains(QRect(*frame)), (name, frame)
    assert found["player after full screen"] == found["player"]


def test_a_window_saved_on_a_bigger_screen_comes_back_on_this_one(
    qtbot: QtBot, store: PlanStore
) -> None:
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.setGeometry(QRect(900, 700, 1800, 1200))  # as on a big monitor
    first.close()
    saved = QSettings(str(store.paths.qt_settings), QSettings.Format.IniFormat)
    assert saved.value("window/geometry") is not None

    again = MainWindow(store)
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    area = again.screen().availableGeometry()
    assert area.contains(again.frameGeometry()), (again.frameGeometry(), area)


def test_settings_scroll_when_the_window_is_small(qtbot: QtBot, store: PlanStore) -> None:
    window = shown_window(qtbot, store)
    window.resize(window.minimumSize())
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    scroll = page.findChild(QScrollArea, "settingsScroll")
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    # The last setting is reachable by scrolling, not cut off.
    last = page.print_pictures
    scroll.ensureWidgetVisible(last)
    assert (
        scroll.viewport().rect().contains(last.mapTo(scroll.viewport(), last.rect().bottomRight()))
    )
