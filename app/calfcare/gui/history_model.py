"""The progress log by day, newest first, as a two-level tree: days, then their entries.

Older days are fetched a window at a time (``canFetchMore``/``fetchMore``), so
ten years of daily use open as fast as a fortnight. A change the page made
itself refreshes one day in place; anything else resets the model.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from calfcare.log import (
    DayLog,
    Entry,
    Log,
    PainEntry,
    RaiseTestEntry,
    RunEntry,
    SessionEntry,
    ShoesEntry,
    StepEntry,
)
from calfcare.log.records import KINDS
from calfcare.planning.models import SessionKind
from calfcare.weektext import KIND_WORDS

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

DateRole = int(Qt.ItemDataRole.UserRole) + 1
"""The day's date, on a day row and on each of its entries."""
EntryRole = int(Qt.ItemDataRole.UserRole) + 2
"""The log Entry on an entry row; None on a day row and on the exercise-steps row."""
KindRole = int(Qt.ItemDataRole.UserRole) + 3
"""'day', 'steps' or the entry's table ('pain', 'runs', 'sessions', ...)."""
EntryIdRole = int(Qt.ItemDataRole.UserRole) + 4
"""The entry's id in the log (None where there is no single entry)."""
StepsRole = int(Qt.ItemDataRole.UserRole) + 5
"""The list of StepEntry on the exercise-steps row."""

FETCH_DAYS = 42  # six weeks a fetch: fills a tall list at once, cheap with 10 steps a day

PAIN_WHEN_WORDS = {
    "during": "Pain during the run",
    "after": "Pain after",
    "morning": "Morning pain",
}


class Column(IntEnum):
    WHAT = 0
    DETAIL = 1


HEADERS = {Column.WHAT: "Day", Column.DETAIL: "Details"}


@dataclass(frozen=True)
class StepGroup:
    """The exercise steps of one day, shown as one row (the player wrote them)."""

    steps: list[StepEntry]


Item = Entry | StepGroup


def first_logged_day(log: Log) -> dt.date | None:
    """The earliest day anything was logged, from the date indexes (no rows parsed)."""
    # Log has no such query yet; this reads only, through the connection it exposes.
    parts = " UNION ALL ".join(f'SELECT min("{k.date_column}") AS d FROM {k.table}' for k in KINDS)
    value = log.connection.execute(f"SELECT min(d) FROM ({parts})").fetchone()[0]
    return dt.date.fromisoformat(value[:10]) if value else None


def day_items(day: DayLog) -> list[Item]:
    items: list[Item] = [*day.sessions, *day.runs, *day.pain, *day.raise_tests, *day.shoes]
    if day.steps:
        items.append(StepGroup(day.steps))
    return items


def session_words(kind: str) -> str:
    try:
        return KIND_WORDS[SessionKind(kind)]
    except ValueError:
        return kind


def item_title(item: Item, units: str) -> str:
    """One line naming an entry in the runner's words."""
    if isinstance(item, StepGroup):
        n = len(item.steps)
        return f"{n} exercise step{'s' if n != 1 else ''}"
    if isinstance(item, SessionEntry):
        return f"{session_words(item.kind)} session: {item.status}"
    if isinstance(item, RunEntry):
        return f"Run: {item.distance:g} {units} in {item.minutes:g} min"
    if isinstance(item, PainEntry):
        return f"{PAIN_WHEN_WORDS.get(item.when, item.when)}: {item.score}/10"
    if isinstance(item, RaiseTestEntry):
        return f"Calf raises: left {item.left}, right {item.right}"
    if isinstance(item, ShoesEntry):
        return f"New shoes: {item.name} ({item.start_distance:g} {units} already)"
    return item.table


def item_detail(item: Item) -> str:
    if isinstance(item, StepGroup):
        return ", ".join(sorted({s.exercise.replace("_", " ") for s in item.steps}))
    if isinstance(item, RunEntry) and item.shoes:
        return " · ".join(p for p in (f"in {item.shoes}", item.note) if p)
    if isinstance(item, ShoesEntry):
        return "retired" if item.retired else ""
    return str(getattr(item, "note", ""))


def day_summary(day: DayLog, units: str) -> str:
    """A short line for a day row: what happened, at a glance."""
    parts: list[str] = []
    done = sum(1 for s in day.sessions if s.status == "done")
    if day.sessions:
        parts.append(f"{done}/{len(day.sessions)} sessions done")
    if day.runs:
        parts.append(f"ran {sum(r.distance for r in day.runs):g} {units}")
    if day.pain:
        parts.append(f"pain up to {max(p.score for p in day.pain)}/10")
    if day.raise_tests:
        parts.append("raise test")
    if day.steps and not day.sessions:
        parts.append(f"{len(day.steps)} steps")
    return " · ".join(parts)


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
        self._first = first_logged_day(self._log) if self._log is not None else None

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
            start = max(self._first, before - dt.timedelta(days=FETCH_DAYS))
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
            return self._day_data(found, column, role)
        date = dt.date.fromordinal(index.internalId())
        if role == DateRole:
            return date
        if role == EntryRole:
            return found if isinstance(found, Entry) else None
        if role == KindRole:
            return "steps" if isinstance(found, StepGroup) else found.table
        if role == EntryIdRole:
            return found.id if isinstance(found, Entry) else None
        if role == StepsRole:
            return found.steps if isinstance(found, StepGroup) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is Column.WHAT:
                return item_title(found, self._units)
            return item_detail(found)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item_title(found, self._units)}. {item_detail(found)}".strip(" .")
        return None

    def _day_data(self, day: DayLog, column: Column, role: int) -> Any:
        if role == DateRole:
            return day.date
        if role == KindRole:
            return "day"
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column is Column.WHAT:
                return f"{day.date:%a %d %b %Y}"
            return day_summary(day, self._units)
        return None

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
