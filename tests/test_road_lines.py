"""The stage line, the signs to stop and get help and the pain rule, in text, HTML and .ics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from html import unescape

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from calfcare.core.content.library import ContentLibrary, load_library
from calfcare.core.journey.models import Gate
from calfcare.core.journey.stages import Stage
from calfcare.core.planning.history import History, PainScore
from calfcare.core.planning.models import WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.profile import ComplaintKind, Profile
from calfcare.core.road_lines import (
    STOP_HEADING,
    gate_state,
    new_escalation,
    next_line,
    other_notes,
    pain_rule_line,
    stage_head,
    stage_line,
    stage_title,
    stop_signs,
    target_words,
)
from calfcare.core.week_text import week_text
from calfcare.export.calendar import week_ics
from calfcare.export.road_html import road_document, road_overview
from calfcare.export.week_html import week_html, week_sheet

from journeys import strain
from strategies import START, profiles
from support import MONDAY, make_profile


def _flat(text: str) -> str:
    """Words only: tags dropped, entities read, whitespace squeezed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())


def _ics_text(plan: WeekPlan, library: ContentLibrary) -> list[str]:
    """Each event's notes, unfolded and unescaped."""
    ics = week_ics(plan, library).decode("utf-8").replace("\r\n ", "")
    events = ics.split("BEGIN:VEVENT")[1:]
    return [_flat(e.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ")) for e in events]


@pytest.fixture(scope="module")
def loading(library: ContentLibrary) -> WeekPlan:
    """Day 20 of a strain, pain 2: the load stage, its raise test not yet logged."""
    plan = build_week(strain(days_ago=20, pain=2), MONDAY, History(), library=library)
    assert plan.journey is not None
    assert plan.journey.stage is Stage.load
    return plan


def test_every_warning_sign_has_one_short_line(library: ContentLibrary) -> None:
    assert all(flag.stop_sign for flag in library.red_flags.values())
    signs = stop_signs(library)
    assert len(signs) == len(library.red_flags) + 1  # and icing safely
    for sign in signs:
        assert "\n" not in sign.line()
        assert len(sign.text) <= 110
    texts = " ".join(s.text for s in signs)
    assert texts.count("clot") >= 3  # one leg swollen, a throbbing ache, after travel or a cast
    assert "Ice: never on bare skin" in texts
    urgent = [s.urgent for s in signs]
    assert urgent == sorted(urgent, reverse=True)  # emergencies first
    emergencies = {f.stop_sign for f in library.red_flags.values() if f.level.value == "emergency"}
    assert {s.text for s in signs if s.urgent} == emergencies
    additions = [s for s in signs if s.after]
    assert additions
    assert all("CalfCare's addition, after" in s.line() for s in additions)


def test_stage_line_names_stage_day_and_unmet_gates(loading: WeekPlan) -> None:
    path = loading.journey
    assert path is not None
    line = stage_line(path, loading.start)
    assert line.startswith("Stage: load the calf again, day ")
    assert "Next: return to running, usually in" in line
    unmet = [g for g in path.gates if not g.met]
    assert unmet
    for gate in unmet:
        assert f"{gate.text} ({gate_state(gate)})" in line
    assert "Calf-raise test: at least 25 single-leg raises on each side (not logged yet)" in line


def test_last_stage_has_no_next(library: ContentLibrary) -> None:
    plan = build_week(make_profile(), MONDAY, library=library)
    assert plan.journey is not None
    assert plan.journey.next_stage is None
    assert "This is the last stage" in stage_line(plan.journey, plan.start)


@pytest.mark.parametrize(
    ("value", "target", "met", "state", "words"),
    [
        (18, ">= 25", False, "now 18", "25 or more"),
        (None, ">= 25", False, "not logged yet", "25 or more"),
        (12.5, "<= 10%", False, "now 12.5%", "10% or less"),
        (2, "<= 2", True, "met", "2 or less"),
        ("hold", "progress", False, "last week held", "progress"),
        ("step_back", "progress", False, "last week stepped back", "progress"),
        (0, ">= 3", False, "step 1 of 4", "3 or more"),
    ],
)
def test_gate_state_and_target_in_words(
    value: int | float | str | None, target: str, met: bool, state: str, words: str
) -> None:
    gate_id = "pain_rule" if isinstance(value, str) else "level" if value == 0 else "g"
    gate = Gate(id=gate_id, text="A gate", value=value, target=target, met=met)
    assert gate_state(gate) == state
    assert target_words(gate) == words


def test_text_output_carries_stage_line_stop_signs_and_pain_rule(
    loading: WeekPlan, library: ContentLibrary
) -> None:
    assert loading.journey is not None
    text = _flat(week_text(loading, library))
    assert _flat(stage_line(loading.journey, loading.start)) in text
    assert f"{STOP_HEADING}:" in text
    for sign in stop_signs(library):
        assert _flat(sign.line()) in text
    assert _flat(pain_rule_line(loading.journey)) in text
    assert "Where you are:" not in text  # said once, by the stage line
    assert text.count(loading.journey.pain_rule.text) == 1


def test_printed_header_has_stage_and_next_gate_and_footer_the_warnings(
    loading: WeekPlan, library: ContentLibrary
) -> None:
    assert loading.journey is not None
    sheet = week_sheet(loading, library, drawn_boxes=True)
    header, footer = _flat(sheet.header), _flat(sheet.footer)
    assert "Stage: load the calf again" in header
    assert "Next: return to running" in header
    assert "Calf-raise test: at least 25 single-leg raises on each side" in header
    assert "Where you are:" not in header
    assert loading.journey.pain_rule.text not in header  # it is in the footer
    for sign in stop_signs(library):
        assert _flat(sign.line()) in footer
    assert f"Pain rule. {_flat(pain_rule_line(loading.journey))}" in footer
    page = _flat(week_html(loading, library))
    assert page.count(loading.journey.pain_rule.text) == 1


def test_calendar_events_carry_stage_line_and_warnings(
    loading: WeekPlan, library: ContentLibrary
) -> None:
    assert loading.journey is not None
    events = _ics_text(loading, library)
    assert events
    line = _flat(stage_line(loading.journey, loading.start))
    clot = next(s for s in stop_signs(library) if s.urgent and "clot" in s.text)
    ice = next(s for s in stop_signs(library) if s.text.startswith("Ice:"))
    for event in events:
        assert line in event
        assert _flat(clot.line()) in event
        assert _flat(ice.line()) in event


def test_escalation_is_printed_first_unless_triage_already_says_it(
    library: ContentLibrary,
) -> None:
    # Day 12 of a strain still at 6/10: the journey sends the runner to a clinician.
    on = MONDAY
    pain = tuple(PainScore(on - dt.timedelta(days=d), "morning", 6) for d in range(7, 0, -1))
    plan = build_week(strain(days_ago=12, pain=6), on, History(pain=pain), library=library)
    assert plan.journey is not None
    assert plan.journey.escalation is not None
    escalation = new_escalation(plan)
    assert escalation is not None
    header = _flat(week_sheet(plan, library).header)
    assert "See a doctor or physiotherapist." in header
    assert header.index("See a doctor or physiotherapist.") < header.index("Stage:")
    assert "! See a doctor or physiotherapist." in _flat(week_text(plan, library))
    assert not any(
        n.text.startswith("See a doctor or physiotherapist: ") for n in other_notes(plan)
    )
    overview = _flat(road_overview([plan], ComplaintKind.strain))
    assert overview.index("See a doctor or physiotherapist.") < overview.index("Your stages")

    flagged = build_week(
        make_profile(red_flags=["one_leg_swelling_warmth_redness"]), on, library=library
    )
    assert flagged.journey is not None
    assert flagged.journey.escalation is not None
    assert new_escalation(flagged) is None  # the triage box already names the sign


def test_overview_lists_stages_where_the_runner_is_and_the_gates(
    loading: WeekPlan, library: ContentLibrary
) -> None:
    page = _flat(road_overview([loading], ComplaintKind.strain, name="Sam"))
    assert "CalfCare road back for Sam" in page
    for name in ("Protect the fresh strain", "Settle and move", "Load the calf again"):
        assert name in page
    assert page.index("✓ done") < page.index("→ you are here") < page.index("ahead")
    assert "Gates to the next stage, return to running" in page
    assert "needs 25 or more" in page
    assert "Pain rule." in page


def test_multi_week_html_starts_each_week_on_a_new_page(library: ContentLibrary) -> None:
    profile = strain(days_ago=0, pain=3)
    plans = [
        build_week(profile, MONDAY + dt.timedelta(days=7 * n), library=library) for n in range(3)
    ]
    page = road_document(plans, library, ComplaintKind.strain, name="Sam")
    assert page.count('<div style="page-break-before: always">') == 3
    assert page.index("CalfCare road back for Sam") < page.index("CalfCare week for Sam")
    assert page.count("CalfCare week for Sam") == 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.integers(0, 120).map(lambda d: START + dt.timedelta(days=d)))
def test_every_output_carries_the_stage_line_and_every_warning(
    profile: Profile, start: dt.date
) -> None:
    since = profile.complaint.since
    assume(since is None or since <= start)
    library = load_library()
    plan = build_week(profile, start, library=library)
    assert plan.journey is not None
    line = _flat(stage_line(plan.journey, plan.start))
    text = _flat(week_text(plan, library))
    sheet = week_sheet(plan, library, drawn_boxes=True)
    header, footer = _flat(sheet.header), _flat(sheet.footer)
    assert line in text
    assert _flat(stage_head(plan.journey, plan.start)) in header
    assert _flat(next_line(plan.journey)) in header
    for sign in stop_signs(library):
        assert _flat(sign.line()) in text
        assert _flat(sign.line()) in footer
    assert _flat(pain_rule_line(plan.journey)) in footer
    overview = _flat(road_overview([plan], profile.complaint.kind))
    assert f"{stage_title(plan.journey.stage)} → you are here" in overview
    assert _flat(pain_rule_line(plan.journey)) in overview
    escalation = new_escalation(plan)
    if escalation is not None:  # named before the stage line, never lost
        assert header.index(escalation.reasons[0][:40]) < header.index("Stage:")


def test_stage_line_says_when_the_week_moved_on(library: ContentLibrary) -> None:
    from calfcare.cli.plan_commands import plan_weeks

    first, second = plan_weeks(strain(days_ago=0, pain=3), MONDAY, None, 2)
    assert first.journey is not None
    assert second.journey is not None
    assert not first.journey.moved_on
    assert second.journey.moved_on
    assert "moved on this week" not in stage_line(first.journey, first.start)
    assert "day 1: moved on this week, every gate met." in stage_line(second.journey, second.start)


def test_notes_say_what_they_are_about_and_the_sheet_leaves_out_by_topic(
    loading: WeekPlan,
) -> None:
    """The header and footer say the stage, the pain rule and the safety note, so the notes
    block leaves those out by their topic, whatever their wording."""
    topics = [n.topic for n in loading.notes]
    assert topics[0] == "safety"
    assert topics.count("stage") == 1
    assert topics.count("pain_rule") == 1
    kept = other_notes(loading)
    assert {n.topic for n in kept} <= {"advice", "safety"}
    reworded = replace(loading, notes=[replace(n, text="Reworded.") for n in loading.notes])
    assert [n.topic for n in other_notes(reworded)] == [n.topic for n in kept]
