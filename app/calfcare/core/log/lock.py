"""One writer at a time: a lock file in the data folder, held by the open app.

SQLite already serialises writes, so two writers cannot corrupt the file; the
lock is about meaning. The desktop app holds it for as long as it runs, so
what it shows is what is stored, and a second copy of the app (or a command
that replaces the file, like ``restore``) can tell and say who has it.

POSIX uses ``fcntl.flock``; Windows uses ``msvcrt.locking`` on one byte far
past the owner text (so the text stays readable). The operating system drops
the lock when the holder exits, even if it is killed, so a stale lock file
never blocks anyone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from calfcare.core.log.errors import LogError, Trouble
from calfcare.core.paths import LOCK_NAME

_WINDOWS_LOCK_AT = 1 << 20  # the byte locked on Windows, past any owner text


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or last held) the lock, as written into the lock file."""

    pid: int
    host: str
    program: str
    since: dt.datetime

    def describe(self) -> str:
        return f"{self.program} (process {self.pid} on {self.host}, since {self.since:%H:%M})"


def _host_name() -> str:
    """This machine's name, as ``socket.gethostname`` gives it, without loading the
    socket module on the way to the window where POSIX has the name at hand."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _try_lock(fh: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_WINDOWS_LOCK_AT)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fh: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        fh.seek(_WINDOWS_LOCK_AT)
        with contextlib.suppress(OSError):
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """The single-writer lock of one data folder. Use ``acquire``/``release`` or ``with``."""

    def __init__(self, data_dir: Path, program: str = "calfcare") -> None:
        self.path = data_dir / LOCK_NAME
        self.program = program
        self._fh: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, trying for up to ``wait`` seconds; False if someone else has it.

        LogError when the lock file cannot be opened at all."""
        if self._fh is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fh = open(self.path, "a+b")  # noqa: SIM115 (kept open while held)
        except OSError as exc:  # a folder in its place, a read-only file or folder
            raise LogError(
                Trouble.unavailable,
                f"{self.path}: cannot use the lock file ({exc.strerror or exc})",
                self.path,
            ) from None
        deadline = time.monotonic() + wait
        while not _try_lock(fh):
            if time.monotonic() >= deadline:
                fh.close()
                return False
            time.sleep(0.05)
        owner = {
            "pid": os.getpid(),
            "host": _host_name(),
            "program": self.program,
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(owner).encode("utf-8"))
        fh.flush()
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        fh, self._fh = self._fh, None
        try:
            _unlock(fh)
        finally:
            fh.close()

    def owner(self) -> LockOwner | None:
        """Who wrote the lock file last (the holder, while it is held); None if unknown."""
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8") or "null")
            return LockOwner(
                pid=int(data["pid"]),
                host=str(data["host"]),
                program=str(data["program"]),
                since=dt.datetime.fromisoformat(data["since"]),
            )
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
