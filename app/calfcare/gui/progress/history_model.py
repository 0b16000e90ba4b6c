"""The progress log by day, newest first, as a two-level tree: days, then their entries.

Older days are fetched a window at a time (``canFetchMore``/``fetchMore``), so
ten years of daily use open as fast as a fortnight. A change the page made
itself refreshes one day in place; anything else resets the model. The rows'
words are in ``history_items``; the columns, roles and their values in
``history_cells``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from calfcare.core.dates import shifted
from calfcare.core.log import DayLog, Log
from calfcare.gui.progress.history_cells import HEADERS, Column, day_data, item_data
from calfcare.gui.progress.history_items import Item, day_items

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

FETCH_DAYS = 42  # six weeks a fetch: fills a tall list at once, cheap with 10 steps a day


class HistoryModel(QAbstractItemModel):
    """Days with anything logged, newest first; each day's entries beneath it."""

    def __init__(self, log: Log | None, today: dt.date, units: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._log = log
        self._units = units
        self._days: list[DayLog] = []
        self._items: list[list[Item]] = []
        self._ordinals: list[int] = []  # -date.toordinal() per row: ascending, for bisect
        self._loaded_from = today + dt.timedelta(days=1)  # days before this are not loaded
        self._first: dt.date | None = None
        self._today = today
        self._reload_first()

    # Filling -----------------------------------------------------------------------

    def set_log(self, log: Log) -> None:
        self._log = log
        self._loaded_from = self._today + dt.timedelta(days=1)
        self.reload()

    def set_units(self, units: str) -> None:
        if units != self._units:
            self._units = units
            self.reload()

    def reload(self) -> None:
        """Read again what is loaded now (a change from elsewhere): a model reset."""
        self.beginResetModel()
        self._reload_first()
        before = self._today + dt.timedelta(days=1)
        start = min(self._loaded_from, before - dt.timedelta(days=FETCH_DAYS))
        self._set_rows(self._log.days(start, before) if self._log else [])
        self._loaded_from = start
        self.endResetModel()

    def refresh_day(self, date: dt.date) -> None:
        """Read one day again after the page changed it: targeted inserts and removals."""
        if self._log is None:
            return
        self._reload_first()
        if date < self._loaded_from:
            return  # not loaded yet: fetchMore will read it as it is now
        day = self._log.day(date)
        row = self.row_of(date)
        items = day_items(day)
        if row is None:
            if not items:
                return
            row = bisect.bisect_left(self._ordinals, -date.toordinal())
            self.beginInsertRows(_ROOT, row, row)
            self._days.insert(row, day)
            self._items.insert(row, items)
            self._ordinals.insert(row, -date.toordinal())
            self.endInsertRows()
            return
        if not items:
            self.beginRemoveRows(_ROOT, row, row)
            del self._days[row], self._items[row], self._ordinals[row]
            self.endRemoveRows()
            return
        parent = self.index(row, 0)
        old = len(self._items[row])
        if old > len(items):
            self.beginRemoveRows(parent, len(items), old - 1)
            self._items[row] = self._items[row][: len(items)]
            self.endRemoveRows()
        elif old < len(items):
            self.beginInsertRows(parent, old, len(items) - 1)
            self._items[row] = self._items[row] + items[old:]
            self.endInsertRows()
        self._days[row] = day
        self._items[row] = items
        last = Column.DETAIL
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if items:
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(items) - 1, last, parent)
            )

    def row_of(self, date: dt.date) -> int | None:
        row = bisect.bisect_left(self._ordinals, -date.toordinal())
        return row if row < len(self._days) and self._days[row].date == date else None

    def first_day(self) -> dt.date | None:
        """The earliest day with anything logged."""
        return self._first

    def day_at(self, row: int) -> DayLog:
        return self._days[row]

    def item(self, index: Index) -> Item | DayLog | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._days[index.row()] if index.row() < len(self._days) else None
        row = self.row_of(dt.date.fromordinal(index.internalId()))
        if row is None or index.row() >= len(self._items[row]):
            return None
        return self._items[row][index.row()]

    def _reload_first(self) -> None:
        self._first = self._log.first_day() if self._log is not None else None

    def _set_rows(self, days: list[DayLog]) -> None:
        self._days = days
        self._items = [day_items(d) for d in days]
        self._ordinals = [-d.date.toordinal() for d in days]

    # Lazy loading ------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self._log is None or self._first is None:
            return False
        return self._first < self._loaded_from

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._log is not None
        assert self._first is not None
        before = self._loaded_from
        days: list[DayLog] = []
        while not days and self._first < before:  # skip long gaps in one go
            start = max(self._first, shifted(before, -FETCH_DAYS))  # year 1 does not overflow
            days = self._log.days(start, before)
            before = start
        self._loaded_from = before
        if days:
            first = len(self._days)
            self.beginInsertRows(_ROOT, first, first + len(days) - 1)
            self._days += days
            self._items += [day_items(d) for d in days]
            self._ordinals += [-d.date.toordinal() for d in days]
            self.endInsertRows()

    # Qt model API ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        # A child carries its day's ordinal: stable while rows above it come and go.
        return self.createIndex(row, column, self._days[parent.row()].date.toordinal())

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        row = self.row_of(dt.date.fromordinal(child.internalId()))
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._items[parent.row()])

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(Column)

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.item(index)
        if found is None:
            return None
        column = Column(index.column())
        if isinstance(found, DayLog):
            return day_data(found, column, role, self._units)
        date = dt.date.fromordinal(index.internalId())
        return item_data(found, date, column, role, self._units)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return HEADERS[Column(section)]
        return None
