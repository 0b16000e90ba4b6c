"""A chart card (a title over a pyqtgraph plot or an empty-chart line) and its line and bar helpers.

Imported only by ``progress.charts``, so pyqtgraph loads when the page builds its charts.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout

from calfcare.core.log.charts import monday_of
from calfcare.gui.progress.chart_style import DAY, WEEK_BAR, colour, stamp

MANY_POINTS = 200  # past this, lines drop their dots to stay readable and fast


class Chart:
    """A titled card holding one PlotWidget, or a line saying what to log to fill it."""

    def __init__(self, title: str, empty_text: str, y_label: str, *, dates: bool = True) -> None:
        self.empty_text = empty_text
        self.card = QFrame()
        self.card.setObjectName("chartCard")
        self.card.setAccessibleName(title)
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        axes = {"bottom": pg.DateAxisItem()} if dates else {}
        self.plot = pg.PlotWidget(axisItems=axes)
        self.plot.setAccessibleName(f"{title} chart")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(200)
        self.item = self.plot.getPlotItem()
        self.item.setLabel("left", y_label)
        self.item.showGrid(x=False, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            self.item.getAxis(side).setZValue(-1000)  # the grid goes behind bars and lines
        self.legend = self.item.addLegend(offset=(8, 4), colCount=3)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("chartEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def set_empty(self, empty: bool, range_words: str = "") -> None:
        text = (
            f"Nothing logged {range_words}. {self.empty_text}" if range_words else self.empty_text
        )
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty if empty else self.plot)

    def set_x_range(self, first: dt.date | None, before: dt.date) -> None:
        """From ``first`` (a Monday) to the end of the week holding the day before ``before``."""
        if first is None:
            self.item.enableAutoRange(axis="x")
            return
        end = monday_of(before - dt.timedelta(days=1)) + dt.timedelta(days=7)
        self.item.setXRange(stamp(first) - DAY / 2, stamp(end) - DAY / 2, padding=0.01)

    def recolour(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setPen(palette.color(QPalette.ColorRole.Mid))
            axis.setTextPen(text)
        self.item.getAxis("left").label.setDefaultTextColor(text)
        self.legend.setLabelTextColor(text)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=text)  # setLabelTextColor alone does not repaint
        back = QColor(palette.color(QPalette.ColorRole.Base))
        back.setAlpha(200)
        self.legend.setBrush(back)


def add_line(chart: Chart, name: str) -> pg.PlotDataItem:
    return chart.item.plot([], [], name=name, connect="finite")


def style_line(line: pg.PlotDataItem, colour_name: str, points: int) -> None:
    c = colour(colour_name)
    line.setPen(pg.mkPen(c, width=2))
    if points > MANY_POINTS:
        line.setSymbol(None)
    else:
        line.setSymbol("o")
        line.setSymbolSize(6)
        line.setSymbolPen(pg.mkPen(c))
        line.setSymbolBrush(pg.mkBrush(c))


def add_bars(chart: Chart, name: str) -> pg.BarGraphItem:
    bars = pg.BarGraphItem(x=[], height=[], width=WEEK_BAR)
    chart.item.addItem(bars)
    chart.legend.addItem(bars, name)
    return bars


def set_bar_y_range(chart: Chart, top: float) -> None:
    # A little below zero, so the axis shows its 0 under the bars.
    chart.item.setYRange(-top * 0.04, top, padding=0)


def bar_brush(colour_name: str) -> object:
    return pg.mkBrush(colour(colour_name))
