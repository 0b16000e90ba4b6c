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
    """An option's date, YYYY-MM-DD, within the days CalfCare accepts (core.dates)."""
    from calfcare.core.dates import parse_day

    try:
        return parse_day(text, "date")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("date: ")) from None


STDOUT = "-"  # ``-o -``: standard output, as usual


def emit(text: str | bytes, out: Path | None) -> None:
    """Print ``text``, or write it to ``out`` (the ``-o`` option) by the usual conventions
    (``storage.write_output``); InputError naming ``-o`` when it cannot be written."""
    from calfcare.core.storage import write_output

    if out is None or str(out) == STDOUT:
        if isinstance(text, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(text)
        return
    try:
        write_output(out, text)
    except InputError as exc:
        raise InputError(f"-o {exc}") from None
