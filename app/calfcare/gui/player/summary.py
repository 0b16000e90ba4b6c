"""The end screen of a session: what was done, how the calf felt, and a note to keep."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.library import load_library
from calfcare.core.player.machine import Done
from calfcare.core.player.steps import Step
from calfcare.gui.player import view
from calfcare.gui.shell import theme
from calfcare.gui.widgets.fonts import scaled_font
from calfcare.gui.widgets.pain_rule import PainRuleNote

NOT_CHOSEN = "not chosen yet"
ASK_FOR_PAIN = (
    "Pain now: choose a score from 0 to 10 before saving (arrow keys or a click on the slider)."
)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SessionSummary(QWidget):
    """Emits ``saved(dict)`` with done, pain, note and stopped_early when Save is pressed."""

    saved = Signal(dict)

    def __init__(
        self,
        done: Sequence[Done],
        steps: Sequence[Step],
        names: dict[str, str],
        *,
        stopped_early: bool,
        unfinished_seconds: float = 0.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.done = list(done)
        self.steps = steps
        self.names = names
        self.stopped_early = stopped_early
        self.unfinished_seconds = unfinished_seconds

        if stopped_early:
            title = "Session stopped"
        elif not done:
            title = "Session ended"  # every step was skipped: no praise for that
        else:
            title = "Session done. Well done!"
        heading = _wrapped(title)
        heading.setFont(scaled_font(self.font(), 2.0, bold=True))
        self.result = _wrapped()
        self.result.setFont(scaled_font(self.font(), 1.3))
        self.details = _wrapped()
        self.show_done(done)

        question = _wrapped("How much does your calf hurt now? (0 = no pain, 10 = worst)")
        question.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.pain = QSlider(Qt.Orientation.Horizontal)
        self.pain.setRange(0, 10)
        self.pain.setPageStep(1)
        self.pain.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.pain.setTickInterval(1)
        self.pain.setAccessibleName("Pain now, 0 to 10")
        self.pain_value = QLabel()
        self.pain_value.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.pain_missing = _wrapped()
        self.pain_missing.setObjectName("pain_missing")
        self.pain_missing.setStyleSheet(f"color: {theme.danger()};")
        self.pain_missing.hide()
        self.rule = PainRuleNote(load_library(), "after")
        # No score until the runner picks one: a default would log "no pain" for a calf
        # that hurts. Any move of the slider, a click on it or a key on it picks.
        self.pain_score: int | None = None
        self.pain.actionTriggered.connect(lambda _a: self._choose(self.pain.sliderPosition()))
        self.pain.sliderPressed.connect(lambda: self._choose(self.pain.value()))
        self.pain.valueChanged.connect(self._choose)
        self._show_pain()

        anchors = QGridLayout()
        for column, (score, words) in enumerate(view.PAIN_ANCHORS.items()):
            label = QLabel(f"{score}\n{words}")
            label.setStyleSheet("color: palette(placeholder-text);")
            align = Qt.AlignmentFlag.AlignHCenter
            if column == 0:
                align = Qt.AlignmentFlag.AlignLeft
            elif column == len(view.PAIN_ANCHORS) - 1:
                align = Qt.AlignmentFlag.AlignRight
            label.setAlignment(align)
            # Columns stretched by score keep each anchor under its place on the slider.
            anchors.addWidget(label, 0, score, 1, 1, align)
        for score in range(11):
            anchors.setColumnStretch(score, 1)

        self.note = QLineEdit()
        self.note.setPlaceholderText("A note for later, e.g. 'tight on the last set' (optional)")
        self.note.setAccessibleName("Note")
        self.save = QPushButton("Save")
        self.save.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.save.setMinimumHeight(self.fontMetrics().height() * 3)
        self.save.setDefault(True)
        self.save.clicked.connect(self._save)
        self.note.returnPressed.connect(self.save.click)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (heading, self.result, self.details, question):
            layout.addWidget(widget)
        layout.addWidget(self.pain)
        layout.addLayout(anchors)
        layout.addWidget(self.pain_value)
        layout.addWidget(self.pain_missing)
        layout.addWidget(self.rule)
        layout.addWidget(QLabel("Note"))
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.save)

    def show_done(self, done: Sequence[Done]) -> None:
        """Show (and keep for Save) ``done``, e.g. after the last set's reps were corrected."""
        self.done = list(done)
        self.result.setText(
            view.summary_text(self.done, self.steps, self.stopped_early, self.unfinished_seconds)
        )
        self.details.setText("\n".join(view.done_lines(self.done, self.names)))

    def result_record(self) -> dict[str, object]:
        """What Save hands over: the done steps, pain 0-10, the note, whether it stopped early."""
        return {
            "done": list(self.done),
            "pain": self.pain_score,
            "note": self.note.text().strip(),
            "stopped_early": self.stopped_early,
        }

    def _choose(self, score: int) -> None:
        self.pain_score = score
        self.pain_missing.hide()
        self._show_pain()

    def _show_pain(self) -> None:
        if self.pain_score is None:
            self.pain_value.setText(f"Pain now: {NOT_CHOSEN}")
        else:
            self.pain_value.setText(f"Pain now: {view.pain_text(self.pain_score)}")
            self.rule.show_score(self.pain_score)
        self.pain.setAccessibleDescription(self.pain_value.text())

    def save_or_ask(self) -> bool:
        """Save when a pain score is chosen; else say so beside the slider. True if saved."""
        if self.pain_score is None:
            self.pain_missing.setText(ASK_FOR_PAIN)
            self.pain_missing.show()
            self.pain.setFocus()
            return False
        self.saved.emit(self.result_record())
        return True

    def _save(self) -> None:
        self.save_or_ask()
