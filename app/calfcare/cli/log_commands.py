"""The progress log on the command line: ``log pain|run|session|raises|shoes|export``,
``backup``, ``restore``.

Commands that write take the writer lock for a moment (waiting up to two
seconds). While the desktop app is open it holds that lock, so they stop with
a line saying so: the app is the one place that writes then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calfcare.cli.output import emit, parse_date, whole_number
from calfcare.core.errors import InputError
from calfcare.core.log.records import MAX_RAISES, SESSION_KINDS

if TYPE_CHECKING:
    from calfcare.core.log import Log, WriterLock
    from calfcare.core.paths import AppPaths

LOCK_WAIT = 2.0


def _paths(args: argparse.Namespace) -> AppPaths:
    from calfcare.core.paths import app_paths

    return app_paths(args.data_dir)


@contextmanager
def _writer(paths: AppPaths, program: str) -> Iterator[WriterLock]:
    from calfcare.core.log import WriterLock

    paths.ensure()
    with WriterLock(paths.data_dir, program) as lock:
        if not lock.acquire(wait=LOCK_WAIT):
            owner = lock.owner()
            who = owner.describe() if owner else "another CalfCare"
            raise InputError(
                f"the progress log is in use by {who}; close it and try again, "
                "or make the entry in the app"
            )
        yield lock


@contextmanager
def _open_log(paths: AppPaths, lock: WriterLock | None = None) -> Iterator[Log]:
    """The log, with LogError as a one-line InputError and a corrupt log reported."""
    from calfcare.core.log import Log, LogError

    try:
        log = Log.open(paths, lock=lock, daily_backup=False)
    except LogError as exc:
        raise InputError(str(exc)) from None
    with log:
        if log.recovery is not None:
            print(f"calfcare: {log.recovery.message()}", file=sys.stderr)
        yield log
        log.daily_backup()  # only after the command worked: a refusal changes nothing


def _guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Report the log's own errors as one line too (exit status 2)."""

    def run(args: argparse.Namespace) -> int:
        from calfcare.core.log import LogError

        try:
            return func(args)
        except LogError as exc:
            raise InputError(str(exc)) from None

    return run


def cmd_log_pain(args: argparse.Namespace) -> int:
    paths = _paths(args)
    with _writer(paths, "calfcare log") as lock, _open_log(paths, lock) as log:
        entry = log.add_pain(args.date, args.when, args.score, args.note)
    print(f"logged pain {entry.score}/10 ({entry.when}) on {entry.date}")
    return 0


def _units(paths: AppPaths) -> str:
    from calfcare.core.units import profile_units

    return profile_units(paths.profile)


def cmd_log_run(args: argparse.Namespace) -> int:
    from calfcare.core.log.records import typed_metres
    from calfcare.core.units import shown

    paths = _paths(args)
    units = _units(paths)
    metres = typed_metres(args.distance, units)
    with _writer(paths, "calfcare log") as lock, _open_log(paths, lock) as log:
        entry = log.add_run(args.date, metres, args.minutes, args.shoes, args.note)
    print(
        f"logged a run of {shown(entry.metres, units)} {units} in {entry.minutes:g} min "
        f"on {entry.date}"
    )
    return 0


def cmd_log_session(args: argparse.Namespace) -> int:
    paths = _paths(args)
    with _writer(paths, "calfcare log") as lock, _open_log(paths, lock) as log:
        entry = log.add_session(args.date, args.kind, args.status, note=args.note)
    print(f"logged a {entry.kind} session ({entry.status}) on {entry.date}")
    return 0


def cmd_log_raises(args: argparse.Namespace) -> int:
    paths = _paths(args)
    with _writer(paths, "calfcare log") as lock, _open_log(paths, lock) as log:
        entry = log.add_raise_test(args.date, args.left, args.right, args.note)
    print(f"logged a calf-raise test of {entry.left} left, {entry.right} right on {entry.date}")
    return 0


def cmd_log_shoes(args: argparse.Namespace) -> int:
    from calfcare.core.log.records import MAX_SHOE_DISTANCE, typed_metres
    from calfcare.core.units import shown

    paths = _paths(args)
    units = _units(paths)
    metres = typed_metres(args.distance, units, high=MAX_SHOE_DISTANCE)
    with _writer(paths, "calfcare log") as lock, _open_log(paths, lock) as log:
        if args.retire:
            log.retire_shoes(args.name)
            print(f"retired {args.name!r}")
        else:
            pair = log.add_shoes(args.name, metres, args.started or dt.date.today())
            print(f"added shoes {pair.name!r} ({shown(pair.start_metres, units)} {units} on them)")
    return 0


def cmd_log_import(args: argparse.Namespace) -> int:
    from calfcare.cli.import_command import import_runs

    paths = _paths(args)
    with _writer(paths, "calfcare log import") as lock, _open_log(paths, lock) as log:
        return import_runs(log, args.paths, args.shoes, _units(paths))


def cmd_log_export(args: argparse.Namespace) -> int:
    from calfcare.core.log import export

    with _open_log(_paths(args)) as log:
        conn = log.connection
        text = export.log_csv(conn) if args.format == "csv" else export.log_json(conn)
        emit(text, args.output)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from calfcare.core.log.snapshot import backup_json

    paths = _paths(args)
    with _open_log(paths) as log:
        text = backup_json(paths, log.connection)
        emit(text, args.output)
    if args.output is not None:
        print(f"wrote a backup to {args.output}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from calfcare.core.log.restore import restore
    from calfcare.core.log.snapshot import read_backup

    paths = _paths(args)
    snapshot = read_backup(args.file, _units(paths))  # checked completely before any change
    with _writer(paths, "calfcare restore") as lock:
        done = restore(paths, snapshot, lock)
    kept = f"; the log it replaced is kept as {done.previous}" if done.previous else ""
    print(f"restored {done.entries} log entries from {args.file}{kept}")
    return 0


def add_parsers(sub: Any) -> None:
    """Add ``log``, ``backup`` and ``restore`` to the ``calfcare`` subcommands."""
    log = sub.add_parser("log", help="add to the progress log, or export it")
    kinds = log.add_subparsers(dest="log_command", required=True, parser_class=type(log))

    pain = kinds.add_parser("pain", help="log a pain score")
    pain.add_argument("--date", type=parse_date, required=True, help="YYYY-MM-DD")
    pain.add_argument("--when", choices=["during", "after", "morning"], required=True)
    pain.add_argument(
        "--score", type=whole_number("from 0 to 10"), required=True, help="0 (none) to 10 (worst)"
    )
    pain.add_argument("--note", default="")
    pain.set_defaults(func=_guarded(cmd_log_pain))

    run = kinds.add_parser("run", help="log a run (distance in the profile's units)")
    run.add_argument("--date", type=parse_date, required=True, help="YYYY-MM-DD")
    run.add_argument("--distance", type=float, required=True)
    run.add_argument("--minutes", type=float, required=True)
    run.add_argument("--shoes", help="the name of a pair added with 'calfcare log shoes'")
    run.add_argument("--note", default="")
    run.set_defaults(func=_guarded(cmd_log_run))

    session = kinds.add_parser("session", help="log how a planned session went")
    session.add_argument("--date", type=parse_date, required=True, help="YYYY-MM-DD")
    session.add_argument("--kind", required=True, help=f"one of: {', '.join(SESSION_KINDS)}")
    session.add_argument("--status", default="done", help="done (default), partial or skipped")
    session.add_argument("--note", default="")
    session.set_defaults(func=_guarded(cmd_log_session))

    raises = kinds.add_parser("raises", help="log a calf-raise test (single-leg raises a side)")
    raises.add_argument("--date", type=parse_date, required=True, help="YYYY-MM-DD")
    raises.add_argument(
        "--left",
        type=whole_number(f"from 0 to {MAX_RAISES}"),
        required=True,
        help="raises in a row, left leg",
    )
    raises.add_argument(
        "--right",
        type=whole_number(f"from 0 to {MAX_RAISES}"),
        required=True,
        help="raises in a row, right leg",
    )
    raises.add_argument("--note", default="")
    raises.set_defaults(func=_guarded(cmd_log_raises))

    shoes = kinds.add_parser("shoes", help="add a pair of shoes, or retire one")
    shoes.add_argument("--name", required=True)
    shoes.add_argument("--distance", type=float, default=0.0, help="already on them")
    shoes.add_argument("--started", type=parse_date, help="first worn, YYYY-MM-DD (default: today)")
    shoes.add_argument("--retire", action="store_true", help="retire the pair named")
    shoes.set_defaults(func=_guarded(cmd_log_shoes))

    imports = kinds.add_parser(
        "import",
        help="import runs from watch files (.fit, .tcx, .gpx, also .gz), folders or .zip exports",
    )
    imports.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    imports.add_argument("--shoes", help="the pair the runs were in (added with 'log shoes')")
    imports.set_defaults(func=_guarded(cmd_log_import))

    export = kinds.add_parser("export", help="write the whole log as CSV or JSON")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("-o", "--output", type=Path, help="write here instead of the screen")
    export.set_defaults(func=_guarded(cmd_log_export))

    bak = sub.add_parser("backup", help="write profile, settings and log to one JSON file")
    bak.add_argument("-o", "--output", type=Path, required=True, help="the backup file")
    bak.set_defaults(func=_guarded(cmd_backup))

    res = sub.add_parser("restore", help="replace profile, settings and log from a backup")
    res.add_argument("file", type=Path, help="a JSON backup, or a copy from data/backups")
    res.set_defaults(func=_guarded(cmd_restore))
