"""Reading and writing records in their tables: the only SQL that knows about columns.

Column names come from the record's fields, so a record and its table cannot
drift apart without the tests noticing. Every write here is one statement;
with the connection in autocommit mode that is one committed transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import fields, replace
from typing import TypeVar

from calfcare.core.log.records import Entry

E = TypeVar("E", bound=Entry)


def _names(kind: type[Entry]) -> list[str]:
    return [f.name for f in fields(kind)]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def insert(conn: sqlite3.Connection, entry: E) -> E:
    """Store ``entry`` (with its id, if it has one: that is how an undo puts a row back)."""
    values = {"id": entry.id, **entry.columns()}
    names = list(values)
    marks = ", ".join("?" for _ in names)
    cursor = conn.execute(
        f"INSERT INTO {entry.table} ({_quoted(names)}) VALUES ({marks})", list(values.values())
    )
    row_id = cursor.lastrowid
    assert row_id is not None
    # Committed: nothing after this may fail, or a retry would store the entry twice.
    return entry if entry.id == row_id else replace(entry, id=row_id)


def update(conn: sqlite3.Connection, entry: E) -> None:
    values = entry.columns()
    sets = ", ".join(f'"{n}" = ?' for n in values)
    conn.execute(f"UPDATE {entry.table} SET {sets} WHERE id = ?", [*values.values(), entry.id])


def delete(conn: sqlite3.Connection, entry: Entry) -> None:
    conn.execute(f"DELETE FROM {entry.table} WHERE id = ?", (entry.id,))


def get(conn: sqlite3.Connection, kind: type[E], entry_id: int) -> E | None:
    row = conn.execute(
        f"SELECT {_quoted(_names(kind))} FROM {kind.table} WHERE id = ?", (entry_id,)
    ).fetchone()
    return None if row is None else kind.parse(dict(zip(_names(kind), row, strict=True)))


def select(
    conn: sqlite3.Connection,
    kind: type[E],
    first: dt.date | None = None,
    before: dt.date | None = None,
) -> list[E]:
    """Entries of ``kind`` on days from ``first`` up to (not including) ``before``, oldest first."""
    names = _names(kind)
    where: list[str] = []
    params: list[str] = []
    if first is not None:
        where.append(f'"{kind.date_column}" >= ?')
        params.append(first.isoformat())
    if before is not None:
        where.append(f'"{kind.date_column}" < ?')
        params.append(before.isoformat())
    sql = f"SELECT {_quoted(names)} FROM {kind.table}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f' ORDER BY "{kind.date_column}", id'
    return [kind.parse(dict(zip(names, row, strict=True))) for row in conn.execute(sql, params)]


def count(conn: sqlite3.Connection, kind: type[Entry]) -> int:
    row = conn.execute(f"SELECT count(*) FROM {kind.table}").fetchone()
    return int(row[0])
