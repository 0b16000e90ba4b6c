"""The log's entry dialogs: a run, new shoes, retiring shoes, a pain score, a calf-raise test.

Each opens without blocking (``open_log_dialog``), checks every field as it
is typed and writes one entry to the log on Save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from calfcare.core.content.library import load_library
from calfcare.core.log.records import (
    MAX_DISTANCE,
    MAX_MINUTES,
    MAX_RAISES,
    MAX_SHOE_DISTANCE,
    PAIN_WHEN,
)
from calfcare.core.planning.history import PainWhen
from calfcare.core.units import to_metres
from calfcare.gui.intake.fields import NumberField
from calfcare.gui.log.form import (
    DateRow,
    EntryDialog,
    NameField,
    hint,
    note_field,
    number_field,
    open_dialog,
)
from calfcare.gui.shell.roles import Logbook
from calfcare.gui.widgets.pain_rule import PainRuleNote

SHOE_NAME_MAX = 60
WHEN_WORDS: dict[PainWhen, str] = {
    "during": "During a session or run",
    "after": "After a session or run",
    "morning": "In the morning",
}


def _units(store: Logbook) -> str:
    return store.profile.units.value if store.profile is not None else "km"


def _value(field: NumberField) -> float:
    value = field.value()
    assert value is not None  # Save is on only when every field is valid
    return float(value)


class RunDialog(EntryDialog):
    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(store, "Log a run", parent)
        units = _units(store)
        self.date = DateRow("date", store.today())
        self.distance = number_field(
            "distance", "Distance", 0, MAX_DISTANCE, whole=False, ask="How far?", unit=units
        )
        self.minutes = number_field(
            "minutes", "Minutes", 0, MAX_MINUTES, whole=False, ask="How long?", unit="min"
        )
        self.shoes = QComboBox()
        self.shoes.setObjectName("shoes")
        self.shoes.addItem("No shoes named", None)
        for pair in self.log.shoes():
            if not pair.retired:
                self.shoes.addItem(pair.name, pair.name)
        self.note = note_field()
        self.add_row("Date", self.date)
        self.add_row("Distance", self.distance)
        self.add_row("Time", self.minutes)
        self.add_row("Shoes", self.shoes)
        self.add_row("Note", self.note)

    def save(self) -> None:
        self.log.add_run(
            self.date.value(),
            to_metres(_value(self.distance), _units(self.store)),
            _value(self.minutes),
            self.shoes.currentData(),
            self.note.value() or "",
        )


class ShoesDialog(EntryDialog):
    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(store, "Add shoes", parent)
        taken = {pair.name for pair in self.log.shoes()}
        self.name = NameField("name", "Name", SHOE_NAME_MAX, taken)
        self.start_distance = number_field(
            "start_distance",
            "Distance on them",
            0,
            MAX_SHOE_DISTANCE,
            whole=False,
            ask="How far have they gone already?",
            unit=_units(store),
        )
        self.start_distance.set_value(0)
        self.started = DateRow("started", store.today())
        self.add_row("Name", self.name)
        self.add_row("Distance so far", self.start_distance)
        self.add_row("First worn", self.started)

    def save(self) -> None:
        metres = to_metres(_value(self.start_distance), _units(self.store))
        self.log.add_shoes(self.name.value(), metres, self.started.value())


class RetireShoesDialog(EntryDialog):
    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(store, "Retire shoes", parent)
        self.pair = QComboBox()
        self.pair.setObjectName("pair")
        for pair in self.log.shoes():
            if not pair.retired:
                self.pair.addItem(pair.name, pair.name)
        self.add_row("Pair", self.pair)
        if self.pair.count() == 0:
            self.form.addRow("", hint("No shoes in use: add a pair first."))
        self.update_ok()

    def ready(self) -> bool:
        return self.pair.count() > 0

    def save(self) -> None:
        self.log.retire_shoes(str(self.pair.currentData()))


class PainDialog(EntryDialog):
    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(store, "Log pain", parent)
        self.date = DateRow("date", store.today())
        self.when = QComboBox()
        self.when.setObjectName("when")
        for when in PAIN_WHEN:
            self.when.addItem(WHEN_WORDS[when], when)
        self.score = number_field(
            "score", "Pain", 0, 10, whole=True, ask="How much does it hurt? 0 = none, 10 = worst"
        )
        self.note = note_field()
        self.rule = PainRuleNote(load_library(), "during")
        self.add_row("Date", self.date)
        self.add_row("When", self.when)
        self.add_row("Pain", self.score)
        self.add_row("Note", self.note)
        self.form.addRow("", self.rule)
        self.score.changed.connect(self._show_meaning)
        self.when.currentIndexChanged.connect(self._show_meaning)

    def _show_meaning(self) -> None:
        """What the score typed means for next week, as the runner types it."""
        value = self.score.value()
        score = int(value) if value is not None and float(value).is_integer() else None
        self.rule.show_score(score, str(self.when.currentData()))

    def save(self) -> None:
        when: PainWhen = self.when.currentData()
        self.log.add_pain(self.date.value(), when, int(_value(self.score)), self.note.value() or "")


class RaiseTestDialog(EntryDialog):
    def __init__(self, store: Logbook, parent: QWidget | None = None) -> None:
        super().__init__(store, "Log a calf-raise test", parent)
        self.date = DateRow("date", store.today())
        ask = "Single-leg raises in a row"
        self.left = number_field("left", "Left", 0, MAX_RAISES, whole=True, ask=ask)
        self.right = number_field("right", "Right", 0, MAX_RAISES, whole=True, ask=ask)
        self.note = note_field()
        self.add_row("Date", self.date)
        self.add_row("Left leg", self.left)
        self.add_row("Right leg", self.right)
        self.add_row("Note", self.note)

    def save(self) -> None:
        self.log.add_raise_test(
            self.date.value(),
            int(_value(self.left)),
            int(_value(self.right)),
            self.note.value() or "",
        )


DIALOGS: dict[str, Callable[[Logbook, QWidget | None], EntryDialog]] = {
    "run": RunDialog,
    "shoes": ShoesDialog,
    "retire": RetireShoesDialog,
    "pain": PainDialog,
    "raise_test": RaiseTestDialog,
}


def open_log_dialog(kind: str, store: Logbook, parent: QWidget | None = None) -> EntryDialog:
    """Open the entry dialog for ``kind`` (a key of DIALOGS) without blocking."""
    return open_dialog(DIALOGS[kind](store, parent))
