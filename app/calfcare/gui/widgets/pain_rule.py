"""The pain rule beside every place a pain score is entered, with what the score means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.pain_rule import RULE_TEXT
from calfcare.core.journey.road import score_meaning


def rule_credit(library: ContentLibrary) -> str:
    rule = library.rule("pain_monitoring")
    return rule.addition.credit() if rule.addition else ""


class PainRuleNote(QLabel):
    """The rule in plain words; ``show_score`` adds what that score means for next week."""

    def __init__(self, library: ContentLibrary, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painRule")
        self.when = when
        self._rule = f"{RULE_TEXT} {rule_credit(library)}".strip()
        self.meaning = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: palette(placeholder-text);")
        self.setAccessibleName("The pain rule")
        self.show_score(None)

    def show_score(self, score: int | None, when: str | None = None) -> None:
        if when is not None:
            self.when = when
        self.meaning = score_meaning(score, self.when) if score is not None else ""
        self.setText(f"{self.meaning}\n{self._rule}" if self.meaning else self._rule)
        self.setAccessibleDescription(self.text())
