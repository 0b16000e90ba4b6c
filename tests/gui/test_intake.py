"""The intake wizard, driven with real key presses and clicks from Welcome to Finish."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSlider,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.content.models import TriageLevel
from calfcare.core.profile import Experience, Profile, load_profile
from calfcare.core.validation import validate
from calfcare.gui.intake.edit import open_edit_answers
from calfcare.gui.shell import theme
from calfcare.gui.shell.store import PlanStore

from driving import (
    FINISH,
    LEFT,
    NEXT,
    answer_required,
    child,
    click,
    finish,
    go_next,
    make_wizard,
    open_question,
    press_down,
    retype,
)
from support import MONDAY, make_profile

# The whole wizard ------------------------------------------------------------------


def test_typed_answers_become_the_profile(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    assert wizard.result_profile() is None

    # Welcome
    child(wizard, QLineEdit, "name").setFocus()
    qtbot.keyClicks(child(wizard, QLineEdit, "name"), "  Alex ")
    qtbot.keyClick(child(wizard, QLineEdit, "name"), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: child(wizard, QLineEdit, "age").hasFocus())
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "38")
    go_next(qtbot, wizard)

    # Warning signs: none apply
    go_next(qtbot, wizard)

    # The complaint
    since = child(wizard, QDateEdit, "since")
    assert not since.isEnabled()
    click(qtbot, child(wizard, QAbstractButton, "kind_tightness"))
    assert since.isEnabled()
    assert not wizard.button(NEXT).isEnabled()  # which leg is not answered yet
    assert child(wizard, QLabel, "side_message").isVisible()
    click(qtbot, child(wizard, QAbstractButton, "side_right"))
    assert wizard.button(NEXT).isEnabled()
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Down)  # one day back
    pain = child(wizard, QSlider, "pain")
    pain.setFocus()
    for _ in range(4):
        qtbot.keyClick(pain, Qt.Key.Key_Right)
    assert child(wizard, QLabel, "pain_value").text() == "4 out of 10"
    go_next(qtbot, wizard)

    # Running
    assert not wizard.button(NEXT).isEnabled()  # experience has no default
    press_down(qtbot, child(wizard, QComboBox, "experience"), 2)
    for day in ("tue", "thu", "sat"):
        qtbot.mouseClick(child(wizard, QAbstractButton, f"day_{day}"), LEFT)
    retype(qtbot, child(wizard, QLineEdit, "weekly_distance"), "25.5")
    press_down(qtbot, child(wizard, QComboBox, "units"), 1)
    press_down(qtbot, child(wizard, QComboBox, "foot_strike"), 1)
    press_down(qtbot, child(wizard, QComboBox, "terrain"), 1)
    click(qtbot, child(wizard, QAbstractButton, "change_hills"))
    click(qtbot, child(wizard, QAbstractButton, "change_more_distance"))
    retype(qtbot, child(wizard, QLineEdit, "shoe_distance"), "300")
    retype(qtbot, child(wizard, QLineEdit, "shoe_months"), "5")
    go_next(qtbot, wizard)

    # Time and equipment
    retype(qtbot, child(wizard, QLineEdit, "minutes_per_day"), "35")
    for item in ("wall", "step", "resistance_band"):
        click(qtbot, child(wizard, QAbstractButton, f"equipment_{item}"))
    click(qtbot, child(wizard, QAbstractButton, "habit_warm_up"))
    go_next(qtbot, wizard)

    # Summary
    recap = child(wizard, QLabel, "recap").text()
    for shown in (
        "Alex",
        "38",
        "Tightness",
        "Right leg",
        "4 out of 10",
        "25.5 miles",
        "Tuesday, Thursday, Saturday",
        "35 minutes",
        "A resistance band",
    ):
        assert shown in recap
    finish(qtbot, wizard)

    expected = validate(
        Profile,
        {
            "name": "Alex",
            "age": 38,
            "units": "mi",
            "experience": "returning",
            "running_days": ["tue", "thu", "sat"],
            "weekly_distance": 25.5,
            "foot_strike": "forefoot",
            "terrain": "hilly",
            "recent_changes": ["more_distance", "hills"],
            "shoes": {"distance": 300, "age_months": 5},
            "equipment": ["step", "wall", "resistance_band"],
            "minutes_per_day": 35,
            "habits": ["warm_up"],
            "complaint": {
                "kind": "tightness",
                "side": "right",
                "since": MONDAY - dt.timedelta(days=1),
                "pain": 4,
            },
        },
    )
    assert wizard.result_profile() == expected


def test_a_ticked_warning_sign_ends_in_the_profile(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "52")
    go_next(qtbot, wizard)

    emergencies = [f.id for f in library.red_flags.values() if f.level is TriageLevel.emergency]
    boxes = [
        b
        for b in wizard.currentPage().findChildren(QAbstractButton)
        if b.objectName().startswith("flag_")
    ]
    assert {b.objectName() for b in boxes} == {f"flag_{f}" for f in library.red_flags}
    assert boxes[0].objectName() == f"flag_{emergencies[0]}"  # most urgent first
    assert boxes[0].accessibleName() == library.red_flags[emergencies[0]].question

    qtbot.mouseClick(boxes[0], LEFT)
    advice = child(wizard, QLabel, "flags_advice")
    assert advice.isVisible()
    assert "emergency" in advice.text()
    # Straight to the end: no questions about running, shoes or kit before the help.
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary
    urgent = child(wizard, QLabel, "summary_emergency")
    assert urgent.isVisible()
    assert urgent.text().startswith("Get medical help now")
    finish(qtbot, wizard)

    profile = wizard.result_profile()
    assert profile is not None
    assert profile.red_flags == [emergencies[0]]
    assert profile.experience is Experience.new  # the careful default for what was not asked


def test_a_warning_sign_that_is_not_an_emergency_keeps_asking(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "52")
    go_next(qtbot, wizard)
    clinician = next(f for f in library.red_flags.values() if f.level is TriageLevel.see_clinician)
    click(qtbot, child(wizard, QAbstractButton, f"flag_{clinician.id}"))
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.complaint


def test_clicking_a_warning_sign_text_ticks_its_box(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "52")
    go_next(qtbot, wizard)
    flag = next(iter(library.red_flags))
    box = child(wizard, QAbstractButton, f"flag_{flag}")
    words = next(
        label
        for label in box.parentWidget().findChildren(QLabel)
        if label.text() == library.red_flags[flag].question
    )
    qtbot.mouseClick(words, LEFT)
    assert box.isChecked()


# Checking as the runner types ------------------------------------------------------


def test_age_starts_empty_and_says_what_it_needs(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    assert child(wizard, QLineEdit, "age").text() == ""
    assert child(wizard, QLabel, "age_message").text() == "Enter your age (12 to 100)"
    assert not wizard.button(NEXT).isEnabled()


@pytest.mark.parametrize(
    ("field", "typed", "message", "fixed"),
    [
        ("age", "5", "Age: a whole number from 12 to 100", "40"),
        ("age", "abc", "Age: a whole number from 12 to 100", "40"),
        ("age", "40.5", "Age: a whole number from 12 to 100", "40"),
        ("name", "x" * 61, "Name: up to 60 characters", "Alex"),
        ("weekly_distance", "-3", "Weekly distance: a number from 0 to 400", "12.5"),
        ("weekly_distance", "401", "Weekly distance: a number from 0 to 400", "400"),
        ("shoe_distance", "5001", "Shoe distance: a number from 0 to 5000", "0"),
        ("shoe_months", "2.5", "Shoe age: a whole number from 0 to 240", "3"),
        ("minutes_per_day", "500", "Minutes a day: a whole number from 10 to 120", "45"),
        ("minutes_per_day", "", "Enter how many minutes a day you have (10 to 120)", "10"),
    ],
)
def test_invalid_entry_blocks_next_until_fixed(
    qtbot: QtBot, library: ContentLibrary, *, field: str, typed: str, message: str, fixed: str
) -> None:
    wizard = make_wizard(qtbot, library)
    if field == "minutes_per_day":
        answer_required(qtbot, wizard)
    elif field in ("weekly_distance", "shoe_distance", "shoe_months"):
        qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
        for _ in range(3):
            go_next(qtbot, wizard)
        press_down(qtbot, child(wizard, QComboBox, "experience"), 1)
    elif field == "name":
        qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
    edit = child(wizard, QLineEdit, field)
    label = child(wizard, QLabel, f"{field}_message")
    assert wizard.button(NEXT).isEnabled() == (field != "age")

    retype(qtbot, edit, typed)
    assert label.isVisible()
    assert message in label.text()
    assert (theme.danger() in label.styleSheet()) == bool(typed)  # empty is a prompt, not an error
    assert not wizard.button(NEXT).isEnabled()

    with qtbot.waitSignal(wizard.currentPage().completeChanged):
        retype(qtbot, edit, fixed)
    assert label.text() == ""
    assert not label.isVisible()
    assert wizard.button(NEXT).isEnabled()


def test_comma_decimals_are_understood(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
    for _ in range(3):
        go_next(qtbot, wizard)
    press_down(qtbot, child(wizard, QComboBox, "experience"), 1)
    retype(qtbot, child(wizard, QLineEdit, "weekly_distance"), "12,5")
    assert wizard.button(NEXT).isEnabled()
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    finish(qtbot, wizard)
    profile = wizard.result_profile()
    assert profile is not None
    assert profile.weekly_distance == 12.5


# Editing saved answers -------------------------------------------------------------

SAVED = make_profile(
    name="Robin",
    age=61,
    units="mi",
    running_days=["mon", "fri"],
    weekly_distance=18.5,
    foot_strike="heel",
    terrain="trail",
    recent_changes=["speedwork", "barefoot"],
    equipment=["towel", "ice_pack", "wall"],
    habits=["drink_enough", "warm_up"],
    red_flags=["recurring_pain"],
    complaint={"kind": "doms", "side": "both", "since": MONDAY - dt.timedelta(days=3), "pain": 6},
)


def test_prefilled_fields_show_the_saved_answers(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library, SAVED)
    assert wizard.windowTitle() == "Edit my answers"
    assert child(wizard, QLineEdit, "name").text() == "Robin"
    assert child(wizard, QLineEdit, "age").text() == "61"
    assert child(wizard, QAbstractButton, "flag_recurring_pain").isChecked()
    assert child(wizard, QAbstractButton, "kind_doms").isChecked()
    assert child(wizard, QAbstractButton, "side_both").isChecked()
    assert child(wizard, QDateEdit, "since").date().toPython() == MONDAY - dt.timedelta(days=3)
    assert child(wizard, QSlider, "pain").value() == 6
    assert child(wizard, QComboBox, "experience").currentData() == "regular"
    assert child(wizard, QAbstractButton, "day_mon").isChecked()
    assert not child(wizard, QAbstractButton, "day_tue").isChecked()
    assert child(wizard, QLineEdit, "weekly_distance").text() == "18.5"
    assert child(wizard, QComboBox, "units").currentData() == "mi"
    assert child(wizard, QComboBox, "foot_strike").currentData() == "heel"
    assert child(wizard, QComboBox, "terrain").currentData() == "trail"
    assert child(wizard, QAbstractButton, "change_barefoot").isChecked()
    assert child(wizard, QLineEdit, "shoe_distance").text() == "100"
    assert child(wizard, QLineEdit, "shoe_months").text() == "2"
    assert child(wizard, QLineEdit, "minutes_per_day").text() == "30"
    assert child(wizard, QAbstractButton, "equipment_ice_pack").isChecked()
    assert not child(wizard, QAbstractButton, "equipment_bike").isChecked()
    assert child(wizard, QAbstractButton, "habit_drink_enough").isChecked()


def test_accepting_unchanged_answers_gives_an_equal_profile(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    wizard = make_wizard(qtbot, library, SAVED)
    for _ in range(5):
        go_next(qtbot, wizard)
    finish(qtbot, wizard)
    assert wizard.result_profile() == SAVED


def test_cancel_gives_no_profile(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library, SAVED)
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    assert wizard.result_profile() is None


def test_notice_shows_on_the_first_page(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    notice = child(wizard, QLabel, "notice")
    assert not notice.isVisible()
    wizard.set_notice("Your saved answers could not be read.")
    assert notice.isVisible()
    assert notice.text() == "Your saved answers could not be read."


def test_edit_answers_saves_through_the_store(qtbot: QtBot, store: PlanStore) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = store.profile
    assert before is not None
    wizard = open_edit_answers(store, parent)
    qtbot.waitExposed(wizard)
    assert wizard.isVisible()  # returned while showing: it did not block
    assert child(wizard, QLineEdit, "age").text() == str(before.age)

    retype(qtbot, child(wizard, QLineEdit, "age"), "46")
    for _ in range(5):
        go_next(qtbot, wizard)
    with qtbot.waitSignal(store.planChanged):
        qtbot.mouseClick(wizard.button(FINISH), LEFT)

    assert store.profile == replace(before, age=46)
    assert load_profile(store.paths.profile) == store.profile


def test_edit_answers_cancelled_keeps_the_store(qtbot: QtBot, store: PlanStore) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    before = store.profile
    wizard = open_edit_answers(store, parent)
    retype(qtbot, child(wizard, QLineEdit, "age"), "70")

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    box = open_question(qtbot, wizard, "leaveSetup")  # a change would be thrown away: asked first
    assert box.text() == "Discard the changes to your answers?"
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)  # Keep editing
    assert wizard.isVisible()
    assert child(wizard, QLineEdit, "age").text() == "70"
    with qtbot.assertNotEmitted(store.planChanged), qtbot.waitSignal(wizard.finished):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        qtbot.mouseClick(
            open_question(qtbot, wizard, "leaveSetup").button(QMessageBox.StandardButton.Yes), LEFT
        )  # Discard
    assert store.profile == before


def test_cancel_with_nothing_changed_asks_nothing(qtbot: QtBot, store: PlanStore) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    wizard = open_edit_answers(store, parent)
    go_next(qtbot, wizard)  # looking through the pages changes nothing
    with qtbot.waitSignal(wizard.rejected):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    assert wizard.findChild(QMessageBox, "leaveSetup") is None


def test_the_strain_answer_does_not_borrow_a_warning_signs_words(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    from calfcare.core.profile import ComplaintKind

    wizard = make_wizard(qtbot, library)
    strain = wizard.complaint.kinds[ComplaintKind.strain].text()
    pop = library.red_flags["sudden_pop"].question.lower()
    assert "sudden" in pop
    assert "sudden" not in strain.lower()  # else a strain reads like the warning sign


@pytest.mark.parametrize(
    "flag", ["chest_pain_or_breathless", "recent_surgery_travel_or_cast", "achilles_rupture_signs"]
)
def test_the_new_warning_signs_are_asked_and_kept(
    qtbot: QtBot, library: ContentLibrary, flag: str
) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "52")
    go_next(qtbot, wizard)
    box = child(wizard, QAbstractButton, f"flag_{flag}")
    assert box.accessibleName() == library.red_flags[flag].question
    click(qtbot, box)
    go_next(qtbot, wizard)
    if wizard.currentPage() is not wizard.summary:  # not an emergency: the questions go on
        go_next(qtbot, wizard)
        press_down(qtbot, child(wizard, QComboBox, "experience"), 3)
        while wizard.currentPage() is not wizard.summary:
            go_next(qtbot, wizard)
    finish(qtbot, wizard)
    profile = wizard.result_profile()
    assert profile is not None
    assert profile.red_flags == [flag]


def test_the_onset_date_cannot_go_past_today(qtbot: QtBot, library: ContentLibrary) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "52")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    click(qtbot, child(wizard, QAbstractButton, "kind_strain"))
    since = child(wizard, QDateEdit, "since")
    assert since.maximumDate().toPython() == MONDAY  # the wizard's today
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Up)  # a day later than today is not offered
    assert since.date().toPython() == MONDAY
