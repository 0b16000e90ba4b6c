"""The Progress page: charts of pain, sessions, calf raises, distance and shoes, and the
history by day with Edit, Delete and Undo.

The charts need pyqtgraph (and numpy), about a quarter of a second to import,
so the page paints its history first and draws the charts on the next turn of
the event loop; ``chartsReady`` says when they are in.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.log.charts import monday_of
from calfcare.core.log.from_answers import answered_on, answered_pain, answered_shoes
from calfcare.gui.progress.history import HistoryPanel
from calfcare.gui.shell.roles import Logbook

if TYPE_CHECKING:
    from calfcare.gui.progress.chart_card import Chart

HEADING = "Progress"
NO_LOG = (
    "Your progress log could not be opened, so there is nothing to chart yet. "
    "CalfCare said why when it started; once the log opens again, your history shows up here."
)
LOADING = "Drawing your charts…"
# (button text, days shown, words for an empty chart); None days: everything.
RANGES: tuple[tuple[str, int | None, str], ...] = (
    ("4 weeks", 28, "in the last 4 weeks"),
    ("3 months", 91, "in the last 3 months"),
    ("1 year", 365, "in the last year"),
    ("All", None, ""),
)
DEFAULT_RANGE = 1
CARD_STYLE = (
    "#chartCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }"
    "#chartTitle { font-weight: 600; font-size: 11pt; }"
    "#chartEmpty { color: palette(placeholder-text); padding: 24px; }"
    # The range on show must stand out in both palettes (Fusion's checked look is faint).
    "QPushButton[timeRange=true] { padding: 4px 14px; border: 1px solid palette(mid);"
    " border-radius: 5px; background: palette(button); }"
    "QPushButton[timeRange=true]:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border-color: palette(highlight); }"
    # The sheet takes over the frame, focus ring included: draw one that shows on both.
    "QPushButton[timeRange=true]:focus { border: 2px solid palette(text); }"
)


class ProgressPage(QWidget):
    chartsReady = Signal()

    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.charts: list[Chart] = []
        self.history: HistoryPanel | None = None
        self.status = QLabel()
        self.status.setObjectName("progressStatus")
        self.status.setWordWrap(True)
        self._range = DEFAULT_RANGE
        self._charts_pending = False
        self._own_change = False
        self.setStyleSheet(CARD_STYLE)

        heading = QLabel(HEADING)
        heading.setObjectName("progressHeading")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        self.range_buttons = QButtonGroup(self)
        for n, (text, _days, _words) in enumerate(RANGES):
            button = QPushButton(text)
            button.setObjectName(f"range_{n}")
            button.setCheckable(True)
            button.setProperty("timeRange", True)
            button.setChecked(n == self._range)
            button.setAccessibleName(f"Show {text.lower()}")
            self.range_buttons.addButton(button, n)
            top.addWidget(button)
        self.range_buttons.idClicked.connect(self.set_range)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # messages echo what was typed
        self.message.setObjectName("progressNoLog")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        store.logChanged.connect(self._on_log_changed)
        store.profileChanged.connect(self._on_profile_changed)
        self._show_log()

    def _show_log(self) -> None:
        """The charts and history when the store has a log; else say why there is none."""
        log = self.store.log
        for button in self.range_buttons.buttons():
            button.setEnabled(log is not None)
        self.message.setVisible(log is None)
        self.splitter.setVisible(log is not None)
        if log is None:
            problem = getattr(self.store, "log_problem", None)
            self.message.setText(f"{problem}\n\n{NO_LOG}" if problem else NO_LOG)
            return
        if self.history is not None:
            self.history.set_log(log)  # a restored log replaced the one on show
            return

        self.chart_column = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_column)
        self.chart_layout.setContentsMargins(0, 0, 8, 0)
        self.chart_layout.setSpacing(12)
        self.loading = QLabel(LOADING)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.loading, 1)
        scroll = QScrollArea()
        scroll.setObjectName("chartScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart_column)

        self.history = HistoryPanel(log, self.store.today(), self.units(), self)
        self.history.changed.connect(self._on_own_change)
        self.history.message.connect(self.status.setText)
        first = self.history.model.first_day()
        if first is not None and first >= self.store.today() - dt.timedelta(days=28):
            self._range = 0  # a new log: four weeks fill the charts better than three months
            self.range_buttons.button(0).setChecked(True)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)
        if self.isVisible():
            self.update()  # a paint, then the charts

    # Reading -----------------------------------------------------------------------

    def units(self) -> str:
        profile = self.store.profile
        return str(profile.units) if profile is not None else "km"

    def date_range(self) -> tuple[dt.date | None, dt.date]:
        """First day shown (a Monday, so weeks are whole; None for all) and the day after today."""
        before = self.store.today() + dt.timedelta(days=1)
        days = RANGES[self._range][1]
        return (None if days is None else monday_of(before - dt.timedelta(days=days))), before

    # Charts ------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint:
            self._schedule_charts()
        return handled

    def _schedule_charts(self) -> None:
        if self.history is not None and not self.charts and not self._charts_pending:
            # After the page's first paint: the charts' import follows on the next turn.
            self._charts_pending = True
            QTimer.singleShot(0, self.build_charts)

    def build_charts(self) -> None:
        """Import pyqtgraph and draw the charts (once; the page calls it after its first paint)."""
        if self.charts or self.store.log is None:
            return
        from calfcare.gui.progress import charts as pc

        units = self.units()
        self.charts = [
            pc.PainChart(),
            pc.SessionsChart(),
            pc.RaiseChart(),
            pc.DistanceChart(units),
            pc.ShoesChart(units),
        ]
        self.chart_layout.removeWidget(self.loading)
        self.loading.deleteLater()
        for chart in self.charts:
            self.chart_layout.addWidget(chart.card)
            chart.card.show()  # now, not on the next turn: the page is already on screen
        self.chart_layout.addStretch(1)
        self._recolour()
        self.refresh_charts()
        self.chartsReady.emit()

    def refresh_charts(self) -> None:
        log = self.store.log
        if not self.charts or log is None:
            return
        from calfcare.gui.progress import charts as pc

        first, before = self.date_range()
        has_any = self.history is not None and self.history.model.first_day() is not None
        words = RANGES[self._range][2] if has_any else ""
        units = self.units()
        pain, sessions, raises, distance, shoes = self.charts
        assert isinstance(pain, pc.PainChart)
        assert isinstance(sessions, pc.SessionsChart)
        assert isinstance(raises, pc.RaiseChart)
        assert isinstance(distance, pc.DistanceChart)
        assert isinstance(shoes, pc.ShoesChart)
        start = first or (self.history.model.first_day() if self.history else None) or before
        days_shown = (before - start).days
        answered = self._answered_on()
        profile = self.store.profile
        given = answered_pain(profile, answered)
        if given is not None and (given[0] >= before or (first is not None and given[0] < first)):
            given = None  # outside the range on show
        pain.show(log.pain_series(first, before), days_shown, given)
        sessions.show(log.sessions_per_week(first, before))
        raises.show(log.raise_tests(first, before), days_shown)
        week_before = None if first is None else first - dt.timedelta(days=7)
        distance.show(log.weekly_distance(week_before, before), first, units)
        pairs = log.shoe_distances()
        intake_pair = answered_shoes(profile, answered)
        if not pairs and intake_pair is not None:
            pairs = [intake_pair]  # until a pair is added, the shoes the intake described
        shoes.show(pairs, units)
        for chart in (pain, sessions, raises, distance):
            chart.set_x_range(first, before)
            if chart.is_empty():
                chart.set_empty(True, words)

    def _answered_on(self) -> dt.date:
        """The day the intake's answers were saved (the file's time), for their points."""
        try:
            saved: float | None = self.store.paths.profile.stat().st_mtime
        except OSError:
            saved = None
        return answered_on(saved, self.store.today())

    def set_range(self, which: int) -> None:
        """Show the n-th of RANGES (4 weeks, 3 months, 1 year, all)."""
        self._range = which
        button = self.range_buttons.button(which)
        if not button.isChecked():
            button.setChecked(True)
        self.refresh_charts()

    def _recolour(self) -> None:
        for chart in self.charts:
            chart.recolour(self.palette())

    def changeEvent(self, event: QEvent) -> None:
        # Chart colours follow the light or dark palette.
        if event.type() == QEvent.Type.PaletteChange and self.charts:
            self._recolour()
            self.refresh_charts()
        super().changeEvent(event)

    # Changes -----------------------------------------------------------------------

    def _on_own_change(self, _date: dt.date) -> None:
        """The history panel changed the log: it has refreshed its day; tell the app."""
        self._own_change = True
        try:
            self.store.log_changed()
        finally:
            self._own_change = False

    def _on_log_changed(self) -> None:
        if self.history is None or self.history.log is not self.store.log:
            self._show_log()
        elif not self._own_change:
            self.history.model.reload()
        self.refresh_charts()

    def _on_profile_changed(self) -> None:
        if self.history is not None:
            self.history.units = self.units()
            self.history.model.set_units(self.units())
        self.refresh_charts()
