"""The Exercises page: search and filter the library, read how to do each exercise.

Left: search box, category and equipment filters, the filtered list. Right:
the detail pane for the current exercise. This week's exercises are marked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.models import Category, Equipment, TriageLevel
from calfcare.core.plain_names import EQUIPMENT
from calfcare.core.planning.exercise_usage import exercise_usage, planned_exercise_ids
from calfcare.gui.exercises.detail import ExerciseDetail
from calfcare.gui.exercises.model import (
    CATEGORY_WORDS,
    IN_PLAN_TAG,
    EquipmentChoice,
    EquipmentNeed,
    ExerciseFilterModel,
    ExerciseListModel,
    Role,
)
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import Plans

CLINICIAN_BANNER = (
    "Your answers include a warning sign: leave these exercises until a doctor or "
    "physiotherapist has checked your leg. The Today page says what to do next."
)
EMERGENCY_BANNER = (
    "Get medical help now: a warning sign in your answers can mean a blood clot. Do none of "
    "these exercises, and do not massage, stretch or roll the leg. The Today page says more."
)

EQUIPMENT_NEEDS = {
    EquipmentNeed.any: "Any equipment",
    EquipmentNeed.none_needed: "No equipment needed",
    EquipmentNeed.owned: "Only what I have",
}


def equipment_choice(value: str) -> EquipmentChoice:
    """The filter choice an equipment combo item stands for."""
    if value in {need.value for need in EquipmentNeed}:
        return EquipmentNeed(value)
    return Equipment(value)


class InPlanDelegate(QStyledItemDelegate):
    """Draws a small "in your plan" tag at the right of this week's exercises."""

    def _tag_font(self, option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.data(Role.InPlan):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        font = self._tag_font(option)
        width = QFontMetrics(font).horizontalAdvance(IN_PLAN_TAG)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        # Shorten a long name so it never runs under the tag when the list is narrow.
        item.text = QFontMetrics(item.font).elidedText(
            item.text, Qt.TextElideMode.ElideRight, max(rect.width() - width - 28, 0)
        )
        style = item.widget.style() if item.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color() if selected else QColor(theme.accent())
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        tag_rect = QRect(rect.right() - width - 8, rect.top(), width, rect.height())
        painter.drawText(
            tag_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, IN_PLAN_TAG
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        tag = QFontMetrics(self._tag_font(option)).horizontalAdvance(IN_PLAN_TAG)
        return QSize(size.width() + tag + 16, size.height() + 6)


class ExercisesPage(QWidget):
    """Browse every exercise CalfCare knows, narrowed by words, kind and equipment."""

    def __init__(self, store: Plans, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = ExerciseListModel(store.library, self)
        self.proxy = ExerciseFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("exerciseSearch")
        self.search.setPlaceholderText("Search exercises")
        self.search.setAccessibleName("Search exercises")
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.setAccessibleName("Category")
        # Items carry plain strings: Qt hands enum members back as str anyway.
        self.category.addItem("All categories", "")
        for cat in Category:
            self.category.addItem(CATEGORY_WORDS[cat], cat.value)
        self.equipment = QComboBox()
        self.equipment.setObjectName("equipmentFilter")
        self.equipment.setAccessibleName("Equipment")
        for need, label in EQUIPMENT_NEEDS.items():
            self.equipment.addItem(label, need.value)
        for item in Equipment:
            self.equipment.addItem(EQUIPMENT[item], item.value)

        self.list = QListView()
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName("Exercises")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(InPlanDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.count = QLabel()
        self.count.setObjectName("exerciseCount")
        self.detail = ExerciseDetail(store.library)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        filters = QFormLayout()
        filters.addRow("&Category", self.category)
        filters.addRow("E&quipment", self.equipment)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # With a warning sign in the answers, reading an exercise must not look like a go-ahead.
        self.banner = QLabel()
        self.banner.setObjectName("exercisesBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._level = TriageLevel.self_care
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(splitter)

        QWidget.setTabOrder(self.search, self.category)
        QWidget.setTabOrder(self.category, self.equipment)
        QWidget.setTabOrder(self.equipment, self.list)
        QWidget.setTabOrder(self.list, self.detail)

        self.search.textChanged.connect(self._on_search)
        self.category.currentIndexChanged.connect(self._on_category)
        self.equipment.currentIndexChanged.connect(self._on_equipment)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.proxy.rowsRemoved.connect(self._after_filter)
        self.proxy.rowsInserted.connect(self._after_filter)
        self.proxy.modelReset.connect(self._after_filter)
        self.proxy.layoutChanged.connect(self._after_filter)
        store.planChanged.connect(self.refresh)
        store.profileChanged.connect(self.refresh)
        self.refresh()

    # Filters -----------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)

    def _on_category(self, _row: int) -> None:
        chosen = str(self.category.currentData() or "")
        self.proxy.set_category(Category(chosen) if chosen else None)

    def _on_equipment(self, _row: int) -> None:
        self.proxy.set_equipment(equipment_choice(str(self.equipment.currentData())))

    def _after_filter(self) -> None:
        shown = self.proxy.rowCount()
        self.count.setText(
            f"{shown} of {self.model.rowCount()} exercises"
            if shown
            else "No exercises match. Try fewer words or another filter."
        )
        if shown and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        elif not shown:
            self.detail.show_nothing("No exercise matches the search and filters.")

    # Showing -----------------------------------------------------------------------

    def visible_ids(self) -> list[str]:
        """The ids in the list as shown, top to bottom."""
        return [str(self.proxy.index(r, 0).data(Role.Id)) for r in range(self.proxy.rowCount())]

    def select_exercise(self, exercise_id: str) -> bool:
        """Make ``exercise_id`` current if the filters show it."""
        source = self.model.index(self.model.row_of(exercise_id), 0)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.list.setCurrentIndex(index)
        return index.isValid()

    def refresh(self) -> None:
        """Re-read the plan and profile: in-plan marks, owned equipment and the detail."""
        plan = self.store.plan()
        self._show_banner(plan.triage.level if plan is not None else TriageLevel.self_care)
        self.model.set_in_plan(planned_exercise_ids(plan))
        profile = self.store.profile
        self.proxy.set_owned(profile.equipment if profile else [])
        self._after_filter()
        self._show_current(self.list.currentIndex())

    def _show_banner(self, level: TriageLevel) -> None:
        self._level = level
        if level is TriageLevel.self_care:
            self.banner.hide()
            return
        urgent = level is TriageLevel.emergency
        self.banner.setText(EMERGENCY_BANNER if urgent else CLINICIAN_BANNER)
        colour = theme.danger() if urgent else theme.warning()
        self.banner.setStyleSheet(
            f"QLabel#exercisesBanner {{ border: 2px solid {colour}; border-radius: 6px;"
            " padding: 8px; margin: 12px 12px 0 12px; font-weight: bold; }"
        )
        self.banner.show()

    def _show_current(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        if not current.isValid():
            return
        exercise_id = str(current.data(Role.Id))
        plan = self.store.plan()
        usage = exercise_usage(plan, self.store.library, exercise_id) if plan else None
        units = plan.units if plan else "km"
        self.detail.show_exercise(self.store.library.exercise(exercise_id), usage, units)

    def changeEvent(self, event: QEvent) -> None:
        # The accent colour in the detail follows the light or dark palette.
        if event.type() == QEvent.Type.PaletteChange:
            self._show_current(self.list.currentIndex())
            self._show_banner(self._level)
        super().changeEvent(event)
