"""The whole log as one CSV file (a ``type`` column says which table) or as JSON."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import fields

from calfcare.core.log.records import KINDS
from calfcare.core.log.schema import SCHEMA_VERSION
from calfcare.core.log.snapshot import log_entries

FORMAT = "calfcare-log"


def csv_columns() -> list[str]:
    """``type``, ``id``, then every field of every kind in first-seen order."""
    names = ["type", "id"]
    for kind in KINDS:
        names += [f.name for f in fields(kind) if f.name not in names]
    return names


FORMULA_STARTS = ("=", "+", "-", "@")  # a spreadsheet would run such a cell as a formula


def _cell(value: object) -> object:
    """Text that a spreadsheet would take for a formula, made plain with a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def log_csv(conn: sqlite3.Connection) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=csv_columns(), lineterminator="\n")
    writer.writeheader()
    for table, rows in log_entries(conn).items():
        for entry in rows:
            row = {"type": table, **entry.to_json()}
            writer.writerow({name: _cell(value) for name, value in row.items()})
    return out.getvalue()


def log_json(conn: sqlite3.Connection) -> str:
    document = {
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "entries": {t: [e.to_json() for e in rows] for t, rows in log_entries(conn).items()},
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"
