"""The ``calfcare`` command line: its options and subcommands, and running one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from calfcare import __version__
from calfcare.cli.desktop_commands import add_parsers as add_desktop_parsers
from calfcare.cli.log_commands import add_parsers as add_log_parsers
from calfcare.cli.output import EXIT_USAGE, Parser, one_line, parse_date, whole_number
from calfcare.cli.plan_commands import (
    MAX_WEEKS,
    cmd_exercises,
    cmd_plan,
    cmd_profile,
    cmd_sources,
)
from calfcare.core.errors import InputError


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="calfcare", description="Recovery and rehab planner for runners' calves.")
    parser.add_argument("--version", action="version", version=f"calfcare {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep profile, settings and log in DIR (default: $CALFCARE_HOME or the system's)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window, wait for its first paint, exit 0",
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    plan = sub.add_parser(
        "plan", help="build a week from a profile and the progress log in the data folder"
    )
    plan.add_argument("--profile", type=Path, required=True, help="profile JSON file")
    plan.add_argument("--start", type=parse_date, help="first day, YYYY-MM-DD (default: today)")
    plan.add_argument(
        "--format",
        choices=["text", "json", "html", "pdf", "ics"],
        default="text",
        help="pdf: the printable week (needs -o); html: the same page; ics: calendar events; "
        "with --weeks N, pdf and html open with a one-page road-back overview",
    )
    plan.add_argument("-o", "--output", type=Path, help="write here instead of the screen")
    plan.add_argument(
        "--weeks",
        type=whole_number(f"from 1 to {MAX_WEEKS}"),
        default=1,
        metavar="N",
        help="plan N consecutive weeks (1-12), each as if the week before went as planned",
    )
    plan.add_argument(
        "--no-log",
        action="store_true",
        help="plan from the profile alone, without reading the progress log",
    )
    plan.set_defaults(func=cmd_plan)

    ex = sub.add_parser("exercises", help="list the exercise library")
    ex.add_argument("--format", choices=["text", "json"], default="text")
    ex.set_defaults(func=cmd_exercises)

    src = sub.add_parser("sources", help="list the articles the advice comes from")
    src.set_defaults(func=cmd_sources)

    prof = sub.add_parser("profile", help="print an example profile or check one")
    group = prof.add_mutually_exclusive_group(required=True)
    group.add_argument("--example", action="store_true", help="print an example profile")
    group.add_argument("--check", type=Path, metavar="FILE", help="validate a profile file")
    prof.add_argument("-o", "--output", type=Path, help="with --example: write here")
    prof.set_defaults(func=cmd_profile)

    add_log_parsers(sub)
    add_desktop_parsers(sub)
    return parser


def run_commands(words: Sequence[str], run_desktop: Callable[[Path | None, bool], int]) -> int:
    """Parse ``words`` and run the subcommand (or the desktop app, if none is named)."""
    parser = build_parser()
    args = parser.parse_args(words)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        return run_desktop(args.data_dir, args.self_test)
    try:
        return func(args)
    except InputError as exc:
        print(f"calfcare {args.command}: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a folder that cannot be made or used: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(
            f"calfcare {args.command}: {one_line(where + (exc.strerror or str(exc)))}",
            file=sys.stderr,
        )
        return EXIT_USAGE
