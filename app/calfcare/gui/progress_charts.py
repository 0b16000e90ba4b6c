"""The Progress page's charts, drawn with pyqtgraph (imported here, when the page builds them).

Each chart is a card: a title, then either the plot or a line saying what to
log to fill it. Colours come from ``CHART_COLOURS`` for the light or dark
palette and are re-applied when the palette changes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from calfcare.gui import theme
from calfcare.log.charts import ShoeDistance, WeekDistance, WeekSessions, monday_of
from calfcare.log.records import RaiseTestEntry
from calfcare.planning.history import PainWhen

DAY = 86_400.0
WEEK_BAR = 5.5 * DAY  # a week's bar, with a gap to the next
MANY_POINTS = 200  # past this, lines drop their dots to stay readable and fast
DAILY_DAYS = 120  # past this, pain and raise tests show as averages
AVERAGE_WORDS = {7: "weekly average", 28: "4-weekly average"}
MAX_DASHED_WEEKS = 60
CEILING_NAME = "Last week + 10%"
MAX_SHOES = 6  # the newest pairs: more names would not fit under the bars
EPOCH_MONDAY = dt.date(2001, 1, 1)
LEGEND_ROOM = 1.4  # y headroom over the highest value, where the legend sits
SHOE_BAND = {"mi": (300.0, 500.0), "km": (480.0, 800.0)}  # when running shoes wear out

# Okabe-Ito based: told apart with colour-blindness, readable on white and on #272c31.
CHART_COLOURS = {
    "light": {
        "during": "#d55e00",
        "after": "#0072b2",
        "morning": "#a0508c",
        "left": "#0072b2",
        "right": "#d55e00",
        "done": "#1f6f5c",
        "partial": "#d89a00",
        "skipped": "#a3aab2",
        "distance": "#0072b2",
        "over": "#d55e00",
        "ceiling": "#1d2329",
        "band_text": "#8a5a00",
        "band": "#e6a000",
        "shoes": "#1f6f5c",
        "retired": "#a3aab2",
    },
    "dark": {
        "during": "#ff9d5c",
        "after": "#56b4e9",
        "morning": "#e39fd6",
        "left": "#56b4e9",
        "right": "#ff9d5c",
        "done": "#3fa489",
        "partial": "#f0c05a",
        "skipped": "#6b7480",
        "distance": "#56b4e9",
        "over": "#ff9d5c",
        "ceiling": "#e6e9ec",
        "band_text": "#ffcc66",
        "band": "#f0c05a",
        "shoes": "#3fa489",
        "retired": "#6b7480",
    },
}
PAIN_NAMES: dict[PainWhen, str] = {"during": "During", "after": "After", "morning": "Morning"}


def colour(name: str) -> QColor:
    return QColor(CHART_COLOURS[theme.current()][name])


def stamp(day: dt.date) -> float:
    """Seconds since the epoch at local noon: the x of a day on a date axis."""
    return dt.datetime(day.year, day.month, day.day, 12).timestamp()


def week_x(monday: dt.date) -> float:
    """The middle of a week's bar (Thursday)."""
    return stamp(monday) + 3 * DAY


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


def _line(chart: Chart, name: str) -> pg.PlotDataItem:
    return chart.item.plot([], [], name=name, connect="finite")


def _style_line(line: pg.PlotDataItem, colour_name: str, points: int) -> None:
    c = colour(colour_name)
    line.setPen(pg.mkPen(c, width=2))
    if points > MANY_POINTS:
        line.setSymbol(None)
    else:
        line.setSymbol("o")
        line.setSymbolSize(6)
        line.setSymbolPen(pg.mkPen(c))
        line.setSymbolBrush(pg.mkBrush(c))


def _bars(chart: Chart, name: str) -> pg.BarGraphItem:
    bars = pg.BarGraphItem(x=[], height=[], width=WEEK_BAR)
    chart.item.addItem(bars)
    chart.legend.addItem(bars, name)
    return bars


def _bar_y_range(chart: Chart, top: float) -> None:
    # A little below zero, so the axis shows its 0 under the bars.
    chart.item.setYRange(-top * 0.04, top, padding=0)


def _bar_brush(colour_name: str) -> object:
    return pg.mkBrush(colour(colour_name))


class PainChart(Chart):
    def __init__(self) -> None:
        super().__init__(
            "Pain (0 none – 10 worst)",
            "Log how your calf feels to see your pain scores here.",
            "Pain",
        )
        self.base_title = self.title.text()
        # Headroom above 10 keeps the legend off the points; the axis still stops at 10.
        self.item.setYRange(-0.4, 12.8, padding=0)
        self.item.getAxis("left").setTicks([[(n, str(n)) for n in range(0, 11, 2)]])
        self.lines = {when: _line(self, name) for when, name in PAIN_NAMES.items()}

    def show(self, series: dict[PainWhen, list[tuple[dt.date, int]]], days_shown: int) -> None:
        """Daily scores over a few months; weekly or 4-weekly averages over longer spans,
        where a line a day becomes a solid block."""
        bucket = averaging_days(days_shown)
        base = self.base_title
        self.title.setText(base if bucket == 1 else f"{base}, {AVERAGE_WORDS[bucket]}")
        for when, line in self.lines.items():
            points = averaged(series.get(when, []), bucket)
            _style_line(line, when, len(points))
            line.setData([x for x, _ in points], [y for _, y in points])
        self.set_empty(not any(series.values()))


def averaging_days(days_shown: int) -> int:
    """1 (every point) over a few months, else the days each averaged point stands for."""
    if days_shown <= DAILY_DAYS:
        return 1
    return 7 if days_shown <= 2 * 365 else 28


def averaged(points: Sequence[tuple[dt.date, int]], bucket: int) -> list[tuple[float, float]]:
    """(x, mean score) per ``bucket`` days, counted from Monday 1 Jan 2001; x mid-bucket."""
    if bucket == 1:
        return [(stamp(d), float(s)) for d, s in points]
    groups: dict[int, list[int]] = {}
    for day, score in points:
        groups.setdefault((day - EPOCH_MONDAY).days // bucket, []).append(score)
    return [
        (
            stamp(EPOCH_MONDAY + dt.timedelta(days=k * bucket)) + (bucket - 1) * DAY / 2,
            sum(v) / len(v),
        )
        for k, v in sorted(groups.items())
    ]


class SessionsChart(Chart):
    def __init__(self) -> None:
        super().__init__(
            "Sessions per week",
            "Mark a session done on the Today page to see your weeks here.",
            "Sessions",
        )
        self.bars = {s: _bars(self, s.capitalize()) for s in ("done", "partial", "skipped")}

    def show(self, weeks: Sequence[WeekSessions]) -> None:
        x = [week_x(w.monday) for w in weeks]
        base = np.zeros(len(weeks))
        for status, bars in self.bars.items():
            height = np.array([getattr(w, status) for w in weeks], dtype=float)
            bars.setOpts(x=x, y0=base.copy(), height=height, width=WEEK_BAR)
            bars.setOpts(brush=_bar_brush(status), pen=pg.mkPen(None))
            base += height
        _bar_y_range(self, max(float(base.max(initial=0)), 3.0) * LEGEND_ROOM)
        self.set_empty(not weeks)


class RaiseChart(Chart):
    def __init__(self) -> None:
        super().__init__(
            "Calf raises in a row, each side",
            "Do a calf-raise test to compare your left and right calves here.",
            "Raises",
        )
        self.base_title = self.title.text()
        self.lines = {"left": _line(self, "Left"), "right": _line(self, "Right")}

    def show(self, tests: Sequence[RaiseTestEntry], days_shown: int) -> None:
        bucket = averaging_days(days_shown)
        base = self.base_title
        self.title.setText(base if bucket == 1 else f"{base}, {AVERAGE_WORDS[bucket]}")
        for side, line in self.lines.items():
            points = averaged([(t.date, getattr(t, side)) for t in tests], bucket)
            _style_line(line, side, len(points))
            line.setData([x for x, _ in points], [y for _, y in points])
        top = max([10, *(t.left for t in tests), *(t.right for t in tests)])
        _bar_y_range(self, top * LEGEND_ROOM)
        self.set_empty(not tests)


class DistanceChart(Chart):
    """Weekly distance, and the 10% rule's ceiling: last week's distance plus a tenth."""

    def __init__(self, units: str) -> None:
        super().__init__(
            "Weekly distance",
            "Log a run to see your weekly distance.",
            units,
        )
        self.bars = _bars(self, "Distance")
        self.over_key = _bars(self, "Over last week + 10%")  # no bars: the legend's key only
        self.ceiling = self.item.plot([], [], name=CEILING_NAME, connect="finite")

    def show(self, weeks: Sequence[WeekDistance], first: dt.date | None, units: str) -> None:
        self.item.setLabel("left", units)
        by_monday = {w.monday: w.distance for w in weeks}
        shown = [w for w in weeks if first is None or w.monday >= monday_of(first)]
        ceilings = [1.1 * by_monday.get(w.monday - dt.timedelta(days=7), 0.0) for w in shown]
        x = [week_x(w.monday) for w in shown]
        self.bars.setOpts(
            x=x,
            height=[w.distance for w in shown],
            width=WEEK_BAR,
            brushes=[
                _bar_brush("over" if 0 < c < w.distance else "distance")
                for w, c in zip(shown, ceilings, strict=True)
            ],
            brush=_bar_brush("distance"),  # the legend's key
            pen=pg.mkPen(None),
        )
        self.over_key.setOpts(brush=_bar_brush("over"), pen=pg.mkPen(None))
        top = max([0.0, *(w.distance for w in shown), *ceilings])
        _bar_y_range(self, max(top, 1.0) * LEGEND_ROOM)
        # One short dash across each bar, broken between weeks (NaN) and absent after
        # a week without runs, when the rule has nothing to go on.
        cx: list[float] = []
        cy: list[float] = []
        for middle, c in zip(x, ceilings, strict=True):
            if c > 0:
                cx += [middle - WEEK_BAR / 2, middle + WEEK_BAR / 2, middle]
                cy += [c, c, math.nan]
        self.ceiling.setPen(pg.mkPen(colour("ceiling"), width=2, style=Qt.PenStyle.DashLine))
        self.ceiling.setData(cx, cy)
        # Over a year or more the dashes merge into a band: the orange bars say it alone.
        dashes = len(shown) <= MAX_DASHED_WEEKS
        if dashes != self.ceiling.isVisible():
            self.ceiling.setVisible(dashes)
            if dashes:
                self.legend.addItem(self.ceiling, CEILING_NAME)
            else:
                self.legend.removeItem(self.ceiling)
        self.title.setText(
            "Weekly distance" if dashes else "Weekly distance (orange: over last week + 10%)"
        )
        self.set_empty(not shown)


class ShoesChart(Chart):
    """Distance on each pair, with the band where running shoes are usually replaced."""

    def __init__(self, units: str) -> None:
        super().__init__(
            "Distance on your shoes",
            "Add a pair of shoes (Log menu) to see how far they have gone.",
            units,
            dates=False,
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.6)
        self.item.addItem(self.bars)
        self.band = pg.LinearRegionItem(
            values=SHOE_BAND["km"], orientation="horizontal", movable=False
        )
        self.band.setZValue(-10)
        self.item.addItem(self.band)
        self.band_label = pg.TextItem(anchor=(0, 0))
        self.band_label.setZValue(20)  # over tall bars
        self.item.addItem(self.band_label)
        self.in_use_key = _bars(self, "In use")  # no bars: the legend's keys only
        self.retired_key = _bars(self, "Retired")
        self.legend.setColumnCount(2)

    def show(self, pairs: Sequence[ShoeDistance], units: str) -> None:
        low, high = SHOE_BAND.get(units, SHOE_BAND["km"])
        more = len(pairs) - MAX_SHOES
        self.title.setText(
            f"Distance on your newest {MAX_SHOES} pairs of shoes"
            if more > 0
            else "Distance on your shoes"
        )
        pairs = list(reversed(pairs[:MAX_SHOES]))  # oldest pair on the left
        self.in_use_key.setOpts(brush=_bar_brush("shoes"), pen=pg.mkPen(None))
        self.retired_key.setOpts(brush=_bar_brush("retired"), pen=pg.mkPen(None))
        self.item.setLabel("left", units)
        self.bars.setOpts(
            x=list(range(len(pairs))),
            height=[p.distance for p in pairs],
            width=0.6,
            brushes=[_bar_brush("retired" if p.retired else "shoes") for p in pairs],
            pen=pg.mkPen(None),
        )
        self.item.getAxis("bottom").setTicks([[(i, p.name) for i, p in enumerate(pairs)]])
        band = colour("band")
        band.setAlpha(60)
        self.band.setRegion((low, high))
        self.band.setBrush(pg.mkBrush(band))
        for line in self.band.lines:
            line.setPen(pg.mkPen(colour("band"), width=1))
        self.band_label.setText(f"Replace between {low:g} and {high:g} {units}")
        self.band_label.setColor(colour("band_text"))
        back = self.plot.backgroundBrush().color()
        back.setAlpha(210)
        self.band_label.fill = pg.mkBrush(back)  # TextItem has no setter for its fill
        self.band_label.update()
        self.band_label.setPos(-0.55, high)
        top = max([high, *(p.distance for p in pairs)]) * LEGEND_ROOM / 1.12
        self.item.setXRange(-0.6, max(len(pairs), 1) - 0.4, padding=0)
        _bar_y_range(self, top * 1.12)
        self.set_empty(not pairs)


def chart_cards(charts: Sequence[Chart]) -> list[QWidget]:
    return [c.card for c in charts]
