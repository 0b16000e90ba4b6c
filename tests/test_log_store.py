"""The progress log's API: adding, changing, undoing, validating, history and charts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calfcare.core.errors import InputError
from calfcare.core.log import Log, PainEntry, RunEntry, SessionEntry, ShoesEntry, StepEntry
from calfcare.core.log.records import RaiseTestEntry
from calfcare.core.log.schema import SCHEMA_VERSION
from calfcare.core.paths import AppPaths, app_paths
from calfcare.core.planning.history import LoggedRun, PainScore, RaiseTest, SessionRecord, ShoePair
from calfcare.core.player.machine import Done

from support import MONDAY

DAY = dt.date(2026, 11, 20)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path)


@pytest.fixture
def log(paths: AppPaths) -> Iterator[Log]:
    with Log.open(paths) as opened:
        yield opened


def test_file_lives_in_the_data_folder_with_wal_and_foreign_keys(log: Log, paths: AppPaths) -> None:
    assert log.path == paths.data_dir / "log.sqlite3"
    conn = log.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_calfcare_home_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFCARE_HOME", str(tmp_path / "home"))
    with Log.open(app_paths()) as log:
        assert log.path == tmp_path / "home" / "data" / "log.sqlite3"


def test_each_add_is_committed_at_once(log: Log) -> None:
    entry = log.add_pain(DAY, "after", 3, "stairs")
    other = Log.open(log.paths)  # a second connection sees it: it was committed
    with other:
        assert other.get(PainEntry, entry.id or 0) == entry


def test_step_from_the_player(log: Log) -> None:
    done = Done(3, "single_leg_calf_raise", "left", 2, 15, 12, None, 41.5)
    at = dt.datetime(2026, 11, 20, 7, 30)
    step = log.add_step(done, at, DAY, "strengthening")
    assert step == StepEntry(
        step.id, at, DAY, "strengthening", "single_leg_calf_raise", "left", 2, 15, 12, None, 41.5
    )
    assert log.day(DAY).steps == [step]


def test_delete_returns_the_entry_and_add_puts_it_back(log: Log) -> None:
    first = log.add_pain(DAY, "morning", 2)
    later = log.add_pain(DAY, "after", 5)
    gone = log.delete(PainEntry, later.id or 0)
    assert gone == later
    assert log.entries(PainEntry) == [first]
    assert log.add(gone) == later  # same id again
    assert log.entries(PainEntry) == [first, later]


def test_update_returns_what_was_there(log: Log) -> None:
    run = log.add_run(DAY, 5000, 30)
    before = log.update(RunEntry.parse({**run.to_json(), "metres": 6500}))
    assert before == run
    assert log.get(RunEntry, run.id or 0) == RunEntry(run.id, DAY, 6500.0, 30.0)
    with pytest.raises(InputError, match="id: no runs entry 99"):
        log.update(RunEntry(99, DAY, 1, 1))
    with pytest.raises(InputError, match="id: no pain entry 42"):
        log.delete(PainEntry, 42)


def test_shoes_links_and_refusals(log: Log) -> None:
    log.add_shoes("Blue", 120_000, dt.date(2026, 10, 1))
    log.add_run(DAY, 8000, 50, shoes="Blue")
    with pytest.raises(InputError, match=r"^shoes: no pair named 'Red'"):
        log.add_run(DAY, 8000, 50, shoes="Red")
    with pytest.raises(InputError, match=r"^name: there is already a pair"):
        log.add_shoes("Blue", 0, DAY)
    with pytest.raises(InputError, match="retire it instead"):
        log.delete(ShoesEntry, 1)
    retired = log.retire_shoes("Blue")
    assert retired.retired
    assert log.shoe_distances()[0].metres == 128_000
    assert log.shoe_distances()[0].retired


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda log: log.add_pain(DAY, "later", 3), "when"),
        (lambda log: log.add_pain(DAY, "after", 3.5), "score"),
        (lambda log: log.add_pain("yesterday", "after", 3), "date"),
        (lambda log: log.add_run(DAY, -0.1, 30), "metres"),
        (lambda log: log.add_run(DAY, float("nan"), 30), "metres"),
        (lambda log: log.add_run(DAY, 5, -1), "minutes"),
        (lambda log: log.add_session(DAY, "yoga", "done"), "kind"),
        (lambda log: log.add_session(DAY, "stretching", "half"), "status"),
        (lambda log: log.add_raise_test(DAY, -1, 20), "left"),
        (lambda log: log.add_raise_test(DAY, 20, True), "right"),
        (lambda log: log.add_shoes(" ", 0, DAY), "name"),
        (lambda log: log.add_shoes("Blue", -5, DAY), "start_metres"),
        (lambda log: log.add_pain(DAY, "after", 3, "x" * 2001), "note"),
    ],
)
def test_bad_values_are_refused_naming_the_field(log: Log, call: object, field: str) -> None:
    with pytest.raises(InputError) as info:
        call(log)  # type: ignore[operator]
    assert str(info.value).startswith(f"{field}: ")
    assert log.is_empty()


@given(st.one_of(st.integers(max_value=-1), st.integers(min_value=11)))
def test_any_pain_score_outside_0_to_10_is_refused(score: int) -> None:
    with pytest.raises(InputError, match=r"^score: must be a whole number from 0 to 10"):
        PainEntry.parse({"date": DAY, "when": "during", "score": score})


@given(st.integers(min_value=0, max_value=10), st.sampled_from(["during", "after", "morning"]))
def test_any_pain_score_inside_0_to_10_is_accepted(score: int, when: str) -> None:
    assert PainEntry.parse({"date": DAY, "when": when, "score": score}).score == score


@given(st.one_of(st.floats(), st.text(), st.booleans(), st.none()))
def test_a_pain_score_that_is_not_a_whole_number_is_refused(score: object) -> None:
    with pytest.raises(InputError, match=r"^score: "):
        PainEntry.parse({"date": DAY, "when": "during", "score": score})


def _fortnight(log: Log) -> None:
    """Two weeks before MONDAY (23 Nov 2026), plus an older run and a later one."""
    first = MONDAY - dt.timedelta(days=14)
    log.add_shoes("Old", 700_000, dt.date(2026, 1, 1))
    log.add_shoes("New", 10_000, dt.date(2026, 9, 1))
    log.retire_shoes("Old")
    log.add_run(dt.date(2026, 9, 15), 12_000, 70, "New")  # before the 8-week window
    for n, day in enumerate(first + dt.timedelta(days=d) for d in (1, 3, 5, 8, 10, 12)):
        log.add_run(day, (5 + n) * 1000, 30 + n, "New")
        log.add_pain(day, "after", n % 4)
        log.add_session(day, "strengthening", "done" if n % 3 else "partial")
    log.add_pain(first + dt.timedelta(days=2), "morning", 1)
    log.add_session(first + dt.timedelta(days=6), "stretching", "skipped")
    log.add_raise_test(first, 18, 25)
    log.add_raise_test(first + dt.timedelta(days=7), 20, 25)
    log.add_run(MONDAY, 99_000, 600, "New")  # on `before`: not history yet


def test_history_of_a_made_up_fortnight(log: Log) -> None:
    _fortnight(log)
    first = MONDAY - dt.timedelta(days=14)
    history = log.history(MONDAY, weeks=2, units="km")
    days = [first + dt.timedelta(days=d) for d in (1, 3, 5, 8, 10, 12)]
    assert history.runs == tuple(LoggedRun(day, 5 + n, 30 + n, "New") for n, day in enumerate(days))
    assert history.distance_between(first, MONDAY) == sum(range(5, 11))
    assert history.distance_between(MONDAY - dt.timedelta(days=7), MONDAY) == 8 + 9 + 10
    assert len(history.pain) == 7
    assert history.pain_between(first, MONDAY, "morning") == [
        PainScore(first + dt.timedelta(days=2), "morning", 1)
    ]
    assert SessionRecord(first + dt.timedelta(days=6), "stretching", "skipped") in history.sessions
    assert [s.status for s in history.sessions_between(days[0], days[1])] == ["partial"]
    assert history.latest_raise_test(MONDAY) == RaiseTest(first + dt.timedelta(days=7), 20, 25)
    assert history.shoes == (
        ShoePair("Old", 700, dt.date(2026, 1, 1), retired=True),
        ShoePair("New", 10 + 12, dt.date(2026, 9, 1)),  # the September run folded in
    )
    current = history.current_shoes()
    assert current is not None
    assert current.name == "New"
    assert history.shoe_distance(current) == 10 + 12 + sum(range(5, 11))


def test_history_default_is_eight_weeks(log: Log) -> None:
    _fortnight(log)
    assert len(log.history(MONDAY, units="km").runs) == 6
    with pytest.raises(ValueError, match="weeks"):
        log.history(MONDAY, weeks=0, units="km")


def test_chart_queries(log: Log) -> None:
    _fortnight(log)
    first = MONDAY - dt.timedelta(days=14)
    series = log.pain_series(first, MONDAY)
    assert series["morning"] == [(first + dt.timedelta(days=2), 1)]
    assert [score for _, score in series["after"]] == [0, 1, 2, 3, 0, 1]
    weeks = log.sessions_per_week(first, MONDAY)
    assert [(w.monday, w.done, w.partial, w.skipped) for w in weeks] == [
        (first, 2, 1, 1),
        (first + dt.timedelta(days=7), 2, 1, 0),
    ]
    distance = log.weekly_distance()
    assert [(w.metres, w.runs) for w in distance] == [
        (12_000, 1),
        (18_000, 3),
        (27_000, 3),
        (99_000, 1),
    ]
    assert [t.left for t in log.raise_tests()] == [18, 20]
    shoes = log.shoe_distances()
    assert [(s.name, s.metres) for s in shoes] == [
        ("New", (10 + 12 + 45 + 99) * 1000),
        ("Old", 700_000),
    ]


def test_days_list_newest_first(log: Log) -> None:
    _fortnight(log)
    first = MONDAY - dt.timedelta(days=14)
    days = log.days(first, MONDAY)
    assert days[0].date == MONDAY - dt.timedelta(days=2)
    assert days[-1].date == first
    assert days[-1].raise_tests == [RaiseTestEntry(1, first, 18, 25)]
    assert len(log.day(first + dt.timedelta(days=1)).entries()) == 3
    assert log.day(dt.date(2020, 1, 1)).entries() == []
    assert isinstance(log.entries(SessionEntry)[0], SessionEntry)


def test_first_day_is_the_earliest_entry_of_any_kind(log: Log) -> None:
    assert log.first_day() is None
    log.add_pain(dt.date(2026, 11, 20), "morning", 3)
    log.add_shoes("Trail", 0, dt.date(2026, 10, 2))
    log.add_run(dt.date(2026, 11, 1), 5.0, 30)
    assert log.first_day() == dt.date(2026, 10, 2)
