"""Settings: units, theme, cues, reminders and printing. Changes save at once."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfcare.core.profile import KM_PER_MILE, Profile, Shoes, Units
from calfcare.core.settings import Paper, Theme
from calfcare.gui.settings.reminders import ReminderSettings
from calfcare.gui.shell.roles import AnswersLogAndPreferences

THEME_WORDS = {Theme.system: "Follow the system", Theme.light: "Light", Theme.dark: "Dark"}
PAPER_WORDS = {
    Paper.auto: "As usual in my country (A4 or Letter)",
    Paper.a4: "A4",
    Paper.letter: "Letter",
}


def convert_units(profile: Profile, units: Units) -> Profile:
    """The same profile with its distances restated in ``units``."""
    if units is profile.units:
        return profile
    factor = 1 / KM_PER_MILE if units is Units.mi else KM_PER_MILE
    shoes = Shoes(
        distance=round(profile.shoes.distance * factor, 1), age_months=profile.shoes.age_months
    )
    return replace(
        profile,
        units=units,
        weekly_distance=round(profile.weekly_distance * factor, 1),
        shoes=shoes,
    )


class SettingsPage(QWidget):
    def __init__(self, store: AnswersLogAndPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        title = QLabel("Settings")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")

        self.units = QComboBox()
        self.units.setObjectName("units")
        self.units.setAccessibleName("Distance units")
        self.units.addItem("Kilometres", Units.km.value)
        self.units.addItem("Miles", Units.mi.value)

        self.theme_group = QButtonGroup(self)
        theme_row = QHBoxLayout()
        self.theme_buttons: dict[Theme, QRadioButton] = {}
        for theme in Theme:
            button = QRadioButton(THEME_WORDS[theme])
            button.setObjectName(f"theme_{theme.value}")
            button.setAccessibleName(f"Theme: {THEME_WORDS[theme]}")
            self.theme_group.addButton(button)
            self.theme_buttons[theme] = button
            theme_row.addWidget(button)
        theme_row.addStretch(1)

        self.sound = QCheckBox("Short sounds at each change and in the last three seconds")
        self.sound.setObjectName("sound_cues")
        self.voice = QCheckBox("Spoken cues, such as \u201cswitch to your right leg\u201d")
        self.voice.setObjectName("voice_cues")
        self.get_ready = QSpinBox()
        self.get_ready.setObjectName("get_ready_seconds")
        self.get_ready.setAccessibleName("Get-ready countdown in seconds")
        self.get_ready.setRange(0, 30)
        self.get_ready.setSuffix(" s")
        self.reminders = ReminderSettings(self)

        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.setAccessibleName("Paper size for the printed week")
        for paper, words in PAPER_WORDS.items():
            self.paper.addItem(words, paper.value)
        self.print_pictures = QCheckBox("Exercise pictures on the printed week")
        self.print_pictures.setObjectName("print_pictures")
        self.import_shoes = QComboBox()
        self.import_shoes.setObjectName("import_shoes")
        self.import_shoes.setAccessibleName("Shoes for imported runs")
        self.import_shoes.setToolTip(
            "Runs imported from watch files count toward this pair's distance"
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("Distance units", self.units)
        form.addRow("Theme", theme_row)
        form.addRow("Cues", self.sound)
        form.addRow("", self.voice)
        form.addRow("Get-ready countdown", self.get_ready)
        form.addRow("Reminders", self.reminders.enabled)
        form.addRow("", self.reminders.icing)
        form.addRow("", self.reminders.routine_row)
        form.addRow("", self.reminders.checkin_row)
        form.addRow("Closing the window", self.reminders.keep_in_tray)
        form.addRow("", self.reminders.hint)
        form.addRow("Paper size", self.paper)
        form.addRow("", self.print_pictures)
        form.addRow("Shoes for imported runs", self.import_shoes)

        # The settings scroll rather than clip on a small screen or at 200%.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("settingsScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body_scroll)

        self._load()
        self.units.currentIndexChanged.connect(self._units_changed)
        self.theme_group.buttonClicked.connect(lambda _b: self._save())
        for box in (self.sound, self.voice, self.print_pictures):
            box.toggled.connect(lambda _on: self._save())
        self.paper.currentIndexChanged.connect(lambda _i: self._save())
        self.reminders.changed.connect(self._save)
        self.get_ready.valueChanged.connect(lambda _v: self._save())
        self.import_shoes.currentIndexChanged.connect(lambda _i: self._save())
        store.profileChanged.connect(self._load)
        store.logChanged.connect(self._load_shoes)

    def _load(self) -> None:
        settings = self.store.settings
        profile = self.store.profile
        self.units.blockSignals(True)
        self.units.setEnabled(profile is not None)
        units = profile.units if profile else Units.km
        self.units.setCurrentIndex(self.units.findData(units.value))
        self.units.blockSignals(False)
        self.theme_buttons[settings.theme].setChecked(True)
        self.get_ready.blockSignals(True)
        self.get_ready.setValue(settings.get_ready_seconds)
        self.get_ready.blockSignals(False)
        self.paper.blockSignals(True)
        self.paper.setCurrentIndex(self.paper.findData(settings.paper.value))
        self.paper.blockSignals(False)
        for box, value in (
            (self.sound, settings.sound_cues),
            (self.voice, settings.voice_cues),
            (self.print_pictures, settings.print_pictures),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.reminders.load(settings)
        self._load_shoes()

    def _load_shoes(self) -> None:
        """None, or one of the pairs in use; a pair since retired is still shown as chosen."""
        chosen = self.store.settings.import_shoes
        log = self.store.log
        names = [p.name for p in log.shoes() if not p.retired or p.name == chosen] if log else []
        self.import_shoes.blockSignals(True)
        self.import_shoes.clear()
        self.import_shoes.addItem("None", None)
        for name in names:
            self.import_shoes.addItem(name, name)
        self.import_shoes.setCurrentIndex(max(0, self.import_shoes.findData(chosen)))
        self.import_shoes.setEnabled(log is not None)
        self.import_shoes.blockSignals(False)

    def _save(self) -> None:
        theme = next(t for t, b in self.theme_buttons.items() if b.isChecked())
        self.store.set_settings(
            self.store.settings.with_changes(
                theme=theme,
                sound_cues=self.sound.isChecked(),
                voice_cues=self.voice.isChecked(),
                get_ready_seconds=self.get_ready.value(),
                paper=Paper(self.paper.currentData()),
                print_pictures=self.print_pictures.isChecked(),
                import_shoes=self.import_shoes.currentData(),
                **self.reminders.values(),
            )
        )

    def _units_changed(self) -> None:
        profile = self.store.profile
        if profile is not None:
            self.store.set_profile(convert_units(profile, Units(self.units.currentData())))
