"""Start the desktop app: the window paints first, then the core loads into it.

Order of a normal start: if the data folder's lock is taken, ask the CalfCare
holding it to come to the front (and stop if it answers); Qt and the window
shell (no pydantic yet), first paint, then the writer lock, the progress log,
the store (profile, content, plan) and the pages; once that has painted, the
local server that later starts talk to. A first run (no profile yet) paints
the same shell, loads the core and opens the intake wizard over it.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from calfcare import __version__
from calfcare.core.paths import AppPaths, app_paths, cache_dir
from calfcare.core.peak_memory import peak_kib
from calfcare.gui.shell.data_folder import DataFolder, open_data_folder
from calfcare.gui.shell.feature_scan import skip_feature_scan
from calfcare.gui.shell.lock_probe import lock_is_held
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.theme import apply_theme, install_focus_rings, remember_system_palette
from calfcare.gui.shell.window_state import window_state

if TYPE_CHECKING:
    from calfcare.core.dataclass_code import CompiledCode
    from calfcare.gui.log.recovery import RecoveryPrompt
    from calfcare.gui.shell.single_instance import RaiseServer
    from calfcare.gui.shell.store import PlanStore
    from calfcare.gui.tray.tray_icon import ReminderTray, TrayFactory

ALREADY_OPEN = "CalfCare is already open; bringing it to the front."
WAITING_FOR_ANSWERS = "Answer the questions in the setup window to get your first week."
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
    return window_state(paths.qt_settings)


class App:
    """Owns the windows for one run of the desktop app."""

    def __init__(
        self,
        qt_app: QApplication,
        store: PlanStore,
        window: MainWindow | None = None,
        *,
        server: RaiseServer | None = None,
    ) -> None:
        self.qt_app = qt_app
        self.store = store
        self.window = window
        self.wizard: QWidget | None = None
        self.recovery: RecoveryPrompt | None = None
        self.tray: ReminderTray | None = None
        self._tray_factory: TrayFactory | None = None  # set by start_reminders
        self._quit_wired = False
        if server is not None:
            self.follow(server)
        from calfcare.gui.shell.icon import app_icon  # after the core loads: off the first paint

        qt_app.setWindowIcon(app_icon())
        self._follow_theme()
        store.settingsChanged.connect(self._follow_theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def start(self) -> QWidget:
        if self.store.profile is None:
            # No usable answers yet: the intake is all there is, so closing it ends the app.
            if self.window is not None:
                self.window.set_waiting_text(WAITING_FOR_ANSWERS)
            shown = self.open_intake()
        else:
            shown = self.open_main()
        from calfcare.gui.log.recovery import announce_recovery

        self.recovery = announce_recovery(self.store, shown)
        return shown

    def follow(self, server: RaiseServer) -> None:
        server.raiseRequested.connect(self.bring_to_front)

    def bring_to_front(self) -> None:
        """Another start asked for us: show the window the runner is using."""
        target = self.wizard or self.window
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        else:
            target.show()
        target.raise_()
        target.activateWindow()

    def open_main(self) -> MainWindow:
        if self.window is None:
            self.window = MainWindow(self.store)
        elif self.window.store is None:
            # The plan paints first; the menu items that need the store come right after.
            self.window.attach(self.store, menus_later=True)
            NextPaint(self.qt_app, self.window.add_store_menus)
        if not self._quit_wired:
            self.window.quitRequested.connect(self.qt_app.quit)
            self._quit_wired = True
        self.window.restore_page()
        self.window.show()
        self.window.raise_()
        self._tray_up()
        return self.window

    def start_reminders(self, tray_factory: TrayFactory | None = None) -> None:
        """The tray icon and reminders, once the main window is up (after the intake on a
        first run). Not on the first-paint path: the tray module loads here."""
        from calfcare.gui.tray.tray_icon import system_tray

        self._tray_factory = tray_factory or system_tray
        self._tray_up()

    def _tray_up(self) -> None:
        window = self.window
        if self._tray_factory is None or self.tray is not None:
            return
        if window is None or window.store is None:
            return
        from calfcare.gui.tray.tray_icon import ReminderTray

        self.tray = ReminderTray(self.store, window, tray_factory=self._tray_factory)

    def open_intake(self) -> QWidget:
        """The intake, when there are no usable answers: finishing it opens the plan,
        closing it ends the app (there is nothing else to show)."""
        from calfcare.gui.intake.wizard import IntakeWizard

        # Over the window when there is one (its shell paints first), else on its own.
        wizard = IntakeWizard(
            self.store.library, self.store.profile, self.store.today(), parent=self.window
        )
        if self.store.profile_problem:
            wizard.set_notice(self.store.profile_problem)

        def finished(result: int) -> None:
            profile = wizard.result_profile()
            if result and profile is not None:
                self.store.set_profile(profile)
                self.open_main()
            else:
                self.qt_app.quit()
            self.wizard = None

        wizard.finished.connect(finished)
        self.wizard = wizard
        if self.window is not None:
            wizard.open()  # window-modal: the shell behind has nothing to use yet
        else:
            wizard.show()
        return wizard

    def _follow_theme(self) -> None:
        theme = self.store.settings.theme.value
        apply_theme(self.qt_app, theme, focus_rings=False)  # installed once ready
        cache = _qsettings(self.store.paths)
        if cache.value(THEME_KEY) != theme:
            cache.setValue(THEME_KEY, theme)

    def _system_scheme_changed(self) -> None:
        if self.store.settings.theme.value == "system":
            # The desktop switched: read its new palette before applying ours on top.
            self.qt_app.setPalette(self.qt_app.style().standardPalette())
            remember_system_palette(self.qt_app)
            self._follow_theme()


def run_gui(argv: list[str], *, home: Path | None, self_test: bool) -> int:
    """Run the desktop app until it quits.

    ``self_test`` prints when the first paint and the ready window happened
    (``time.monotonic()`` seconds, then the peak memory so far in KiB) and quits
    once the ready window has painted.
    """
    skip_feature_scan()  # before pydantic and the core load: see feature_scan
    qt_app = QApplication.instance() or QApplication(argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("CalfCare")
    qt_app.setApplicationDisplayName("CalfCare")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("io.github.calfcare.CalfCare")
    from calfcare.gui.widgets.dates import say_dates_in_locale

    say_dates_in_locale()  # before any plan is built: its notes say dates as the window does
    paths = app_paths(home)
    with contextlib.suppress(OSError):  # a folder that cannot be made: the start says so
        paths.ensure()
    if lock_is_held(paths.data_dir):
        from calfcare.gui.shell.single_instance import ask_to_raise

        if ask_to_raise(paths.data_dir):
            print(ALREADY_OPEN, flush=True)
            return 0
    cached_theme = _qsettings(paths).value(THEME_KEY, "system")
    theme_name = cached_theme if isinstance(cached_theme, str) else "system"
    apply_theme(qt_app, theme_name, focus_rings=False)  # the rings come once it is ready
    keep: list[App] = []
    folders: list[DataFolder] = []
    compiled: list[CompiledCode] = []  # the core's dataclass methods, kept compiled
    failures: list[str] = []  # what went wrong on the way to the window, in words

    def already_open() -> None:
        print(ALREADY_OPEN, flush=True)
        qt_app.quit()

    def ready() -> None:
        if self_test:
            print(f"ready {time.monotonic():.6f} {peak_kib()}", flush=True)
            qt_app.exit(1 if failures else 0)
        for code in compiled:
            code.save()  # a first start (or changed classes) keeps them for the next
        # Once the window is up: until then, a later start waits on the lock and retries.
        server = folders[0].serve() if folders else None
        if server is not None and keep:
            keep[0].follow(server)
        if keep:
            # Once the window is ready, not on the way to it: the tray is not start-up.
            QTimer.singleShot(0, keep[0].start_reminders)
        QTimer.singleShot(0, lambda: install_focus_rings(qt_app))  # likewise

    def first_paint() -> None:
        if self_test:
            print(f"first-paint {time.monotonic():.6f} {peak_kib()}", flush=True)

    # The window shell paints first, on a first run too; the core and then the plan (or
    # the intake wizard, when there are no answers yet) come once it has painted.
    shown = [MainWindow(settings_file=paths.qt_settings)]
    shown[0].show()

    def start(store: PlanStore) -> None:
        app = App(qt_app, store, shown[0])
        keep.append(app)
        app.start()
        NextPaint(qt_app, ready)

    def attach(folder: DataFolder | None) -> None:
        if folder is None:
            shown[0].hide()
            already_open()
            return
        folders.append(folder)
        try:
            start(folder.store)
        except Exception as exc:  # the start must end in a window, never hang
            failed(exc)

    def failed(exc: Exception) -> None:
        """Say what went wrong (window and stderr) and carry on without the log."""
        from calfcare.gui.shell.start_failure import describe, fresh_window, without_log_store

        failures.append(describe(exc))
        print(f"calfcare: could not start normally: {failures[-1]}", file=sys.stderr, flush=True)
        try:
            for folder in folders:
                folder.drop_log()
            keep.clear()
            shown[0] = fresh_window(shown[0], paths)
            earlier = folders[-1].store if folders else None  # it may have set files aside
            start(without_log_store(paths, failures[-1], earlier))
        except Exception as again:  # not even without the log: the window says why
            failures.append(describe(again))
            print(f"calfcare: could not start: {failures[-1]}", file=sys.stderr, flush=True)
            shown[0].set_waiting_text(f"CalfCare could not start: {failures[-1]}")
            NextPaint(qt_app, ready)

    def load() -> None:
        first_paint()
        # The core's model classes load from here on: their methods come compiled.
        from calfcare.core.dataclass_code import FILE, CompiledCode

        compiled.append(CompiledCode(cache_dir() / FILE))
        compiled[0].install()
        open_data_folder(paths, attach, failed)

    NextPaint(qt_app, load)
    from calfcare.gui.shell.quit_signals import quit_on_signals

    signals_back = quit_on_signals(qt_app)
    try:
        return int(qt_app.exec())
    finally:
        signals_back()
        for code in compiled:
            code.save()  # classes that loaded with later pages
            code.uninstall()
        for app in keep:
            if app.tray is not None:
                app.tray.close()
        for folder in folders:
            folder.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(sys.argv, home=None, self_test=False))
