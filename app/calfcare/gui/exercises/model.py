"""The exercise library as a Qt list model, and the proxy that filters it.

``ExerciseListModel`` holds every exercise in content order and knows which
ones this week's plan uses; ``ExerciseFilterModel`` narrows it by search words,
category and equipment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import Category, Equipment, Exercise

AnyIndex = QModelIndex | QPersistentModelIndex

CATEGORY_WORDS = {
    Category.warmup: "Warm-up",
    Category.activation: "Activation",
    Category.stretching: "Stretching",
    Category.strengthening: "Strength",
    Category.recovery: "Recovery",
    Category.rice: "Rest/ice/compression/elevation",
    Category.running: "Running",
    Category.guidance: "Guidance",
}
IN_PLAN_TAG = "in your plan"


class Role(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Categories = Qt.ItemDataRole.UserRole + 2
    Equipment = Qt.ItemDataRole.UserRole + 3
    InPlan = Qt.ItemDataRole.UserRole + 4
    SearchText = Qt.ItemDataRole.UserRole + 5
    Summary = Qt.ItemDataRole.UserRole + 6


class EquipmentNeed(StrEnum):
    """Equipment filters that are not a single item."""

    any = "any"
    none_needed = "none_needed"
    owned = "owned"


EquipmentChoice = EquipmentNeed | Equipment


def search_text(exercise: Exercise) -> str:
    """What the search box looks through: name, summary and steps, lower-cased."""
    return " ".join([exercise.name, exercise.summary, *exercise.steps]).casefold()


class ExerciseListModel(QAbstractListModel):
    """One row per exercise in the library; bold and tagged when this week's plan uses it."""

    IdRole = Role.Id
    CategoriesRole = Role.Categories
    EquipmentRole = Role.Equipment
    InPlanRole = Role.InPlan
    SearchTextRole = Role.SearchText
    SummaryRole = Role.Summary

    def __init__(self, library: ContentLibrary, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exercises = list(library.exercises.values())
        self._search = [search_text(e) for e in self._exercises]
        self._in_plan: frozenset[str] = frozenset()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def exercise_at(self, row: int) -> Exercise:
        return self._exercises[row]

    def row_of(self, exercise_id: str) -> int:
        return next((i for i, e in enumerate(self._exercises) if e.id == exercise_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        in_plan = exercise.id in self._in_plan
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return exercise.name
            case Qt.ItemDataRole.ToolTipRole | Role.Summary:
                return exercise.summary
            case Qt.ItemDataRole.AccessibleTextRole:
                return f"{exercise.name}, {IN_PLAN_TAG}" if in_plan else exercise.name
            case Qt.ItemDataRole.FontRole if in_plan:
                font = QFont()
                font.setBold(True)
                return font
            case Role.Id:
                return exercise.id
            case Role.Categories:
                return [c.value for c in exercise.categories]
            case Role.Equipment:
                return [e.value for e in exercise.equipment]
            case Role.InPlan:
                return in_plan
            case Role.SearchText:
                return self._search[index.row()]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in Role:
            names[role.value] = QByteArray((role.name[0].lower() + role.name[1:]).encode())
        return names

    def set_in_plan(self, exercise_ids: Iterable[str]) -> None:
        """Mark the exercises this week's plan uses, signalling only the rows that changed."""
        new = frozenset(exercise_ids)
        changed = new ^ self._in_plan
        self._in_plan = new
        roles = [
            Role.InPlan.value,
            Qt.ItemDataRole.FontRole.value,
            Qt.ItemDataRole.AccessibleTextRole.value,
        ]
        for row, exercise in enumerate(self._exercises):
            if exercise.id in changed:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, roles)


class ExerciseFilterModel(QSortFilterProxyModel):
    """Keeps the rows that match every search word, the category and the equipment choice."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._category: Category | None = None
        self._equipment: EquipmentChoice = EquipmentNeed.any
        self._owned: frozenset[str] = frozenset()

    def set_search(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words != self._words:
            with self._filter_change():
                self._words = words

    def set_category(self, category: Category | None) -> None:
        if category != self._category:
            with self._filter_change():
                self._category = category

    def set_equipment(self, choice: EquipmentChoice) -> None:
        if choice != self._equipment:
            with self._filter_change():
                self._equipment = choice

    def set_owned(self, equipment: Iterable[Equipment]) -> None:
        """The runner's own equipment, used by the "Only what I have" choice."""
        owned = frozenset(e.value for e in equipment)
        if owned != self._owned:
            with self._filter_change():
                self._owned = owned

    @contextmanager
    def _filter_change(self) -> Iterator[None]:
        self.beginFilterChange()
        try:
            yield
        finally:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        text = str(source.data(index, Role.SearchText) or "")
        if any(word not in text for word in self._words):
            return False
        if self._category is not None and self._category.value not in source.data(
            index, Role.Categories
        ):
            return False
        needs: list[str] = source.data(index, Role.Equipment) or []
        match self._equipment:
            case EquipmentNeed.any:
                return True
            case EquipmentNeed.none_needed:
                return not needs
            case EquipmentNeed.owned:
                return all(item in self._owned for item in needs)
            case item:
                return item.value in needs
