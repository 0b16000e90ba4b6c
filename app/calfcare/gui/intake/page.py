"""The base of every intake page: a scrolling body, typed fields and when Next is allowed."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from calfcare.core.profile import Profile
from calfcare.gui.intake.fields import TypedField

F = TypeVar("F", bound=TypedField)


class IntakePage(QWizardPage):
    """One topic of the intake. Next stays disabled while any typed field is invalid."""

    def __init__(self, title: str, subtitle: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._fields: list[TypedField] = []
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setSpacing(10)
        # Long pages (and 200% scaling) must scroll rather than push the wizard off screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def track(self, field: F) -> F:
        self._fields.append(field)
        field.changed.connect(self.completeChanged)
        return field

    def problems(self) -> list[str]:
        """What stops the runner going on, in the words shown next to the fields."""
        return [problem for field in self._fields if (problem := field.problem()) is not None]

    def isComplete(self) -> bool:
        return not self.problems()

    def fill(self, profile: Profile) -> None:
        """Show ``profile``'s answers for this page."""

    def answers(self) -> dict[str, Any]:
        """This page's part of the profile, as model_validate expects it."""
        return {}
