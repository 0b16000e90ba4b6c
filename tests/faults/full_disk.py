"""Filling a small disk to the last byte (with the ``small_disk`` fixture of conftest)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

Mount = Callable[[str], Path]


def fill(folder: Path) -> None:
    """Take every free byte of the file system ``folder`` is on."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        for block in (1 << 16, 4096, 1):  # big steps, then the last crumbs
            try:
                while True:
                    fh.write(b"\0" * block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    assert os.statvfs(folder).f_bavail == 0
