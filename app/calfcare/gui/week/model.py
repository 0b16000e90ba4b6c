"""The week as a table model: a column per day, a row per session slot."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from calfcare.core.journey.road import STAGE_TITLES, arc_of_stage
from calfcare.core.planning.models import Day, Session, WeekPlan
from calfcare.core.week_text import session_title
from calfcare.gui.widgets.dates import day_month
from calfcare.gui.widgets.session_card import session_heading

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SessionRole = int(Qt.ItemDataRole.UserRole) + 1
"""The planned Session in a cell (None for an empty slot)."""
DateRole = int(Qt.ItemDataRole.UserRole) + 2
"""The day's date, on cells and on the column header."""
KindRole = int(Qt.ItemDataRole.UserRole) + 3
"""The session kind as a string ('run', 'rest', ...)."""
IsTodayRole = int(Qt.ItemDataRole.UserRole) + 4
"""True on the cells and header of today's column."""
RunningDayRole = int(Qt.ItemDataRole.UserRole) + 5
"""True on the cells and header of a running day."""
MinutesRole = int(Qt.ItemDataRole.UserRole) + 6
# "done", "partial" or "skipped" from the log, None when nothing is logged for the session.
StatusRole = int(Qt.ItemDataRole.UserRole) + 7
# The card's second line: time, minutes, a run's distance, how it went.
DetailRole = int(Qt.ItemDataRole.UserRole) + 8
STATUS_WORDS = {"done": "✓ done", "partial": "◐ part done", "skipped": "skipped"}
Statuses = dict[tuple[dt.date, int, str], str]
"""Minutes: of the session on a cell, of the whole day on a header."""

DAYS = 7


StageChangeRole = int(Qt.ItemDataRole.UserRole) + 7
"""On a header: the stage change that day, in words ('' when none)."""


def stage_changes(plan: WeekPlan | None, before: WeekPlan | None) -> dict[dt.date, str]:
    """The day in ``plan``'s week its stage began, if it did: '▲ Load begins' forward,
    '▼ Back to Load' for a step back (``before`` is the week before)."""
    path = plan.journey if plan is not None else None
    if plan is None or path is None or path.since not in {d.date for d in plan.days}:
        return {}
    title = STAGE_TITLES[path.stage]
    earlier = before.journey.stage if before is not None and before.journey else None
    if earlier is path.stage:
        return {}
    first = arc_of_stage(path.stage)[0] is path.stage  # the journey's start is no step back
    if earlier is not None and not first:
        arc = arc_of_stage(earlier, path.stage)
        if arc.index(path.stage) < arc.index(earlier):
            return {path.since: f"▼ Back to {title}"}
    return {path.since: f"▲ {title} begins"}


def day_minutes(day: Day) -> int:
    return sum(s.minutes for s in day.sessions)


def day_label(day: Day) -> str:
    """Three lines for a column header: weekday and date, running day, total minutes."""
    running = "Running day" if day.running_day else "No running"
    return f"{day_month(day.date)}\n{running}\n{day_minutes(day)} min"


class WeekModel(QAbstractTableModel):
    """Holds one WeekPlan; ``set_plan`` swaps it with a model reset."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self._today: dt.date | None = None
        self._statuses: Statuses = {}
        self._units = "km"
        self._changes: dict[dt.date, str] = {}

    # Filling -----------------------------------------------------------------------

    def set_plan(
        self,
        plan: WeekPlan | None,
        today: dt.date,
        statuses: Statuses | None = None,
        changes: dict[dt.date, str] | None = None,
    ) -> None:
        """Show ``plan``; ``statuses`` maps (date, place in the day, kind) to how it went,
        ``changes`` a day to the stage change marked on it."""
        self.beginResetModel()
        self._days = list(plan.days[:DAYS]) if plan is not None else []
        self._today = today
        self._statuses = dict(statuses or {})
        self._units = plan.units if plan is not None else "km"
        self._changes = dict(changes or {})
        self.endResetModel()

    def _detail(self, session: Session, status: str | None) -> str:
        distance = sum(item.distance or 0 for item in session.items)
        parts = [
            session.at or "",
            f"{session.minutes} min" if session.minutes else "",
            f"{distance:g} {self._units}" if distance else "",
            STATUS_WORDS.get(status or "", ""),
        ]
        return " · ".join(p for p in parts if p)

    def day(self, column: int) -> Day:
        return self._days[column]

    def today_column(self) -> int | None:
        """Which column is today, if this week holds today."""
        return next((i for i, d in enumerate(self._days) if d.date == self._today), None)

    def session_at(self, index: Index) -> Session | None:
        if not index.isValid() or index.column() >= len(self._days):
            return None
        sessions = self._days[index.column()].sessions
        return sessions[index.row()] if index.row() < len(sessions) else None

    # Qt model API ------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid():
            return 0
        return max((len(d.sessions) for d in self._days), default=0)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._days)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.session_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._days):
            return None
        day = self._days[index.column()]
        if role == DateRole:
            return day.date
        if role == IsTodayRole:
            return day.date == self._today
        if role == RunningDayRole:
            return day.running_day
        session = self.session_at(index)
        if session is None:
            return None
        if role == SessionRole:
            return session
        status = self._statuses.get((day.date, index.row(), session.kind.value))
        if role == StatusRole:
            return status
        if role == DetailRole:
            return self._detail(session, status)
        if role == KindRole:
            return session.kind.value
        if role == MinutesRole:
            return session.minutes
        if role == Qt.ItemDataRole.DisplayRole:
            return session_heading(session)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mark = STATUS_WORDS.get(status or "", "").lstrip("✓◐ ")
            return session_heading(session) + (f", {mark}" if mark else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{session_title(session)}\n{session.why}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(section + 1)
            return None
        if not 0 <= section < len(self._days):
            return None
        day = self._days[section]
        is_today = day.date == self._today
        change = self._changes.get(day.date, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                day_label(day) + ("\nToday" if is_today else "") + (f"\n{change}" if change else "")
            )
        if role == StageChangeRole:
            return change
        if role == Qt.ItemDataRole.ToolTipRole and change:
            return f"{change}: see Road back for why"
        if role == Qt.ItemDataRole.FontRole and is_today:
            font = QFont()
            font.setBold(True)
            return font
        if role == DateRole:
            return day.date
        if role == IsTodayRole:
            return is_today
        if role == RunningDayRole:
            return day.running_day
        if role == MinutesRole:
            return day_minutes(day)
        return None
