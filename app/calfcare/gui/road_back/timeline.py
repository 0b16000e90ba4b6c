"""The stages as a path: ticked with the date reached, the current one highlighted."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from calfcare.core.journey.road import STAGE_TITLES, RoadBack
from calfcare.core.journey.stages import Stage
from calfcare.gui.shell import theme
from calfcare.gui.widgets.dates import day_month
from calfcare.gui.widgets.fonts import scaled_font

DONE, NOW, LATER = "✓", "●", "○"


def stage_status(road: RoadBack, stage: Stage) -> tuple[str, str]:
    """The mark and the words beside a stage: reached on, since, or what comes."""
    path = road.journey
    if stage is path.stage:
        return NOW, f"Now, since {day_month(path.since)}"
    if road.done(stage):
        reached = road.reached(stage)
        return DONE, f"Reached {day_month(reached)}" if reached else "Done"
    if stage is path.next_stage:
        low, high = path.expected_days
        return LATER, f"Next, usually in {low}–{high} days"
    return LATER, "Later"


class StageRow(QFrame):
    """One stage on the path: its mark, title and status; the current one framed."""

    def __init__(self, road: RoadBack, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        mark, status = stage_status(road, stage)
        self.current = stage is road.journey.stage
        self.done = mark == DONE
        self.setObjectName("stageRow")
        self.mark = QLabel(mark)
        self.mark.setFixedWidth(self.fontMetrics().horizontalAdvance("●●") + 4)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The path runs between the marks, not through them (the current row has its own).
        self.mark.setAutoFillBackground(stage is not road.journey.stage)
        self.title = QLabel(STAGE_TITLES[stage])
        self.title.setFont(scaled_font(self.font(), 1.1, bold=self.current))
        self.status = QLabel(status)
        self.status.setWordWrap(True)
        words = f"{STAGE_TITLES[stage]}: {status}"
        self.setAccessibleName(words)
        self.title.setAccessibleName(words)
        period = next((p for p in reversed(road.periods) if p.stage is stage and p.reason), None)
        if period is not None:
            self.setToolTip(period.reason)
        colour = theme.accent()
        faint = "color: palette(placeholder-text);"
        if self.current:
            self.setStyleSheet(
                f"QFrame#stageRow {{ border: 2px solid {colour}; border-radius: 8px;"
                " background: palette(base); }"
            )
            self.mark.setStyleSheet("font-weight: 700;")
        elif self.done:
            self.mark.setStyleSheet("font-weight: 700;")
            self.status.setStyleSheet(faint)
        else:
            for label in (self.mark, self.title, self.status):
                label.setStyleSheet(faint)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.title)
        text.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)


class Timeline(QWidget):
    """The arc's stages top to bottom, rebuilt by ``show_road``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Stages of your recovery")
        self.rows: list[StageRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def _centre(self, row: StageRow) -> QPoint:
        return row.mark.mapTo(self, row.mark.rect().center())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The path joining the marks: the accent up to the stage now, a faint line after."""
        super().paintEvent(event)
        if len(self.rows) < 2:
            return
        now = next((i for i, r in enumerate(self.rows) if r.current), 0)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self._centre(self.rows[0]).x()
        top = self._centre(self.rows[0]).y()
        here = self._centre(self.rows[now]).y()
        bottom = self._centre(self.rows[-1]).y()
        painter.setPen(QPen(QColor(theme.accent()), 3))
        painter.drawLine(x, top, x, here)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 2, Qt.PenStyle.DotLine))
        painter.drawLine(x, here, x, bottom)

    def show_road(self, road: RoadBack) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [StageRow(road, stage) for stage in road.arc]
        for row in self.rows:
            self._layout.addWidget(row)
            row.show()  # now, not at the layout's next turn: the page reads them at once
