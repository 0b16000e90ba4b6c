"""A played session goes to the log: each step at once, then the session, pain after and a
raise test; next week's plan is rebuilt from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_player_window import QUIET, FakeClock, choose_pain, item, session, wake

from calfcare.core.content.library import ContentLibrary
from calfcare.core.log import PainEntry, RaiseTestEntry, SessionEntry, StepEntry
from calfcare.core.planning.models import SessionKind
from calfcare.gui.log.link import PlayerLog, day_index_of
from calfcare.gui.player.window import PlayerWindow
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage

from gui_stores import store_with
from support import MONDAY, make_profile

Key = Qt.Key
NEXT_MONDAY = MONDAY + dt.timedelta(days=7)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _raise_test_player(
    qtbot: QtBot, library: ContentLibrary, store: PlanStore, clock: FakeClock
) -> PlayerWindow:
    test = item(library, "calf_raise_test", sets=1, reps=2, per_side=True)
    played = session(test, kind=SessionKind.strengthening)
    window = PlayerWindow(library, played, MONDAY, QUIET, clock=clock)
    PlayerLog(window, store, day_index=1)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_a_played_session_is_logged_and_changes_next_weeks_plan(
    qtbot: QtBot, library: ContentLibrary, store: PlanStore
) -> None:
    log = store.log
    assert log is not None
    before = store.plan_for(NEXT_MONDAY)
    assert before is not None
    clock = FakeClock()
    window = _raise_test_player(qtbot, library, store, clock)

    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        wake(window, clock, 5)
    [left] = log.entries(StepEntry)  # written the moment the step ended
    assert (left.exercise, left.side, left.actual_reps) == ("calf_raise_test", "left", 2)
    assert (left.session_date, left.session_kind) == (MONDAY, "strengthening")

    wake(window, clock, 60)  # the switch, then the right leg
    qtbot.waitUntil(lambda: window.summary is not None)
    box = window.reps_done.box  # the right leg managed one fewer
    box.setFocus()
    qtbot.keyClick(box, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "1")
    summary = window.summary
    assert summary is not None
    summary.pain.setFocus()
    qtbot.keyClick(summary.pain, Key.Key_Right)
    qtbot.keyClicks(summary.note, "fine")
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(summary.save, Qt.MouseButton.LeftButton)

    assert [s.side for s in log.entries(StepEntry)] == ["left", "right"]
    [played] = log.entries(SessionEntry)
    assert (played.date, played.kind, played.status, played.day_index, played.note) == (
        MONDAY,
        "strengthening",
        "done",
        1,
        "fine",
    )
    [pain] = log.entries(PainEntry)
    assert (pain.date, pain.when, pain.score) == (MONDAY, "after", 1)
    [test] = log.entries(RaiseTestEntry)
    assert (test.left, test.right) == (2, 1)

    after = store.plan_for(NEXT_MONDAY)
    assert after is not None
    assert after is not before
    assert [n.text for n in before.notes] != [n.text for n in after.notes]
    assert any("Stepping up" in n.text for n in after.notes)


def test_stopping_early_logs_a_partial_session(
    qtbot: QtBot, library: ContentLibrary, store: PlanStore
) -> None:
    log = store.log
    assert log is not None
    clock = FakeClock()
    window = _raise_test_player(qtbot, library, store, clock)
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        wake(window, clock, 5)
    window.driver.stop()
    summary = window.summary
    assert summary is not None
    choose_pain(qtbot, window, 4)
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(summary.save, Qt.MouseButton.LeftButton)
    [played] = log.entries(SessionEntry)
    assert played.status == "partial"
    assert log.entries(RaiseTestEntry) == []  # one leg is not a test


def test_closing_mid_session_keeps_the_steps_and_refreshes(
    qtbot: QtBot, library: ContentLibrary, store: PlanStore
) -> None:
    clock = FakeClock()
    window = _raise_test_player(qtbot, library, store, clock)
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        wake(window, clock, 5)
    with qtbot.waitSignal(store.logChanged):
        window.close()
    assert store.log is not None
    assert len(store.log.entries(StepEntry)) == 1
    assert store.log.entries(SessionEntry) == []


def test_today_start_logs_through_the_player(qtbot: Any, home: Path) -> None:
    store = store_with(home, make_profile(age=45), today=TUESDAY)
    store.set_settings(QUIET)
    page = TodayPage(store)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    card = page.cards[-1]
    assert card.start is not None
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    players = [w for w in page.findChildren(PlayerWindow) if w.isVisible()]
    assert len(players) == 1
    link = players[0].findChild(PlayerLog)
    assert link is not None
    plan = store.plan_for(TUESDAY)
    assert plan is not None
    [day] = [d for d in plan.days if d.date == TUESDAY]
    assert link.day_index == day_index_of(store, card.session, TUESDAY)
    assert link.day_index == len(day.sessions) - 1 > 0
    players[0].close()


def test_done_after_stopping_part_way_is_one_session(
    qtbot: QtBot, library: ContentLibrary, store: PlanStore
) -> None:
    log = store.log
    assert log is not None
    page = TodayPage(store)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    card = page.cards[-1]
    clock = FakeClock()
    window = PlayerWindow(library, card.session, MONDAY, QUIET, clock=clock)
    PlayerLog(window, store, day_index_of(store, card.session, MONDAY))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        wake(window, clock, 600)
    window.driver.stop()
    choose_pain(qtbot, window, 2)
    summary = window.summary
    assert summary is not None
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(summary.save, Qt.MouseButton.LeftButton)
    assert [s.status for s in log.entries(SessionEntry)] == ["partial"]

    def rebuilt() -> bool:  # the page rebuilds its cards from the log
        return page.cards[-1].done.isVisible()

    qtbot.waitUntil(rebuilt)
    card = page.cards[-1]
    assert not card.done.isChecked()
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(card.done, Qt.MouseButton.LeftButton, pos=_indicator(card.done))
    [played] = log.entries(SessionEntry)
    assert played.status == "done"


def _indicator(box: Any) -> Any:
    from PySide6.QtCore import QPoint

    middle = box.height() // 2
    return QPoint(middle, middle)
