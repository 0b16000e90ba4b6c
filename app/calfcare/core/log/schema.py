"""The log's tables, as a list of migrations: ``MIGRATIONS[n]`` takes version n to n + 1.

A migration is never edited once released; a change is a new migration at the
end. Migration 1 is the first schema, kept verbatim so tests can build a
version-1 database and check that every later migration keeps its rows.
"""

from __future__ import annotations

V1 = (
    """CREATE TABLE shoes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        start_distance REAL NOT NULL CHECK (start_distance >= 0),
        started TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        date TEXT NOT NULL,
        distance REAL NOT NULL CHECK (distance >= 0),
        minutes REAL NOT NULL CHECK (minutes >= 0),
        shoes TEXT REFERENCES shoes (name) ON UPDATE CASCADE ON DELETE RESTRICT,
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE pain (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        date TEXT NOT NULL,
        "when" TEXT NOT NULL CHECK ("when" IN ('during', 'after', 'morning')),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        date TEXT NOT NULL,
        kind TEXT NOT NULL,
        day_index INTEGER NOT NULL DEFAULT 0 CHECK (day_index >= 0),
        status TEXT NOT NULL CHECK (status IN ('done', 'partial', 'skipped')),
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE raise_tests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        date TEXT NOT NULL,
        "left" INTEGER NOT NULL CHECK ("left" >= 0),
        "right" INTEGER NOT NULL CHECK ("right" >= 0)
    )""",
    """CREATE TABLE steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        session_date TEXT NOT NULL,
        session_kind TEXT NOT NULL,
        exercise TEXT NOT NULL,
        side TEXT,
        set_number INTEGER,
        planned_reps INTEGER,
        actual_reps INTEGER,
        planned_seconds REAL,
        actual_seconds REAL NOT NULL
    )""",
)

# Version 2: a note on raise tests (how it felt), and date indexes for the history list.
V2 = (
    "ALTER TABLE raise_tests ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX runs_date ON runs (date)",
    "CREATE INDEX pain_date ON pain (date)",
    "CREATE INDEX sessions_date ON sessions (date)",
    "CREATE INDEX raise_tests_date ON raise_tests (date)",
    "CREATE INDEX steps_session_date ON steps (session_date)",
)

# Version 3: distances in metres (converted with the profile's units of the time, given as
# :metres_per_unit), and what an imported run keeps: its start, source file and a key
# (start and sport) that makes importing the same activity twice add nothing.
V3 = (
    "ALTER TABLE runs ADD COLUMN metres REAL NOT NULL DEFAULT 0 CHECK (metres >= 0)",
    "UPDATE runs SET metres = distance * :metres_per_unit",
    "ALTER TABLE runs DROP COLUMN distance",
    "ALTER TABLE runs ADD COLUMN start TEXT",
    "ALTER TABLE runs ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE runs ADD COLUMN import_key TEXT",
    "CREATE UNIQUE INDEX runs_import_key ON runs (import_key)",
    "ALTER TABLE shoes ADD COLUMN start_metres REAL NOT NULL DEFAULT 0 CHECK (start_metres >= 0)",
    "UPDATE shoes SET start_metres = start_distance * :metres_per_unit",
    "ALTER TABLE shoes DROP COLUMN start_distance",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (V1, V2, V3)
SCHEMA_VERSION = len(MIGRATIONS)
