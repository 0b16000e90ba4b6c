"""When the start fails: the error in words, a clean window, and a store without the log.

Whatever goes wrong while the app gets ready (a log it cannot read, a folder it
cannot write) must end in a window that says so, never in "Getting your week
ready" for good. The app then runs on defaults without the progress log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calfcare.core.errors import InputError
from calfcare.core.paths import AppPaths
from calfcare.gui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from calfcare.gui.shell.store import PlanStore

SHOWN_MAX = 300  # characters of an error put in the window


def describe(exc: BaseException) -> str:
    """One line: the message, with the kind of error when it is not one of ours."""
    from calfcare.core.log import LogError

    text = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, InputError | LogError | OSError):
        text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"


def fresh_window(old: MainWindow, paths: AppPaths) -> MainWindow:
    """A new shell in place of one a failed start may have half filled."""
    window = MainWindow(settings_file=paths.qt_settings)
    window.show()
    old.hide()
    old.deleteLater()
    return window


def without_log_store(paths: AppPaths, reason: str) -> PlanStore:
    """The store on the saved profile and settings, with no log, saying why."""
    from calfcare.gui.shell.store import PlanStore

    problem = (
        f"CalfCare could not start normally ({reason}), so it runs without your progress "
        "log this time: nothing you do will be logged."
    )
    return PlanStore(paths, log=None, log_problem=problem)
