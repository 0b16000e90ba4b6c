"""Before the first paint: is this data folder's writer lock taken? Standard library only.

Importing ``calfcare.core.log`` (for ``WriterLock``) loads pydantic, and asking over
a local socket loads QtNetwork; neither belongs before the first paint when no
other CalfCare is running, which is almost always. So the start peeks at the
lock file first. It is only a hint: the real lock is taken after the first
paint, and a copy that starts in between is caught there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from calfcare.core.paths import LOCK_NAME


def lock_is_held(data_dir: Path) -> bool:
    """True when another process holds the writer lock (or, off POSIX, when unsure)."""
    if sys.platform == "win32":
        return True  # no cheap peek without msvcrt's byte-range dance: ask the socket
    import fcntl

    try:
        fh = open(data_dir / LOCK_NAME, "rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return False
    finally:
        fh.close()
