"""Progress from day one: the intake's pain and shoe distance show on the charts, marked
as coming from the answers, with nothing written to the log for the planner to read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calfcare.core.log.from_answers import ANSWERED_SHOES
from calfcare.core.log.snapshot import log_entries
from calfcare.gui.progress import charts as pc
from calfcare.gui.progress.page import ProgressPage
from calfcare.gui.shell.store import PlanStore

from gui_stores import active_window, store_with
from support import MONDAY, make_profile

ANSWERS = {
    "units": "mi",
    "shoes": {"distance": 320, "age_months": 5},
    "complaint": {"kind": "tightness", "side": "left", "since": "2026-11-16", "pain": 4},
}


def _progress(qtbot: QtBot, store: PlanStore) -> ProgressPage:
    window = active_window(qtbot, store)
    page = window.page("progress")
    assert isinstance(page, ProgressPage)
    with qtbot.waitSignal(page.chartsReady, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    return page


def test_a_new_runner_sees_the_intake_s_pain_and_shoes(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, make_profile(**ANSWERS))
    assert store.log is not None
    before = store.plan_for(MONDAY)
    page = _progress(qtbot, store)
    pain, _sessions, _raises, _distance, shoes = page.charts
    assert isinstance(pain, pc.PainChart)
    assert isinstance(shoes, pc.ShoesChart)
    assert not pain.is_empty()
    assert list(pain.answered.yData) == [4.0]
    assert all(line.xData is None or len(line.xData) == 0 for line in pain.lines.values())
    assert "From your answers" in [label.text for _item, label in pain.legend.items]
    assert not shoes.is_empty()
    assert list(shoes.bars.opts["height"]) == [320.0]  # in the runner's miles
    [[(_x, name)]] = shoes.item.getAxis("bottom")._tickLevels
    assert name == ANSWERED_SHOES
    # Nothing invented in the log: the planner's history is what the runner logged.
    assert sum(len(rows) for rows in log_entries(store.log.connection).values()) == 0
    store.log_changed()
    assert store.plan_for(MONDAY) == before


def test_a_logged_pair_replaces_the_answered_one(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, make_profile(**ANSWERS))
    assert store.log is not None
    page = _progress(qtbot, store)
    store.log.add_shoes("Trail", 160_934.4, MONDAY - dt.timedelta(days=30))
    store.log_changed()
    shoes = page.charts[4]
    assert isinstance(shoes, pc.ShoesChart)
    [[(_x, name)]] = shoes.item.getAxis("bottom")._tickLevels
    assert name == "Trail"


def test_no_complaint_no_pain_point(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, make_profile(shoes={"distance": 0, "age_months": 0}))
    page = _progress(qtbot, store)
    pain, shoes = page.charts[0], page.charts[4]
    assert isinstance(pain, pc.PainChart)
    assert pain.is_empty()
    assert shoes.is_empty()
