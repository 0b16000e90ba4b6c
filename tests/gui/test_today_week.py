"""Today and Week pages, driven with real clicks and keys against a store in a temp home."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton

from calfcare.core.paths import app_paths
from calfcare.core.planning.models import EXERCISE_KINDS, SessionKind
from calfcare.core.profile import save_profile
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import REST_DAY, TodayPage
from calfcare.gui.week.model import (
    DateRole,
    IsTodayRole,
    KindRole,
    SessionRole,
    WeekModel,
)
from calfcare.gui.week.page import STOP_BANNER, WeekPage
from calfcare.gui.widgets.session_details import SessionDetailsDialog

from gui_stores import open_log, store_with
from support import MONDAY, make_profile

TUESDAY = MONDAY + dt.timedelta(days=1)
RED_FLAG = make_profile(red_flags=["one_leg_swelling_warmth_redness"])


def _today_page(qtbot: Any, store: PlanStore) -> TodayPage:
    page = TodayPage(store)
    qtbot.addWidget(page)
    page.resize(800, 700)
    with qtbot.waitExposed(page):
        page.show()
    return page


def _week_page(qtbot: Any, store: PlanStore) -> WeekPage:
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page


def _dialogs(parent: Any) -> list[SessionDetailsDialog]:
    return [d for d in parent.findChildren(SessionDetailsDialog) if d.isVisible()]


def _start_buttons(page: TodayPage) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if b.text() == "Start"]


# Today ---------------------------------------------------------------------------------


def test_today_shows_a_card_per_planned_session(qtbot: Any, home: Path) -> None:
    store = store_with(home, make_profile(age=45), today=TUESDAY)
    page = _today_page(qtbot, store)
    plan = store.plan_for(TUESDAY)
    assert plan is not None
    day = next(d for d in plan.days if d.date == TUESDAY)
    assert len(day.sessions) > 1
    assert [card.session for card in page.cards] == day.sessions
    for card, session in zip(page.cards, day.sessions, strict=True):
        assert card.isVisible()
        assert card.why.text() == session.why
        assert card.start is not None
        assert card.done is not None
    assert page.date_label.text() == "Tuesday 24 November 2026"  # the C locale's long form
    assert page.phase_label.text() == plan.phase_summary
    assert "does not replace" in page.note_label.text()
    assert not page.rest_label.isVisible()


def test_exercises_show_with_their_dosage(qtbot: Any, store: PlanStore) -> None:
    page = _today_page(qtbot, store)
    card = page.cards[0]
    assert card.session.kind is SessionKind.strengthening
    texts = [label.text() for label in card.item_labels]
    assert any("Single-leg calf raise: 3 x 10 reps, each side" in t for t in texts)


def test_guidance_shows_as_tips_not_exercises(qtbot: Any, home: Path) -> None:
    store = store_with(home, make_profile(shoes={"distance": 600, "age_months": 8}))
    page = _today_page(qtbot, store)
    tips = next(c for c in page.cards if c.session.kind is SessionKind.education)
    assert tips.start is not None
    assert tips.start.text() == "Read more"
    assert all(label.text().startswith("Tip – ") for label in tips.item_labels)


def test_start_opens_the_player(qtbot: Any, store: PlanStore) -> None:
    from calfcare.gui.player.window import PlayerWindow

    store.set_settings(store.settings.with_changes(sound_cues=False))
    page = _today_page(qtbot, store)
    card = page.cards[0]
    assert card.start is not None
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in page.findChildren(PlayerWindow)))
    player = page.findChildren(PlayerWindow)[0]
    assert player.session is card.session
    assert _dialogs(page) == []
    player.close()


def test_details_hold_the_steps_of_the_first_exercise(qtbot: Any, store: PlanStore) -> None:
    page = _today_page(qtbot, store)
    card = page.cards[0]
    dialog = page.open_details(card.session)
    qtbot.waitUntil(lambda: len(_dialogs(page)) == 1)
    first = card.session.items[0]
    text = dialog.text()
    for step in store.library.exercise(first.exercise).steps:
        assert step in text
    assert card.session.why in text
    assert store.library.section_title(first.sources[0]) in text
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_done_is_a_session_row_in_the_log_and_survives_a_restart(
    qtbot: Any, home: Path, store: PlanStore
) -> None:
    page = _today_page(qtbot, store)
    card = page.cards[0]
    assert card.done is not None
    assert not card.done.isChecked()
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(card.done, Qt.MouseButton.LeftButton)
    assert store.log is not None
    [row] = store.log.day(MONDAY).sessions
    assert (row.kind, row.status, row.day_index) == (card.session.kind.value, "done", 0)
    assert not (store.paths.data_dir / "done.json").exists()

    store.log.close()
    paths = app_paths(home)
    again_store = PlanStore(paths, today=lambda: MONDAY, log=open_log(paths))
    again = _today_page(qtbot, again_store)
    restored = again.cards[0].done
    assert restored is not None
    assert restored.isChecked()
    with qtbot.waitSignal(again_store.logChanged):
        qtbot.mouseClick(restored, Qt.MouseButton.LeftButton)
    assert again_store.log is not None
    assert again_store.log.day(MONDAY).sessions == []
    assert not again.cards[0].done.isChecked()  # type: ignore[union-attr]

    tomorrow = _today_page(qtbot, PlanStore(paths, today=lambda: TUESDAY, log=again_store.log))
    assert not any(card.done is not None and card.done.isChecked() for card in tomorrow.cards)


def test_without_a_log_ticks_are_off_and_today_says_why(qtbot: Any, home: Path) -> None:
    paths = app_paths(home).ensure()
    save_profile(make_profile(age=45), paths.profile)
    store = PlanStore(paths, today=lambda: MONDAY, log=None, log_problem="No log here.")
    page = _today_page(qtbot, store)
    assert page.problem_label.isVisible()
    assert page.problem_label.text() == "No log here."
    assert all(c.done is None or not c.done.isEnabled() for c in page.cards)
    assert not page.check_in.isVisible()


def _strain(days_ago: int, pain: int) -> Any:
    since = MONDAY - dt.timedelta(days=days_ago)
    return make_profile(
        complaint={"kind": "strain", "side": "left", "since": str(since), "pain": pain}
    )


def test_rest_day_says_so(qtbot: Any, home: Path) -> None:
    settling = _today_page(qtbot, store_with(home, _strain(days_ago=4, pain=5)))
    assert not settling.rest_label.isVisible()  # support and elevation are still to do
    wednesday = MONDAY + dt.timedelta(days=2)
    page = _today_page(qtbot, store_with(home, make_profile(age=45), today=wednesday))
    assert page.rest_label.isVisible()
    assert page.rest_label.text() == REST_DAY
    rest = next(c for c in page.cards if c.session.kind is SessionKind.rest)
    assert rest.start is None
    assert rest.done is None


def test_icing_sessions_show_their_time(qtbot: Any, home: Path) -> None:
    page = _today_page(qtbot, store_with(home, _strain(days_ago=1, pain=5)))
    icing = [c for c in page.cards if c.session.kind is SessionKind.rice]
    assert len(icing) > 1
    assert icing[0].session.at is not None
    assert icing[0].title.text().startswith(f"{icing[0].session.at} · Ice, support, elevate")


def test_red_flag_shows_triage_and_nothing_to_do(qtbot: Any, home: Path) -> None:
    store = store_with(home, RED_FLAG)
    page = _today_page(qtbot, store)
    assert page.stack.currentWidget() is page.triage
    assert page.triage.headline.text() == "Get medical help now"
    assert page.cards == []
    assert _start_buttons(page) == []


def test_update_my_answers_opens_the_answers(qtbot: Any, home: Path) -> None:
    from calfcare.gui.intake.wizard import IntakeWizard

    page = _today_page(qtbot, store_with(home, RED_FLAG))
    qtbot.mouseClick(page.triage.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in page.findChildren(IntakeWizard)))
    for wizard in page.findChildren(IntakeWizard):
        wizard.reject()


def test_a_new_red_flag_takes_the_cards_away(qtbot: Any, store: PlanStore) -> None:
    page = _today_page(qtbot, store)
    assert _start_buttons(page)
    with qtbot.waitSignal(store.planChanged):
        store.set_profile(RED_FLAG)
    assert page.stack.currentWidget() is page.triage
    assert _start_buttons(page) == []


def test_first_run_shows_a_welcome(qtbot: Any, new_store: PlanStore) -> None:
    page = _today_page(qtbot, new_store)
    assert page.stack.currentWidget() is page.empty
    assert "My answers" in page.empty_text.text()


# Week ----------------------------------------------------------------------------------


def _week_dates(start: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(7)]


def test_week_has_seven_days_and_flags_today(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    model = page.model
    assert model.columnCount() == 7
    assert page.dates() == _week_dates(MONDAY)
    flags = [model.headerData(c, Qt.Orientation.Horizontal, IsTodayRole) for c in range(7)]
    assert flags == [True] + [False] * 6
    assert model.today_column() == 0
    assert model.index(0, 0).data(IsTodayRole) is True
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.startswith("Tue 24 Nov\nRunning day\n")
    assert "Mon 23 Nov" in page.range_label.text()
    assert "Sun 29 Nov 2026" in page.range_label.text()


def test_cells_hold_the_plan(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    plan = store.plan()
    assert plan is not None
    model = page.model
    assert model.rowCount() == max(len(d.sessions) for d in plan.days)
    for column, day in enumerate(plan.days):
        for row in range(model.rowCount()):
            index = model.index(row, column)
            expected = day.sessions[row] if row < len(day.sessions) else None
            assert index.data(SessionRole) == expected
            assert index.data(DateRole) == day.date
            if expected is not None:
                assert index.data(KindRole) == expected.kind.value


def test_next_previous_and_this_week_buttons(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.dates() == _week_dates(MONDAY + dt.timedelta(days=7))
    assert page.model.today_column() is None
    assert "Alt+Right" in page.next.toolTip()
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.previous, Qt.MouseButton.LeftButton)
    assert page.dates() == _week_dates(MONDAY + dt.timedelta(days=7))
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.this_week, Qt.MouseButton.LeftButton)
    assert page.dates() == _week_dates(MONDAY)
    assert page.model.today_column() == 0


def test_alt_arrows_move_the_week(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    with qtbot.waitActive(page):
        page.activateWindow()
    with qtbot.waitSignal(store.planChanged):
        qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert store.week_start == MONDAY + dt.timedelta(days=7)
    with qtbot.waitSignal(store.planChanged):
        qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.dates() == _week_dates(MONDAY)


def test_clicking_a_session_opens_its_details(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    index = page.model.index(1, 1)  # Tuesday's run
    session = index.data(SessionRole)
    assert session.kind is SessionKind.run
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: len(_dialogs(page)) == 1)
    dialog = _dialogs(page)[0]
    assert dialog.session is session
    assert dialog.date == TUESDAY
    # A second click on the same cell brings the same window forward.
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center()
    )
    assert _dialogs(page) == [dialog]
    with qtbot.waitSignal(dialog.finished):
        dialog.close()


def test_enter_opens_the_current_session(qtbot: Any, store: PlanStore) -> None:
    page = _week_page(qtbot, store)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_dialogs(page)) == 1)
    assert _dialogs(page)[0].session.kind is SessionKind.strengthening
    _dialogs(page)[0].close()


def test_red_flag_week_shows_a_banner_and_nothing_to_run(qtbot: Any, home: Path) -> None:
    store = store_with(home, RED_FLAG)
    page = _week_page(qtbot, store)
    assert page.banner.isVisible()
    assert page.banner.text() == STOP_BANNER
    model = page.model
    kinds = {
        model.index(r, c).data(KindRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }
    assert not kinds & {k.value for k in EXERCISE_KINDS}


def test_no_profile_week(qtbot: Any, new_store: PlanStore) -> None:
    page = _week_page(qtbot, new_store)
    assert page.model.columnCount() == 0
    assert page.banner.isVisible()
    assert not page.view.isVisible()


@pytest.mark.parametrize("weeks", [0, 1])
def test_week_model_passes_the_model_tester(
    qtmodeltester: Any, store: PlanStore, weeks: int
) -> None:
    model = WeekModel()
    store.shift_week(weeks)
    model.set_plan(store.plan(), store.today())
    qtmodeltester.check(model)
    assert model.data(QModelIndex()) is None


def test_empty_week_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = WeekModel()
    model.set_plan(None, MONDAY)
    qtmodeltester.check(model)


def test_week_cards_show_whole_titles_in_a_narrow_window(qtbot: Any, home: Path) -> None:
    from PySide6.QtGui import QFontMetrics

    from calfcare.core.planning.models import Session
    from calfcare.core.week_text import KIND_WORDS
    from calfcare.gui.week.model import SessionRole
    from calfcare.gui.week.page import title_lines
    from calfcare.gui.widgets.fonts import scaled_font

    strain = {"kind": "strain", "side": "right", "since": "2026-11-23", "pain": 5}
    store = store_with(home, make_profile(complaint=strain))
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.resize(700, 420)  # the page's room in a window on 960x540 (1920x1080 at 200%)
    with qtbot.waitExposed(page):
        page.show()
    view = page.view
    ice = KIND_WORDS[SessionKind.rice]
    bold = QFontMetrics(scaled_font(view.font(), 1.0, bold=True))
    lines = title_lines(ice, bold, view.columnWidth(0) - 26)  # the card's inner width
    assert lines.replace("\n", " ") == ice  # every word there, none cut to "…"
    assert lines.count("\n") >= 1  # the column is too narrow for one line
    model = view.model()
    icing_rows = [
        r
        for r in range(model.rowCount())
        if isinstance(s := model.index(r, 0).data(SessionRole), Session)
        and s.kind is SessionKind.rice
    ]
    assert icing_rows
    needed = (lines.count("\n") + 2) * view.fontMetrics().lineSpacing()
    assert all(view.rowHeight(r) >= needed for r in icing_rows)


def test_week_shows_what_was_done_and_each_runs_distance(qtbot: Any, store: PlanStore) -> None:
    from PySide6.QtCore import QPoint

    from calfcare.gui.week.model import DetailRole, StatusRole

    today = TodayPage(store)
    week = WeekPage(store)
    for page in (today, week):
        qtbot.addWidget(page)
        with qtbot.waitExposed(page):
            page.show()
    card = today.cards[-1]
    assert card.done is not None
    middle = card.done.height() // 2
    with qtbot.waitSignal(store.logChanged):
        qtbot.mouseClick(card.done, Qt.MouseButton.LeftButton, pos=QPoint(middle, middle))
    model = week.model
    monday = next(c for c in range(model.columnCount()) if week.dates()[c] == MONDAY)

    def marked() -> bool:
        return model.index(0, monday).data(StatusRole) == "done"

    qtbot.waitUntil(marked)
    assert "✓ done" in model.index(0, monday).data(DetailRole)
    assert "done" in model.index(0, monday).data(Qt.ItemDataRole.AccessibleTextRole)
    runs = [
        model.index(r, c)
        for c in range(model.columnCount())
        for r in range(model.rowCount())
        if model.index(r, c).data(SessionRole) is not None
        and model.index(r, c).data(SessionRole).kind is SessionKind.run
    ]
    assert runs
    for run in runs:
        distance = sum(i.distance or 0 for i in run.data(SessionRole).items)
        assert distance > 0
        assert f"{distance:g} km" in run.data(DetailRole)
