"""What every subcommand shares: one-line usage errors (exit 2), dates, and writing output."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

from calfcare.core.errors import InputError

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def parse_date(text: str) -> dt.date:
    """An option's date, YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def emit(text: str, out: Path | None) -> None:
    """Print ``text``, or write it to ``out`` (the ``-o`` option) atomically."""
    from calfcare.core.storage import write_atomic

    if out is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(out, text)
    except OSError as exc:
        raise InputError(f"-o {out}: cannot write there ({exc.strerror})") from None
