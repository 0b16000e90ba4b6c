"""Notices say what happened, in the runner's words and exactly as typed."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.paths import app_paths
from calfcare.core.profile import save_profile
from calfcare.core.settings import Settings
from calfcare.core.validation import to_json
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage

from driving import make_wizard
from support import MONDAY, make_profile


def test_a_name_in_the_intake_notice_is_shown_as_typed(
    qtbot: QtBot, library: ContentLibrary, tmp_path: Path
) -> None:
    paths = app_paths(tmp_path / "home").ensure()
    document = json.loads(to_json(make_profile()))
    document["name"] = "<b>Sam</b> <img src=x>" + "y" * 70  # too long, so refused and echoed
    paths.profile.write_text(json.dumps(document))
    store = PlanStore(paths, today=lambda: MONDAY, log=None)
    assert store.profile_problem is not None
    assert "<b>Sam</b>" in store.profile_problem
    wizard = make_wizard(qtbot, library)
    wizard.set_notice(store.profile_problem)
    notice = wizard.welcome.notice
    assert notice.textFormat() is Qt.TextFormat.PlainText
    assert notice.text() == store.profile_problem


def test_unreadable_settings_are_kept_aside_and_today_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "home").ensure()
    save_profile(make_profile(), paths.profile)
    paths.settings.write_text('{"theme": "plaid"}')
    store = PlanStore(paths, today=lambda: MONDAY, log=None)
    assert store.settings == Settings()
    assert store.settings_problem is not None
    assert "settings could not be read" in store.settings_problem
    kept = [p.name for p in paths.config_dir.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1
    assert kept[0] in store.settings_problem
    page = TodayPage(store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.problem_label.isVisible()
    assert "settings could not be read" in page.problem_label.text()
