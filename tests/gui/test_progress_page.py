"""The Progress page: charts from a fortnight of entries, the history list, edit, delete, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from calfcare.core.log import Log, PainEntry
from calfcare.core.paths import app_paths
from calfcare.core.player.machine import Done
from calfcare.core.profile import save_profile
from calfcare.gui.progress.edit import EntryEditDialog
from calfcare.gui.progress.history import NO_SELECTION, NOTHING_LOGGED
from calfcare.gui.progress.history_cells import Column, EntryRole, KindRole
from calfcare.gui.progress.history_model import FETCH_DAYS, HistoryModel
from calfcare.gui.progress.page import NO_LOG, ProgressPage
from calfcare.gui.shell.store import PlanStore

from gui_stores import active_window, open_log
from support import MONDAY, make_profile

DAYS = 14
STATUSES = ("done", "done", "partial", "done", "skipped", "done", "done")


def fill_fortnight(log: Log, today: dt.date = MONDAY) -> None:
    """Two weeks up to ``today``: a session and pain scores daily, a run every other day."""
    log.add_shoes("Pegasus", 100_000, today - dt.timedelta(days=DAYS - 1))
    for n in range(DAYS):
        day = today - dt.timedelta(days=DAYS - 1 - n)
        log.add_session(day, "strengthening", STATUSES[n % 7])
        log.add_pain(day, "after", max(0, 6 - n // 2))
        log.add_pain(day, "morning", max(0, 4 - n // 4))
        if n % 2 == 0:
            log.add_run(day, (4 + n / 2) * 1000, 30, shoes="Pegasus")
            log.add_pain(day, "during", max(0, 5 - n // 3))
        if n % 4 == 0:
            log.add_raise_test(day, 10 + n, 12 + n)
        for s in range(2):
            at = dt.datetime.combine(day, dt.time(8, s))
            log.add_step(
                Done(s, "calf_raises", "left", 1, 15, 15, None, 40.0), at, day, "strengthening"
            )


def make_store(home: Path, fill: bool = True) -> PlanStore:
    paths = app_paths(home).ensure()
    save_profile(make_profile(), paths.profile)
    log = open_log(paths)
    if fill:
        fill_fortnight(log)
    return PlanStore(paths, today=lambda: MONDAY, log=log)


def open_page(qtbot: QtBot, store: PlanStore) -> ProgressPage:
    page = ProgressPage(store)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    with qtbot.waitSignal(page.chartsReady):
        page.show()
    return page


def _count(line: Any) -> int:
    """Points a PlotDataItem was given (xData is None until it has any)."""
    return 0 if line.xData is None else len(line.xData)


def points(page: ProgressPage) -> dict[str, int]:
    """How many points or bars each series of each chart holds."""
    from calfcare.gui.progress import charts as pc

    pain, sessions, raises, distance, shoes = page.charts
    assert isinstance(pain, pc.PainChart)
    assert isinstance(sessions, pc.SessionsChart)
    assert isinstance(raises, pc.RaiseChart)
    assert isinstance(distance, pc.DistanceChart)
    assert isinstance(shoes, pc.ShoesChart)
    out = {f"pain_{w}": _count(line) for w, line in pain.lines.items()}
    out |= {f"sessions_{s}": len(b.opts["height"]) for s, b in sessions.bars.items()}
    out |= {f"raises_{s}": _count(line) for s, line in raises.lines.items()}
    out["distance"] = len(distance.bars.opts["height"])
    out["ceiling_points"] = _count(distance.ceiling)
    out["shoes"] = len(shoes.bars.opts["height"])
    return out


@pytest.fixture
def fortnight(home: Path, qapp: Any) -> PlanStore:
    return make_store(home)


def click(qtbot: QtBot, page: ProgressPage, index: QModelIndex) -> None:
    assert page.history is not None
    view = page.history.view
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex() == index


def pain_on(page: ProgressPage, day: dt.date, when: str) -> QModelIndex:
    assert page.history is not None
    model = page.history.model
    row = model.row_of(day)
    assert row is not None
    parent = model.index(row, 0)
    page.history.view.expand(parent)
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        entry = index.data(EntryRole)
        if isinstance(entry, PainEntry) and entry.when == when:
            return index
    raise AssertionError(f"no {when} pain on {day}")


def test_fortnight_fills_each_chart_and_the_day_list(qtbot: QtBot, fortnight: PlanStore) -> None:
    page = open_page(qtbot, fortnight)
    assert page.range_buttons.checkedId() == 0  # a new log opens on four weeks
    assert points(page) == {
        "pain_during": 7,
        "pain_after": 14,
        "pain_morning": 14,
        # Tue 10 Nov to Mon 23 Nov: three weeks, Monday to Sunday
        "sessions_done": 3,
        "sessions_partial": 3,
        "sessions_skipped": 3,
        "raises_left": 4,
        "raises_right": 4,
        "distance": 2,
        "ceiling_points": 3,  # one dash (two ends and a break): only week two has a week before
        "shoes": 1,
    }
    from calfcare.gui.progress import charts as pc

    sessions = page.charts[1]
    assert isinstance(sessions, pc.SessionsChart)
    assert list(sessions.bars["done"].opts["height"]) == [4, 5, 1]
    assert list(sessions.bars["skipped"].opts["y0"]) == [5, 6, 1]  # stacked on done + partial
    axis = sessions.item.getAxis("left")
    low, high = sessions.item.viewRange()[1]
    ticks = [value for _spacing, values in axis.tickValues(low, high, 300) for value in values]
    assert ticks
    assert all(float(t).is_integer() for t in ticks), ticks  # sessions come whole
    assert not any(chart.is_empty() for chart in page.charts)
    assert page.history is not None
    model = page.history.model
    assert model.rowCount() == DAYS
    assert model.index(0, Column.WHAT).data() == "Mon 23 Nov 2026"
    assert model.canFetchMore(QModelIndex()) is False


def test_history_model_passes_the_model_tester(qtmodeltester: Any, fortnight: PlanStore) -> None:
    assert fortnight.log is not None
    model = HistoryModel(fortnight.log, MONDAY, "km")
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    day = model.index(0, 0)
    kinds = [model.index(r, 0, day).data(KindRole) for r in range(model.rowCount(day))]
    assert kinds == ["sessions", "pain", "pain", "steps"]
    assert model.parent(model.index(1, 1, day)) == day


def test_older_days_are_fetched_a_window_at_a_time(
    qtmodeltester: Any, home: Path, qapp: Any
) -> None:
    paths = app_paths(home).ensure()
    log = open_log(paths)
    for n in range(0, 300, 10):
        log.add_pain(MONDAY - dt.timedelta(days=n), "morning", 2)
    log.add_pain(MONDAY - dt.timedelta(days=2000), "morning", 5)  # after a five-year gap
    model = HistoryModel(log, MONDAY, "km")
    model.fetchMore(QModelIndex())
    assert model.rowCount() == (FETCH_DAYS + 9) // 10
    fetches = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        fetches += 1
    assert model.rowCount() == 31
    assert fetches <= 300 // FETCH_DAYS + 2  # the gap is crossed in one fetch
    qtmodeltester.check(model)


def test_delete_then_undo_brings_the_entry_back_with_its_id(
    qtbot: QtBot, fortnight: PlanStore
) -> None:
    page = open_page(qtbot, fortnight)
    assert page.history is not None
    assert fortnight.log is not None
    log = fortnight.log
    index = pain_on(page, MONDAY, "after")
    entry = index.data(EntryRole)
    click(qtbot, page, index)
    day = page.history.model.index(0, 0)
    before = page.history.model.rowCount(day)
    with qtbot.waitSignal(fortnight.logChanged):
        qtbot.keyClick(page.history.view, Qt.Key.Key_Delete)
    assert log.get(PainEntry, entry.id) is None
    assert page.history.model.rowCount(day) == before - 1
    assert points(page)["pain_after"] == DAYS - 1
    assert "Deleted" in page.status.text()

    undo = page.findChild(QPushButton, "undo")
    assert undo.isEnabled()
    with qtbot.waitSignal(fortnight.logChanged):
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert log.get(PainEntry, entry.id) == entry
    assert page.history.model.rowCount(day) == before
    assert points(page)["pain_after"] == DAYS


def test_deleting_a_days_only_entry_removes_the_day_and_undo_restores_it(
    qtbot: QtBot, home: Path, qapp: Any
) -> None:
    store = make_store(home, fill=False)
    assert store.log is not None
    entry = store.log.add_pain(MONDAY, "morning", 3)
    page = open_page(qtbot, store)
    assert page.history is not None
    click(qtbot, page, pain_on(page, MONDAY, "morning"))
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(page.findChild(QPushButton, "deleteEntry"), Qt.MouseButton.LeftButton)
    assert page.history.model.rowCount() == 0
    with qtbot.waitSignal(store.logChanged):
        qtbot.keyClick(page.history.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.history.model.rowCount() == 1
    assert store.log.get(PainEntry, entry.id or 0) == entry


def test_editing_a_pain_score_checks_as_typed_and_changes_the_log(
    qtbot: QtBot, fortnight: PlanStore
) -> None:
    page = open_page(qtbot, fortnight)
    assert page.history is not None
    assert fortnight.log is not None
    index = pain_on(page, MONDAY, "after")
    entry = index.data(EntryRole)
    click(qtbot, page, index)
    qtbot.mouseClick(page.findChild(QPushButton, "editEntry"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(EntryEditDialog)
    assert dialog is not None
    assert dialog.isVisible()
    score = dialog.findChild(QLineEdit, "edit_score")
    error = dialog.findChild(QLabel, "error_score")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    score.selectAll()
    qtbot.keyClicks(score, "11")
    assert "0 to 10" in error.text()
    assert not ok.isEnabled()
    score.selectAll()
    qtbot.keyClicks(score, "x")
    assert "whole number" in error.text()
    score.selectAll()
    qtbot.keyClicks(score, "7")
    assert error.text() == ""
    with qtbot.waitSignal(fortnight.logChanged):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    changed = fortnight.log.get(PainEntry, entry.id)
    assert changed is not None
    assert changed.score == 7
    assert "7/10" in pain_on(page, MONDAY, "after").data()

    with qtbot.waitSignal(fortnight.logChanged):
        qtbot.keyClick(page.history.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fortnight.log.get(PainEntry, entry.id) == entry


def test_range_buttons_filter_the_charts(qtbot: QtBot, fortnight: PlanStore) -> None:
    assert fortnight.log is not None
    fortnight.log.add_session(MONDAY - dt.timedelta(days=60), "stretching", "done")
    fortnight.log.add_session(MONDAY - dt.timedelta(days=200), "stretching", "done")
    page = open_page(qtbot, fortnight)
    assert page.range_buttons.checkedId() == 1  # an older log opens on three months
    assert points(page)["sessions_done"] == 4  # weeks with sessions
    expected = {"range_0": 3, "range_2": 5, "range_3": 5, "range_1": 4}
    for name, count in expected.items():
        qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
        assert points(page)["sessions_done"] == count, name
        assert page.range_buttons.checkedButton().objectName() == name


def test_a_year_of_pain_shows_weekly_averages(qtbot: QtBot, fortnight: PlanStore) -> None:
    page = open_page(qtbot, fortnight)
    assert points(page)["pain_after"] == DAYS  # four weeks: a point a day
    qtbot.mouseClick(page.findChild(QPushButton, "range_2"), Qt.MouseButton.LeftButton)
    # Tue 10 Nov to Mon 23 Nov touches three Monday-to-Sunday weeks.
    assert points(page)["pain_after"] == 3
    assert "weekly average" in page.charts[0].title.text()


def test_empty_log_says_what_to_log(qtbot: QtBot, home: Path, qapp: Any) -> None:
    page = open_page(qtbot, make_store(home, fill=False))
    assert all(chart.is_empty() for chart in page.charts[:4])
    assert not page.charts[4].is_empty()  # the shoes the intake described, from day one
    distance = page.charts[3]
    assert distance.empty.text() == "Log a run to see your weekly distance."
    assert distance.empty.isVisible()
    assert page.history is not None
    assert page.history.model.rowCount() == 0
    # Beside the empty list, where entries come from.
    assert page.history.details.toPlainText() == NOTHING_LOGGED
    assert page.history.details.isVisible()


def test_entries_logged_elsewhere_show_up(qtbot: QtBot, home: Path, qapp: Any) -> None:
    store = make_store(home, fill=False)
    page = open_page(qtbot, store)
    assert store.log is not None
    assert page.history is not None
    assert page.history.details.toPlainText() == NOTHING_LOGGED
    store.log.add_run(MONDAY, 5000, 30)
    store.log_changed()
    assert page.history.model.rowCount() == 1
    assert points(page)["distance"] == 1
    assert not page.charts[3].is_empty()
    assert page.history.details.toPlainText() == NO_SELECTION  # the list has a day to choose


def test_without_a_log_the_page_says_why(qtbot: QtBot, home: Path, qapp: Any) -> None:
    paths = app_paths(home).ensure()
    store = PlanStore(paths, today=lambda: MONDAY, log=None)
    page = ProgressPage(store)
    qtbot.addWidget(page)
    page.show()
    message = page.findChild(QLabel, "progressNoLog")
    assert message.isVisible()
    assert NO_LOG in message.text()
    assert page.history is None
    assert page.charts == []
    assert not page.findChild(QPushButton, "range_0").isEnabled()


def test_charts_recolour_with_the_palette(qtbot: QtBot, fortnight: PlanStore, qapp: Any) -> None:
    from calfcare.gui.shell import theme

    page = open_page(qtbot, fortnight)
    pain = page.charts[0]
    light = pain.plot.backgroundBrush().color().name()
    try:
        theme.apply_theme(qapp, "dark")
        qapp.processEvents()
        assert pain.plot.backgroundBrush().color().name() == "#272c31"
        assert pain.plot.backgroundBrush().color().name() != light
    finally:
        theme.apply_theme(qapp, "light")


def test_ctrl_8_opens_the_progress_page(qtbot: QtBot, fortnight: PlanStore) -> None:
    from calfcare.gui.shell.pages import PAGES

    window = active_window(qtbot, fortnight)
    assert [s.shortcut for s in PAGES] == [f"Ctrl+{n}" for n in range(1, len(PAGES) + 1)]
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == ["progress"]
    assert isinstance(window.page("progress"), ProgressPage)


def test_days_at_the_ends_of_the_calendar_do_not_break_the_page(
    qtbot: QtBot, home: Path, qapp: Any
) -> None:
    """An older CalfCare let in any day: the history and every chart range still draw."""
    store = make_store(home)
    assert store.log is not None
    conn = store.log.connection
    for day in ("0001-01-02", "9999-12-31"):
        conn.execute("INSERT INTO pain (date, \"when\", score) VALUES (?, 'after', 3)", (day,))
        conn.execute("INSERT INTO runs (date, metres, minutes) VALUES (?, 5000, 30)", (day,))
        conn.execute(
            "INSERT INTO sessions (date, kind, status) VALUES (?, 'strengthening', 'done')", (day,)
        )
    page = open_page(qtbot, store)
    assert page.history is not None
    model = page.history.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.day_at(model.rowCount() - 1).date == dt.date(1, 1, 2)
    for n in range(len(page.range_buttons.buttons())):
        qtbot.mouseClick(page.findChild(QPushButton, f"range_{n}"), Qt.MouseButton.LeftButton)
        assert not page.charts[0].is_empty()
        page.grab()  # paints every chart at this range
