"""The Progress page's charts, drawn with pyqtgraph (imported here, when the page builds them).

Each chart is a card (``chart_card.Chart``): a title, then either the plot or a
line saying what to log to fill it. Colours come from ``chart_style.CHART_COLOURS``
for the light or dark palette and are re-applied when the palette changes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from calfcare.core.dates import shifted
from calfcare.core.log.charts import ShoeDistance, WeekDistance, WeekSessions, monday_of
from calfcare.core.log.records import RaiseTestEntry
from calfcare.core.planning.history import PainWhen
from calfcare.core.units import from_metres
from calfcare.gui.progress.chart_card import (
    Chart,
    add_bars,
    add_line,
    bar_brush,
    set_bar_y_range,
    style_line,
)
from calfcare.gui.progress.chart_style import (
    AVERAGE_WORDS,
    WEEK_BAR,
    averaged,
    averaging_days,
    colour,
    stamp,
    week_x,
)

MAX_DASHED_WEEKS = 60
CEILING_NAME = "Last week + 10%"
MAX_SHOES = 6  # the newest pairs: more names would not fit under the bars
LEGEND_ROOM = 1.4  # y headroom over the highest value, where the legend sits
SHOE_BAND = {"mi": (300.0, 500.0), "km": (480.0, 800.0)}  # when running shoes wear out
PAIN_NAMES: dict[PainWhen, str] = {"during": "During", "after": "After", "morning": "Morning"}


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
        self.lines = {when: add_line(self, name) for when, name in PAIN_NAMES.items()}
        self.answered = add_line(self, "From your answers")

    def show(
        self,
        series: dict[PainWhen, list[tuple[dt.date, int]]],
        days_shown: int,
        answered: tuple[dt.date, int] | None = None,
    ) -> None:
        """Daily scores over a few months; weekly or 4-weekly averages over longer spans,
        where a line a day becomes a solid block. ``answered``: the intake's score, a
        point of its own (it is not in the log)."""
        bucket = averaging_days(days_shown)
        base = self.base_title
        self.title.setText(base if bucket == 1 else f"{base}, {AVERAGE_WORDS[bucket]}")
        for when, line in self.lines.items():
            points = averaged(series.get(when, []), bucket)
            style_line(line, when, len(points))
            line.setData([x for x, _ in points], [y for _, y in points])
        mark = colour("ceiling")
        self.answered.setPen(None)
        self.answered.setSymbol("d")
        self.answered.setSymbolSize(11)
        self.answered.setSymbolPen(pg.mkPen(mark))
        self.answered.setSymbolBrush(pg.mkBrush(None))
        shown = [answered] if answered is not None else []
        self.answered.setData([stamp(d) for d, _ in shown], [float(y) for _, y in shown])
        self.set_empty(not any(series.values()) and not shown)


class SessionsChart(Chart):
    def __init__(self) -> None:
        super().__init__(
            "Sessions per week",
            "Mark a session done on the Today page to see your weeks here.",
            "Sessions",
        )
        self.bars = {s: add_bars(self, s.capitalize()) for s in ("done", "partial", "skipped")}

    def show(self, weeks: Sequence[WeekSessions]) -> None:
        x = [week_x(w.monday) for w in weeks]
        base = np.zeros(len(weeks))
        for status, bars in self.bars.items():
            height = np.array([getattr(w, status) for w in weeks], dtype=float)
            bars.setOpts(x=x, y0=base.copy(), height=height, width=WEEK_BAR)
            bars.setOpts(brush=bar_brush(status), pen=pg.mkPen(None))
            base += height
        top = max(float(base.max(initial=0)), 3.0)
        set_bar_y_range(self, top * LEGEND_ROOM)
        # Sessions come whole: ticks at whole numbers, about five of them.
        step = max(1, math.ceil(top / 5))
        self.item.getAxis("left").setTickSpacing(step, step)
        self.set_empty(not weeks)


class RaiseChart(Chart):
    def __init__(self) -> None:
        super().__init__(
            "Calf raises in a row, each side",
            "Do a calf-raise test to compare your left and right calves here.",
            "Raises",
        )
        self.base_title = self.title.text()
        self.lines = {"left": add_line(self, "Left"), "right": add_line(self, "Right")}

    def show(self, tests: Sequence[RaiseTestEntry], days_shown: int) -> None:
        bucket = averaging_days(days_shown)
        base = self.base_title
        self.title.setText(base if bucket == 1 else f"{base}, {AVERAGE_WORDS[bucket]}")
        for side, line in self.lines.items():
            points = averaged([(t.date, getattr(t, side)) for t in tests], bucket)
            style_line(line, side, len(points))
            line.setData([x for x, _ in points], [y for _, y in points])
        top = max([10, *(t.left for t in tests), *(t.right for t in tests)])
        set_bar_y_range(self, top * LEGEND_ROOM)
        self.set_empty(not tests)


class DistanceChart(Chart):
    """Weekly distance, and the 10% rule's ceiling: last week's distance plus a tenth."""

    def __init__(self, units: str) -> None:
        super().__init__(
            "Weekly distance",
            "Log a run to see your weekly distance.",
            units,
        )
        self.bars = add_bars(self, "Distance")
        self.over_key = add_bars(self, "Over last week + 10%")  # no bars: the legend's key only
        self.ceiling = self.item.plot([], [], name=CEILING_NAME, connect="finite")

    def show(self, weeks: Sequence[WeekDistance], first: dt.date | None, units: str) -> None:
        self.item.setLabel("left", units)
        by_monday = {w.monday: from_metres(w.metres, units) for w in weeks}
        shown = [w.monday for w in weeks if first is None or w.monday >= monday_of(first)]
        heights = [by_monday[m] for m in shown]
        ceilings = [1.1 * by_monday.get(shifted(m, -7), 0.0) for m in shown]
        x = [week_x(m) for m in shown]
        self.bars.setOpts(
            x=x,
            height=heights,
            width=WEEK_BAR,
            brushes=[
                bar_brush("over" if 0 < c < h else "distance")
                for h, c in zip(heights, ceilings, strict=True)
            ],
            brush=bar_brush("distance"),  # the legend's key
            pen=pg.mkPen(None),
        )
        self.over_key.setOpts(brush=bar_brush("over"), pen=pg.mkPen(None))
        top = max([0.0, *heights, *ceilings])
        set_bar_y_range(self, max(top, 1.0) * LEGEND_ROOM)
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
        self.in_use_key = add_bars(self, "In use")  # no bars: the legend's keys only
        self.retired_key = add_bars(self, "Retired")
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
        self.in_use_key.setOpts(brush=bar_brush("shoes"), pen=pg.mkPen(None))
        self.retired_key.setOpts(brush=bar_brush("retired"), pen=pg.mkPen(None))
        self.item.setLabel("left", units)
        self.bars.setOpts(
            x=list(range(len(pairs))),
            height=[from_metres(p.metres, units) for p in pairs],
            width=0.6,
            brushes=[bar_brush("retired" if p.retired else "shoes") for p in pairs],
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
        top = max([high, *(from_metres(p.metres, units) for p in pairs)]) * LEGEND_ROOM / 1.12
        self.item.setXRange(-0.6, max(len(pairs), 1) - 0.4, padding=0)
        set_bar_y_range(self, top * 1.12)
        self.set_empty(not pairs)


def chart_cards(charts: Sequence[Chart]) -> list[QWidget]:
    return [c.card for c in charts]
