"""SQLite's refusals when the log is written, turned into errors the caller can act on.

A refused entry (a duplicate shoe name, a pair still in use, an id already
taken) is an InputError the runner can fix; a file that cannot be written is a
LogError, with its kind of trouble.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from calfcare.core.errors import InputError
from calfcare.core.log.errors import LogError, trouble_of


@contextlib.contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn SQLite's refusals into InputError (the runner can fix) or LogError."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        raise InputError(integrity_message(exc)) from None
    except sqlite3.Error as exc:
        kind = trouble_of(exc)
        if kind is None:
            raise
        raise LogError(kind, f"{path}: cannot write the log ({exc})", path) from None


def integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "UNIQUE" in text and "shoes.name" in text:
        return "name: there is already a pair of shoes with that name"
    if "FOREIGN KEY" in text:
        return "shoes: runs are logged in this pair; retire it instead of deleting it"
    if "UNIQUE" in text and ".id" in text:
        return "id: an entry with this id is already in the log"
    return f"the log refused the entry ({text})"
