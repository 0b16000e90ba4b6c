"""The methods ``@dataclass`` writes, compiled once and kept, not compiled at every start.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__`` (and, for a
frozen class, ``__hash__``, ``__setattr__`` and ``__delattr__``) as source text and
compiles it while the class is being defined. The app's sixty-odd model classes load
between the window's first paint and the plan on screen, and compiling their methods
took about 30 ms of that (three quarters of the time their classes took to define;
measured with ``benchmarks/run.py startup`` on Python 3.11).

``CompiledCode`` keeps the compiled code in the cache folder, as Python keeps a
module's bytecode in ``__pycache__``: keyed by the exact text and this exact Python,
so a changed class or another Python compiles afresh. The file carries a SHA-256 of
its code: a damaged file is never run, only ignored (and replaced by the next
``save``). It works by giving the ``dataclasses`` module its own ``exec``; where that
module does not compile through ``exec`` the cache simply stays empty and nothing
else changes.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import hashlib
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from calfcare.core.storage import write_atomic

FILE = "dataclass-code.marshal"
HEADER = f"calfcare dataclass code 1 {sys.version}\n".encode()
DIGEST = 32  # bytes of the payload's SHA-256, after the header
MAX_BYTES = 8 << 20


def _read(path: Path) -> dict[str, CodeType]:
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError:
        return {}
    if len(raw) > MAX_BYTES:
        return {}  # not ours: the app's classes need well under a MiB
    if not raw.startswith(HEADER):
        return {}  # another Python (or no such file): its code may not run here
    view = memoryview(raw)  # no copies of a file of a few hundred KiB
    stated, payload = view[len(HEADER) : len(HEADER) + DIGEST], view[len(HEADER) + DIGEST :]
    if hashlib.sha256(payload).digest() != stated:
        return {}  # damaged: never run code from it, compile afresh
    try:
        found = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, CodeType)}


class CompiledCode:
    """While installed, the text ``dataclasses`` compiles comes from (and goes to) ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known: dict[str, CodeType] | None = None  # read on first use, not at install
        self.used: dict[str, CodeType] = {}
        self.compiled = 0  # texts this run had to compile

    def exec(
        self,
        source: str | CodeType,
        global_names: dict[str, Any] | None = None,
        local_names: dict[str, Any] | None = None,
    ) -> None:
        """``exec`` as ``dataclasses`` calls it, compiling each text only once."""
        if isinstance(source, str):
            if self.known is None:
                self.known = _read(self.path)
            code = self.used.get(source) or self.known.get(source)
            if code is None:
                # No inherited flags: the code is what exec would compile in dataclasses.
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.compiled += 1
            self.used[source] = code
            source = code
        builtins.exec(source, global_names, local_names)

    def install(self) -> None:
        dataclasses.exec = self.exec  # type: ignore[attr-defined]

    def uninstall(self) -> None:
        with contextlib.suppress(AttributeError):
            del dataclasses.exec  # type: ignore[attr-defined]

    def save(self) -> bool:
        """Keep what this run used, if it compiled anything new; False if it cannot."""
        if not self.compiled:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            payload = marshal.dumps(self.used)
            write_atomic(self.path, HEADER + hashlib.sha256(payload).digest() + payload)
        except (OSError, ValueError):
            return False
        self.known, self.compiled = dict(self.used), 0
        return True
