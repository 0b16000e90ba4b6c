"""Page 6: the answers read back in plain words before Finish, or what still needs fixing."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.errors import InputError
from calfcare.core.profile import ComplaintKind, Profile
from calfcare.gui.intake import labels
from calfcare.gui.intake.limits import show_number
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.shell import theme
from calfcare.gui.widgets.dates import short_date
from calfcare.gui.widgets.qt_by_name import show_plain, show_rich

NONE = "None"
URGENT = (
    "Get medical help now. A warning sign you ticked can mean a blood clot: call your local "
    "emergency number or go to an emergency department. The other questions can wait; "
    "Finish saves what you answered, and CalfCare plans no exercise until this is checked."
)


def _listed(items: Iterable[str]) -> str:
    return ", ".join(items) or NONE


def recap_rows(profile: Profile, library: ContentLibrary) -> list[tuple[str, str]]:
    """(question, answer) pairs in the order the wizard asked them."""
    complaint = profile.complaint
    unit = labels.UNITS[profile.units]
    flags = [library.red_flags[flag].question for flag in profile.red_flags]
    rows = [
        ("Name", profile.name or "Not given"),
        ("Age", str(profile.age)),
        ("Warning signs", "\n".join(flags) or "None ticked"),
        ("Your calf", labels.KINDS[complaint.kind]),
    ]
    if complaint.kind is not ComplaintKind.none:
        since = short_date(complaint.since) if complaint.since else ""
        rows += [
            ("Which leg", labels.SIDES[complaint.side] if complaint.side else ""),
            ("Since", since),
            ("Pain now", f"{complaint.pain} out of 10"),
        ]
    rows += [
        ("Experience", labels.EXPERIENCE[profile.experience]),
        ("Running days", _listed(labels.DAYS[day][1] for day in profile.running_days)),
        ("Weekly distance", f"{show_number(profile.weekly_distance)} {unit}"),
        ("Foot lands on", labels.FOOT_STRIKE[profile.foot_strike]),
        ("Where you run", labels.TERRAIN[profile.terrain]),
        ("New lately", _listed(labels.CHANGES[c] for c in profile.recent_changes)),
        (
            "Shoes",
            f"{show_number(profile.shoes.distance)} {unit} run, "
            f"{profile.shoes.age_months} months old",
        ),
        ("Minutes a day", f"{profile.minutes_per_day} minutes"),
        ("Equipment", _listed(labels.EQUIPMENT[e] for e in profile.equipment)),
        ("Habits", _listed(labels.HABITS[h] for h in profile.habits)),
    ]
    return rows


class SummaryPage(IntakePage):
    """Builds the profile on arrival; Finish is allowed only when it is valid."""

    def __init__(
        self, library: ContentLibrary, build: Callable[[], Profile], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            "Check your answers",
            "Go back to change anything. Finish saves your answers and builds your plan.",
            parent,
        )
        self._library = library
        self._build = build
        self.profile: Profile | None = None
        self.recap = QLabel()
        self.recap.setObjectName("recap")
        self.recap.setAccessibleDescription("Your answers")
        self.recap.setWordWrap(True)
        show_rich(self.recap, selectable=True)
        self.urgent = QLabel(URGENT)
        self.urgent.setObjectName("summary_emergency")
        self.urgent.setWordWrap(True)
        self.urgent.hide()
        self.body.addWidget(self.urgent)
        self.problem = QLabel()
        show_plain(self.problem)  # messages echo what was typed
        self.problem.setObjectName("summary_message")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body.addWidget(self.problem)
        self.body.addWidget(self.recap)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        try:
            self.profile = self._build()
        except InputError as exc:
            self.profile = None
            self.problem.setText(f"Something in your answers needs fixing: {exc}")
            self.problem.setStyleSheet(f"color: {theme.danger()};")
            self.recap.clear()
        else:
            self.recap.setText(self._html(recap_rows(self.profile, self._library)))
        urgent = self.profile is not None and any(
            self._library.red_flags[flag].level is TriageLevel.emergency
            for flag in self.profile.red_flags
        )
        self.urgent.setStyleSheet(f"color: {theme.danger()}; font-weight: bold;")
        self.urgent.setVisible(urgent)
        self.problem.setVisible(self.profile is None)
        self.completeChanged.emit()

    @staticmethod
    def _html(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding: 3px 16px 3px 0'><b>{html.escape(question)}</b></td>"
            f"<td style='padding: 3px 0'>{html.escape(answer).replace(chr(10), '<br>')}</td></tr>"
            for question, answer in rows
        )
        return f"<table>{cells}</table>"

    def isComplete(self) -> bool:
        return self.profile is not None
