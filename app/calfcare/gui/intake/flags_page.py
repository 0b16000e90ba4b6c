"""Page 2: the warning signs, asked before anything else, most urgent first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.profile import Profile
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.widgets import WrappedCheck, chain_focus, paragraph, tick, ticked
from calfcare.gui.shell import theme

LEAD = "Tick any that apply. If none apply, go on."
TICKED = (
    "You ticked a warning sign. CalfCare will tell you what care to look for instead of "
    "planning exercise, so a doctor or physiotherapist can check your leg first."
)
EMERGENCY = (
    "One of these can be a sign of a blood clot. Please get emergency care now: call your "
    "local emergency number or go to an emergency department."
)


class FlagsPage(IntakePage):
    def __init__(self, library: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(
            "Warning signs first",
            "Some calf pain needs a clinician rather than a plan.",
            parent,
        )
        self._before: list[str] = []
        lead = paragraph(LEAD)
        lead.setObjectName("flags_lead")
        self.body.addWidget(lead)
        # Emergencies first; otherwise keep the order the content gives.
        flags = sorted(
            library.red_flags.values(), key=lambda flag: flag.level is not TriageLevel.emergency
        )
        self._levels = {flag.id: flag.level for flag in flags}
        self.boxes: dict[str, QCheckBox] = {}
        for flag in flags:
            row = WrappedCheck(f"flag_{flag.id}", flag.question, flag.looks_like)
            self.boxes[flag.id] = row.box
            row.box.toggled.connect(self._show_advice)
            self.body.addWidget(row)
        self.advice = QLabel()
        self.advice.setObjectName("flags_advice")
        self.advice.setWordWrap(True)
        self.advice.setAccessibleDescription("What your ticks mean")
        self.advice.hide()
        self.body.addWidget(self.advice)
        self.body.addStretch(1)
        chain_focus(list(self.boxes.values()))

    def emergency(self) -> bool:
        """True when a ticked sign needs emergency care: the intake goes straight to the end."""
        return any(self._levels[flag] is TriageLevel.emergency for flag in ticked(self.boxes))

    def _show_advice(self) -> None:
        chosen = ticked(self.boxes)
        urgent = self.emergency()
        self.advice.setText(EMERGENCY if urgent else TICKED)
        colour = theme.danger() if urgent else theme.warning()
        self.advice.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.advice.setVisible(bool(chosen))

    def fill(self, profile: Profile) -> None:
        self._before = list(profile.red_flags)
        tick(self.boxes, profile.red_flags)

    def answers(self) -> dict[str, Any]:
        return {"red_flags": ticked(self.boxes, self._before)}
