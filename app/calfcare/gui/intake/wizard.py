"""The intake wizard: six pages that turn the runner's answers into a validated Profile."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from calfcare.core.content.library import ContentLibrary
from calfcare.core.profile import Experience, Profile, check_profile
from calfcare.gui.intake.complaint_page import ComplaintPage
from calfcare.gui.intake.flags_page import FlagsPage
from calfcare.gui.intake.page import IntakePage
from calfcare.gui.intake.running_page import RunningPage
from calfcare.gui.intake.summary_page import SummaryPage
from calfcare.gui.intake.time_page import TimePage
from calfcare.gui.intake.welcome_page import WelcomePage
from calfcare.gui.widgets.questions import OneQuestion, question_box
from calfcare.gui.widgets.screen_fit import open_fitted


class IntakeWizard(QWizard):
    """Asks the intake questions; pre-filled from ``profile`` when editing answers."""

    def __init__(
        self,
        library: ContentLibrary,
        profile: Profile | None,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWizard")
        self.setWindowTitle(
            "Set up" if profile is None else "Edit my answers"
        )  # "— CalfCare" by Qt
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcome = WelcomePage()
        self.flags = FlagsPage(library)
        self.complaint = ComplaintPage(today)
        self.running = RunningPage()
        self.time = TimePage()
        self.summary = SummaryPage(library, self.build_profile)
        self._questions: tuple[IntakePage, ...] = (
            self.welcome,
            self.flags,
            self.complaint,
            self.running,
            self.time,
        )
        for page in (*self._questions, self.summary):
            self.addPage(page)
        self._summary_id = self.pageIds()[-1]
        self._flags_id = self.pageIds()[1]
        self._editing = profile is not None
        if profile is not None:
            for page in self._questions:
                page.fill(profile)
        self._as_saved = self.answers()  # what Cancel would throw away is any change from it
        self._accepted: Profile | None = None
        self._leave_question = OneQuestion(self._leave_answered)
        # Sized in text units so the wizard grows with the font, but never past the screen
        # (1920x1080 at 200% is 960x540): the pages scroll, Next and Cancel stay in reach.
        metrics = self.fontMetrics()
        open_fitted(self, QSize(metrics.averageCharWidth() * 105, metrics.height() * 40))

    def set_notice(self, text: str) -> None:
        """Show ``text`` at the top of the first page (e.g. saved answers were unreadable)."""
        self.welcome.set_notice(text)

    def nextId(self) -> int:
        # An emergency sign ends the questions: running, shoes and kit can wait.
        if self.currentId() == self._flags_id and self.flags.emergency():
            return self._summary_id
        return super().nextId()

    def answers(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.flags.emergency() and not self._editing:
            # Only the pages asked so far; the rest stays at the conservative defaults.
            asked: tuple[IntakePage, ...] = (self.welcome, self.flags)
            for page in asked:
                data.update(page.answers())
            data["experience"] = self.running.chosen_experience() or Experience.new
            return data
        for page in self._questions:
            data.update(page.answers())
        return data

    def build_profile(self) -> Profile:
        """The profile the answers describe; InputError names the field that is wrong."""
        return check_profile(self.answers(), source="Your answers")

    def result_profile(self) -> Profile | None:
        """The validated profile once the wizard was accepted, else None."""
        return self._accepted

    def accept(self) -> None:
        if self.summary.profile is None:
            return
        self._accepted = self.summary.profile
        super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the window's close. When answers would be lost (a first run
        past its first page, or changed answers), ask first."""
        if self._editing:
            lose = self.answers() != self._as_saved
            words = (
                "Discard your changes?",
                "Discard the changes to your answers?",
                "Your saved answers and your plan stay as they were.",
                ("Discard", "Keep editing"),
            )
        else:
            lose = len(self.visitedIds()) > 1
            words = (
                "Leave the setup?",
                "Leave the setup now?",
                "Your answers so far are not kept, and CalfCare closes: it needs them to "
                "plan your week.",
                ("Leave", "Keep answering"),
            )
        if not lose:
            super().reject()
            return
        if self._leave_question.is_open():
            return
        title, question, consequence, (go, stay) = words
        box = question_box(self, title, question, consequence, yes=go, no=stay)
        box.setObjectName("leaveSetup")
        self._leave_question.ask(box)

    def _leave_answered(self, leave: bool) -> None:
        if leave:
            super().reject()

    def done(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted:
            self._accepted = None
        super().done(result)
