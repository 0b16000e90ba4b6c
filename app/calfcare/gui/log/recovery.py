"""Opening the progress log for the app, and saying so when it was damaged or cannot open.

A damaged log has already been moved aside by ``Log.open``; this shows where
it was kept and offers the latest rolling backup, without blocking the app.
A log that cannot be opened at all leaves the app running without one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from calfcare.core.errors import InputError
from calfcare.core.log import Log, LogError, WriterLock
from calfcare.core.log.done_ticks import import_done_json
from calfcare.core.paths import AppPaths
from calfcare.gui.shell.roles import Logbook

if TYPE_CHECKING:  # off start-up: only a restore needs them
    from calfcare.core.log.restore import Restored
    from calfcare.core.log.snapshot import Snapshot

NOT_READ = "Your progress log could not be read, so CalfCare started a new one."
RESTORE = "Restore latest backup"


def without_log(reason: str) -> str:
    """What Today says when the app runs without the log, and why."""
    return (
        f"Your progress log could not be opened ({reason}). CalfCare works without it "
        "this time, but nothing you do will be logged."
    )


def open_log(paths: AppPaths, lock: WriterLock | None) -> tuple[Log | None, str | None]:
    """The log, or None and why (in words for Today) when it cannot be opened."""
    if lock is None or not lock.held:
        owner = lock.owner() if lock is not None else None
        who = f" by {owner.describe()}" if owner else ""
        return None, (
            f"Your progress log is in use{who}, so nothing will be logged until you "
            "close that and start CalfCare again."
        )
    try:
        log = Log.open(paths, lock=lock)
    except LogError as exc:
        return None, without_log(str(exc))
    import_done_json(log, paths.data_dir)
    return log, None


def restore_latest(store: Logbook, backup: Path) -> int:
    """Replace the log with ``backup`` and reopen it; returns how many entries came back.

    Raises InputError or LogError when the backup cannot be read; the log is
    reopened as it was then.
    """
    from calfcare.core.log.snapshot import read_backup

    units = store.profile.units if store.profile is not None else "km"
    snapshot = read_backup(backup, units)  # checked completely before anything changes
    return restore_snapshot(store, snapshot).entries


def restore_snapshot(store: Logbook, snapshot: Snapshot) -> Restored:
    """Close the open log, restore ``snapshot`` under the app's writer lock, reopen.

    The log is reopened (as it was, or as restored) whatever happens.
    """
    from calfcare.core.log.restore import restore

    log = store.log
    if log is None or log.lock is None:
        raise RuntimeError("a restore needs the open log and its writer lock")
    lock = log.lock
    log.close()
    try:
        return restore(store.paths, snapshot, lock)
    finally:
        store.replace_log(Log.open(store.paths, lock=lock))


class RecoveryPrompt(QObject):
    """The non-blocking 'could not be read' message, with a restore when there is a backup."""

    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        log = store.log
        assert log is not None
        assert log.recovery is not None
        self.store = store
        self.recovery = log.recovery
        kept = self.recovery.kept[0]
        self.box = QMessageBox(QMessageBox.Icon.Warning, "Progress log", NOT_READ, parent=parent)
        latest = self.recovery.latest_backup
        offer = (
            f"The latest backup is {latest.name}, in {latest.parent}."
            if latest is not None
            else "There is no backup to restore from."
        )
        self.box.setInformativeText(f"The damaged file was kept as {kept}.\n\n{offer}")
        self.box.setDetailedText(self.recovery.reason)
        self.restore_button: QAbstractButton | None = None
        if latest is not None:
            self.restore_button = self.box.addButton(RESTORE, QMessageBox.ButtonRole.AcceptRole)
        self.keep_button = self.box.addButton("Keep the new log", QMessageBox.ButtonRole.RejectRole)
        self.result: QMessageBox | None = None
        self.box.finished.connect(self._answered)

    def open(self) -> None:
        self.box.open()

    def _answered(self) -> None:
        latest = self.recovery.latest_backup
        if self.box.clickedButton() is not self.restore_button or latest is None:
            return
        try:
            count = restore_latest(self.store, latest)
        except (InputError, LogError, OSError) as exc:
            text, icon = f"The backup could not be restored: {exc}", QMessageBox.Icon.Warning
        else:
            text = f"Restored {count} log entries from {latest.name}."
            icon = QMessageBox.Icon.Information
        parent = self.box.parentWidget()
        self.result = QMessageBox(icon, "Progress log", text, parent=parent)
        self.result.open()


def announce_recovery(store: Logbook, parent: QWidget | None) -> RecoveryPrompt | None:
    """Show the damaged-log message if ``Log.open`` had to start a new log."""
    if store.log is None or store.log.recovery is None:
        return None
    prompt = RecoveryPrompt(store, parent)
    prompt.open()
    return prompt
