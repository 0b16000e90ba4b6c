"""Done ticks live in the log as session rows; an old done.json is moved in once."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from calfcare.core.log import Log, SessionEntry
from calfcare.core.log.done_ticks import (
    import_done_json,
    is_done,
    record_session,
    set_done,
    ticked_on,
)
from calfcare.core.paths import AppPaths
from calfcare.core.planning.models import SessionKind
from calfcare.core.player.machine import Done

from support import MONDAY

STRENGTH = SessionKind.strengthening


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Log]:
    with Log.open(AppPaths(tmp_path / "config", tmp_path / "data")) as opened:
        yield opened


def test_tick_and_untick(log: Log) -> None:
    assert not is_done(log, MONDAY, 1, STRENGTH)
    set_done(log, MONDAY, 1, STRENGTH, True)
    set_done(log, MONDAY, 1, STRENGTH, True)  # twice is still one row
    assert is_done(log, MONDAY, 1, STRENGTH)
    assert not is_done(log, MONDAY, 0, STRENGTH)
    assert not is_done(log, MONDAY, 1, SessionKind.stretching)
    [row] = log.entries(SessionEntry)
    assert (row.status, row.day_index, row.kind) == ("done", 1, "strengthening")
    set_done(log, MONDAY, 1, STRENGTH, False)
    assert log.entries(SessionEntry) == []


def _played_part(log: Log) -> None:
    """A strength session stopped after one step, as the player logs it."""
    done = Done(0, "glute_bridge", None, 1, None, None, 30.0, 30.0)
    log.add_step(done, dt.datetime(2026, 11, 23, 8, 0), MONDAY, "strengthening")
    record_session(log, MONDAY, "strengthening", "partial", 1, note="stopped: tired")


def test_unticking_keeps_a_played_partial_session(log: Log) -> None:
    _played_part(log)
    assert not is_done(log, MONDAY, 1, STRENGTH)
    set_done(log, MONDAY, 1, STRENGTH, True)
    set_done(log, MONDAY, 1, STRENGTH, False)
    assert [s.status for s in log.entries(SessionEntry)] == ["partial"]


def test_done_after_a_stopped_session_upgrades_its_row(log: Log) -> None:
    _played_part(log)
    set_done(log, MONDAY, 1, STRENGTH, True)
    [row] = log.entries(SessionEntry)
    assert (row.status, row.day_index, row.note) == ("done", 1, "stopped: tired")
    assert is_done(log, MONDAY, 1, STRENGTH)


def test_one_planned_session_is_one_row_whatever_the_order(log: Log) -> None:
    set_done(log, MONDAY, 1, STRENGTH, True)
    record_session(log, MONDAY, "strengthening", "partial", 1, note="second go")  # never downgrades
    record_session(log, MONDAY, "strengthening", "partial", 0)  # another place in the day
    rows = sorted(log.entries(SessionEntry), key=lambda s: s.day_index)
    assert [(s.day_index, s.status) for s in rows] == [(0, "partial"), (1, "done")]
    assert rows[1].note == "second go"


def test_done_json_is_moved_into_the_log_once(log: Log) -> None:
    old = log.paths.data_dir / "done.json"
    keys = ["2026-11-23#1:strengthening", "2026-11-23#0:warmup", "nonsense", "2026-11-23#2:nope"]
    old.write_text(json.dumps({"version": 1, "done": keys}), encoding="utf-8")
    assert import_done_json(log, log.paths.data_dir) == 2
    assert is_done(log, MONDAY, 1, STRENGTH)
    assert is_done(log, MONDAY, 0, SessionKind.warmup)
    assert not old.exists()
    assert (log.paths.data_dir / "done.json.imported").exists()
    assert import_done_json(log, log.paths.data_dir) == 0
    assert len(log.entries(SessionEntry)) == 2


def test_an_unreadable_done_json_is_left_alone(log: Log) -> None:
    old = log.paths.data_dir / "done.json"
    old.write_text("{not json", encoding="utf-8")
    assert import_done_json(log, log.paths.data_dir) == 0
    assert old.read_text(encoding="utf-8") == "{not json"


def test_ticked_on_reads_a_day_at_once(log: Log) -> None:
    set_done(log, MONDAY, 1, STRENGTH, True)
    log.add_session(MONDAY, "warmup", "partial", 0)
    assert ticked_on(log, MONDAY) == {(1, "strengthening")}
