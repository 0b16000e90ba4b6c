"""The session player window, driven with the keys a runner presses from across the room.

Most tests run on a fake clock and wake the driver by hand, so they are instant
and exact; one lets the real timer finish a one-second hold.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session, SessionKind
from calfcare.core.player.machine import Done, State
from calfcare.core.settings import Settings
from calfcare.gui.player import view
from calfcare.gui.player.cues import CuePlayer
from calfcare.gui.player.window import PlayerWindow
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage
from calfcare.gui.week.page import WeekPage

from driving import open_question
from support import MONDAY

QUIET = Settings(sound_cues=False, voice_cues=False, get_ready_seconds=0)
Key = Qt.Key


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def item(library: ContentLibrary, exercise: str, **dose: Any) -> Item:
    ex = library.exercise(exercise)
    return Item(exercise=exercise, name=ex.name, sources=list(ex.sources), **dose)


def session(*items: Item, kind: SessionKind = SessionKind.stretching) -> Session:
    return Session(kind=kind, minutes=5, why="test", items=list(items))


def stretch(library: ContentLibrary, seconds: int = 30) -> Session:
    return session(
        item(library, "standing_calf_stretch", sets=1, hold_seconds=seconds, per_side=True)
    )


def make_window(
    qtbot: QtBot,
    library: ContentLibrary,
    played: Session,
    *,
    clock: FakeClock | None = None,
    cues: CuePlayer | None = None,
    settings: Settings = QUIET,
) -> PlayerWindow:
    kwargs: dict[str, Any] = {"cues": cues}
    if clock is not None:
        kwargs["clock"] = clock
    window = PlayerWindow(library, played, MONDAY, settings, **kwargs)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def choose_pain(qtbot: QtBot, window: PlayerWindow, score: int) -> None:
    """Pick a pain score on the summary's slider with the keys, as a runner would."""
    summary = window.summary
    assert summary is not None
    summary.pain.setFocus()
    qtbot.keyClick(summary.pain, Key.Key_Home)
    for _ in range(score):
        qtbot.keyClick(summary.pain, Key.Key_Right)
    assert summary.pain_score == score


def wake(window: PlayerWindow, clock: FakeClock, seconds: float) -> None:
    """Move the fake clock on a second at a time, waking the driver as its timer would."""
    while seconds > 0:
        step = min(1.0, seconds)
        clock.now += step
        seconds -= step
        window.driver._wake()


def test_space_starts_pauses_and_resumes(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    assert window.windowTitle() == "Stretching session"  # Qt adds " — CalfCare"
    assert window.controls.toggle.text() == "Start"
    assert "Press Space" in window.display.hint.text()
    qtbot.keyClick(window, Key.Key_Space)
    assert window.driver.state is State.running
    assert window.controls.toggle.text() == "Pause"
    assert window.display.countdown.text() == "0:30"
    clock.now += 5
    qtbot.keyClick(window, Key.Key_Space)
    assert window.driver.state is State.paused
    assert window.display.hint.text() == "Paused. Press Space to carry on."
    clock.now += 100  # paused time does not count
    qtbot.keyClick(window, Key.Key_Space)
    assert window.driver.state is State.running
    assert window.display.countdown.text() == "0:25"
    assert window.controls.toggle.text() == "Pause"


def test_arrows_skip_and_go_back_and_r_restarts(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Right)
    assert window.driver.machine.index == 1
    assert window.display.title.text() == "Switch to your right leg"
    qtbot.keyClick(window, Key.Key_Left)
    assert window.driver.machine.index == 0
    wake(window, clock, 12)
    assert window.display.countdown.text() == "0:18"
    qtbot.keyClick(window, Key.Key_R)
    assert window.display.countdown.text() == "0:30"
    assert window.driver.machine.done == []  # nothing skipped counts as done


def test_esc_asks_then_stops_keeping_what_was_done(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone) as left_done:
        wake(window, clock, 30)
    done, when = left_done.args
    assert (done.exercise, done.side) == ("standing_calf_stretch", "left")
    assert isinstance(when, dt.datetime)

    qtbot.keyClick(window, Key.Key_Escape)
    box = open_question(qtbot, window)
    assert "What you have done so far is kept." in box.informativeText()
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert window.driver.state is State.running  # "Keep going" keeps going

    qtbot.keyClick(window, Key.Key_Escape)
    box = open_question(qtbot, window)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.driver.state is State.finished
    summary = window.summary
    assert summary is not None
    assert window.pages.currentWidget() is summary
    assert summary.result.text().startswith("You did 1 of 2 exercise steps in 30 s.")
    assert "stopped early" in summary.result.text()

    summary.pain.setFocus()
    for _ in range(3):
        qtbot.keyClick(summary.pain, Key.Key_Right)
    assert summary.pain_value.text() == "Pain now: 3 – mild"
    qtbot.keyClicks(summary.note, "tight at the end")
    with qtbot.waitSignal(window.sessionFinished) as finished:
        qtbot.mouseClick(summary.save, Qt.MouseButton.LeftButton)
    record = finished.args[0]
    assert record["pain"] == 3
    assert record["note"] == "tight at the end"
    assert record["stopped_early"] is True
    assert [d.side for d in record["done"]] == ["left"]
    assert not window.isVisible()


def test_the_real_timer_finishes_a_short_hold(qtbot: QtBot, library: ContentLibrary) -> None:
    short = session(item(library, "glute_bridge", sets=1, hold_seconds=1))
    window = make_window(qtbot, library, short)
    with qtbot.waitSignal(window.stepDone, timeout=5000) as ended:
        qtbot.keyClick(window, Key.Key_Space)
    done: Done = ended.args[0]
    assert done.exercise == "glute_bridge"
    assert done.actual_seconds == pytest.approx(1.0)
    qtbot.waitUntil(lambda: window.summary is not None)
    assert window.summary is not None
    assert window.summary.stopped_early is False


def test_a_hold_per_side_goes_left_switch_right(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    shown = window.display
    qtbot.keyClick(window, Key.Key_Space)
    assert shown.title.text() == "Standing calf stretch"
    assert shown.where.text() == "Left leg"
    assert shown.next.text() == "Next: Switch to your right leg"
    assert shown.instructions.text().startswith("1. ")
    wake(window, clock, 30)
    assert shown.title.text() == "Switch to your right leg"
    assert shown.next.text() == "Next: Standing calf stretch, right leg"
    wake(window, clock, 5)
    assert shown.where.text() == "Right leg"
    assert shown.next.text() == "Last step"
    assert "Step 3 of 3" in shown.progress_text.text()
    assert shown.progress.value() == round(1000 * 35 / 65)


def test_reps_count_as_the_beats_come_and_can_be_corrected(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    drop = item(library, "eccentric_heel_drop", sets=1, reps=3, tempo="up on both, 3 s down")
    clock = FakeClock()
    window = make_window(qtbot, library, session(drop), clock=clock)
    reps = window.display.reps
    assert reps.text() == "3 reps"
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: reps.text() == "Rep 1 of 3")  # the first beat is due at once
    wake(window, clock, 2)
    assert reps.text() == "Rep 1 of 3 · lower slowly"
    wake(window, clock, 3)
    assert reps.text() == "Rep 2 of 3"
    assert not window.reps_done.isVisible()
    with qtbot.waitSignal(window.stepDone) as ended:
        wake(window, clock, 10)
    assert ended.args[0].actual_reps == 3
    assert window.reps_done.isVisible()
    box = window.reps_done.box
    assert box.value() == 3

    box.setFocus()
    qtbot.keyClick(box, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "2")
    assert window.driver.machine.done[0].actual_reps == 2
    assert window.summary is not None
    assert "2 reps" in window.summary.details.text()
    choose_pain(qtbot, window, 2)
    with qtbot.waitSignal(window.sessionFinished) as finished:
        qtbot.mouseClick(window.summary.save, Qt.MouseButton.LeftButton)
    assert finished.args[0]["done"][0].actual_reps == 2


def test_a_run_by_distance_waits_for_done(qtbot: QtBot, library: ContentLibrary) -> None:
    run = session(item(library, "easy_run", distance=5.0), kind=SessionKind.run)
    window = make_window(qtbot, library, run, clock=FakeClock())
    assert window.display.reps.text() == "Press Done when you finish"
    assert window.controls.done.isVisible()
    assert not window.display.countdown.isVisible()
    qtbot.keyClick(window, Key.Key_Space)
    with qtbot.waitSignal(window.stepDone):
        qtbot.keyClick(window, Key.Key_Return)
    assert window.summary is not None


def test_without_an_audio_device_the_screen_shows_the_cues(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    multimedia = pytest.importorskip("PySide6.QtMultimedia", exc_type=ImportError)
    cues = CuePlayer(sound=True, voice=False)
    window = make_window(qtbot, library, stretch(library), clock=FakeClock(), cues=cues)
    if multimedia.QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio device")
    assert window.display.notice.isVisible()
    assert window.display.notice.text() == cues.notice
    assert cues.notice is not None
    assert "Watch the screen" in cues.notice
    with qtbot.waitSignal(cues.cued) as cued:
        qtbot.keyClick(window, Key.Key_Space)
    assert cued.args == ["change", ""]
    assert window.display.flashes >= 2  # the sound and the spoken step name


def test_a_missing_audio_library_still_shows_the_cues(
    qtbot: QtBot, library: ContentLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    cues = CuePlayer(sound=True, voice=False)
    window = make_window(qtbot, library, stretch(library), clock=FakeClock(), cues=cues)
    assert window.display.notice.text().startswith("Sound is off: Qt's audio module")
    with qtbot.waitSignal(cues.cued):
        qtbot.keyClick(window, Key.Key_Space)
    assert window.display.flashes >= 1


def test_sounds_off_in_settings_still_flash(qtbot: QtBot, library: ContentLibrary) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    assert not window.display.notice.isVisible()
    qtbot.keyClick(window, Key.Key_Space)
    assert window.display.flashes == 2


def test_after_a_sleep_it_pauses_and_says_why(qtbot: QtBot, library: ContentLibrary) -> None:
    clock = FakeClock()
    window = make_window(qtbot, library, stretch(library), clock=clock)
    qtbot.keyClick(window, Key.Key_Space)
    wake(window, clock, 1)
    clock.now += 3600  # the lid was shut for an hour
    window.driver._wake()
    assert window.driver.state is State.paused
    assert window.display.hint.text() == view.ASLEEP
    assert window.driver.machine.index == 0
    assert window.driver.machine.done == []
    assert window.display.countdown.text() == "0:29"
    qtbot.keyClick(window, Key.Key_Space)
    assert window.driver.state is State.running
    assert window.display.hint.text() == ""


def test_m_shows_a_mini_timer_on_top(qtbot: QtBot, library: ContentLibrary) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    qtbot.keyClick(window, Key.Key_M)
    mini = window.mini
    assert mini is not None
    qtbot.waitExposed(mini)
    assert mini.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert mini.countdown.text() == "0:30"
    assert mini.title.text() == "Standing calf stretch, left leg"
    qtbot.keyClick(mini, Key.Key_Space)  # keys work on the small window too
    assert window.driver.state is State.running
    assert not mini.title.text().startswith("Paused")
    qtbot.keyClick(mini, Key.Key_Space)
    assert window.driver.state is State.paused
    assert mini.title.text().startswith("Paused")  # says so, not just a still clock
    qtbot.keyClick(mini, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_M)
    assert window.mini is None


def test_f_toggles_full_screen(qtbot: QtBot, library: ContentLibrary) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    qtbot.keyClick(window, Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_closing_mid_session_stops_the_timer(qtbot: QtBot, library: ContentLibrary) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    qtbot.keyClick(window, Key.Key_Space)
    window.close()
    assert window.driver.state is State.finished
    assert window.summary is None


# Opening the player from the pages -----------------------------------------------------


def _players(parent: Any) -> list[PlayerWindow]:
    return [w for w in parent.findChildren(PlayerWindow) if w.isVisible()]


def test_today_start_opens_the_player(qtbot: QtBot, store: PlanStore) -> None:
    store.set_settings(QUIET)
    page = TodayPage(store)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    card = page.cards[0]
    assert card.start is not None
    qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_players(page)) == 1)
    player = _players(page)[0]
    assert player.session is card.session
    assert player.date == MONDAY
    assert player.windowTitle() == "Strength session"
    assert player.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    player.close()


def test_week_details_start_opens_the_player(qtbot: QtBot, store: PlanStore) -> None:
    store.set_settings(QUIET)
    page = WeekPage(store)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    dialog = page.open_details(page.model.index(0, 0))
    assert dialog is not None
    assert dialog.start is not None
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_players(page)) == 1)
    assert _players(page)[0].session is dialog.session
    _players(page)[0].close()
