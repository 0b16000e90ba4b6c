"""Week: a stage change is marked on its day; card titles wrap whole instead of cutting off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot
from test_road_back import store_with_a_step_back

from calfcare.gui.week.model import SessionRole, StageChangeRole
from calfcare.gui.week.page import WeekPage, title_lines
from calfcare.gui.widgets.fonts import scaled_font

from gui_stores import store_with
from journeys import strain

LEFT = Qt.MouseButton.LeftButton


def _marks(page: WeekPage) -> dict[int, str]:
    model = page.model
    found = {}
    for column in range(model.columnCount()):
        mark = model.headerData(column, Qt.Orientation.Horizontal, StageChangeRole)
        if mark:
            found[column] = mark
            text = model.headerData(column, Qt.Orientation.Horizontal)
            assert text.endswith(mark)
    return found


def test_a_stage_change_is_marked_on_its_day(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, strain(days_ago=16, pain=3))
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert _marks(page) == {0: "▲ Load begins"}
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.next, LEFT)
    assert _marks(page) == {}
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.previous, LEFT)
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(page.previous, LEFT)
    assert _marks(page) == {0: "▲ Settle and move begins"}


def test_a_step_back_is_marked_on_its_day(qtbot: QtBot, home: Path) -> None:
    store = store_with_a_step_back(home)
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    assert _marks(page) == {}
    with qtbot.waitSignal(store.planChanged):
        qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _marks(page) == {0: "▼ Back to Load"}
    with qtbot.waitSignal(store.planChanged):
        qtbot.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _marks(page) == {0: "▲ Running again begins"}


def test_ice_support_elevate_cards_show_their_whole_title(qtbot: QtBot, home: Path) -> None:
    store = store_with(home, strain(days_ago=0, pain=4))
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.resize(700, 600)  # narrow: the columns keep their minimum and the view scrolls
    page.show()
    qtbot.waitExposed(page)
    bold = QFontMetrics(scaled_font(page.view.font(), 1.0, bold=True))
    titles = set()
    for column in range(page.model.columnCount()):
        for row in range(page.model.rowCount()):
            index = page.model.index(row, column)
            session = index.data(SessionRole)
            if session is None:
                continue
            rect = page.view.visualRect(index).adjusted(14, 4, -12, -4)
            title = index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0]
            titles.add(title)
            lines = title_lines(title, bold, rect.width()).split("\n")
            # Whole words on each line, nothing cut, and room for the lines and one more.
            assert " ".join(lines) == title
            assert all(bold.horizontalAdvance(line) <= rect.width() for line in lines), title
            assert rect.height() >= (len(lines) + 1) * bold.lineSpacing()
    assert {"Ice, support, elevate", "Elevate"} <= titles
