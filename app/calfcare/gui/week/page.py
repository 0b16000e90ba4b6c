"""The Week page: seven days side by side, with buttons to move a week at a time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.models import TriageLevel
from calfcare.core.planning.models import Session
from calfcare.core.week_text import KIND_WORDS, session_title
from calfcare.gui.shell import theme
from calfcare.gui.shell.roles import PlansAndLog
from calfcare.gui.week.model import (
    DateRole,
    DetailRole,
    IsTodayRole,
    SessionRole,
    Statuses,
    WeekModel,
    stage_changes,
)
from calfcare.gui.week.printing import WeekExporter
from calfcare.gui.widgets.dates import day_date, day_month
from calfcare.gui.widgets.fonts import scaled_font
from calfcare.gui.widgets.session_details import SessionDetailsDialog

Index = QModelIndex | QPersistentModelIndex

STOP_BANNER = (
    "Your answers include a warning sign, so this week holds no exercise. "
    "The Today page says what to do next."
)
NO_PLAN = "No plan yet. Answer the questions under My answers and your week will show up here."
PAD = 8


class SessionDelegate(QStyledItemDelegate):
    """Paints a session as a compact card: kind, time and minutes; tints today's column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect
        state = option.state
        if index.data(IsTodayRole):
            tint = QColor(theme.accent())
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
        session = index.data(SessionRole)
        if isinstance(session, Session):
            detail = str(index.data(DetailRole) or "")
            selected = bool(state & QStyle.StateFlag.State_Selected)
            self._paint_card(painter, option, session, detail, selected)
        painter.restore()

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        session: Session,
        detail: str,
        selected: bool,
    ) -> None:
        palette = option.palette
        card = QRectF(option.rect).adjusted(4, 4, -4, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.color(palette.ColorRole.Highlight if selected else palette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(palette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        painter.fillRect(
            QRectF(card.left() + 1, card.top() + 6, 3, card.height() - 12), QColor(theme.accent())
        )

        text_rect = card.adjusted(PAD + 2, PAD / 2, -PAD, -PAD / 2).toRect()
        title_font = scaled_font(option.font, 1.0, bold=True)
        painter.setFont(title_font)
        painter.setPen(palette.color(palette.ColorRole.Text))
        metrics = painter.fontMetrics()
        # Wrapped, not cut: "Ice, support, elevate" must read in full in a narrow column.
        title = title_lines(session_title(session), metrics, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        title_height = metrics.lineSpacing() * (title.count("\n") + 1)

        if detail:
            painter.setFont(option.font)
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            below = text_rect.adjusted(0, title_height, 0, 0)
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                painter.fontMetrics().elidedText(
                    detail, Qt.TextElideMode.ElideRight, below.width()
                ),
            )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance("Ice, support, elevate") // 2 + 2 * PAD
        lines = 1
        session = index.data(SessionRole)
        if isinstance(session, Session) and option.rect.width() > 0:
            bold = QFontMetrics(scaled_font(option.font, 1.0, bold=True))
            room = option.rect.width() - 3 * PAD - 10
            lines = title_lines(session_title(session), bold, room).count("\n") + 1
        return QSize(width, (lines + 1) * metrics.lineSpacing() + 2 * PAD + 8)


def title_lines(title: str, metrics: QFontMetrics, width: int) -> str:
    """``title`` broken at spaces into lines that fit ``width``; a word wider than that
    is the only thing ever cut."""
    lines: list[str] = []
    for word in title.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


def _nav_button(page: QWidget, text: str, keys: str, what: str) -> QPushButton:
    """A button with a page-wide shortcut, live only while the page is on show."""
    button = QPushButton(text)
    sequence = QKeySequence(keys)
    # A QShortcut fires at once; a button's own shortcut only animates a click later.
    shortcut = QShortcut(sequence, page)
    shortcut.activated.connect(button.click)
    button.setToolTip(f"{what} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
    button.setAccessibleName(what)
    return button


class WeekPage(QWidget):
    """Shows ``store.plan()``; the buttons move the store's week, and the page follows."""

    def __init__(self, store: PlansAndLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._dialog: SessionDetailsDialog | None = None

        self.previous = _nav_button(self, "‹ Previous week", "Alt+Left", "Show the previous week")
        self.this_week = _nav_button(self, "This week", "Alt+Home", "Back to the week from today")
        self.next = _nav_button(self, "Next week ›", "Alt+Right", "Show the next week")
        self.previous.clicked.connect(lambda: store.shift_week(-1))
        self.this_week.clicked.connect(store.back_to_today)
        self.next.clicked.connect(lambda: store.shift_week(1))
        self.range_label = QLabel()
        self.range_label.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.range_label.setAccessibleDescription("Week shown")
        bar = QHBoxLayout()
        bar.addWidget(self.range_label, 1)
        for button in (self.previous, self.this_week, self.next):
            bar.addWidget(button)

        self.exporter = WeekExporter(store, self)
        paper = QHBoxLayout()
        paper.addStretch(1)
        self.export_buttons: list[QPushButton] = []
        for action, text in zip(
            self.exporter.actions(),
            ("Print…", "Print preview…", "Export PDF…", "Export calendar…"),
            strict=True,
        ):
            button = QPushButton(text)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            paper.addWidget(button)
            self.export_buttons.append(button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("weekBanner")
        self.banner.setAccessibleDescription("Warning")

        self.model = WeekModel(self)
        self.view = QTableView()
        self.view.setAccessibleName("Sessions this week")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SessionDelegate(self.view))
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # No narrower than the longest word of a title: titles wrap, words are never cut.
        bold = QFontMetrics(scaled_font(self.view.font(), 1.0, bold=True))
        widest = max(bold.horizontalAdvance(w) for t in KIND_WORDS.values() for w in t.split())
        inner = 8 + 2 * PAD + 2  # the card's margins and its text's padding
        self.view.horizontalHeader().setMinimumSectionSize(max(60, widest + inner))
        self.view.clicked.connect(self.open_details)
        self.view.activated.connect(self.open_details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addLayout(paper)

        store.planChanged.connect(self.refresh)
        store.logChanged.connect(self.refresh)  # a tick or a played session shows at once
        store.profileChanged.connect(self.refresh)
        store.settingsChanged.connect(self.refresh)
        self.refresh()

    def dates(self) -> list[dt.date]:
        """The dates of the columns on show, left to right."""
        return [
            self.model.headerData(c, Qt.Orientation.Horizontal, DateRole)
            for c in range(self.model.columnCount())
        ]

    def _statuses(self, monday: dt.date) -> Statuses:
        """How each logged session of the week went, by (date, place in the day, kind)."""
        log = self.store.log
        if log is None:
            return {}
        return {
            (day.date, s.day_index, s.kind): s.status
            for day in log.days(monday, monday + dt.timedelta(days=7))
            for s in day.sessions
        }

    def refresh(self) -> None:
        plan = self.store.plan()
        start = self.store.week_start
        end = start + dt.timedelta(days=6)
        self.range_label.setText(f"{day_month(start)} – {day_date(end)}")
        before = self.store.plan_for(start - dt.timedelta(days=7)) if plan is not None else None
        self.model.set_plan(
            plan, self.store.today(), self._statuses(start), stage_changes(plan, before)
        )
        stopped = plan is not None and plan.triage.level is not TriageLevel.self_care
        if plan is None:
            self.banner.setText(NO_PLAN)
            self.banner.setStyleSheet("")
        elif stopped:
            self.banner.setText(STOP_BANNER)
            self.banner.setStyleSheet(
                f"QLabel#weekBanner {{ border: 2px solid {theme.warning()}; border-radius: 6px;"
                " padding: 8px; }"
            )
        self.banner.setVisible(plan is None or stopped)
        self.view.setVisible(plan is not None)
        self.view.viewport().update()

    def open_details(self, index: Index) -> SessionDetailsDialog | None:
        """Open the session under ``index``; one dialog at a time, reused for the same cell."""
        session = index.data(SessionRole)
        date = index.data(DateRole)
        plan = self.store.plan()
        if not isinstance(session, Session) or plan is None:
            return None
        if self._dialog is not None:
            if self._dialog.session is session and self._dialog.date == date:
                self._dialog.activateWindow()
                return self._dialog
            self._dialog.close()
        dialog = SessionDetailsDialog(self.store.library, session, date, plan.units, self)
        dialog.finished.connect(self._forget_dialog)
        # A bound method: PySide crashes deleting a dialog whose signal holds a partial or lambda.
        dialog.startRequested.connect(self._start_from_dialog)
        self._dialog = dialog
        dialog.open()
        return dialog

    def start_session(self, session: Session, date: dt.date) -> QWidget:
        """Open the player for ``session`` on ``date``."""
        from calfcare.gui.log.link import open_logged_player

        return open_logged_player(self.store, session, date, self)

    def _start_from_dialog(self) -> None:
        if self._dialog is not None:
            self.start_session(self._dialog.session, self._dialog.date)

    def _forget_dialog(self) -> None:
        self._dialog = None
