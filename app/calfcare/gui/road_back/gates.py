"""The next stage's gates as a checklist, with a button to log what moves a gate."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfcare.core.journey.models import Gate
from calfcare.core.journey.road import RoadBack, gate_line
from calfcare.gui.shell import theme

MET, NOT_MET = "✓", "✗"
# The log entry that moves each gate, and the button's words.
ACTIONS: dict[str, tuple[str, str]] = {
    "raise_test": ("raise_test", "Log a raise test…"),
    "raise_balance": ("raise_test", "Log a raise test…"),
    "current_pain": ("morning_pain", "Log a morning score…"),
    "session_pain": ("pain", "Log pain…"),
}


class GateRow(QWidget):
    """A gate: met or not, its value against the target, and a button where one applies."""

    logRequested = Signal(str)  # what to log: a key of ACTIONS' kinds

    def __init__(self, gate: Gate, road: RoadBack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.mark = QLabel(MET if gate.met else NOT_MET)
        self.mark.setFixedWidth(self.fontMetrics().horizontalAdvance("✓✓") + 4)
        warn = "" if gate.met else f"color: {theme.warning()};"
        self.mark.setStyleSheet(f"{warn} font-weight: 700;")
        self.text = QLabel(gate_line(gate, road.raise_test))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setToolTip(gate.text)
        state = "met" if gate.met else "not met yet"
        self.text.setAccessibleName(f"{self.text.text()} ({state})")
        self.mark.setAccessibleName(f"{self.mark.text()} {state}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.button: QPushButton | None = None
        self.kind = ""
        action = ACTIONS.get(gate.id)
        if action is not None and not gate.met:
            self.kind, words = action
            self.button = QPushButton(words)
            self.button.setAccessibleName(words.rstrip("…"))
            self.button.clicked.connect(self._clicked)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def _clicked(self) -> None:
        self.logRequested.emit(self.kind)


class GateList(QWidget):
    """The gates of the stage after this one, rebuilt by ``show_road``."""

    logRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("What the next stage needs")
        self.rows: list[GateRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def show_road(self, road: RoadBack) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = [GateRow(gate, road) for gate in road.journey.gates]
        shown: set[str] = set()
        for row in self.rows:
            # One button per kind of entry: the raise test moves two gates at once.
            if row.button is not None and row.kind in shown:
                row.button.hide()
            elif row.button is not None:
                shown.add(row.kind)
            row.logRequested.connect(self.logRequested)
            self._layout.addWidget(row)
            row.show()  # now, not at the layout's next turn: the page reads them at once
