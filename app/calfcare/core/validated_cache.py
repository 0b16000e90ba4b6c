"""Checked data kept in the cache folder, so a start skips checking what has not changed.

A cache file holds the key it was built for (a hash of the inputs: the files read
and the code that shapes the result) and a hash of its own payload. A file whose
key differs (an input changed), whose payload does not match its hash (damaged,
cut short) or that does not load as the expected type is never used: the value
is built again from the inputs, checked, and written back for the next start.
The file is only ever written by this module; a folder that cannot be written
just means every start checks afresh.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from calfcare import __version__
from calfcare.core.storage import write_atomic

T = TypeVar("T")

MAGIC = b"calfcare validated cache 1\n"
DIGEST = 32  # bytes of a SHA-256


def cache_key(parts: Iterable[bytes]) -> bytes:
    """One key for several inputs (each one's length is hashed too, so parts cannot blur)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.digest()


def code_key(code: Iterable[Path], inputs: Iterable[bytes]) -> bytes:
    """The key of ``inputs`` as shaped by this CalfCare, this Python and the source files
    ``code`` (a bundle without sources lets the version stand for the code)."""
    parts = [__version__.encode(), sys.version.encode()]
    for path in code:
        try:
            parts.append(path.read_bytes())
        except OSError:
            parts.append(b"")
    return cache_key([*parts, *inputs])


def read_cached(path: Path, key: bytes, kind: type[T]) -> T | None:
    """The value cached for ``key`` at ``path``, or None when there is no sound one."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(MAGIC)
    if raw[:head] != MAGIC or raw[head : head + DIGEST] != key:
        return None
    stated = raw[head + DIGEST : head + 2 * DIGEST]
    payload = raw[head + 2 * DIGEST :]
    if hashlib.sha256(payload).digest() != stated:
        return None
    try:
        value = pickle.loads(payload)
    except Exception:  # a payload that hashes right but does not load: build afresh
        return None
    return value if isinstance(value, kind) else None


def write_cached(path: Path, key: bytes, value: object) -> bool:
    """Keep ``value`` for ``key``; False when the cache folder cannot be written."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, MAGIC + key + hashlib.sha256(payload).digest() + payload)
    except OSError:
        return False
    return True


def load_or_build(path: Path, key: bytes, kind: type[T], build: Callable[[], T]) -> T:
    """The cached value for ``key``, else ``build()`` (checked afresh), cached for next time."""
    found = read_cached(path, key, kind)
    if found is not None:
        return found
    value = build()
    write_cached(path, key, value)
    return value
