"""Page 4: how the runner runs: experience, days, distance, footfall, ground, changes, shoes."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QToolButton, QWidget

from calfcare.core.profile import Profile, RecentChange, Shoes, Weekday
from calfcare.gui.intake import labels
from calfcare.gui.intake.fields import NumberField
from calfcare.gui.intake.limits import limits
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.widgets import chain_focus, check_grid, heading, tick, ticked

E = TypeVar("E", bound=StrEnum)
CHOOSE_EXPERIENCE = "Choose the line that fits you best"
DAY_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px 8px; }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
)


def choice_box(key: str, label: str, choices: Mapping[E, str]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(key)
    box.setAccessibleName(label)
    for value, text in choices.items():
        box.addItem(text, value.value)
    return box


def choose(box: QComboBox, value: StrEnum) -> None:
    box.setCurrentIndex(box.findData(value.value))


class RunningPage(IntakePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your running", "How, where and how much you run.", parent)
        self._changes_before: list[RecentChange] = []
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.experience = choice_box("experience", "Experience", labels.EXPERIENCE)
        self.experience.setPlaceholderText("Choose one")
        self.experience.setCurrentIndex(-1)
        self.experience_message = QLabel(CHOOSE_EXPERIENCE)
        self.experience_message.setObjectName("experience_message")
        self.experience_message.setStyleSheet("color: palette(placeholder-text);")
        self.experience_message.setWordWrap(True)
        self.experience.currentIndexChanged.connect(self._experience_changed)
        experience_box = QHBoxLayout()
        experience_box.addWidget(self.experience)
        experience_box.addWidget(self.experience_message, 1)
        self._add(form, "&Experience", self.experience, experience_box)

        self.days: dict[Weekday, QToolButton] = {}
        day_row = QHBoxLayout()
        day_row.setSpacing(4)
        for day, (short, full) in labels.DAYS.items():
            button = QToolButton()
            button.setText(short)
            button.setObjectName(f"day_{day}")
            button.setAccessibleName(full)
            button.setToolTip(full)
            button.setCheckable(True)
            button.setStyleSheet(DAY_STYLE)
            self.days[day] = button
            day_row.addWidget(button)
        day_row.addStretch(1)
        self._add(form, "Running &days", self.days["mon"], day_row)

        self.units = QComboBox()
        self.units.setObjectName("units")
        self.units.setAccessibleName("Units")
        for unit, text in labels.UNITS.items():
            self.units.addItem(text, unit.value)
        self.weekly_distance = self.track(
            NumberField(
                "weekly_distance",
                "Weekly distance",
                limits(Profile, "weekly_distance"),
                whole=False,
                ask="Enter how far you run in a week",
                trailing=self.units,
            )
        )
        self._add(form, "&Weekly distance", self.weekly_distance.edit, self.weekly_distance)

        self.foot_strike = choice_box("foot_strike", "Foot strike", labels.FOOT_STRIKE)
        self._add(form, "Your foot lands &on", self.foot_strike)
        self.terrain = choice_box("terrain", "Terrain", labels.TERRAIN)
        self._add(form, "You run &where", self.terrain)
        self.body.addLayout(form)

        self.body.addWidget(heading("Anything new in the last few weeks?"))
        grid, self.changes = check_grid("change", labels.CHANGES)
        self.body.addLayout(grid)

        self.body.addWidget(heading("Your shoes"))
        shoes = QFormLayout()
        shoes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.shoe_unit = QLabel()
        self.shoe_distance = self.track(
            NumberField(
                "shoe_distance",
                "Shoe distance",
                limits(Shoes, "distance"),
                whole=False,
                ask="Enter how far you have run in them",
                trailing=self.shoe_unit,
            )
        )
        self._add(shoes, "Distance &run in them", self.shoe_distance.edit, self.shoe_distance)
        months = QLabel("months")
        self.shoe_months = self.track(
            NumberField(
                "shoe_months",
                "Shoe age",
                limits(Shoes, "age_months"),
                whole=True,
                ask="Enter how many months you have had them",
                trailing=months,
            )
        )
        self._add(shoes, "&Age of the shoes", self.shoe_months.edit, self.shoe_months)
        self.body.addLayout(shoes)
        self.body.addStretch(1)

        self.units.currentIndexChanged.connect(self._units_changed)
        self._units_changed()
        choose(self.foot_strike, limits(Profile, "foot_strike").default)
        choose(self.terrain, limits(Profile, "terrain").default)
        chain_focus(
            [
                self.experience,
                *self.days.values(),
                self.weekly_distance.edit,
                self.units,
                self.foot_strike,
                self.terrain,
                *self.changes.values(),
                self.shoe_distance.edit,
                self.shoe_months.edit,
            ]
        )

    @staticmethod
    def _add(
        form: QFormLayout, caption: str, buddy: QWidget, field: QWidget | QHBoxLayout | None = None
    ) -> None:
        label = QLabel(caption)
        label.setBuddy(buddy)
        form.addRow(label, buddy if field is None else field)

    def chosen_experience(self) -> str | None:
        """The experience picked (or filled in from saved answers), if any."""
        data = self.experience.currentData()
        return str(data) if self.experience.currentIndex() >= 0 and data is not None else None

    def _experience_changed(self) -> None:
        self.experience_message.setVisible(self.experience.currentIndex() < 0)
        self.completeChanged.emit()

    def _units_changed(self) -> None:
        self.shoe_unit.setText(self.units.currentText())

    def problems(self) -> list[str]:
        missing = self.experience.currentIndex() < 0
        return [*super().problems(), *([CHOOSE_EXPERIENCE] if missing else [])]

    def fill(self, profile: Profile) -> None:
        choose(self.experience, profile.experience)
        for day, button in self.days.items():
            button.setChecked(day in profile.running_days)
        choose(self.units, profile.units)
        self.weekly_distance.set_value(profile.weekly_distance)
        choose(self.foot_strike, profile.foot_strike)
        choose(self.terrain, profile.terrain)
        self._changes_before = list(profile.recent_changes)
        tick(self.changes, profile.recent_changes)
        self.shoe_distance.set_value(profile.shoes.distance)
        self.shoe_months.set_value(profile.shoes.age_months)

    def answers(self) -> dict[str, Any]:
        months = self.shoe_months.value()
        return {
            "experience": self.experience.currentData(),
            "running_days": [day for day, button in self.days.items() if button.isChecked()],
            "units": self.units.currentData(),
            "weekly_distance": self.weekly_distance.value(),
            "foot_strike": self.foot_strike.currentData(),
            "terrain": self.terrain.currentData(),
            "recent_changes": ticked(self.changes, self._changes_before),
            "shoes": {
                "distance": self.shoe_distance.value(),
                "age_months": None if months is None else int(months),
            },
        }
