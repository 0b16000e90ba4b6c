"""Page 5: the minutes a day the runner can give, the kit at hand and what they already do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from calfcare.core.content.models import Equipment
from calfcare.core.profile import Habit, Profile
from calfcare.gui.intake import labels
from calfcare.gui.intake.fields import NumberField
from calfcare.gui.intake.limits import limits
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.widgets import chain_focus, check_grid, heading, paragraph, tick, ticked

MINUTES_NOTE = (
    "This is time for warming up, stretching, strength work and recovery. "
    "Your runs and any icing come on top."
)


class TimePage(IntakePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Time and equipment", "So the plan fits your day and your home.", parent)
        self._equipment_before: list[Equipment] = []
        self._habits_before: list[Habit] = []
        minutes = QLabel("minutes")
        self.minutes_per_day = self.track(
            NumberField(
                "minutes_per_day",
                "Minutes a day",
                limits(Profile, "minutes_per_day"),
                whole=True,
                ask="Enter how many minutes a day you have",
                trailing=minutes,
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        caption = QLabel("&Minutes a day")
        caption.setBuddy(self.minutes_per_day.edit)
        form.addRow(caption, self.minutes_per_day)
        form.addRow(paragraph(MINUTES_NOTE, muted=True))
        self.body.addLayout(form)

        self.body.addWidget(heading("What do you have at home?"))
        grid, self.equipment = check_grid("equipment", labels.EQUIPMENT)
        self.body.addLayout(grid)

        self.body.addWidget(heading("What do you already do?"))
        habit_grid, self.habits = check_grid("habit", labels.HABITS, columns=1)
        self.body.addLayout(habit_grid)
        self.body.addStretch(1)
        chain_focus([self.minutes_per_day.edit, *self.equipment.values(), *self.habits.values()])

    def fill(self, profile: Profile) -> None:
        self.minutes_per_day.set_value(profile.minutes_per_day)
        self._equipment_before = list(profile.equipment)
        self._habits_before = list(profile.habits)
        tick(self.equipment, profile.equipment)
        tick(self.habits, profile.habits)

    def answers(self) -> dict[str, Any]:
        minutes = self.minutes_per_day.value()
        return {
            "minutes_per_day": None if minutes is None else int(minutes),
            "equipment": ticked(self.equipment, self._equipment_before),
            "habits": ticked(self.habits, self._habits_before),
        }
