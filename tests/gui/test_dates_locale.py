"""Every date a person reads in the app is in the locale's format (QLocale's default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QLineEdit
from pytestqt.qtbot import QtBot

from calfcare.core.log import PainEntry
from calfcare.gui.log.form import EntryDialog
from calfcare.gui.progress.history_cells import Column
from calfcare.gui.progress.page import ProgressPage
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage
from calfcare.gui.week.page import WeekPage
from calfcare.gui.widgets.dates import day_date, long_date, short_date

from driving import child, make_wizard
from gui_stores import active_window, store_with
from support import MONDAY, make_profile

TUESDAY = MONDAY + dt.timedelta(days=1)
# locale: (long Tuesday, week heading, short Monday); SHOWN: the 20th in an editor
LOCALES = {
    "en_US": ("Tuesday, November 24, 2026", "Mon 11/23 – Sun 11/29/2026", "11/23/2026"),
    "de_DE": ("Dienstag, 24. November 2026", "Mo. 23.11 – So. 29.11.2026", "23.11.2026"),
}
SHOWN = {"en_US": "11/20/2026", "de_DE": "20.11.2026"}


@pytest.fixture(params=sorted(LOCALES))
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_today_week_and_history_read_the_locale(qtbot: QtBot, home: Path, locale: str) -> None:
    long_tuesday, heading, _ = LOCALES[locale]
    store = store_with(home, make_profile(age=45), today=TUESDAY)
    assert store.log is not None
    store.log.add_pain(MONDAY, "morning", 3)
    window = active_window(qtbot, store)
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert today.date_label.text() == long_tuesday
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    week = window.page("week")
    assert isinstance(week, WeekPage)
    assert week.range_label.text() == heading
    header = week.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.startswith(heading.split(" – ")[0] + "\n")
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    progress = window.page("progress")
    assert isinstance(progress, ProgressPage)
    qtbot.waitUntil(lambda: progress.history is not None)
    assert progress.history is not None
    history = progress.history.model
    assert history.index(0, Column.WHAT).data() == day_date(MONDAY)
    assert short_date(MONDAY) == LOCALES[locale][2]
    assert long_date(TUESDAY) == long_tuesday


def test_a_log_dialog_shows_and_takes_the_locale_s_dates(
    qtbot: QtBot, store: PlanStore, locale: str
) -> None:
    window = active_window(qtbot, store)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(EntryDialog)))
    [dialog] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    [date] = dialog.findChildren(QDateEdit)
    assert date.text() == LOCALES[locale][2]  # today, as the locale writes it
    score = QApplication.focusWidget()
    assert isinstance(score, QLineEdit)
    qtbot.keyClicks(score, "4")
    date.setFocus()
    date.setCurrentSection(QDateTimeEdit.Section.DaySection)
    for _ in range(3):
        qtbot.keyClick(date, Qt.Key.Key_Down)
    assert date.text() == SHOWN[locale]
    assert date.date().toPython() == dt.date(2026, 11, 20)
    with qtbot.waitSignal(store.logChanged):
        qtbot.keyClick(date, Qt.Key.Key_Return)
    assert store.log is not None
    [entry] = store.log.entries(PainEntry)
    assert entry.date == dt.date(2026, 11, 20)


def test_the_intake_s_since_field_reads_the_locale(qtbot: QtBot, qapp: Any, locale: str) -> None:
    from calfcare.core.content.library import load_library

    wizard = make_wizard(qtbot, load_library())
    since = child(wizard, QDateEdit, "since")
    assert since.text() == LOCALES[locale][2]


def test_the_plans_own_sentences_say_dates_as_the_window_does(
    home: Path, locale: str, library: Any
) -> None:
    """The core says dates in one plain form; the app hands it the locale's forms, so the
    road back's lines and the printed week say dates as the rest of the window."""
    from calfcare.core.day_words import PLAIN, say_date, say_dates_with
    from calfcare.core.planning.week import build_week
    from calfcare.core.road_lines import stage_line
    from calfcare.export.week_html import week_sheet
    from calfcare.gui.widgets.dates import say_dates_in_locale

    from journeys import strain

    profile = strain(days_ago=20, pain=2)
    plan = build_week(profile, MONDAY, library=library)
    assert plan.journey is not None
    plain_line = stage_line(plan.journey, plan.start)
    assert say_date(plan.journey.since, "weekday_date") in plain_line
    say_dates_in_locale()
    try:
        local = day_date(plan.journey.since)
        assert say_date(plan.journey.since, "weekday_date") == local
        assert f"(since {local})" in stage_line(plan.journey, plan.start)
        assert day_date(MONDAY + dt.timedelta(days=6)) in week_sheet(plan, library).header
    finally:
        say_dates_with(PLAIN)
    assert stage_line(plan.journey, plan.start) == plain_line
