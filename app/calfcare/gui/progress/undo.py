"""Undoable changes to the log: a delete puts the entry back with its id, an edit its old values.

A command is pushed after its change succeeded (so a refusal never reaches the
stack); Qt's first ``redo`` call is then skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from calfcare.core.errors import InputError
from calfcare.core.log import Entry, Log, LogError
from calfcare.gui.progress.history_items import item_title

Changed = Callable[[dt.date], None]
Failed = Callable[[str], None]


class _LogCommand(QUndoCommand):
    def __init__(self, text: str, log: Log, changed: Changed, failed: Failed) -> None:
        super().__init__(text)
        self._log = log
        self._changed = changed
        self._failed = failed
        self._applied = True  # pushed once done

    def _run(self, change: Callable[[], dt.date]) -> None:
        try:
            self._changed(change())
        except (InputError, LogError) as exc:
            self._failed(f"Could not {self.text().lower()}: {exc}")

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _do(self) -> dt.date:
        raise NotImplementedError

    def _undo(self) -> dt.date:
        raise NotImplementedError


class DeleteEntry(_LogCommand):
    def __init__(self, deleted: Entry, units: str, log: Log, changed: Changed, failed: Failed):
        super().__init__(f"Delete {item_title(deleted, units)}", log, changed, failed)
        self.entry = deleted

    def _do(self) -> dt.date:
        assert self.entry.id is not None
        return self._log.delete(type(self.entry), self.entry.id).day()

    def _undo(self) -> dt.date:
        return self._log.add(self.entry).day()  # same id: it is back where it was


class EditEntry(_LogCommand):
    def __init__(
        self, before: Entry, after: Entry, *, units: str, log: Log, changed: Changed, failed: Failed
    ):
        super().__init__(f"Change {item_title(before, units)}", log, changed, failed)
        self.before = before
        self.after = after

    def _do(self) -> dt.date:
        self._log.update(self.after)
        return self.after.day()

    def _undo(self) -> dt.date:
        self._log.update(self.before)
        return self.before.day()
