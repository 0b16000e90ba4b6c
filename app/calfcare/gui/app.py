"""Start the desktop app: paths, store, theme, then the intake wizard or the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calfcare import __version__
from calfcare.gui.main_window import MainWindow
from calfcare.gui.store import PlanStore
from calfcare.gui.theme import apply_theme
from calfcare.paths import app_paths
from calfcare.settings import Theme


class FirstPaint(QObject):
    """Calls ``done`` once, when any widget of the app has painted for the first time."""

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


class App:
    """Owns the windows for one run of the desktop app."""

    def __init__(self, qt_app: QApplication, store: PlanStore) -> None:
        self.qt_app = qt_app
        self.store = store
        self.window: MainWindow | None = None
        self.wizard: QWidget | None = None
        self._follow_theme()
        store.settingsChanged.connect(self._follow_theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def start(self) -> QWidget:
        if self.store.profile is None:
            return self.open_intake(first_run=True)
        return self.open_main()

    def open_main(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.store)
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
        apply_theme(self.qt_app, self.store.settings.theme)

    def _system_scheme_changed(self) -> None:
        if self.store.settings.theme is Theme.system:
            self._follow_theme()


def run_gui(argv: list[str], *, home: Path | None, self_test: bool) -> int:
    """Run the desktop app until it quits; ``self_test`` quits after the first paint."""
    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("CalfCare")
    qt_app.setApplicationDisplayName("CalfCare")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.calfcare.CalfCare")
    store = PlanStore(app_paths(home))
    app = App(qt_app, store)
    app.start()
    if self_test:
        FirstPaint(qt_app, qt_app.quit)
    code = qt_app.exec()
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(sys.argv, home=None, self_test=False))
