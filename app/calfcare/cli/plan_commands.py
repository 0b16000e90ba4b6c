"""The subcommands: plan, exercises, sources, profile (and log, backup, restore), exit status 2."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from calfcare import __version__
from calfcare.core.errors import InputError

if TYPE_CHECKING:
    from calfcare.core.planning.history import History
    from calfcare.core.planning.models import WeekPlan
    from calfcare.core.profile import Profile

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _emit(text: str, out: Path | None) -> None:
    from calfcare.core.storage import write_atomic

    if out is None:
        sys.stdout.write(text)
        return
    try:
        write_atomic(out, text)
    except OSError as exc:
        raise InputError(f"-o {out}: cannot write there ({exc.strerror})") from None


MAX_WEEKS = 12


def _logged_history(args: argparse.Namespace, profile: Profile, start: dt.date) -> History | None:
    """The progress log's history before ``start``, or None without a log (or with --no-log)."""
    if args.no_log:
        return None
    from calfcare.core.journey.replay import weeks_of_log
    from calfcare.core.log import Log, LogError
    from calfcare.core.log.store import log_path
    from calfcare.core.paths import app_paths

    paths = app_paths(args.data_dir)
    if not log_path(paths).exists():
        return None  # no log yet: plan from the profile alone, and create nothing
    try:
        with Log.open(paths, daily_backup=False) as log:
            if log.recovery is not None:
                print(f"calfcare: {log.recovery.message()}", file=sys.stderr)
            return log.history(start, weeks_of_log(profile, start))
    except LogError as exc:
        raise InputError(str(exc)) from None


def plan_weeks(
    profile: Profile, start: dt.date, history: History | None, weeks: int
) -> list[WeekPlan]:
    """``weeks`` consecutive weeks; each later one as if the week before went as planned
    (every session done) with no new pain scores or raise tests."""
    from dataclasses import replace

    from calfcare.core.content.library import load_library
    from calfcare.core.planning.history import History, SessionRecord
    from calfcare.core.planning.models import SessionKind
    from calfcare.core.planning.week import build_week

    library = load_library()
    plans: list[WeekPlan] = []
    for week in range(weeks):
        first = start + dt.timedelta(days=7 * week)
        plan = build_week(profile, first, history, library=library)
        plans.append(plan)
        done = tuple(
            SessionRecord(day.date, session.kind.value, "done")
            for day in plan.days
            for session in day.sessions
            if session.kind is not SessionKind.education
        )
        history = replace(history or History(), sessions=(history or History()).sessions + done)
    return plans


def cmd_plan(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library
    from calfcare.core.profile import load_profile
    from calfcare.core.week_text import week_text

    if args.format == "pdf" and args.output is None:
        raise InputError("--format pdf needs -o FILE (a PDF cannot go to the screen)")
    if not 1 <= args.weeks <= MAX_WEEKS:
        raise InputError(
            f"--weeks: give a number of weeks from 1 to {MAX_WEEKS} (got {args.weeks})"
        )
    if args.weeks > 1 and args.format not in ("text", "json"):
        raise InputError("--weeks: more than one week works with --format text or json")
    profile = load_profile(args.profile)
    start = args.start or dt.date.today()
    plans = plan_weeks(profile, start, _logged_history(args, profile, start), args.weeks)
    plan = plans[0]
    if args.format == "json":
        if args.weeks == 1:
            _emit(plan.model_dump_json(indent=2) + "\n", args.output)
        else:
            import json

            weeks = [p.model_dump(mode="json") for p in plans]
            _emit(json.dumps(weeks, indent=2, ensure_ascii=False) + "\n", args.output)
    elif args.format == "html":
        from calfcare.export.week_html import week_html

        _emit(week_html(plan, load_library(), name=profile.name), args.output)
    elif args.format == "ics":
        from calfcare.export.calendar import week_ics

        _emit(week_ics(plan, load_library()).decode("utf-8"), args.output)
    elif args.format == "pdf":
        _write_pdf(plan, profile.name, args.output)
    else:
        _emit("\n\n".join(week_text(p, load_library()) for p in plans), args.output)
    return 0


def _write_pdf(plan: WeekPlan, name: str | None, out: Path) -> None:
    """Print the week to ``out`` with Qt, drawing offscreen when there is no display."""
    import os

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from calfcare.core.content.library import load_library
    from calfcare.export.printer import WeekPrinter

    app = QGuiApplication.instance() or QGuiApplication(["calfcare"])
    try:
        WeekPrinter(plan, load_library(), name=name).to_pdf(out)
    except OSError as exc:
        raise InputError(f"-o {out}: cannot write there ({exc.strerror or exc})") from None
    finally:
        del app


def cmd_exercises(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library

    lib = load_library()
    if args.format == "json":
        import json

        data = [ex.model_dump(mode="json") for ex in lib.exercises.values()]
        _emit(json.dumps(data, indent=2) + "\n", None)
        return 0
    lines = [f"{ex.id:28} {ex.category.value:14} {ex.name}" for ex in lib.exercises.values()]
    _emit("\n".join(lines) + "\n", None)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library

    lib = load_library()
    lines: list[str] = []
    for src in lib.sources.values():
        by = f" ({src.byline})" if src.byline else ""
        when = f", {src.date}" if src.date else ""
        lines.append(f"{src.article}: {src.title}{by}{when}")
    _emit("\n".join(lines) + "\n", None)
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from calfcare.core.profile import example_profile, load_profile

    if args.example:
        _emit(example_profile().model_dump_json(indent=2, exclude_none=True) + "\n", args.output)
        return 0
    if args.check is not None:
        load_profile(args.check)
        print(f"{args.check}: a valid profile")
        return 0
    raise InputError("profile: give --example or --check FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="calfcare", description="Recovery and rehab planner for runners' calves.")
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
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    plan = sub.add_parser(
        "plan", help="build a week from a profile and the progress log in the data folder"
    )
    plan.add_argument("--profile", type=Path, required=True, help="profile JSON file")
    plan.add_argument("--start", type=_date, help="first day, YYYY-MM-DD (default: today)")
    plan.add_argument(
        "--format",
        choices=["text", "json", "html", "pdf", "ics"],
        default="text",
        help="pdf: the printable week (needs -o); html: the same page; ics: calendar events",
    )
    plan.add_argument("-o", "--output", type=Path, help="write here instead of the screen")
    plan.add_argument(
        "--weeks",
        type=int,
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

    from calfcare.cli.log_commands import add_parsers

    add_parsers(sub)
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
        print(f"calfcare {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
