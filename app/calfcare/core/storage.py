"""Files in and out: atomic writes, outputs the runner names, bounded reads, free names.

``write_atomic`` is for CalfCare's own files: a reader sees the old file or the
new one, never half of one. ``write_output`` is for a path the runner gives
(``-o``): it follows the usual conventions for devices, FIFOs, symlinks and
modes. ``read_limited`` refuses what is not a regular file or is too big, so a
FIFO or ``/dev/zero`` named as a profile cannot hang the app or fill memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from calfcare.core.errors import InputError

PRIVATE_MODE = 0o600  # a new file of the runner's own data: health notes stay theirs


def _umask_mode() -> int:
    mask = os.umask(0o022)  # read it the only portable way: set and put back
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, text: str | bytes, *, new_mode: int = PRIVATE_MODE) -> None:
    """Write ``text`` to ``path`` through a temporary file, fsync and rename.

    An existing file keeps its mode; a new one gets ``new_mode``. A symlink's
    target is replaced, never the link itself. The folder is made if missing.
    """
    path = _through_links(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace(path, text.encode("utf-8") if isinstance(text, str) else text, new_mode)


def _through_links(path: Path) -> Path:
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _replace(path: Path, data: bytes, new_mode: int) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = new_mode
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    # Make the rename itself durable where the platform allows opening a folder.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_output(path: Path, text: str | bytes) -> None:
    """Write to a path the runner named: InputError (one line) when it cannot be done.

    A device or FIFO is written directly; a symlink's target is replaced
    atomically; a regular file is replaced atomically and keeps its mode, a new
    one gets the umask's; a missing folder is an error, not made silently.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    target = _through_links(path)
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"{path}: cannot write there ({exc.strerror})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder; give a file name")
    if not target.parent.is_dir():
        raise InputError(f"{path}: no such folder ({target.parent})")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            with open(target, "wb") as fh:  # a device or a FIFO: there is nothing to rename
                fh.write(data)
        else:
            _replace(target, data, _umask_mode())
    except OSError as exc:
        raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; InputError otherwise.

    ``what`` names the kind of file in the messages ("a profile JSON file").
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (give the path of {what})") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not {what}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a folder, not {what}")
        raise InputError(f"{path}: not a regular file (a device or a pipe), not {what}")
    with os.fdopen(fd, "rb") as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: too big for {what} (over {limit // 1024} KiB)")
    return data


def free_name(base: Path, side_suffixes: Sequence[str] = ()) -> Path:
    """``base``, or ``base`` with ``-2``, ``-3``... before its suffix: a name no file
    (nor any of its side files) has, so a new copy never overwrites an older one."""
    candidate = base
    n = 1
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", *side_suffixes)):
        n += 1
        candidate = base.with_name(f"{base.stem}-{n}{base.suffix}")
    return candidate


def keep_aside(path: Path) -> Path | None:
    """Move an unreadable file out of the way with a timestamp, so nothing is lost."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = free_name(path.with_name(f"{path.name}.unreadable-{stamp}"))
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
