"""The Today page: today's sessions as cards, or the warning message when triage says stop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.models import TriageLevel
from calfcare.core.errors import InputError
from calfcare.core.log import LogError, done_ticks
from calfcare.core.planning.models import Day, Session, SessionKind, WeekPlan
from calfcare.core.wording import DISCLAIMER, GET_IT_CHECKED
from calfcare.gui.log.checkin import MorningCheckIn
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import Everything
from calfcare.gui.today.road_line import RoadLine, StageBanner
from calfcare.gui.today.triage_view import TriageView
from calfcare.gui.widgets.dates import long_date
from calfcare.gui.widgets.fonts import scaled_font
from calfcare.gui.widgets.qt_by_name import show_plain
from calfcare.gui.widgets.session_card import SessionCard

if TYPE_CHECKING:
    from calfcare.gui.player.window import PlayerWindow
    from calfcare.gui.widgets.session_details import SessionDetailsDialog

NOT_A_CLINICIAN = f"{DISCLAIMER} {GET_IT_CHECKED}"
REST_DAY = (
    "Today is a rest day. Nothing to do but let your calves recover: "
    "rest is part of the plan, not a break from it."
)
NO_LOG_TICK = "Your progress log could not be opened, so ticks cannot be kept this time."
WELCOME = (
    "Answer a few questions about your calves and your running (under My answers), "
    "and your plan for today will show up here."
)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    show_plain(label)
    return label


class TodayPage(QWidget):
    """Rebuilds itself whenever the plan, the profile or the theme changes."""

    pageRequested = Signal(str)  # the main window shows the page with this key

    def __init__(
        self,
        store: Everything,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        # The check-in's clock follows the store's day, so tests can fix both.
        self._now = now or (lambda: dt.datetime.combine(store.today(), dt.datetime.now().time()))
        self.write_problem: str | None = None
        self.cards: list[SessionCard] = []
        self._shown: tuple[WeekPlan | None, str] | None = None

        self.empty = self._build_empty()
        self.triage = TriageView(store.library)
        self.triage.editAnswers.connect(self._edit_answers)
        self.day_view = self._build_day_view()
        self.stack = QStackedWidget()
        for page in (self.empty, self.triage, self.day_view):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        store.planChanged.connect(self.refresh)
        store.profileChanged.connect(self.refresh)
        store.settingsChanged.connect(self.refresh)
        store.logChanged.connect(self.check_in.refresh)
        self.refresh()

    # Building ----------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = QWidget()
        title = _wrapped("Welcome to CalfCare")
        title.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.empty_text = _wrapped(WELCOME)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(title)
        layout.addWidget(self.empty_text)
        layout.addStretch(1)
        return page

    def _build_day_view(self) -> QScrollArea:
        inner = QWidget()
        self.date_label = _wrapped()
        self.date_label.setFont(scaled_font(self.font(), 1.6, bold=True))
        self.road_line = RoadLine()
        self.road_line.clicked.connect(self.open_road_back)
        self.stage_banner = StageBanner(self.store.paths.qt_settings)
        self.phase_label = _wrapped()
        self.note_label = _wrapped(NOT_A_CLINICIAN)
        self.note_label.setAccessibleDescription("Safety note")
        self.note_label.setStyleSheet("color: palette(placeholder-text);")
        self.problem_label = _wrapped()
        self.rest_label = _wrapped(REST_DAY)
        self.rest_label.setFont(scaled_font(self.font(), 1.1))
        self.check_in = MorningCheckIn(self.store, self._now)
        self.check_in_saved = _wrapped()
        self.check_in_saved.setObjectName("checkInSaved")
        self.check_in_saved.hide()
        self.check_in.saved.connect(self._check_in_saved)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(12)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        for label in (
            self.date_label,
            self.road_line,
            self.stage_banner,
            self.phase_label,
            self.note_label,
            self.problem_label,
        ):
            layout.addWidget(label)
        layout.addWidget(self.check_in)
        layout.addWidget(self.check_in_saved)
        layout.addWidget(self.rest_label)
        layout.addLayout(self.cards_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _check_in_saved(self, score: int) -> None:
        """Say the answer was kept, where the question was (it hides once answered)."""
        self.check_in_saved.setText(
            f"Saved: your calf at {score} out of 10 this morning. Progress shows it with the "
            "others, and it shapes next week's plan."
        )
        self.check_in_saved.show()

    # Showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.store.today()
        plan = self.store.plan_for(today)
        # Week browsing also emits planChanged; today's cards stay as they are then.
        if self._shown is not None and self._shown[0] is plan and self._shown[1] == theme.current():
            return
        self._shown = (plan, theme.current())
        if plan is None:
            self.empty_text.setText(" ".join(filter(None, [self.store.profile_problem, WELCOME])))
            self.stack.setCurrentWidget(self.empty)
            self._clear_cards()
        elif plan.triage.level is not TriageLevel.self_care:
            self._clear_cards()
            self.triage.show_triage(plan.triage)
            self.stack.setCurrentWidget(self.triage)
        else:
            day = next((d for d in plan.days if d.date == today), None)
            self._show_day(plan, day)
            self.stack.setCurrentWidget(self.day_view)

    def _show_day(self, plan: WeekPlan, day: Day | None) -> None:
        today = self.store.today()
        self.date_label.setText(long_date(today))
        road = self.store.road_back()
        self.road_line.setVisible(road is not None)
        if road is not None:
            self.road_line.show_road(road)
        self.stage_banner.show_road(road)
        self.phase_label.setText(plan.phase_summary)
        store = self.store
        said = [self.write_problem or store.log_problem, store.settings_problem]
        problem = " ".join(p for p in said if p)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        sessions = day.sessions if day is not None else []
        resting = all(s.kind in (SessionKind.rest, SessionKind.education) for s in sessions)
        self.rest_label.setVisible(resting)
        self._clear_cards()
        # The week's tips sit on its first day; keep them in view on the other days too.
        entries = [(today, i, s) for i, s in enumerate(sessions)]
        first = plan.days[0]
        if day is not None and day.date != first.date:
            tips = [
                (first.date, i, s)
                for i, s in enumerate(first.sessions)
                if s.kind is SessionKind.education
            ]
            entries = tips + entries
        log = self.store.log
        ticked = {
            d: done_ticks.ticked_on(log, d) if log else set() for d in {e[0] for e in entries}
        }
        for date, index, session in entries:
            card = SessionCard(
                self.store.library,
                session,
                plan.units,
                done=(index, session.kind.value) in ticked[date],
            )
            card.startRequested.connect(lambda s=session, d=date: self.start_session(s, d))
            card.doneToggled.connect(
                lambda done, d=date, i=index, k=session.kind: self.set_done(d, i, k, done)
            )
            if card.done is not None and log is None:
                card.done.setEnabled(False)
                card.done.setToolTip(NO_LOG_TICK)
            self.cards_box.addWidget(card)
            self.cards.append(card)

    def _clear_cards(self) -> None:
        for card in self.cards:
            # Unparent now so the old cards are gone at once, not at the next event loop turn.
            card.setParent(None)
            card.deleteLater()
        self.cards = []

    # Actions -----------------------------------------------------------------------

    def set_done(self, date: dt.date, index: int, kind: SessionKind, done: bool) -> None:
        """Tick or untick a session in the log; the page rebuilds once the tick has landed."""
        log = self.store.log
        if log is None:
            return
        try:
            done_ticks.set_done(log, date, index, kind, done)
        except (LogError, InputError) as exc:
            self.write_problem = f"That tick could not be saved to your progress log: {exc}"
        # Not now: the plans (and these cards) are rebuilt, and the tick is still sending.
        QTimer.singleShot(0, self.store.log_changed)

    def start_session(self, session: Session, date: dt.date) -> PlayerWindow | SessionDetailsDialog:
        """Start plays the session; tips, and sessions with nothing to time, open in full."""
        # Imported on use: the player brings in multimedia, which the app need not load at start.
        from calfcare.gui.log.link import open_logged_player
        from calfcare.gui.player.view import playable

        library = self.store.library
        if session.kind is SessionKind.education or not playable(session, library):
            return self.open_details(session)
        return open_logged_player(self.store, session, date, self)

    def open_details(self, session: Session) -> SessionDetailsDialog:
        from calfcare.gui.widgets.session_details import (
            SessionDetailsDialog,  # on use, off start-up
        )

        plan = self.store.plan_for(self.store.today())
        units = plan.units if plan is not None else "km"
        dialog = SessionDetailsDialog(self.store.library, session, self.store.today(), units, self)
        dialog.open()
        return dialog

    def open_road_back(self) -> None:
        self.pageRequested.emit("road_back")

    def _edit_answers(self) -> None:
        from calfcare.gui.intake.edit import open_edit_answers  # the intake loads on use

        open_edit_answers(self.store, self)
