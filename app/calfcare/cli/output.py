"""What every subcommand shares: one-line usage errors (exit 2), dates, and writing output."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from calfcare.core.errors import SHOWN_MAX, InputError, shown

EXIT_USAGE = 2


def one_line(message: str) -> str:
    """``message`` with control characters (a newline in a file's field name) escaped."""
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in message)


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes the bad value whole: a 10 MB argument must not come back whole.
        message = re.sub(rf"'([^']{{{SHOWN_MAX},}})'", lambda m: shown(m[1])[6:-1], message)
        self.exit(EXIT_USAGE, f"{self.prog}: {one_line(message)} (see '{self.prog} --help')\n")


def parse_date(text: str) -> dt.date:
    """An option's date, YYYY-MM-DD, within the days CalfCare accepts (core.dates)."""
    from calfcare.core.dates import parse_day

    try:
        return parse_day(text, "date")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("date: ")) from None


def whole_number(allowed: str) -> Callable[[str], int]:
    """An option's whole number; anything else is refused saying what is ``allowed``
    (the range itself is checked where the value is used)."""

    def convert(text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"must be a whole number, {allowed} (got {text!r})"
            ) from None

    return convert


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
