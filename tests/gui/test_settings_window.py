"""Settings and window layout survive a restart; units convert the profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from calfcare.core.paths import app_paths
from calfcare.core.profile import Units
from calfcare.core.settings import Paper, Theme
from calfcare.gui.app import App
from calfcare.gui.settings.page import SettingsPage
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import active_window
from support import MONDAY


def test_settings_persist_across_a_restart(qtbot: QtBot, store: PlanStore, home: Path) -> None:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    dark = page.findChild(QRadioButton, "theme_dark")
    voice = page.findChild(QCheckBox, "voice_cues")
    sound = page.findChild(QCheckBox, "sound_cues")
    assert dark is not None
    assert voice is not None
    assert sound is not None
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(dark, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(voice, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(sound, Qt.MouseButton.LeftButton)
    spin = page.findChild(QSpinBox, "get_ready_seconds")
    assert spin is not None
    spin.setFocus()
    spin.selectAll()
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.keyClicks(spin, "10")

    again = PlanStore(app_paths(home), today=lambda: MONDAY)
    assert again.settings.theme is Theme.dark
    assert again.settings.voice_cues is True
    assert again.settings.sound_cues is False
    assert again.settings.get_ready_seconds == 10
    reopened = SettingsPage(again)
    qtbot.addWidget(reopened)
    box = reopened.findChild(QRadioButton, "theme_dark")
    assert box is not None
    assert box.isChecked()


def test_reminder_settings_persist_and_follow_the_master_switch(
    qtbot: QtBot, store: PlanStore, home: Path
) -> None:
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()

    def box(name: str) -> QCheckBox:
        found = page.findChild(QCheckBox, name)
        assert found is not None
        return found

    def time_edit(name: str) -> QTimeEdit:
        found = page.findChild(QTimeEdit, name)
        assert found is not None
        return found

    assert all(box(n).isChecked() for n in ("reminders", "remind_icing", "remind_routine"))
    assert not box("keep_in_tray").isChecked()
    assert time_edit("routine_time").time().toString("HH:mm") == "08:00"
    assert time_edit("checkin_time").time().toString("HH:mm") == "07:30"

    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(box("remind_icing"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(box("keep_in_tray"), Qt.MouseButton.LeftButton)
    routine = time_edit("routine_time")
    routine.setFocus()
    routine.setCurrentSection(QTimeEdit.Section.HourSection)
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.keyClick(routine, Qt.Key.Key_Up)
    checkin = time_edit("checkin_time")
    checkin.setFocus()
    checkin.setCurrentSection(QTimeEdit.Section.MinuteSection)
    for _ in range(15):
        with qtbot.waitSignal(store.settingsChanged):
            qtbot.keyClick(checkin, Qt.Key.Key_Up)
    assert store.settings.routine_time == "09:00"
    assert store.settings.checkin_time == "07:45"

    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(box("reminders"), Qt.MouseButton.LeftButton)
    assert not box("remind_routine").isEnabled()
    assert not routine.isEnabled()
    assert box("keep_in_tray").isEnabled()  # the tray outlives the reminders

    again = PlanStore(app_paths(home), today=lambda: MONDAY)
    assert again.settings.reminders is False
    assert again.settings.remind_icing is False
    assert again.settings.remind_routine is True
    assert again.settings.routine_time == "09:00"
    assert again.settings.checkin_time == "07:45"
    assert again.settings.keep_in_tray is True
    reopened = SettingsPage(again)
    qtbot.addWidget(reopened)
    edit = reopened.findChild(QTimeEdit, "routine_time")
    assert edit is not None
    assert edit.time().toString("HH:mm") == "09:00"


def test_theme_switch_repaints_the_app(qtbot: QtBot, store: PlanStore, qapp: QApplication) -> None:
    app = App(qapp, store)
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    light_window = qapp.palette().color(QPalette.ColorRole.Window).lightness()
    dark = page.findChild(QRadioButton, "theme_dark")
    assert dark is not None
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(dark, Qt.MouseButton.LeftButton)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < light_window
    store.set_settings(store.settings.with_changes(theme=Theme.light))
    assert app.qt_app is qapp


def test_units_change_restates_distances(qtbot: QtBot, store: PlanStore) -> None:
    assert store.profile is not None
    before = store.profile.weekly_distance
    page = SettingsPage(store)
    qtbot.addWidget(page)
    page.show()
    combo = page.findChild(QComboBox, "units")
    assert combo is not None
    combo.setFocus()
    with qtbot.waitSignal(store.planChanged):
        qtbot.keyClicks(combo, "Miles")
    assert store.profile.units is Units.mi
    assert abs(store.profile.weekly_distance - before / 1.609344) < 0.1


def test_window_geometry_and_page_are_restored(qtbot: QtBot, store: PlanStore, home: Path) -> None:
    window = active_window(qtbot, store)
    window.resize(780, 560)  # fits the offscreen 800x600 screen
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert shown.args == ["settings"]
    window.close()

    again = MainWindow(PlanStore(app_paths(home), today=lambda: MONDAY))
    qtbot.addWidget(again)
    again.restore_page()
    assert again.current_key() == "settings"
    assert (again.width(), again.height()) == (780, 560)


def test_unreadable_settings_are_kept_aside(home: Path, qapp: QApplication) -> None:
    paths = app_paths(home).ensure()
    paths.settings.write_text("{ not json")
    store = PlanStore(paths, today=lambda: MONDAY)
    assert store.settings.theme is Theme.system
    kept = list(paths.config_dir.glob("settings.json.unreadable-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == "{ not json"


def test_print_settings_persist_and_reach_the_printer(
    qtbot: QtBot, store: PlanStore, home: Path
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    paper = page.findChild(QComboBox, "paper")
    pictures = page.findChild(QCheckBox, "print_pictures")
    assert paper is not None
    assert pictures is not None
    assert paper.currentData() == Paper.auto.value
    assert not pictures.isChecked()
    paper.setFocus()
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.keyClick(paper, Qt.Key.Key_End)  # the last choice: Letter
    with qtbot.waitSignal(store.settingsChanged):
        qtbot.mouseClick(pictures, Qt.MouseButton.LeftButton)

    again = PlanStore(app_paths(home), today=lambda: MONDAY)
    assert again.settings.paper is Paper.letter
    assert again.settings.print_pictures is True
    printer = window.exporter.week_printer()
    assert printer is not None
    assert printer.paper == QPageSize.PageSizeId.Letter
    assert printer.pictures is True
