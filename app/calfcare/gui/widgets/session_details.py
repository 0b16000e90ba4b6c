"""A window with everything about one session: how to do each exercise, and why."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session
from calfcare.core.week_text import dosage_text
from calfcare.gui.player.view import playable
from calfcare.gui.widgets.dates import day_month, long_date
from calfcare.gui.widgets.session_card import QUIET_KINDS, session_heading, side_words


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _list(title: str, lines: list[str], tag: str = "ul") -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{_esc(line)}</li>" for line in lines)
    return f"<p><b>{_esc(title)}</b></p><{tag}>{items}</{tag}>"


def item_html(library: ContentLibrary, item: Item, units: str) -> str:
    """One exercise: dosage, side, tempo, steps, cautions, notes and sources."""
    exercise = library.exercises.get(item.exercise)
    facts = [
        ("How much", dosage_text(item, units)),
        ("Side", side_words(item, spelled_out=True)),
        ("Tempo", item.tempo or ""),
    ]
    parts = [f"<h3>{_esc(item.name)}</h3>"]
    parts += [f"<p><b>{name}:</b> {_esc(value)}</p>" for name, value in facts if value]
    if exercise is not None:
        parts.append(f"<p>{_esc(exercise.summary)}</p>")
        parts.append(_list("How to do it", exercise.steps_for(item.distance), "ol"))
        parts.append(_list("Take care", exercise.cautions))
    parts.append(_list("For you", item.notes))
    sources = [library.section_title(c) for c in item.sources]
    if sources:
        parts.append(f"<p><small>Sources: {_esc('; '.join(sources))}</small></p>")
    return "".join(parts)


def session_html(library: ContentLibrary, session: Session, date: dt.date, units: str) -> str:
    head = f"<h2>{_esc(session_heading(session))}</h2><p>{long_date(date)}</p>"
    why = f"<p><i>{_esc(session.why)}</i></p>"
    return head + why + "<hr>".join(item_html(library, i, units) for i in session.items)


class SessionDetailsDialog(QDialog):
    """Non-blocking: call ``open()``; the window deletes itself when closed.

    Sessions to do (not tips or rest) get a Start button: it closes the window
    and emits ``startRequested``.
    """

    startRequested = Signal()

    def __init__(
        self,
        library: ContentLibrary,
        session: Session,
        date: dt.date,
        units: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.date = date
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"{session_heading(session)} – {day_month(date)}")
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Session details")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(session_html(library, session, date, units))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.start: QPushButton | None = None
        if session.kind not in QUIET_KINDS and playable(session, library):
            self.start = QPushButton("Start")
            self.start.setToolTip("Play this session with a timer")
            buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.accepted.connect(self._start)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 40)

    def _start(self) -> None:
        self.startRequested.emit()
        self.accept()

    def text(self) -> str:
        """What the window says, as plain text."""
        return self.browser.toPlainText()
