"""What a screen reader gets, read through Qt's accessibility tree (what AT-SPI hands Orca):
every control named, no label whose name hides its text, the timer's seconds spoken."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessibility import problems
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot
from test_player_window import FakeClock, make_window, stretch, wake

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.gui.log.dialogs import DIALOGS
from calfcare.gui.shell.pages import PAGES
from calfcare.gui.shell.store import PlanStore

from driving import child, go_next, make_wizard
from gui_stores import shown_window, store_with
from support import make_profile

Key = Qt.Key
FRESH_STRAIN = {"kind": "strain", "side": "right", "since": "2026-11-23", "pain": 5}


def _every_page(qtbot: QtBot, store: PlanStore) -> list[str]:
    window = shown_window(qtbot, store)
    found: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        found += [f"{spec.key}: {p}" for p in problems(window)]
    for kind, make in DIALOGS.items():
        dialog = make(store, window)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"log {kind}: {p}" for p in problems(dialog)]
        dialog.close()
    return found


@pytest.mark.parametrize(
    "answers",
    [
        {},
        {"complaint": FRESH_STRAIN},
        {"red_flags": ["one_leg_swelling_warmth_redness"]},
    ],
    ids=["healthy", "fresh strain", "warning sign"],
)
def test_every_page_and_log_dialog_reads_right(
    qtbot: QtBot, home: Path, answers: dict[str, object]
) -> None:
    store = store_with(home, make_profile(**answers))
    assert _every_page(qtbot, store) == []


def test_the_intake_reads_right(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    found = problems(wizard)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
    go_next(qtbot, wizard)
    clinician = next(f for f in library.red_flags.values() if f.level is TriageLevel.see_clinician)
    box = child(wizard, QAbstractButton, f"flag_{clinician.id}")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    found += problems(wizard)  # with the advice under the ticks showing
    for _page in range(2):  # the calf, then running (its experience still to choose)
        go_next(qtbot, wizard)
        found += problems(wizard)
    assert found == []


def test_the_player_reads_right_and_speaks_the_seconds(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library, seconds=5), clock=clock)
    top = QAccessible.queryAccessibleInterface(window)
    assert top.role() is QAccessible.Role.Window  # not a "filler"
    assert "CalfCare" not in top.text(QAccessible.Text.Name)
    timer = QAccessible.queryAccessibleInterface(window.display.countdown)
    assert timer.text(QAccessible.Text.Name) == "0:05"  # the seconds, not just "Time left"
    assert timer.text(QAccessible.Text.Description) == "Time left"
    said: list[str] = []
    window.announced.connect(said.append)
    qtbot.keyClick(window, Key.Key_Space)
    assert said[-1] == "Standing calf stretch, left leg"  # a new step is announced
    wake(window, clock, 3)
    assert timer.text(QAccessible.Text.Name) == "0:02"
    wake(window, clock, 2)
    assert said[-3:-1] == ["2", "1"]  # the last seconds, as the ticks sound them
    window.toggle_mini()
    assert window.mini is not None
    found = problems(window) + problems(window.mini)
    window.driver.stop()
    found += problems(window)
    assert found == []


def test_choosing_a_page_through_the_accessibility_tree_opens_it(
    qtbot: QtBot, store: PlanStore
) -> None:
    window = shown_window(qtbot, store)
    pages = QAccessible.queryAccessibleInterface(window.nav)
    chooser = pages.selectionInterface()
    assert chooser is not None
    exercises = next(
        pages.child(i)
        for i in range(pages.childCount())
        if pages.child(i).text(QAccessible.Text.Name) == "Exercises"
    )
    with qtbot.waitSignal(window.pageShown) as shown:
        assert chooser.select(exercises)
    assert shown.args == ["exercises"]


def test_session_cards_say_their_time_of_day(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, make_profile(complaint=FRESH_STRAIN))
    window = shown_window(qtbot, store)
    from calfcare.gui.today.page import TodayPage

    today = window.page("today")
    assert isinstance(today, TodayPage)
    timed = [card for card in today.cards if card.session.at and card.start is not None]
    assert len(timed) >= 2
    names = {card.start.accessibleName() for card in timed if card.start is not None}
    assert len(names) == len(timed)  # each icing told apart
    for card in timed:
        assert card.start is not None
        assert card.done is not None
        assert f"at {card.session.at}" in card.start.accessibleName()
        assert f"at {card.session.at}" in card.done.accessibleName()
