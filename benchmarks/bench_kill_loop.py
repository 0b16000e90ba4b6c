"""kill_loop: committed entries lost over 200 writers killed with SIGKILL mid-write.

Each writer opens the log, says it is ready, then adds entries in a loop and
prints every id once its commit returns. It is killed at a random moment
40-250 ms after ready. The log must then hold every printed id and pass
``PRAGMA integrity_check``. Target: 0 lost, 0 damaged (POSIX only).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from result import Result

WRITERS = 200
APP = Path(__file__).resolve().parent.parent / "app"
WRITER = """
import datetime as dt, sys
from calfcare.core.log import Log
from calfcare.core.paths import app_paths
log = Log.open(app_paths(sys.argv[1]), daily_backup=False)
print("ready", flush=True)
n = 0
while True:
    n += 1
    entry = log.add_pain(dt.date(2026, 11, 1) + dt.timedelta(days=n % 300), "after", n % 11)
    print(entry.id, flush=True)
"""


def _killed_writer(home: str, after: float) -> list[int]:
    env = {**os.environ, "PYTHONPATH": str(APP)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, home], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    with child.stdout:
        if child.stdout.readline() != "ready\n":
            child.kill()
            child.wait()
            raise RuntimeError("the writer did not start")
        time.sleep(after)
        child.kill()
        child.wait()
        return [int(w) for w in child.stdout.read().split("\n") if w.strip().isdigit()]


def run() -> list[Result]:
    if sys.platform == "win32":
        return []
    rng = random.Random(2026)
    lost = 0
    damaged = 0
    printed = 0
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as home:
        db = Path(home) / "data" / "log.sqlite3"
        for _ in range(WRITERS):
            ids = _killed_writer(home, rng.uniform(0.04, 0.25))
            printed += len(ids)
            conn = sqlite3.connect(db)
            try:
                if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    damaged += 1
                stored = {row[0] for row in conn.execute("SELECT id FROM pain")}
            finally:
                conn.close()
            lost += len(set(ids) - stored)
    seconds = time.monotonic() - t0
    print(f"kill_loop: {WRITERS} writers, {printed} committed entries, {seconds:.0f} s")
    return [
        Result.at_most("kill_loop_lost", lost, "rows", 0),
        Result.at_most("kill_loop_damaged", damaged, "dbs", 0),
    ]
