"""The store: weeks run Monday to Sunday whatever day it is; plans rebuild on new answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from calfcare.core.paths import app_paths
from calfcare.core.planning.models import SessionKind
from calfcare.core.validation import to_json
from calfcare.gui.shell.store import PlanStore, monday_of
from calfcare.gui.today.page import TodayPage

from gui_stores import store_with
from support import MONDAY, make_profile


def test_a_days_plan_does_not_depend_on_when_you_look(home: Path) -> None:
    thursday = MONDAY + dt.timedelta(days=3)
    on_monday = store_with(home, make_profile(experience="new"), today=MONDAY)
    on_thursday = PlanStore(on_monday.paths, today=lambda: thursday)
    assert on_thursday.week_start == MONDAY == monday_of(thursday)
    assert on_monday.plan_for(thursday) == on_thursday.plan_for(thursday)


def test_week_browsing_moves_by_whole_weeks(qtbot: QtBot, store: PlanStore) -> None:
    with qtbot.waitSignal(store.planChanged):
        store.shift_week(1)
    assert store.week_start == MONDAY + dt.timedelta(days=7)
    store.show_week(MONDAY + dt.timedelta(days=10))  # same week: no change
    assert store.week_start == MONDAY + dt.timedelta(days=7)
    with qtbot.waitSignal(store.planChanged):
        store.back_to_today()
    assert store.week_start == MONDAY


def test_tips_stay_in_view_after_monday(qtbot: QtBot, home: Path) -> None:
    thursday = MONDAY + dt.timedelta(days=3)
    store = store_with(home, make_profile(shoes={"distance": 900, "age_months": 9}), today=thursday)
    plan = store.plan_for(thursday)
    assert plan is not None
    assert plan.days[0].sessions[0].kind is SessionKind.education
    page = TodayPage(store)
    qtbot.addWidget(page)
    kinds = [card.session.kind for card in page.cards]
    assert kinds[0] is SessionKind.education
    assert kinds[1:] == [s.kind for s in plan.days[3].sessions]


def test_saved_answers_with_an_unknown_warning_sign_are_kept_aside(home: Path) -> None:
    """The profile file alone cannot check warning-sign ids; the store checks them against the
    content library when it loads them, and keeps a file it cannot use aside."""
    paths = app_paths(home).ensure()
    data = json.loads(to_json(make_profile()))
    data["red_flags"] = ["itchy"]
    paths.profile.write_text(json.dumps(data))
    store = PlanStore(paths, today=lambda: dt.date(2026, 11, 30))
    assert store.profile is None
    assert store.profile_problem is not None
    assert "unknown red flag 'itchy'" in store.profile_problem
    assert len(list(paths.profile.parent.glob("profile.json.unreadable-*"))) == 1


def test_a_strain_that_began_mid_week_is_planned_from_its_first_day(home: Path) -> None:
    wednesday = MONDAY + dt.timedelta(days=2)
    complaint = {"kind": "strain", "side": "left", "since": wednesday.isoformat(), "pain": 4}
    store = store_with(home, make_profile(complaint=complaint), today=wednesday)
    plan = store.plan_for(wednesday)
    assert plan is not None
    assert plan.days[0].date == wednesday  # never a plan from before the onset
    assert plan.journey is not None
    assert plan.journey.stage.value == "protect"
    before = store.plan_for(MONDAY - dt.timedelta(days=7))  # a week wholly before it
    assert before is not None
    assert before.journey is not None
    assert before.journey.stage.value == "prevention"
