"""Open every window on a 1920x1080 screen at 200% (960x540) and print where each went.

Run by tests/gui/test_small_screen.py in a process of its own, since the screen
is set before Qt starts. Prints one JSON object: name -> [x, y, width, height]
of the window's frame (title bar estimated as screen_fit.FRAME), and "screen".
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from calfcare.core.log import Log
from calfcare.core.paths import app_paths
from calfcare.core.profile import Profile, save_profile
from calfcare.core.settings import Settings
from calfcare.core.validation import validate_json
from calfcare.gui.intake.wizard import IntakeWizard
from calfcare.gui.player.window import PlayerWindow
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.pages import PAGES
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.widgets.screen_fit import FRAME


def frame_of(window: QWidget) -> list[int]:
    """The window's frame: offscreen has none, so count the room screen_fit keeps for one."""
    frame = window.frameGeometry()
    if frame == window.geometry():
        frame.setSize(frame.size() + FRAME)
    return [frame.x(), frame.y(), frame.width(), frame.height()]


def main() -> None:
    app = QApplication(sys.argv[:1])
    profile = validate_json(Profile, sys.stdin.read())
    paths = app_paths(Path(tempfile.mkdtemp())).ensure()
    save_profile(profile, paths.profile)
    store = PlanStore(paths, log=Log.open(paths, daily_backup=False))
    found: dict[str, list[int]] = {}
    screen = app.primaryScreen().availableGeometry()
    found["screen"] = [screen.x(), screen.y(), screen.width(), screen.height()]

    window = MainWindow(store)
    window.show()
    QTest.qWaitForWindowExposed(window)
    for number, spec in enumerate(PAGES, start=1):
        QTest.keyClick(window, str(number), Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
        assert window.current_key() == spec.key
        found[f"main:{spec.key}"] = frame_of(window)

    wizard = IntakeWizard(store.library, None, store.today())
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    found["intake"] = frame_of(wizard)
    wizard.close()

    plan = store.plan_for(store.today())
    assert plan is not None
    session = next(s for d in plan.days for s in d.sessions if s.items)
    player = PlayerWindow(store.library, session, store.today(), Settings(sound_cues=False))
    player.show()
    QTest.qWaitForWindowExposed(player)
    found["player"] = frame_of(player)
    QTest.keyClick(player, Qt.Key.Key_F)
    app.processEvents()
    QTest.keyClick(player, Qt.Key.Key_F)
    app.processEvents()
    found["player after full screen"] = frame_of(player)
    print(json.dumps(found))
    player.close()
    window.close()
    if store.log is not None:
        store.log.close()


if __name__ == "__main__":
    main()
