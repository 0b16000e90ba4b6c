"""One planned session drawn as a card: what, when, why, the exercises, Start and Done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import Item, Session, SessionKind
from calfcare.core.week_text import KIND_WORDS, dosage_text
from calfcare.gui.shell import theme
from calfcare.gui.widgets.fonts import scaled_font
from calfcare.gui.widgets.qt_by_name import show_plain

# Sessions you read or rest through rather than do.
QUIET_KINDS = frozenset({SessionKind.education, SessionKind.rest})


def session_heading(session: Session) -> str:
    """'08:00 · Ice, support, elevate · 20 min', 'Strength · 16 min', 'Rest'."""
    parts = [KIND_WORDS[session.kind]]
    if session.at:
        parts.insert(0, session.at)
    if session.minutes and session.kind not in QUIET_KINDS:
        parts.append(f"{session.minutes} min")
    return " · ".join(parts)


def side_words(item: Item, *, spelled_out: bool = False) -> str:
    """Which leg; 'both' stays unsaid on a card because the dosage says 'each side'."""
    if item.side is None:
        return ""
    if item.side == "both":
        return "both sides" if spelled_out else ""
    return f"{item.side} side only"


def item_line(item: Item, units: str) -> str:
    """'Single-leg calf raise: 3 x 10 reps, each side, 2 s up, 2 s down'."""
    details = [d for d in (dosage_text(item, units), side_words(item)) if d]
    return item.name + (f": {', '.join(details)}" if details else "")


def card_style(name: str) -> str:
    """A rounded frame in palette colours with the accent down the left edge."""
    return (
        f"QFrame#{name} {{ background: palette(base); border: 1px solid palette(mid);"
        f" border-left: 4px solid {theme.accent()}; border-radius: 8px; }}"
    )


class SessionCard(QFrame):
    """Emits ``startRequested`` for Start (or Read more) and ``doneToggled`` for Done."""

    startRequested = Signal()
    doneToggled = Signal(bool)

    def __init__(
        self,
        library: ContentLibrary,
        session: Session,
        units: str,
        *,
        done: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("sessionCard")
        self.setStyleSheet(card_style("sessionCard"))
        self.setAccessibleName(session_heading(session))

        self.title = QLabel(session_heading(session))
        self.title.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.title.setWordWrap(True)
        self.why = QLabel(session.why)
        self.why.setWordWrap(True)
        self.why.setAccessibleDescription("Why this session")
        self.why.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.why)
        self.item_labels: list[QLabel] = []
        for item in session.items:
            if session.kind is SessionKind.rest and not item.notes:
                continue
            label = self._item_label(library, item, units)
            self.item_labels.append(label)
            layout.addWidget(label)

        self.start: QPushButton | None = None
        self.done: QCheckBox | None = None
        if session.kind is SessionKind.rest:
            return
        row = QHBoxLayout()
        if session.kind is SessionKind.education:
            self.start = QPushButton("Read more")
            self.start.setToolTip("Open the tips in full, with their sources")
        else:
            self.start = QPushButton("Start")
            self.start.setToolTip("Open the steps for each exercise")
        # Named with the time too: four icing sessions must not all read "Start: Ice".
        spoken = KIND_WORDS[session.kind] + (f" at {session.at}" if session.at else "")
        self.start.setAccessibleName(f"{self.start.text()}: {spoken}")
        self.start.clicked.connect(self.startRequested)
        self.done = QCheckBox("Done")
        self.done.setAccessibleName(f"Done: {spoken}")
        self.done.setChecked(done)
        self.done.toggled.connect(self.doneToggled)
        row.addWidget(self.start)
        row.addStretch(1)
        row.addWidget(self.done)
        layout.addLayout(row)

    def _item_label(self, library: ContentLibrary, item: Item, units: str) -> QLabel:
        exercise = library.exercises.get(item.exercise)
        if self.session.kind is SessionKind.education and exercise is not None:
            label = QLabel(f"Tip – {item.name}: {exercise.summary}")
        elif self.session.kind is SessionKind.rest:
            label = QLabel("\n".join(item.notes))
        else:
            text = "• " + item_line(item, units)
            if item.notes:
                text += "\n   " + "\n   ".join(item.notes)
            label = QLabel(text)
        label.setWordWrap(True)
        show_plain(label)
        return label
