"""``calfcare desktop install|uninstall``: the menu entry for a venv or pipx install."""

from __future__ import annotations

import argparse
from typing import Any

from calfcare.core.errors import InputError


def cmd_desktop(args: argparse.Namespace) -> int:
    from calfcare.core import desktop_entry

    try:
        if args.action == "install":
            launcher = desktop_entry.running_launcher()
            written = desktop_entry.install(launcher=launcher)
            print(f"menu entry, icon and listing written under {desktop_entry.data_home()}:")
            print(f"  {written[-1]} (starts {launcher})")
            print(f"  and {len(written) - 1} icon and listing files")
        else:
            removed = desktop_entry.uninstall()
            if not removed:
                print(f"no CalfCare menu entry under {desktop_entry.data_home()}: nothing to do")
            for path in removed:
                print(f"removed {path}")
    except OSError as exc:
        raise InputError(f"cannot {args.action} the menu entry ({exc})") from None
    return 0


def add_parsers(sub: Any) -> None:
    desktop = sub.add_parser(
        "desktop",
        help="add CalfCare to the desktop's menu (for a venv or pipx install), or remove it",
    )
    desktop.add_argument(
        "action",
        choices=["install", "uninstall"],
        help="install: write the menu entry, icon and listing under ~/.local/share; "
        "uninstall: remove them",
    )
    desktop.set_defaults(func=cmd_desktop)
