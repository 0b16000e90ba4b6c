"""The subcommands that read the content and a profile: plan, exercises, sources, profile."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from calfcare.cli.output import emit
from calfcare.core.errors import InputError

if TYPE_CHECKING:
    from calfcare.core.planning.history import History
    from calfcare.core.planning.models import WeekPlan
    from calfcare.core.profile import Profile

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
            return log.history(start, weeks_of_log(profile, start), units=profile.units.value)
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
    from calfcare.core.planning.triage import check_red_flags
    from calfcare.core.profile import load_profile
    from calfcare.core.week_text import week_text

    if args.format == "pdf" and args.output is None:
        raise InputError("--format pdf needs -o FILE (a PDF cannot go to the screen)")
    if not 1 <= args.weeks <= MAX_WEEKS:
        raise InputError(
            f"--weeks: give a number of weeks from 1 to {MAX_WEEKS} (got {args.weeks})"
        )
    if args.weeks > 1 and args.format == "ics":
        raise InputError("--weeks: more than one week works with --format text, json, html or pdf")
    profile = load_profile(args.profile)
    check_red_flags(profile, load_library(), source=str(args.profile))
    start = args.start or dt.date.today()
    plans = plan_weeks(profile, start, _logged_history(args, profile, start), args.weeks)
    plan = plans[0]
    if args.format == "json":
        from calfcare.core.validation import dump, to_json

        if args.weeks == 1:
            emit(to_json(plan, indent=2) + "\n", args.output)
        else:
            import json

            weeks = [dump(p, mode="json") for p in plans]
            emit(json.dumps(weeks, indent=2, ensure_ascii=False) + "\n", args.output)
    elif args.format == "html":
        from calfcare.export.road_html import road_document
        from calfcare.export.week_html import week_html

        if args.weeks == 1:
            emit(week_html(plan, load_library(), name=profile.name), args.output)
        else:
            kind = profile.complaint.kind
            emit(road_document(plans, load_library(), kind, name=profile.name), args.output)
    elif args.format == "ics":
        from calfcare.core.paths import app_paths
        from calfcare.export.calendar import week_ics
        from calfcare.export.calendar_ledger import LEDGER_NAME

        paths = app_paths(args.data_dir).ensure()
        ledger = paths.data_dir / LEDGER_NAME
        emit(week_ics(plan, load_library(), ledger_file=ledger).decode("utf-8"), args.output)
    elif args.format == "pdf":
        _write_pdf(plans, profile, args.output)
    else:
        emit("\n\n".join(week_text(p, load_library()) for p in plans), args.output)
    return 0


def _write_pdf(plans: list[WeekPlan], profile: Profile, out: Path) -> None:
    from calfcare.core.content.library import load_library
    from calfcare.export.pdf_file import week_pdf

    kind = profile.complaint.kind
    try:
        data = week_pdf(plans, load_library(), name=profile.name, kind=kind)
    except OSError as exc:
        raise InputError(f"-o {out}: the PDF could not be made ({exc})") from None
    emit(data, out)


def cmd_exercises(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library

    lib = load_library()
    if args.format == "json":
        import json

        from calfcare.core.validation import dump

        data = [dump(ex, mode="json") for ex in lib.exercises.values()]
        emit(json.dumps(data, indent=2) + "\n", None)
        return 0
    lines = [f"{ex.id:28} {ex.category.value:14} {ex.name}" for ex in lib.exercises.values()]
    emit("\n".join(lines) + "\n", None)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library

    lib = load_library()
    lines: list[str] = []
    for src in lib.sources.values():
        by = f" ({src.byline})" if src.byline else ""
        when = f", {src.date}" if src.date else ""
        lines.append(f"{src.article}: {src.title}{by}{when}")
    emit("\n".join(lines) + "\n", None)
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    from calfcare.core.profile import example_profile, load_profile, profile_json

    if args.example:
        emit(profile_json(example_profile()), args.output)
        return 0
    if args.check is not None:
        from calfcare.core.content.library import load_library
        from calfcare.core.planning.triage import check_red_flags

        check_red_flags(load_profile(args.check), load_library(), source=str(args.check))
        print(f"{args.check}: a valid profile")
        return 0
    raise InputError("profile: give --example or --check FILE")
