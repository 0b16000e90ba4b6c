"""The subcommands that read the content and a profile: plan, exercises, sources, profile."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from calfcare.cli.output import emit
from calfcare.core.errors import InputError

if TYPE_CHECKING:
    from calfcare.core.planning.models import WeekPlan


def cmd_plan(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library
    from calfcare.core.planning.triage import check_red_flags
    from calfcare.core.planning.week import build_week
    from calfcare.core.profile import load_profile
    from calfcare.core.week_text import week_text

    if args.format == "pdf" and args.output is None:
        raise InputError("--format pdf needs -o FILE (a PDF cannot go to the screen)")
    profile = load_profile(args.profile)
    check_red_flags(profile, load_library(), source=str(args.profile))
    plan = build_week(profile, args.start or dt.date.today())
    if args.format == "json":
        emit(plan.model_dump_json(indent=2) + "\n", args.output)
    elif args.format == "html":
        from calfcare.export.week_html import week_html

        emit(week_html(plan, load_library(), name=profile.name), args.output)
    elif args.format == "ics":
        from calfcare.core.paths import app_paths
        from calfcare.export.calendar import week_ics
        from calfcare.export.calendar_ledger import LEDGER_NAME

        paths = app_paths(args.data_dir).ensure()
        ledger = paths.data_dir / LEDGER_NAME
        emit(week_ics(plan, load_library(), ledger_file=ledger).decode("utf-8"), args.output)
    elif args.format == "pdf":
        _write_pdf(plan, profile.name, args.output)
    else:
        emit(week_text(plan, load_library()), args.output)
    return 0


def _write_pdf(plan: WeekPlan, name: str | None, out: Path) -> None:
    from calfcare.core.content.library import load_library
    from calfcare.export.pdf_file import week_pdf

    try:
        data = week_pdf(plan, load_library(), name=name)
    except OSError as exc:
        raise InputError(f"-o {out}: the PDF could not be made ({exc})") from None
    emit(data, out)


def cmd_exercises(args: argparse.Namespace) -> int:
    from calfcare.core.content.library import load_library

    lib = load_library()
    if args.format == "json":
        import json

        data = [ex.model_dump(mode="json") for ex in lib.exercises.values()]
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
    from calfcare.core.profile import example_profile, load_profile

    if args.example:
        emit(example_profile().model_dump_json(indent=2, exclude_none=True) + "\n", args.output)
        return 0
    if args.check is not None:
        from calfcare.core.content.library import load_library
        from calfcare.core.planning.triage import check_red_flags

        check_red_flags(load_profile(args.check), load_library(), source=str(args.check))
        print(f"{args.check}: a valid profile")
        return 0
    raise InputError("profile: give --example or --check FILE")
