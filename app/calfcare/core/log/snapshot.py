"""The JSON backup: profile, settings and the whole log in one versioned file.

``parse_backup`` checks everything before anything is touched: the JSON
shape, the format and version, every row through the same validators the app
uses, and that each run's shoes are in the file. A rolling SQLite backup is
read into the same ``Snapshot`` by ``read_sqlite_backup``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calfcare import __version__
from calfcare.core.errors import InputError, cut
from calfcare.core.log import db, tables
from calfcare.core.log.errors import LogError
from calfcare.core.log.records import KINDS, Entry, RunEntry, ShoesEntry
from calfcare.core.paths import AppPaths
from calfcare.core.storage import read_limited
from calfcare.core.units import METRES_PER_UNIT, metres_per, to_metres

if TYPE_CHECKING:  # pydantic loads only for a backup or restore
    from calfcare.core.profile import Profile
    from calfcare.core.settings import Settings

FORMAT = "calfcare-backup"
VERSION = 2  # 2: distances in metres (version 1 kept them in the profile's units)
READS = (1, 2)
BACKUP_MAX_BYTES = 256 * 1024 * 1024  # decades of daily entries fit many times over


@dataclass(frozen=True)
class Snapshot:
    """Everything a restore writes; ``None`` profile or settings leave the current ones."""

    profile: Profile | None
    settings: Settings | None
    entries: dict[str, list[Entry]]  # by table name, every table present

    def count(self) -> int:
        return sum(len(rows) for rows in self.entries.values())


def log_entries(conn: sqlite3.Connection) -> dict[str, list[Entry]]:
    return {kind.table: list(tables.select(conn, kind)) for kind in KINDS}


def backup_json(paths: AppPaths, conn: sqlite3.Connection) -> str:
    """The backup file's text. A profile that does not load is refused, not left out."""
    from calfcare.core.profile import load_profile
    from calfcare.core.settings import Settings
    from calfcare.core.validation import dump

    profile = load_profile(paths.profile) if paths.profile.exists() else None
    settings = Settings.load_strict(paths.settings) if paths.settings.exists() else None
    document = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "made": dt.datetime.now().isoformat(timespec="seconds"),
        "profile": None if profile is None else dump(profile, mode="json", exclude_none=True),
        "settings": None if settings is None else dump(settings, mode="json"),
        "log": {table: [e.to_json() for e in rows] for table, rows in log_entries(conn).items()},
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def _check_links(entries: dict[str, list[Entry]], source: str) -> None:
    names = [s.name for s in entries["shoes"] if isinstance(s, ShoesEntry)]
    if len(set(names)) != len(names):
        raise InputError(f"{source}: log.shoes: two pairs share a name")
    for table, rows in entries.items():
        ids = [e.id for e in rows]
        if len(set(ids)) != len(ids):
            raise InputError(f"{source}: log.{table}: two entries share an id")
    for n, run in enumerate(entries["runs"]):
        if isinstance(run, RunEntry) and run.shoes is not None and run.shoes not in names:
            raise InputError(f"{source}: log.runs[{n}]: shoes: no pair named {cut(run.shoes)}")


def _parse_rows(log: Mapping[str, Any], source: str) -> dict[str, list[Entry]]:
    unknown = [t for t in log if t not in {k.table for k in KINDS}]
    if unknown:
        raise InputError(f"{source}: log: unknown table {cut(unknown[0])}")
    entries: dict[str, list[Entry]] = {}
    for kind in KINDS:
        rows = log.get(kind.table, [])
        if not isinstance(rows, list):
            raise InputError(f"{source}: log.{kind.table}: expected a list")
        parsed: list[Entry] = []
        for n, row in enumerate(rows):
            where = f"{source}: log.{kind.table}[{n}]"
            if not isinstance(row, dict):
                raise InputError(f"{where}: expected an object")
            extra = set(row) - {f.name for f in fields(kind)}
            if extra:
                raise InputError(f"{where}: unknown field {cut(sorted(extra)[0])}")
            try:
                entry = kind.parse(row)
                entry.check_incoming()
            except InputError as exc:
                raise InputError(f"{where}: {exc}") from None
            if entry.id is None:
                raise InputError(f"{where}: id: required in a backup")
            parsed.append(entry)
        entries[kind.table] = parsed
    _check_links(entries, source)
    return entries


def _in_metres(log: dict[str, Any], units: str) -> dict[str, Any]:
    """A version-1 backup's log with its distances (in the backup's profile units) as metres."""
    renamed = {"runs": ("distance", "metres"), "shoes": ("start_distance", "start_metres")}
    out = dict(log)
    for table, (old, new) in renamed.items():
        rows = log.get(table)
        if isinstance(rows, list):
            out[table] = [
                _renamed(row, old, new, units) if isinstance(row, dict) else row for row in rows
            ]
    return out


def _renamed(row: dict[str, Any], old: str, new: str, units: str) -> dict[str, Any]:
    value = row.get(old)
    if old not in row or isinstance(value, bool) or not isinstance(value, int | float):
        return row  # left for the field checks to name
    changed = {k: v for k, v in row.items() if k != old}
    changed[new] = to_metres(value, units)
    return changed


def parse_backup(text: str, *, source: str) -> Snapshot:
    """Check a JSON backup completely; InputError (one line) on the first problem."""
    from calfcare.core.errors import describe_validation_error
    from calfcare.core.profile import Profile
    from calfcare.core.settings import Settings
    from calfcare.core.validation import ValidationError, validate

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not a CalfCare backup (malformed JSON: {exc.msg})") from None
    except RecursionError:
        raise InputError(f"{source}: not a CalfCare backup (nested too deeply)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InputError(f'{source}: not a CalfCare backup (no "format": "{FORMAT}")')
    version = document.get("version")
    if version not in READS:
        raise InputError(
            f"{source}: backup version {cut(version)} is not one this CalfCare reads "
            f"({', '.join(map(str, READS))})"
        )
    log = document.get("log")
    if not isinstance(log, dict):
        raise InputError(f"{source}: field 'log' is required (an object of tables)")
    if version == 1:
        raw = document.get("profile")
        units = raw.get("units", "km") if isinstance(raw, dict) else "km"
        log = _in_metres(log, units if units in METRES_PER_UNIT else "km")
    try:
        raw_profile = document.get("profile")
        profile = None if raw_profile is None else validate(Profile, raw_profile)
    except ValidationError as exc:
        message = describe_validation_error(exc, source=f"{source}: profile", model=Profile)
        raise InputError(message) from None
    try:
        raw_settings = document.get("settings")
        settings = None if raw_settings is None else validate(Settings, raw_settings)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc, source=f"{source}: settings")) from None
    return Snapshot(profile=profile, settings=settings, entries=_parse_rows(log, source))


def _calfcare_tables(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a SQLite file that is not a CalfCare log: restoring it would empty the log."""
    if db.schema_version(conn) < 1:
        raise InputError(f"{path}: not a CalfCare log (a SQLite file without its version mark)")
    found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [kind.table for kind in KINDS if kind.table not in found]
    if missing:
        raise InputError(f"{path}: not a CalfCare log (no table {missing[0]!r})")


def read_sqlite_backup(path: Path, units: str = "km") -> Snapshot:
    """A rolling backup (or any log file) read into a Snapshot, without changing it.

    ``units`` are those of distances in a log from before metres (the profile's).
    """
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with contextlib.closing(source), contextlib.closing(memory):
            source.backup(memory)
            if memory.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise InputError(f"{path}: the backup is damaged (it fails SQLite's check)")
            _calfcare_tables(memory, path)
            db.migrate(memory, path, metres_per_unit=lambda: metres_per(units))
            entries = _stored_entries(memory, path)
    except LogError as exc:
        raise InputError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path}: not a readable CalfCare log ({exc})") from None
    _check_links(entries, str(path))
    return Snapshot(profile=None, settings=None, entries=entries)


def _stored_entries(conn: sqlite3.Connection, path: Path) -> dict[str, list[Entry]]:
    """Every row, each held to what may come in; InputError names the first bad one."""
    entries: dict[str, list[Entry]] = {}
    for kind in KINDS:
        try:
            rows: list[Entry] = list(tables.select(conn, kind))
        except InputError as exc:
            raise InputError(f"{path}: {kind.table}: {exc}") from None
        for n, entry in enumerate(rows):
            try:
                entry.check_incoming()
            except InputError as exc:
                raise InputError(f"{path}: {kind.table}[{n}]: {exc}") from None
        entries[kind.table] = rows
    return entries


def read_backup(path: Path, units: str = "km") -> Snapshot:
    """A JSON backup or a SQLite log copy, told apart by the first bytes.

    ``units``: the runner's, for a SQLite copy from before metres (a JSON
    backup names its own in its profile).
    """
    data = read_limited(path, BACKUP_MAX_BYTES, "a CalfCare backup")
    if data.startswith(db.SQLITE_MAGIC):
        return read_sqlite_backup(path, units)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a CalfCare backup (neither JSON nor SQLite)") from None
    return parse_backup(text, source=str(path))
