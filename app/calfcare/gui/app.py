"""Start the desktop app: the window paints first, then the core loads into it.

Order of a normal start: Qt and the window shell (no pydantic yet), first
paint, then the store (profile, content, plan) and the pages. A first run has
no profile, so it loads the core at once and opens the intake wizard.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calfcare import __version__
from calfcare.gui.main_window import MainWindow
from calfcare.gui.theme import apply_theme, remember_system_palette
from calfcare.paths import AppPaths, app_paths

if TYPE_CHECKING:
    from calfcare.gui.store import PlanStore

THEME_KEY = "appearance/theme"  # a copy of the theme setting Qt can read before the core loads


class NextPaint(QObject):
    """Calls ``done`` once, after the next paint of any widget of the app."""

    def __init__(self, app: QApplication, done: Callable[[], None]) -> None:
        super().__init__(app)
        self._done = done
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False


def _qsettings(paths: AppPaths) -> QSettings:
    return QSettings(str(paths.qt_settings), QSettings.Format.IniFormat)


class App:
    """Owns the windows for one run of the desktop app."""

    def __init__(
        self, qt_app: QApplication, store: PlanStore, window: MainWindow | None = None
    ) -> None:
        self.qt_app = qt_app
        self.store = store
        self.window = window
        self.wizard: QWidget | None = None
        self._follow_theme()
        store.settingsChanged.connect(self._follow_theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def start(self) -> QWidget:
        if self.store.profile is None:
            return self.open_intake(first_run=self.window is None)
        return self.open_main()

    def open_main(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.store)
        elif self.window.store is None:
            self.window.attach(self.store)
        self.window.restore_page()
        self.window.show()
        self.window.raise_()
        return self.window

    def open_intake(self, *, first_run: bool) -> QWidget:
        from calfcare.gui.intake.wizard import IntakeWizard

        wizard = IntakeWizard(self.store.library, self.store.profile, self.store.today())
        if self.store.profile_problem:
            wizard.set_notice(self.store.profile_problem)

        def finished(result: int) -> None:
            profile = wizard.result_profile()
            if result and profile is not None:
                self.store.set_profile(profile)
                self.open_main()
            elif first_run:
                self.qt_app.quit()
            self.wizard = None

        wizard.finished.connect(finished)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _follow_theme(self) -> None:
        theme = self.store.settings.theme.value
        apply_theme(self.qt_app, theme)
        cache = _qsettings(self.store.paths)
        if cache.value(THEME_KEY) != theme:
            cache.setValue(THEME_KEY, theme)

    def _system_scheme_changed(self) -> None:
        if self.store.settings.theme.value == "system":
            # The desktop switched: read its new palette before applying ours on top.
            self.qt_app.setPalette(self.qt_app.style().standardPalette())
            remember_system_palette(self.qt_app)
            self._follow_theme()


def _load_core(paths: AppPaths) -> PlanStore:
    from calfcare.gui.store import PlanStore

    return PlanStore(paths)


def run_gui(argv: list[str], *, home: Path | None, self_test: bool) -> int:
    """Run the desktop app until it quits.

    ``self_test`` prints when the first paint and the ready window happened
    (``time.monotonic()`` seconds) and quits once the ready window has painted.
    """
    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("CalfCare")
    qt_app.setApplicationDisplayName("CalfCare")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.calfcare.CalfCare")
    paths = app_paths(home).ensure()
    cached_theme = _qsettings(paths).value(THEME_KEY, "system")
    apply_theme(qt_app, cached_theme if isinstance(cached_theme, str) else "system")
    keep: list[App] = []

    def ready() -> None:
        if self_test:
            print(f"ready {time.monotonic():.6f}", flush=True)
            qt_app.quit()

    def first_paint() -> None:
        if self_test:
            print(f"first-paint {time.monotonic():.6f}", flush=True)

    if not paths.profile.exists():
        keep.append(App(qt_app, _load_core(paths)))
        keep[0].start()

        def wizard_painted() -> None:
            first_paint()
            ready()

        NextPaint(qt_app, wizard_painted)
    else:
        window = MainWindow(settings_file=paths.qt_settings)
        window.show()

        def load() -> None:
            first_paint()
            app = App(qt_app, _load_core(paths), window)
            keep.append(app)
            app.start()
            NextPaint(qt_app, ready)

        NextPaint(qt_app, load)
    return int(qt_app.exec())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(sys.argv, home=None, self_test=False))
