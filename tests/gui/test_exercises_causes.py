"""The Exercises library page and the "Why it hurts" page, driven by real input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from calfcare.core.content.models import Category, Citation, Exercise
from calfcare.core.planning.exercise_usage import planned_exercise_ids
from calfcare.core.validation import dump, validate
from calfcare.gui.causes.page import (
    LESS_LIKELY_HEADING,
    LIKELY_HEADING,
    NO_CAUSES,
    NO_PROFILE,
    NONE_LIKELY,
    ON_HOLD,
    WEAKER,
    CausesPage,
)
from calfcare.gui.exercises.detail import exercise_html
from calfcare.gui.exercises.model import (
    EquipmentNeed,
    ExerciseFilterModel,
    ExerciseListModel,
    Role,
    search_text,
)
from calfcare.gui.exercises.page import ExercisesPage
from calfcare.gui.shell.store import PlanStore

from gui_stores import store_with
from support import make_profile

# Exercises ---------------------------------------------------------------------------


@pytest.fixture
def page(store: PlanStore, qtbot: Any) -> ExercisesPage:
    widget = ExercisesPage(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_list_model_passes_the_model_tester(store: PlanStore, qtmodeltester: Any) -> None:
    model = ExerciseListModel(store.library)
    model.set_in_plan(planned_exercise_ids(store.plan()))
    qtmodeltester.check(model)
    model.set_in_plan({"ice", "rest"})
    qtmodeltester.check(model)


def test_filter_model_passes_the_model_tester(store: PlanStore, qtmodeltester: Any) -> None:
    source = ExerciseListModel(store.library)
    proxy = ExerciseFilterModel()
    proxy.setSourceModel(source)
    proxy.set_search("calf")
    proxy.set_category(Category.stretching)
    proxy.set_equipment(EquipmentNeed.owned)
    proxy.set_owned(make_profile().equipment)
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < source.rowCount()


def test_set_in_plan_signals_only_the_rows_that_change(store: PlanStore, qtbot: Any) -> None:
    model = ExerciseListModel(store.library)
    ice_row = model.row_of("ice")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_in_plan({"ice"})
    assert blocker.args[0].row() == ice_row
    assert model.index(ice_row).data(Role.InPlan) is True
    assert "in your plan" in model.index(ice_row).data(Qt.ItemDataRole.AccessibleTextRole)
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_in_plan({"ice"})


def test_planned_exercises_are_marked(page: ExercisesPage, store: PlanStore) -> None:
    planned = planned_exercise_ids(store.plan())
    marked = {
        page.model.index(r).data(Role.Id)
        for r in range(page.model.rowCount())
        if page.model.index(r).data(Role.InPlan)
    }
    assert marked == planned
    assert "eccentric_heel_drop" in marked


def test_typing_filters_then_category_narrows(page: ExercisesPage, qtbot: Any) -> None:
    everything = page.visible_ids()
    qtbot.keyClicks(page.search, "heel")
    shown = page.visible_ids()
    expected = [i for i in everything if "heel" in search_text(page.store.library.exercise(i))]
    assert shown == expected
    assert {"heel_drop_stretch", "eccentric_heel_drop"} <= set(shown)
    assert "leg_swings" not in shown

    page.category.setFocus()
    qtbot.keyClicks(page.category, "Stretching")
    assert page.category.currentText() == "Stretching"
    narrowed = page.visible_ids()
    assert narrowed
    assert set(narrowed) < set(shown)
    for exercise_id in narrowed:
        assert Category.stretching in page.store.library.exercise(exercise_id).categories


def test_only_what_i_have_hides_missing_equipment(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(equipment=["wall"]))
    page = ExercisesPage(store)
    qtbot.addWidget(page)
    owned = page.equipment.findData(EquipmentNeed.owned.value)
    page.equipment.setFocus()
    qtbot.keyClicks(page.equipment, "Only")
    assert page.equipment.currentIndex() == owned
    shown = page.visible_ids()
    assert "standing_calf_stretch" in shown  # needs a wall
    assert "brisk_walk" in shown  # needs nothing
    assert "foam_rolling" not in shown
    assert "eccentric_heel_drop" not in shown  # needs a step
    for exercise_id in shown:
        assert set(page.store.library.exercise(exercise_id).equipment) <= {"wall"}


def test_clicking_an_exercise_shows_steps_and_sources(page: ExercisesPage, qtbot: Any) -> None:
    qtbot.keyClicks(page.search, "eccentric")
    index = page.proxy.index(0, 0)
    rect = page.list.visualRect(index)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    library = page.store.library
    exercise = library.exercise("eccentric_heel_drop")
    qtbot.waitUntil(lambda: page.detail.exercise_id == exercise.id)
    text = page.detail.toPlainText()
    for step in exercise.steps:
        assert step in text
    for cite in exercise.sources:
        assert library.sources[cite.article].title in text
        assert cite.section in text
    assert "Why it is in your plan" in text
    assert "Stiffer Achilles tendons with age" in text
    assert "Monday" in text


def test_keyboard_down_moves_selection_and_detail(page: ExercisesPage, qtbot: Any) -> None:
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    first = page.visible_ids()[0]
    assert page.detail.exercise_id == first
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    second = page.visible_ids()[1]
    qtbot.waitUntil(lambda: page.detail.exercise_id == second)
    assert page.store.library.exercise(second).steps[0] in page.detail.toPlainText()


def test_ice_shows_every_side_of_the_disagreement(page: ExercisesPage, qtbot: Any) -> None:
    qtbot.keyClicks(page.search, "ice pack")
    assert page.select_exercise("ice")
    text = page.detail.toPlainText()
    assert "Where the articles disagree" in text
    library = page.store.library
    for disagreement_id in library.exercise("ice").disagreements:
        disagreement = library.disagreements[disagreement_id]
        assert disagreement.topic in text
        assert disagreement.applied in text
        assert disagreement.why in text
        for position in disagreement.positions:
            assert position.says in text
    assert "Not in this week's plan" in text


def test_focus_order_runs_search_to_detail(page: ExercisesPage, qtbot: Any) -> None:
    page.activateWindow()
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    for widget in (page.category, page.equipment, page.list, page.detail):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(widget.hasFocus)


def test_detail_escapes_content(store: PlanStore) -> None:
    exercise = Exercise(
        id="sneaky",
        name="<b>Bold</b> move",
        categories=[Category.recovery],
        summary="Uses <script> & friends",
        steps=["one <i>", "two", "three"],
        sources=[validate(Citation, dump(c)) for c in store.library.exercise("ice").sources],
    )
    html = exercise_html(store.library, exercise, None)
    assert "<b>Bold</b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert "&lt;script&gt; &amp; friends" in html


def test_page_follows_a_new_profile(new_store: PlanStore, qtbot: Any) -> None:
    page = ExercisesPage(new_store)
    qtbot.addWidget(page)
    assert not any(page.model.index(r).data(Role.InPlan) for r in range(page.model.rowCount()))
    assert "My answers" in page.detail.toPlainText()
    with qtbot.waitSignal(new_store.planChanged):
        new_store.set_profile(make_profile(age=52))
    eccentric = page.model.index(page.model.row_of("eccentric_heel_drop"))
    assert eccentric.data(Role.InPlan) is True


# Causes -----------------------------------------------------------------------------


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def causes_page(store: PlanStore, qtbot: Any) -> CausesPage:
    page = CausesPage(store)
    qtbot.addWidget(page)
    return page


def test_age_puts_tendon_stiffness_first(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(age=52))
    page = causes_page(store, qtbot)
    assert page.cards[0].property("causeId") == "age_tendon_stiffness"
    lead = page.findChild(QLabel, "causesLead")
    assert lead is not None
    assert "not a diagnosis" in lead.text()


def test_causes_listed_in_order_with_explanations_and_sources(home: Path, qtbot: Any) -> None:
    profile = make_profile(age=52, shoes={"distance": 900, "age_months": 8}, habits=[])
    store = store_with(home, profile)
    plan = store.plan()
    assert plan is not None
    page = causes_page(store, qtbot)
    assert [c.property("causeId") for c in page.cards] == [c.id for c in plan.causes]
    assert page.cards[0].property("causeId") == "worn_shoes"
    library = store.library
    for card, cause in zip(page.cards, plan.causes, strict=True):
        text = plain(card.text())
        spoken = QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name)
        assert cause.name in spoken  # what a screen reader reads is the card's own text
        assert cause.explanation in text
        for cite in cause.sources:
            assert cite.section in text
            assert library.section_title(cite) in text
        assert card.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    shoes = plain(page.cards[0].text())
    assert "Why we think so" in shoes
    assert "800 km" in shoes
    assert "Check your shoes" in shoes  # its intervention made it into the week
    assert WEAKER not in shoes
    weak = next(c for c in page.cards if c.property("causeId") == "weak_calves")
    assert "Less likely: nothing in this week's plan" in plain(weak.text())  # score 2
    assert WEAKER not in plain(weak.text())  # said once, by the less likely note
    assert page.banner is None


def test_no_profile_and_no_causes_have_their_own_messages(new_store: PlanStore, qtbot: Any) -> None:
    page = causes_page(new_store, qtbot)
    assert page.cards == []
    assert page.message is not None
    assert page.message.text() == NO_PROFILE
    with qtbot.waitSignal(new_store.planChanged):
        new_store.set_profile(make_profile())
    assert page.cards == []
    assert page.message is not None
    assert page.message.text() == NO_CAUSES


def test_warning_signs_banner_comes_first(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(age=52, red_flags=["sudden_pop"]))
    page = causes_page(store, qtbot)
    assert page.banner is not None
    assert "Today page" in page.banner.text()
    column = page.scroll_area.widget().layout()
    assert column.itemAt(0).widget() is page.banner
    assert page.cards[0].property("causeId") == "age_tendon_stiffness"
    assert ON_HOLD in plain(page.cards[0].text())


def test_an_emergency_in_the_intake_puts_the_warning_on_exercises(
    qtbot: Any, library: Any, new_store: PlanStore
) -> None:
    """Ticking the clot sign in the intake ends it at once; Exercises then warns too."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from calfcare.core.content.models import TriageLevel
    from calfcare.gui.exercises.page import EMERGENCY_BANNER

    from driving import child, finish, go_next, make_wizard

    page = ExercisesPage(new_store)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    assert not page.banner.isVisible()

    wizard = make_wizard(qtbot, library)
    qtbot.keyClicks(child(wizard, QLineEdit, "age"), "40")
    go_next(qtbot, wizard)
    clot = next(f for f in library.red_flags.values() if f.level is TriageLevel.emergency)
    qtbot.mouseClick(child(wizard, QAbstractButton, f"flag_{clot.id}"), Qt.MouseButton.LeftButton)
    go_next(qtbot, wizard)
    finish(qtbot, wizard)
    profile = wizard.result_profile()
    assert profile is not None
    with qtbot.waitSignal(new_store.planChanged):
        new_store.set_profile(profile)
    assert page.banner.isVisible()
    assert page.banner.text() == EMERGENCY_BANNER


def test_why_it_hurts_speaks_kilometres_to_a_kilometre_runner(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(units="km", shoes={"distance": 900, "age_months": 9}))
    page = causes_page(store, qtbot)
    texts = " ".join(plain(card.text()) for card in page.cards)
    assert "worn" in texts.lower() or "shoe" in texts.lower()
    assert "miles" not in texts
    assert "480-800 km" in texts


def test_likely_causes_come_apart_from_the_less_likely(home: Path, qtbot: Any) -> None:
    profile = make_profile(age=52, shoes={"distance": 900, "age_months": 8}, habits=[])
    store = store_with(home, profile)
    plan = store.plan()
    assert plan is not None
    page = causes_page(store, qtbot)
    column = page.scroll_area.widget().layout()
    order = [column.itemAt(i).widget() for i in range(column.count() - 1)]
    likely_heading, less_heading = page.group_headings
    assert likely_heading.text() == LIKELY_HEADING
    assert less_heading.text() == LESS_LIKELY_HEADING
    cut = order.index(less_heading)
    assert order.index(likely_heading) < cut
    by_id = {c.id: c for c in plan.causes}
    less = [card for card in page.cards if not by_id[card.property("causeId")].likely]
    likely = [card for card in page.cards if by_id[card.property("causeId")].likely]
    assert less
    assert likely
    assert all(order.index(card) < cut for card in likely)
    assert all(order.index(card) > cut for card in less)
    assert all(card.accessibleDescription().startswith("Less likely") for card in less)
    assert all(WEAKER not in plain(card.text()) for card in less)


def test_when_no_cause_is_likely_the_page_says_so(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(experience="new"))
    page = causes_page(store, qtbot)
    assert [h.text() for h in page.group_headings] == [LIKELY_HEADING, LESS_LIKELY_HEADING]
    none = page.findChild(QLabel, "causesNoneLikely")
    assert none is not None
    assert none.text() == NONE_LIKELY
    assert len(page.cards) == 3


def test_no_groups_when_every_cause_is_likely(home: Path, qtbot: Any) -> None:
    store = store_with(home, make_profile(age=52))
    plan = store.plan()
    assert plan is not None
    assert all(c.likely for c in plan.causes)
    assert causes_page(store, qtbot).group_headings == []


def test_calfcares_additions_say_whose_practice_they_follow(
    page: ExercisesPage, qtbot: Any
) -> None:
    qtbot.keyClicks(page.search, "bent-knee")
    assert page.select_exercise("bent_knee_calf_raise")
    text = page.detail.toPlainText()
    assert "CalfCare's addition, after Alfredson H. et al., 1998" in text
    assert page.select_exercise("bent_knee_wall_stretch")
    assert "CalfCare's addition, after Alfredson H. et al., 1998" in page.detail.toPlainText()
