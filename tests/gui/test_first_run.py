"""From first start to a planned day: the wizard, the main window, the red-flag path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWizard,
)
from pytestqt.qtbot import QtBot

from calfcare.core.content.models import TriageLevel
from calfcare.core.dataclass_code import FILE, HEADER
from calfcare.core.paths import app_paths
from calfcare.core.profile import load_profile, save_profile
from calfcare.gui.app import WAITING_FOR_ANSWERS, App
from calfcare.gui.intake.wizard import IntakeWizard
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage
from calfcare.gui.today.triage_view import TriageView

from driving import LEFT, answer_required, child, click, finish, go_next, open_question
from support import MONDAY, make_profile, run_python


def _start(qtbot: QtBot, qapp: QApplication, store: PlanStore) -> tuple[App, IntakeWizard]:
    app = App(qapp, store)
    first = app.start()
    assert isinstance(first, IntakeWizard)
    qtbot.addWidget(first)
    qtbot.waitExposed(first)
    return app, first


def _finish_to_main(qtbot: QtBot, app: App, wizard: IntakeWizard) -> MainWindow:
    if wizard.currentPage() is not wizard.summary:
        go_next(qtbot, wizard)  # time and equipment -> summary
    finish(qtbot, wizard)
    assert app.window is not None
    qtbot.addWidget(app.window)
    return app.window


def test_first_run_ends_on_a_planned_today(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore, home: Path
) -> None:
    app, wizard = _start(qtbot, qapp, new_store)
    with qtbot.waitSignal(new_store.planChanged):
        answer_required(qtbot, wizard, age="41")
        window = _finish_to_main(qtbot, app, wizard)
    saved = load_profile(app_paths(home).profile)
    assert saved.age == 41
    today = window.page("today")
    assert isinstance(today, TodayPage)
    assert window.current_key() == "today"
    plan = new_store.plan_for(MONDAY)
    assert plan is not None
    assert plan.days[0].sessions
    starts = [b for b in today.findChildren(QPushButton) if b.text().startswith(("Start", "Read"))]
    assert starts


def test_a_first_start_paints_the_window_then_asks_over_it(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore, home: Path
) -> None:
    """As ``calfcare`` starts with no answers: the window shell first, the intake on top."""
    shell = MainWindow(settings_file=app_paths(home).qt_settings)
    qtbot.addWidget(shell)
    with qtbot.waitExposed(shell):
        shell.show()
    app = App(qapp, new_store, shell)
    wizard = app.start()
    assert isinstance(wizard, IntakeWizard)
    qtbot.waitExposed(wizard)
    assert wizard.parent() is shell
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    waiting = shell.stack.currentWidget()
    assert isinstance(waiting, QLabel)
    assert waiting.text() == WAITING_FOR_ANSWERS
    with qtbot.waitSignal(new_store.planChanged):
        answer_required(qtbot, wizard, age="41")
        window = _finish_to_main(qtbot, app, wizard)
    assert window is shell
    assert shell.store is new_store
    assert shell.current_key() == "today"
    assert isinstance(shell.stack.currentWidget(), TodayPage)


def test_red_flag_path_ends_on_the_triage_page(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore
) -> None:
    app, wizard = _start(qtbot, qapp, new_store)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "35")
    go_next(qtbot, wizard)
    click(qtbot, child(wizard, QCheckBox, "flag_one_leg_swelling_warmth_redness"))
    go_next(qtbot, wizard)  # an emergency: straight to the end, nothing more to answer
    assert wizard.currentPage() is wizard.summary
    window = _finish_to_main(qtbot, app, wizard)
    plan = new_store.plan()
    assert plan is not None
    assert plan.triage.level is TriageLevel.emergency
    assert all(s.kind.value in {"education", "rest"} for d in plan.days for s in d.sessions)
    today = window.page("today")
    view = today.findChild(TriageView)
    assert view is not None
    assert view.isVisible()
    assert not [
        b for b in today.findChildren(QPushButton) if b.text().startswith("Start") and b.isVisible()
    ]


def test_closing_the_first_run_wizard_quits_without_saving(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore, home: Path
) -> None:
    app, wizard = _start(qtbot, qapp, new_store)
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    assert app.window is None
    assert not app_paths(home).profile.exists()


def test_leaving_the_first_run_midway_asks_first(
    qtbot: QtBot, qapp: QApplication, new_store: PlanStore, home: Path
) -> None:
    app, wizard = _start(qtbot, qapp, new_store)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
    go_next(qtbot, wizard)  # past the first page: there are answers to lose

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # a slip of the finger...
    box = open_question(qtbot, wizard, "leaveSetup")
    assert "not kept" in box.informativeText()
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)  # Keep answering
    assert wizard.isVisible()
    assert child(wizard, QLineEdit, "age").text() == "40"  # nothing lost
    assert app.wizard is wizard

    wizard.close()  # the window's close button asks the same
    box = open_question(qtbot, wizard, "leaveSetup")
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)  # Leave
    assert app.window is None
    assert not app_paths(home).profile.exists()


def test_editing_answers_rebuilds_the_plan(qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_page("profile")
    page = window.page("profile")
    edit = page.findChild(QPushButton, "edit_answers")
    assert edit is not None
    before = store.plan()
    qtbot.mouseClick(edit, LEFT)
    wizard = page.findChild(IntakeWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    go_next(qtbot, wizard)
    click(qtbot, child(wizard, QCheckBox, "flag_numbness_or_tingling"))
    for _ in range(4):  # complaint, running, time and equipment, summary
        go_next(qtbot, wizard)
    with qtbot.waitSignal(store.planChanged):
        finish(qtbot, wizard)
    after = store.plan()
    assert before is not None
    assert after is not None
    assert before.triage.level is TriageLevel.self_care
    assert after.triage.level is TriageLevel.see_clinician
    assert "numbness_or_tingling" in (store.profile.red_flags if store.profile else [])


def test_self_test_exits_zero_on_first_run_and_with_a_profile(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALFCARE_HOME=str(tmp_path / "h"))
    for _ in range(2):
        result = run_python("-m", "calfcare", "--self-test", env=env)
        assert result.returncode == 0, result.stderr
        save_profile(make_profile(), app_paths(tmp_path / "h").ensure().profile)


def test_the_window_shell_loads_no_pydantic_before_its_first_paint() -> None:
    """The first paint is the shell: the core (pydantic, the log) loads after it, and so do
    the socket module and the focus-ring style (its Qt enums took ~10 ms)."""
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from calfcare.gui.app import MainWindow\n"
        "window = MainWindow(settings_file=None)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "later = ('pydantic', 'sqlite3', 'dataclasses', 'socket', 'calfcare.gui.shell.focus_style')\n"
        "heavy = sorted(m for m in later if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_python("-c", probe, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


READY_PROBE = """
import sys
import PySide6.QtCore as qt_core
import calfcare.gui.app as gui_app
from calfcare.core.peak_memory import peak_kib

marks = []

def at_mark():  # the self-test asks for the peak memory at its first paint and when ready
    marks.append(("pydantic" in sys.modules, "Qt" in vars(qt_core)))
    return peak_kib()

gui_app.peak_kib = at_mark
code = gui_app.run_gui([sys.argv[0]], home=None, self_test=True)
print("probe", code, *marks[-1])
"""


@pytest.mark.parametrize("answered", [True, False], ids=["with answers", "first run"])
def test_the_ready_window_loads_no_pydantic_and_no_qt_namespace(
    tmp_path: Path, answered: bool
) -> None:
    """Once the content was checked (the first start), a start never loads pydantic, nor
    Python's copy of Qt's whole enum namespace (~25 ms), before the plan or intake shows."""
    home = tmp_path / "h"
    if answered:
        save_profile(make_profile(), app_paths(home).ensure().profile)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALFCARE_HOME=str(home))
    env.pop("CALFCARE_CACHE", None)  # the cache in the home, empty at first
    first = run_python("-c", READY_PROBE, env=env)
    assert first.returncode == 0, first.stderr
    assert _probed(first.stdout) == ["0", "True", "False"]  # the first start checks the content
    again = run_python("-c", READY_PROBE, env=env)
    assert _probed(again.stdout) == ["0", "False", "False"], again.stderr


def _probed(stdout: str) -> list[str]:
    return next(line.split()[1:] for line in stdout.splitlines() if line.startswith("probe "))


def test_the_shell_shows_today_once_the_core_attaches(
    qtbot: QtBot, store: PlanStore, home: Path
) -> None:
    shell = MainWindow(settings_file=app_paths(home).qt_settings)
    qtbot.addWidget(shell)
    with qtbot.waitExposed(shell):
        shell.show()
    shell.nav.setFocus()  # a focused list makes its first row current by itself
    shell.nav.setCurrentRow(0)
    shell.attach(store)
    assert isinstance(shell.stack.currentWidget(), TodayPage)
    assert shell.current_key() == "today"


def test_the_started_window_shows_the_plan_then_its_menus(
    qtbot: QtBot, qapp: QApplication, store: PlanStore, home: Path
) -> None:
    """At start the plan paints first; the menu items that need the store follow at once."""
    shell = MainWindow(settings_file=app_paths(home).qt_settings)
    qtbot.addWidget(shell)
    with qtbot.waitExposed(shell):
        shell.show()
    app = App(qapp, store, shell)
    app.start()
    assert isinstance(shell.stack.currentWidget(), TodayPage)
    assert shell.go_menu.actions() == []  # not yet: the page paints first

    def menus() -> list[str]:
        return [a.text().replace("&", "") for a in shell.file_menu.actions() if a.text()]

    qtbot.waitUntil(lambda: "Import runs…" in menus())
    assert menus()[-1] == "Quit"
    assert any("PDF" in title or "Print" in title for title in menus())
    assert shell.go_menu.actions()[0].text() == "Today"  # the pages, in order
    assert shell.log_menu.title() == "&Log"
    shell.add_store_menus()  # a second call adds nothing
    assert menus().count("Import runs…") == 1


def test_the_app_keeps_its_classes_compiled_from_the_first_start_on(tmp_path: Path) -> None:
    home, cache = tmp_path / "home", tmp_path / "cache"
    save_profile(make_profile(), app_paths(home).ensure().profile)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CALFCARE_CACHE": str(cache)}
    env.pop("CALFCARE_HOME", None)

    def start() -> None:
        result = run_python("-m", "calfcare", "--self-test", "--data-dir", str(home), env=env)
        assert result.returncode == 0, result.stderr

    start()
    kept = cache / FILE
    assert kept.read_bytes().startswith(HEADER)  # the core's dataclass methods
    written = kept.stat().st_mtime_ns
    start()  # nothing new to compile, so nothing is written
    assert kept.stat().st_mtime_ns == written
