"""What the player shows, sized to be read from across the room: the timer, the step,
how to do it, what comes next and how far through the session the runner is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.player.machine import State
from calfcare.core.player.steps import Step
from calfcare.gui.player import view
from calfcare.gui.shell import theme
from calfcare.gui.widgets import pictures
from calfcare.gui.widgets.fonts import scaled_font

FLASH_MS = 300


def _label(
    text: str = "", *, factor: float = 1.0, bold: bool = False, left: bool = False
) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignHCenter)
    label.setFont(scaled_font(label.font(), factor, bold=bold))
    return label


class RepsDone(QWidget):
    """'Reps done: [10]' after a reps step, so the runner can say how many they managed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QSpinBox()
        self.box.setRange(0, 999)
        self.box.setAccessibleName("Reps done")
        self.box.setFont(scaled_font(self.font(), 1.4))
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(_label("Reps done:", factor=1.4))
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.hide()


class PlayerScreen(QWidget):
    """Labels filled by ``show``; ``flash`` pulses the accent colour behind the timer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flashes = 0  # how many cues were shown on screen
        self.notice = _label(factor=0.9)
        self.notice.setAccessibleDescription("Sound notice")
        self.notice.setStyleSheet("color: palette(placeholder-text);")
        self.notice.hide()

        self.stage = QWidget()
        self.stage.setAutoFillBackground(True)
        self.title = _label(bold=True)
        self.where = _label()
        self.countdown = _label(bold=True)
        self.countdown.setAccessibleDescription("Time left")
        self.reps = _label(bold=True)
        self.hint = _label(factor=1.2)
        stage = QVBoxLayout(self.stage)
        for widget in (self.title, self.where, self.countdown, self.reps, self.hint):
            stage.addWidget(widget)

        self.picture = QSvgWidget()
        self.picture.setMinimumHeight(self.fontMetrics().height() * 10)
        self.picture.hide()
        self._picture_of: str | None = None
        self.instructions = _label(factor=1.1, left=True)
        self.notes = _label(factor=1.1, left=True)
        self.notes.setStyleSheet("color: palette(placeholder-text);")
        how = QVBoxLayout()
        for part in (self.picture, self.instructions, self.notes):
            how.addWidget(part)
        how.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.stage, 3)
        middle.addLayout(how, 2)

        self.next = _label(factor=1.4, bold=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.progress_text = _label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        for row in (self.next, self.progress, self.progress_text):
            layout.addWidget(row)

        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self._set_stage_colour(None))

    def show_step(
        self,
        steps: Sequence[Step],
        index: int,
        state: State,
        *,
        remaining: float | None,
        elapsed: float,
        rep: int | None = None,
        lowering: bool = False,
        asleep: bool = False,
    ) -> None:
        """Fill every label for step ``index`` of ``steps``."""
        step = steps[index]
        countdown = view.countdown_text(remaining)
        self.title.setText(step.title)
        self.where.setText(view.where_text(step))
        self.countdown.setText(countdown)
        self.countdown.setVisible(bool(countdown))
        self.reps.setText(view.rep_text(step, rep, lowering))
        self.hint.setText(view.state_hint(state, asleep))
        self.instructions.setText(view.instructions_text(step))
        self.notes.setText(view.notes_text(step))
        self._show_picture(step.exercise)
        self.next.setText(view.next_text(steps, index))
        fraction = view.progress_fraction(steps, index, elapsed)
        self.progress.setValue(round(1000 * fraction))
        self.progress_text.setText(view.progress_text(steps, index, elapsed))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def flash(self) -> None:
        """A short pulse of the accent colour behind the timer, so cues show with sound off."""
        self.flashes += 1
        colour = QColor(theme.accent())
        colour.setAlpha(90)
        self._set_stage_colour(colour)
        self._flash_timer.start(FLASH_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_fonts(self.size())

    def fit_fonts(self, room: QSize) -> None:
        """Text sized from the room there is: a bigger window or full screen, bigger digits."""
        size = max(24, min(room.height() // 4, room.width() // 7))
        for label, factor in (
            (self.countdown, 1.0),
            (self.title, 0.32),
            (self.reps, 0.26),
            (self.where, 0.22),
        ):
            font = label.font()
            font.setPixelSize(max(12, round(size * factor)))
            label.setFont(font)

    def _set_stage_colour(self, colour: QColor | None) -> None:
        if colour is None:
            self.stage.setPalette(QPalette())  # back to the window's own, whatever the theme
            return
        palette = self.stage.palette()
        palette.setColor(QPalette.ColorRole.Window, colour)
        self.stage.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        # The drawing's colours follow the light or dark palette.
        if event.type() == QEvent.Type.PaletteChange and self._picture_of is not None:
            exercise, self._picture_of = self._picture_of, None
            self._show_picture(exercise)
        super().changeEvent(event)

    def _show_picture(self, exercise: str | None) -> None:
        if exercise == self._picture_of:
            return
        self._picture_of = exercise
        svg = pictures.picture_svg(exercise, self.palette()) if exercise is not None else None
        if svg is not None:
            self.picture.load(QByteArray(svg))
            # Set on the loaded drawing: each load starts a new one, stretched by default.
            self.picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.picture.setVisible(svg is not None)
