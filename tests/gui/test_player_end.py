"""The end of a session: no pain score unless the runner picks one, the window's close
button asks as Esc does, and the timer waits while the player asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from test_player_window import FakeClock, make_window, stretch, wake

from calfcare.core.content.library import ContentLibrary
from calfcare.core.player.machine import State
from calfcare.gui.player.window import PlayerWindow

from driving import open_question

Key = Qt.Key
LEFT = Qt.MouseButton.LeftButton


def _close_button(window: PlayerWindow) -> None:
    """What the window manager sends when the title bar's X is clicked (a spontaneous close)."""
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())


def _stopped(qtbot: QtBot, library: ContentLibrary) -> PlayerWindow:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        wake(window, clock, 30)
    qtbot.keyClick(window, Key.Key_Escape)
    box = open_question(qtbot, window)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert window.summary is not None
    return window


def test_save_without_a_pain_score_asks_for_one(qtbot: QtBot, library: ContentLibrary) -> None:
    window = _stopped(qtbot, library)
    summary = window.summary
    assert summary is not None
    assert "not chosen" in summary.pain_value.text()
    with qtbot.assertNotEmitted(window.sessionFinished):
        qtbot.mouseClick(summary.save, LEFT)
    assert window.isVisible()
    assert summary.pain_missing.isVisible()
    assert "choose a score" in summary.pain_missing.text()
    assert summary.pain.hasFocus()
    # No pain at all is a choice too: Home on the slider (already at 0) picks it.
    qtbot.keyClick(summary.pain, Key.Key_Home)
    assert not summary.pain_missing.isVisible()
    with qtbot.waitSignal(window.sessionFinished) as finished:
        qtbot.keyClick(summary.note, Key.Key_Return)
    assert finished.args[0]["pain"] == 0


def test_a_click_on_the_slider_picks_a_score(qtbot: QtBot, library: ContentLibrary) -> None:
    window = _stopped(qtbot, library)
    summary = window.summary
    assert summary is not None
    qtbot.mouseClick(summary.pain, LEFT, pos=summary.pain.rect().center())
    assert summary.pain_score is not None
    assert summary.pain_score > 0
    with qtbot.waitSignal(window.sessionFinished) as finished:
        qtbot.mouseClick(summary.save, LEFT)
    assert finished.args[0]["pain"] == summary.pain_score


def test_the_close_button_mid_session_asks_as_esc_does(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    _close_button(window)
    box = open_question(qtbot, window)
    assert window.isVisible()
    assert window.driver.state is State.paused  # the timer waits for the answer
    remaining = window.driver.remaining()
    wake(window, clock, 10)
    assert window.driver.remaining() == remaining
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)
    assert window.driver.state is State.running  # Keep going carries on

    _close_button(window)
    box = open_question(qtbot, window)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert window.isVisible()
    assert window.summary is not None  # the score is still to come

    _close_button(window)  # on the summary with no score: it asks for one
    assert window.isVisible()
    assert window.summary.pain_missing.isVisible()
    window.summary.pain.setFocus()
    qtbot.keyClick(window.summary.pain, Key.Key_Right)
    with qtbot.waitSignal(window.sessionFinished) as finished:
        _close_button(window)
    assert finished.args[0]["pain"] == 1
    assert not window.isVisible()


def test_the_stop_question_has_no_icons_on_its_buttons(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Escape)
    box = open_question(qtbot, window)
    for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        assert box.button(button).icon().isNull()
    assert window.driver.state is State.paused
    box.reject()


def test_stopping_part_way_counts_the_time_spent(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library, seconds=120), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    wake(window, clock, 45)
    qtbot.keyClick(window, Key.Key_Escape)
    box = open_question(qtbot, window)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert window.summary is not None
    assert window.summary.result.text().startswith(
        "You did 0 of 2 exercise steps in full, and 45 s of the one you stopped in"
    )
