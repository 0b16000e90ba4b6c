"""What each cell of the progress history tree gives Qt: its columns, custom roles, values.

``HistoryModel.data`` finds the day or item behind an index and asks
``day_data`` or ``item_data`` here for the value of one column and role.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from calfcare.core.log import DayLog, Entry
from calfcare.gui.progress.history_items import (
    Item,
    StepGroup,
    day_summary,
    item_detail,
    item_title,
)
from calfcare.gui.widgets.dates import day_date

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


class Column(IntEnum):
    WHAT = 0
    DETAIL = 1


HEADERS = {Column.WHAT: "Day", Column.DETAIL: "Details"}


def item_data(item: Item, date: dt.date, column: Column, role: int, units: str) -> Any:
    """The value of an entry row (or the exercise-steps row) of ``date`` for one role."""
    if role == DateRole:
        return date
    if role == EntryRole:
        return item if isinstance(item, Entry) else None
    if role == KindRole:
        return "steps" if isinstance(item, StepGroup) else item.table
    if role == EntryIdRole:
        return item.id if isinstance(item, Entry) else None
    if role == StepsRole:
        return item.steps if isinstance(item, StepGroup) else None
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        if column is Column.WHAT:
            return item_title(item, units)
        return item_detail(item)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{item_title(item, units)}. {item_detail(item)}".strip(" .")
    return None


def day_data(day: DayLog, column: Column, role: int, units: str) -> Any:
    """The value of a day row for one role."""
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
            return day_date(day.date)
        return day_summary(day, units)
    return None
