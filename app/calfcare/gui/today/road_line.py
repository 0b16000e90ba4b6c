"""Today's road-back line (stage and next gate; opens Road back) and the stage-change banner.

The banner says a stage change once: dismissing it records the change in the
window-state file, and that change is not announced again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfcare.core.journey.road import STAGE_TITLES, RoadBack, StagePeriod, stage_line
from calfcare.gui.shell import theme
from calfcare.gui.shell.window_state import window_state
from calfcare.gui.widgets.qt_by_name import STRONG_FOCUS, show_plain

ANNOUNCED_KEY = "roadback/announced"


class RoadLine(QLabel):
    """A line of text that acts as a link: click, Enter or Space emits ``clicked``."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # Set by name: this line is built before the window is ready (see qt_by_name).
        show_plain(self)
        self.setProperty("focusPolicy", STRONG_FOCUS)
        self.setToolTip("Open Road back (Ctrl+2)")
        self.setStyleSheet(
            # The text colour (readable in both themes), underlined as a link.
            "QLabel { text-decoration: underline; font-weight: 600; }"
            "QLabel:focus { border: 1px dotted palette(text); }"
        )

    def show_road(self, road: RoadBack) -> None:
        self.setText(stage_line(road))
        self.setAccessibleName(f"Road back: {self.text()}")
        self.setAccessibleDescription("Opens the Road back page")

    def enterEvent(self, event: QEnterEvent) -> None:
        from PySide6.QtCore import Qt  # on the first hover, long after the window is ready

        self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt

        inside = self.rect().contains(event.position().toPoint())
        if event.button() is Qt.MouseButton.LeftButton and inside:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


def change_key(period: StagePeriod) -> str:
    return f"{period.stage.value}@{period.since.isoformat()}"


def change_text(period: StagePeriod) -> str:
    """'A step back: Load. <why>' or 'New stage: Running again. <what the log showed>'."""
    title = STAGE_TITLES[period.stage]
    lead = f"New stage: {title}." if period.forward else f"A step back: {title}."
    return f"{lead} {period.reason}"


class StageBanner(QFrame):
    """The newest stage change, until dismissed; ``dismissed`` fires on Dismiss."""

    dismissed = Signal()

    def __init__(self, state_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state_file = state_file
        self._key = ""
        self.setObjectName("stageBanner")
        self.setAccessibleName("Stage change")
        self.text = QLabel()
        self.text.setWordWrap(True)
        show_plain(self.text)
        self.dismiss = QPushButton("Dismiss")
        self.dismiss.setAccessibleName("Dismiss the stage change")
        self.dismiss.clicked.connect(self.dismiss_change)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        side = QVBoxLayout()  # Dismiss at the top, whatever the text's height
        side.addWidget(self.dismiss)
        side.addStretch(1)
        layout.addLayout(side)
        self.hide()

    def announced(self) -> str:
        return str(window_state(self._state_file).value(ANNOUNCED_KEY, ""))

    def show_road(self, road: RoadBack | None) -> None:
        """Show the newest change unless it was dismissed before."""
        change = road.latest_change() if road is not None else None
        if change is None or change_key(change) == self.announced():
            self.hide()
            return
        self._key = change_key(change)
        colour = theme.accent() if change.forward else theme.warning()
        self.setStyleSheet(
            f"QFrame#stageBanner {{ border: 2px solid {colour}; border-radius: 6px; }}"
        )
        self.text.setText(change_text(change))
        self.text.setAccessibleName(self.text.text())
        self.show()

    def dismiss_change(self) -> None:
        state = window_state(self._state_file)
        state.setValue(ANNOUNCED_KEY, self._key)
        state.sync()
        self.hide()
        self.dismissed.emit()
