"""Pages depend on the store's roles, not on the store: a page runs on anything playing them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.profile import Profile
from calfcare.gui.profile.page import ProfilePage
from calfcare.gui.shell.roles import Answers

from support import make_profile


class JustAnswers(QObject):
    """The Answers role and nothing more: no log, no plan, no settings, no files."""

    profileChanged = Signal()

    def __init__(self, profile: Profile | None) -> None:
        super().__init__()
        self.library: ContentLibrary = load_library()
        self.profile = profile
        self.profile_problem: str | None = None

    def today(self) -> dt.date:
        return dt.date(2026, 11, 30)

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.profileChanged.emit()


def test_the_answers_page_runs_on_the_answers_role_alone(qtbot: QtBot) -> None:
    answers = JustAnswers(None)
    role: Answers = answers  # mypy checks that the fake plays the role
    page = ProfilePage(role)
    qtbot.addWidget(page)
    assert "No answers yet." in [w.text() for w in page.form_host.findChildren(QLabel)]
    with qtbot.waitSignal(answers.profileChanged):
        answers.set_profile(make_profile(name="Ada", age=52))
    texts = [w.text() for w in page.form_host.findChildren(QLabel)]
    assert "No answers yet." not in texts
    assert any("52" in t for t in texts)
