"""The ``calfcare`` command: the desktop app by default, subcommands for the rest.

Starting the window is kept light: argparse and the subcommands load only
when a subcommand (or an option other than the desktop ones) is given.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _no_display() -> bool:
    """True on Linux when there is no screen to open a window on (and no Qt override)."""
    env = os.environ
    return (
        sys.platform.startswith("linux")
        and not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and not env.get("QT_QPA_PLATFORM")
    )


def run_desktop(home: Path | None, self_test: bool) -> int:
    """Open the desktop app, or say plainly why it cannot start here."""
    if _no_display():
        print(
            "calfcare: there is no display to open the window on. The command line works "
            "without one: see 'calfcare --help' (for example 'calfcare plan --profile FILE').",
            file=sys.stderr,
        )
        return 1
    try:
        from calfcare.gui.app import run_gui
    except ImportError as exc:
        print(
            "calfcare: the desktop window cannot start because Qt could not load "
            f"({exc}). On Debian or Ubuntu install the system packages the README lists "
            "(for example libegl1 libxkbcommon0 libxcb-cursor0). The command line still works: "
            "see 'calfcare --help'.",
            file=sys.stderr,
        )
        return 1
    return run_gui([sys.argv[0]], home=home, self_test=self_test)


def _desktop_only(argv: Sequence[str]) -> tuple[Path | None, bool] | None:
    """The options when ``argv`` only starts the desktop app, else None.

    Opening the window is the common case; skipping argparse and the
    subcommand imports for it keeps the first paint quick.
    """
    home: Path | None = None
    self_test = False
    words = list(argv)
    while words:
        word = words.pop(0)
        if word == "--self-test":
            self_test = True
        elif word == "--data-dir" and words:
            home = Path(words.pop(0))
        elif word.startswith("--data-dir="):
            home = Path(word.split("=", 1)[1])
        else:
            return None
    return home, self_test


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    desktop = _desktop_only(words)
    if desktop is not None:
        return run_desktop(*desktop)
    from calfcare.cli.parser import run_commands

    return run_commands(words, run_desktop)
