"""A run's details and its steps agree: a run planned by distance is not told to be
measured in minutes, and its amount is in the runner's units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from calfcare.core.content.models import Dosage
from calfcare.core.planning.items import Choice, make_item
from calfcare.core.planning.models import SessionKind
from calfcare.core.player.steps import build_steps
from calfcare.gui.week.model import SessionRole
from calfcare.gui.week.page import WeekPage
from calfcare.gui.widgets.session_details import SessionDetailsDialog, item_html

from gui_stores import store_with
from support import MONDAY, make_profile

TUESDAY = MONDAY + dt.timedelta(days=1)
BY_TIME = "Measure the run in minutes, not distance"


def _run_details(qtbot: Any, home: Path, **answers: Any) -> tuple[SessionDetailsDialog, Any]:
    store = store_with(home, make_profile(**answers))
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    index = page.model.index(1, 1)  # Tuesday: a running day
    session = index.data(SessionRole)
    assert session.kind is SessionKind.run
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(SessionDetailsDialog)))
    [dialog] = [d for d in page.findChildren(SessionDetailsDialog) if d.isVisible()]
    return dialog, store


@pytest.mark.parametrize(("units", "short"), [("km", "km"), ("mi", "mi")])
def test_a_run_by_distance_reads_as_a_distance_in_the_runner_s_units(
    qtbot: Any, home: Path, units: str, short: str
) -> None:
    dialog, store = _run_details(qtbot, home, units=units)
    [run] = [i for i in dialog.session.items if i.exercise == "easy_run"]
    assert run.distance is not None
    text = dialog.text()
    assert f"How much: {run.distance:g} {short}" in text
    assert BY_TIME not in text  # the steps no longer contradict the amount
    assert "by distance" in text
    # The player reads the same steps aloud and on screen.
    [step] = [s for s in build_steps(dialog.session, store.library) if s.exercise == "easy_run"]
    assert not any(BY_TIME in line for line in step.instructions)


def test_a_run_by_time_keeps_the_minutes_steps(home: Path, qapp: Any) -> None:
    store = store_with(home, make_profile())
    exercise = store.library.exercise("easy_run")
    item = make_item(Choice(exercise), dosage=Dosage(minutes=20, tempo="easy"))
    text = item_html(store.library, item, "km")
    assert "How much:</b> 20 min" in text
    assert BY_TIME in text
    assert exercise.steps_for(None) == exercise.steps
    assert exercise.steps_for(5.0) != exercise.steps
