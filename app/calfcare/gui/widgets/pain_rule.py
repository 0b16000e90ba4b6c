"""The pain rule beside every place a pain score is entered, with what the score means.

Short enough for a dialog at 200% scale: the rule in one sentence with its credit;
the full wording and the source's title are in the tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.pain_rule import ACCEPTABLE_PAIN, RULE_TEXT, SETTLED_PAIN
from calfcare.core.journey.road import score_meaning
from calfcare.gui.widgets.qt_by_name import show_plain

SHORT_RULE = (
    f"The pain rule: up to {ACCEPTABLE_PAIN}/10 during or after a session is all right if it "
    f"settles to {SETTLED_PAIN}/10 or less by the next morning; more, or morning scores that "
    "climb, hold the plan or step it back."
)


def rule_credit(library: ContentLibrary) -> str:
    """'CalfCare's addition, after Author, Year, "Title".' ('' if the rule has none)."""
    rule = library.rule("pain_monitoring")
    return rule.addition.credit() if rule.addition else ""


def short_credit(library: ContentLibrary) -> str:
    """'(CalfCare's addition, after Author, Year.)'."""
    addition = library.rule("pain_monitoring").addition
    if addition is None:
        return ""
    return f"(CalfCare's addition, after {addition.author}, {addition.year}.)"


class PainRuleNote(QLabel):
    """The rule in one sentence; ``show_score`` puts what that score means above it."""

    def __init__(self, library: ContentLibrary, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painRule")
        self.when = when
        self._rule = f"{SHORT_RULE} {short_credit(library)}".strip()
        self.meaning = ""
        self.setWordWrap(True)
        show_plain(self)
        self.setStyleSheet("color: palette(placeholder-text);")
        self.setToolTip(f"{RULE_TEXT} {rule_credit(library)}".strip())
        # Never squeezed below its wrapped height: a dialog grows (or scrolls) instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.show_score(None)

    def show_score(self, score: int | None, when: str | None = None) -> None:
        if when is not None:
            self.when = when
        self.meaning = score_meaning(score, self.when) if score is not None else ""
        self.setText(f"{self.meaning}\n{self._rule}" if self.meaning else self._rule)
        self.setAccessibleDescription(f"{self.meaning} {self.toolTip()}".strip())
