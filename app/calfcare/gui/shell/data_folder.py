"""The data folder as the app holds it: the writer lock, the progress log, the store
(profile, content, plan), and later the server that answers other starts. The window
opens it after its first paint."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from calfcare.core.paths import AppPaths

if TYPE_CHECKING:
    from calfcare.core.log import Log, WriterLock
    from calfcare.gui.shell.single_instance import RaiseServer
    from calfcare.gui.shell.store import PlanStore


class DataFolder:
    """What the app holds of its data folder while it runs: the store, the writer lock and
    the server that answers later starts."""

    def __init__(self, store: PlanStore, lock: WriterLock) -> None:
        self.store = store
        self.lock = lock
        self.server: RaiseServer | None = None

    def serve(self) -> RaiseServer | None:
        """Start answering later starts (only while holding the lock: they own nothing)."""
        if self.server is None and self.lock.held:
            from calfcare.gui.shell.single_instance import RaiseServer

            self.server = RaiseServer(self.store.paths.data_dir)
            self.server.listen()
        return self.server

    def drop_log(self) -> None:
        """Close the log (the start failed with it open); the lock stays held."""
        if self.store.log is not None:
            self.store.log.close()
            self.store.log = None

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.store.log is not None:
            self.store.log.close()
        self.lock.release()


LOCK_WAIT = 3.0  # seconds: a copy starting at the same moment, or a command writing
RETRY_MS = 50  # between tries while the lock is held


def open_data_folder(
    paths: AppPaths,
    done: Callable[[DataFolder | None], None],
    failed: Callable[[Exception], None] | None = None,
) -> None:
    """Take the lock, open the log, make the store, and pass them to ``done``; or pass None
    when another CalfCare owns the data folder and was asked to come to the front (this one
    should then quit). Anything that goes wrong on the way goes to ``failed`` (if given).

    The lock is almost always free, and then ``done`` runs at once. While it is held (a
    copy still starting, a command writing for a moment) the tries are timer events, so
    the window keeps painting; after ``LOCK_WAIT`` the app runs without the log.
    """
    from calfcare.core.log import LogError, WriterLock

    lock = WriterLock(paths.data_dir, "calfcare")
    deadline = time.monotonic() + LOCK_WAIT

    def attempt() -> None:
        try:
            try:
                held = lock.acquire()
            except LogError as exc:  # the lock file cannot be used: run without the log
                done(_opened(paths, lock, str(exc)))
                return
            if held:
                done(_opened(paths, lock))
                return
            # Qt Network loads only here, or for our own server once the window is ready.
            from calfcare.gui.shell.single_instance import ask_to_raise

            if ask_to_raise(paths.data_dir):
                done(None)
            elif time.monotonic() >= deadline:
                done(_opened(paths, lock))  # someone else writes: run without the log
            else:
                QTimer.singleShot(RETRY_MS, attempt)
        except Exception as exc:  # the start must end in a window, never hang
            if failed is None:
                raise
            failed(exc)

    attempt()


def _opened(paths: AppPaths, lock: WriterLock, lock_problem: str | None = None) -> DataFolder:
    from calfcare.gui.log.recovery import open_log, without_log
    from calfcare.gui.shell.store import PlanStore

    log: Log | None = None
    if lock_problem is not None:
        problem: str | None = without_log(lock_problem)
    else:
        log, problem = open_log(paths, lock)
    return DataFolder(PlanStore(paths, log=log, log_problem=problem), lock)
