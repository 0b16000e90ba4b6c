"""What the window loads after its first paint: the writer lock, the progress log and
the store (profile, content, plan), and later the server that answers other starts."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from calfcare.core.paths import AppPaths

if TYPE_CHECKING:
    from calfcare.core.log import WriterLock
    from calfcare.gui.shell.single_instance import RaiseServer
    from calfcare.gui.shell.store import PlanStore


class Core:
    """What the app holds while it runs: the store, the writer lock and the raise server."""

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

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        if self.store.log is not None:
            self.store.log.close()
        self.lock.release()


LOCK_WAIT = 3.0  # seconds: a copy starting at the same moment, or a command writing


def load_core(paths: AppPaths) -> Core | None:
    """The lock, the log and the store; None when another CalfCare owns the data folder
    and has been asked to come to the front (this one should then quit)."""
    from calfcare.core.log import WriterLock
    from calfcare.gui.log.recovery import open_log
    from calfcare.gui.shell.store import PlanStore

    lock = WriterLock(paths.data_dir, "calfcare")
    deadline = time.monotonic() + LOCK_WAIT
    while not lock.acquire():
        # Held: another copy still starting its server, or a command writing for a moment.
        # (Qt Network loads only here, or for our own server once the window is ready.)
        from calfcare.gui.shell.single_instance import ask_to_raise

        if ask_to_raise(paths.data_dir):
            return None
        if time.monotonic() >= deadline:
            break  # someone else writes: run without the log and say so
        time.sleep(0.05)
    log, problem = open_log(paths, lock)
    return Core(PlanStore(paths, log=log, log_problem=problem), lock)
