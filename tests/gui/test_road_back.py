"""Road back and Today's road line, driven with real clicks and keys over a simulated log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calfcare.core.journey.stages import Stage
from calfcare.core.paths import app_paths
from calfcare.core.profile import Profile, save_profile
from calfcare.gui.log.dialogs import PainDialog, RaiseTestDialog
from calfcare.gui.log.form import EntryDialog
from calfcare.gui.road_back.gates import GateRow
from calfcare.gui.road_back.page import RoadBackPage
from calfcare.gui.shell.pages import PAGES
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage
from calfcare.gui.widgets.dates import day_month

from driving import retype
from gui_stores import shown_window, store_with
from journeys import strain
from support import MONDAY, make_profile

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, store: PlanStore) -> RoadBackPage:
    page = RoadBackPage(store)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def _row(page: RoadBackPage, gate_id: str) -> GateRow:
    return next(r for r in page.gates.rows if r.gate.id == gate_id)


def _edit(dialog: QWidget, key: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, key)
    assert found is not None
    return found


def _open_from(qtbot: QtBot, page: RoadBackPage, button: QPushButton | None) -> EntryDialog:
    assert button is not None
    assert button.isVisible()
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _save(qtbot: QtBot, store: PlanStore, page: RoadBackPage, dialog: EntryDialog) -> None:
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(page.refreshed):
        qtbot.mouseClick(dialog.ok, LEFT)
    assert not dialog.isVisible()


def test_gates_turn_met_as_a_raise_test_and_a_morning_score_are_logged(
    qtbot: QtBot, home: Path
) -> None:
    store = store_with(home, strain(days_ago=16, pain=3))
    page = _page(qtbot, store)
    assert page.where.text() == (
        "Load stage, day 17. Next: running again, when you reach 25 raises a side."
    )
    marks = {row.stage: row.mark.text() for row in page.timeline.rows}
    assert marks[Stage.protect] == marks[Stage.settle] == "✓"
    assert marks[Stage.load] == "●"
    assert marks[Stage.build] == "○"
    current = next(r for r in page.timeline.rows if r.current)
    assert current.status.text() == f"Now, since {day_month(store.road_back().journey.since)}"  # type: ignore[union-attr]
    settle = next(r for r in page.timeline.rows if r.stage is Stage.settle)
    assert settle.status.text().startswith("Reached ")
    assert "usually comes in" in page.expected.text()
    assert not page.escalation.isVisible()

    raises = _row(page, "raise_test")
    assert raises.text.text() == "Single-leg raises: not tested yet, 25 a side needed"
    assert not raises.gate.met
    dialog = _open_from(qtbot, page, raises.button)
    assert isinstance(dialog, RaiseTestDialog)
    retype(qtbot, _edit(dialog, "left"), "18")
    retype(qtbot, _edit(dialog, "right"), "22")
    _save(qtbot, store, page, dialog)
    raises = _row(page, "raise_test")
    assert raises.text.text() == "Single-leg raises: left 18, right 22 of 25"
    assert not raises.gate.met
    assert raises.mark.text() == "✗"

    dialog = _open_from(qtbot, page, _row(page, "raise_test").button)
    retype(qtbot, _edit(dialog, "left"), "26")
    retype(qtbot, _edit(dialog, "right"), "27")
    _save(qtbot, store, page, dialog)
    assert _row(page, "raise_test").gate.met
    assert _row(page, "raise_balance").gate.met
    assert _row(page, "raise_test").button is None

    pain = _row(page, "current_pain")
    assert pain.text.text() == "Pain: 3/10, needs 2 or less"
    dialog = _open_from(qtbot, page, pain.button)
    assert isinstance(dialog, PainDialog)
    assert dialog.when.currentData() == "morning"
    retype(qtbot, _edit(dialog, "score"), "2")
    _save(qtbot, store, page, dialog)
    pain = _row(page, "current_pain")
    assert pain.text.text() == "Morning pain: 2/10, needs 2 or less"
    assert pain.gate.met
    assert pain.mark.text() == "✓"
    assert all(r.gate.met for r in page.gates.rows)
    assert "every gate is met" in page.where.text()


def test_the_log_buttons_work_from_the_keyboard(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, strain(days_ago=16, pain=3))
    page = _page(qtbot, store)
    button = _row(page, "raise_test").button
    assert button is not None
    assert button.accessibleName() == "Log a raise test"
    with qtbot.waitActive(page):
        page.activateWindow()
    page.setFocus()
    for _ in range(10):  # Tab along to the raise test's button
        if button.hasFocus():
            break
        qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert isinstance(page.dialog, RaiseTestDialog)
    page.dialog.reject()


def test_an_escalation_shows_first_with_what_to_do_and_by_when(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, strain(days_ago=12, pain=5))
    page = _page(qtbot, store)
    box = page.escalation
    assert box.isVisible()
    assert box.headline.text() == "Time to see a doctor or physiotherapist"
    assert "What to do:" in box.body.text()
    assert "By when:" in box.body.text()
    assert "still hurts 5/10 on day 13" in box.body.text()
    assert (
        box.mapTo(page, box.rect().topLeft()).y()
        < page.where.mapTo(page, page.where.rect().topLeft()).y()
    )
    assert box.accessibleName() == "Get help"


def test_today_says_the_stage_and_opens_road_back_by_click_and_by_key(
    qtbot: QtBot, home: Path
) -> None:
    store = store_with(home, strain(days_ago=16, pain=3))
    window = shown_window(qtbot, store)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    line = today.road_line
    assert line.isVisible()
    assert line.text().startswith("Load stage, day 17. Next: running again")
    assert line.accessibleName().startswith("Road back: Load stage")
    keys = next(p.shortcut for p in PAGES if p.key == "road_back")
    assert line.toolTip() == f"Open Road back ({keys})"  # kept in step with the page table
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.mouseClick(line, LEFT)
    assert shown.args == ["road_back"]
    assert isinstance(window.page("road_back"), RoadBackPage)
    window.show_page("today")
    line.setFocus()
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert shown.args == ["road_back"]


def test_a_stage_change_shows_its_banner_once(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, strain(days_ago=16, pain=3))
    page = TodayPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    banner = page.stage_banner
    assert banner.isVisible()
    assert banner.text.text().startswith("New stage: Load. Every gate out of Settle and move")
    with qtbot.waitSignal(banner.dismissed):
        qtbot.mouseClick(banner.dismiss, LEFT)
    assert not banner.isVisible()
    # Announced once: not on the next start, nor after the log changes.
    again = TodayPage(store)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.stage_banner.isVisible()
    with qtbot.waitSignal(store.planChanged):
        store.log_changed()
    assert not again.stage_banner.isVisible()


def store_with_a_step_back(home: Path) -> PlanStore:
    """Running again after a good log, then a week whose mornings climb, then nothing:
    back to Load on the Monday before MONDAY."""
    start = MONDAY - dt.timedelta(days=7 * 6)
    store = store_with(home, strain(days_ago=42, pain=3))
    log = store.log
    assert log is not None
    for week in range(5):
        monday = start + dt.timedelta(days=7 * week)
        for day in range(7):
            date = monday + dt.timedelta(days=day)
            score = [1, 2, 3, 3, 4, 4, 4][day] if week == 4 else max(1, 3 - week)
            log.add_pain(date, "morning", score)
            log.add_session(date, "strengthening", "done")
        if week == 3:
            log.add_raise_test(monday, 27, 26)
    store.log_changed()
    return store


def test_a_step_back_is_announced_with_its_reason(qtbot: QtBot, home: Path) -> None:
    store = store_with_a_step_back(home)
    road = store.road_back()
    assert road is not None
    change = road.latest_change()
    assert change is not None
    assert not change.forward, road.periods
    page = TodayPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    text = page.stage_banner.text.text()
    assert text.startswith("A step back: Load. Your morning pain rose from 1 to 4")
    assert "so the plan eases off" in text


@pytest.mark.parametrize(
    "profile",
    [
        make_profile(),
        make_profile(
            complaint={"kind": "doms", "side": "both", "since": MONDAY.isoformat(), "pain": 3}
        ),
        strain(days_ago=2, pain=4, red_flags=["one_leg_swelling_warmth_redness"]),
    ],
    ids=["healthy", "doms", "emergency"],
)
def test_every_control_has_an_accessible_name(qtbot: QtBot, home: Path, profile: Profile) -> None:
    store = store_with(home, profile)
    page = _page(qtbot, store)
    today = TodayPage(store)
    qtbot.addWidget(today)
    road = store.road_back()
    assert road is not None
    assert [r.stage for r in page.timeline.rows] == list(road.arc)
    for widget in [*page.findChildren(QWidget), today.road_line, today.stage_banner.dismiss]:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            assert widget.accessibleName(), widget
    for row in page.timeline.rows:
        assert row.accessibleName().startswith(row.title.text())
    for gate in page.gates.rows:
        assert gate.text.accessibleName().endswith(("(met)", "(not met yet)"))
    if road.journey.escalation is not None:
        assert page.escalation.isVisible()
        assert page.escalation.accessibleDescription()


def test_without_a_log_the_buttons_are_off_and_say_why(qtbot: QtBot, home: Path) -> None:
    paths = app_paths(home).ensure()
    save_profile(strain(days_ago=16, pain=3), paths.profile)
    store = PlanStore(paths, today=lambda: MONDAY, log=None, log_problem="no log")
    page = _page(qtbot, store)
    buttons = [r.button for r in page.gates.rows if r.button is not None]
    assert buttons
    assert not any(b.isEnabled() for b in buttons)
    assert page.log_problem.isVisible()
    assert page.open_log("raise_test") is None
