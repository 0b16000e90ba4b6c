"""The pain rule is shown where pain is entered, with what the score means for next week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from test_player_end import _stopped

from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.pain_rule import RULE_TEXT
from calfcare.gui.log.dialogs import PainDialog, open_log_dialog
from calfcare.gui.shell.store import PlanStore
from calfcare.gui.today.page import TodayPage
from calfcare.gui.widgets.pain_rule import SHORT_RULE

from driving import press_down, retype
from support import MONDAY

CREDIT = "CalfCare's addition, after Silbernagel K.G. et al., 2007"


def test_log_pain_shows_the_rule_and_what_the_typed_score_means(
    qtbot: QtBot, store: PlanStore
) -> None:
    dialog = open_log_dialog("pain", store)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, PainDialog)
    assert dialog.rule.isVisible()
    assert dialog.rule.text().startswith(SHORT_RULE)
    assert CREDIT in dialog.rule.text()
    assert dialog.rule.toolTip().startswith(RULE_TEXT)  # the full wording and the title
    assert "Continued sports activity" in dialog.rule.toolTip()
    score = dialog.findChild(QLineEdit, "score")
    assert score is not None
    assert dialog.when.currentData() == "during"
    retype(qtbot, score, "4")
    assert dialog.rule.text().startswith("4/10 is all right if it settles to 3/10 or less")
    retype(qtbot, score, "7")
    assert dialog.rule.text().startswith("7/10 is more than the rule allows (5/10)")
    press_down(qtbot, dialog.when, 2)
    assert dialog.when.currentData() == "morning"
    assert dialog.rule.text().startswith("7/10 this morning is not settled")
    retype(qtbot, score, "")
    assert dialog.rule.text().startswith(SHORT_RULE)


def test_the_morning_check_in_shows_the_rule(qtbot: QtBot, store: PlanStore) -> None:
    page = TodayPage(store, now=lambda: dt.datetime.combine(MONDAY, dt.time(7, 30)))
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    check_in = page.check_in
    assert check_in.isVisible()
    assert check_in.rule.isVisible()
    assert SHORT_RULE in check_in.rule.text()
    assert RULE_TEXT in check_in.rule.toolTip()
    assert check_in.scores[2].toolTip().startswith("2/10 this morning counts as settled")
    assert check_in.scores[5].toolTip().startswith("5/10 this morning is not settled")


def test_the_players_end_says_what_the_chosen_score_means(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    window = _stopped(qtbot, library)
    summary = window.summary
    assert summary is not None
    assert summary.rule.text().startswith(SHORT_RULE)
    for _ in range(6):
        qtbot.keyClick(summary.pain, Qt.Key.Key_Right)
    assert summary.pain_score == 6
    assert summary.rule.text().startswith("6/10 is more than the rule allows")
    qtbot.keyClick(summary.pain, Qt.Key.Key_Left)
    qtbot.keyClick(summary.pain, Qt.Key.Key_Left)
    assert summary.rule.text().startswith("4/10 is all right if it settles")
