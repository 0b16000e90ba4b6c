"""A small always-on-top timer: the countdown and the step, over whatever else is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calfcare.gui.widgets.fonts import scaled_font


class MiniTimer(QWidget):
    """Shows what the player window hands it; keys pressed here go back to the player."""

    keyPressed = Signal(int)  # the Qt.Key pressed
    hidden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A tool window stays with its player; on top so it shows over a browser or video.
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
            | Qt.WindowType.WindowCloseButtonHint
        )
        self.setWindowTitle("Timer")  # Qt adds "— CalfCare"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setFont(scaled_font(self.font(), 3.5, bold=True))
        self.countdown.setAccessibleDescription("Time left")
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), 1.2, bold=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.countdown)
        layout.addWidget(self.title)
        width = self.fontMetrics().averageCharWidth() * 32
        self.resize(width, self.sizeHint().height())

    def show_step(self, countdown: str, title: str, *, paused: bool = False) -> None:
        self.countdown.setText(countdown or "–")
        # Paused must read as paused from across the room, not as a frozen clock.
        self.title.setText(f"Paused (Space goes on) · {title}" if paused else title)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keyPressed.emit(event.key())

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.hidden.emit()
