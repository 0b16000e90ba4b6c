"""Guidance items carry their short text into every output; causes below the threshold say so."""

from __future__ import annotations

import json
from html import unescape

import pytest

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan
from calfcare.core.planning.week import build_week
from calfcare.core.validation import to_json
from calfcare.core.week_text import week_text
from calfcare.export.calendar import week_ics
from calfcare.export.week_html import week_html, week_sheet

from journeys import strain
from support import MONDAY, make_profile

MUST_SAY = ("blood clot", "Never put ice on bare skin", "pharmacist")


@pytest.fixture(scope="module")
def fresh_strain() -> WeekPlan:
    return build_week(strain(days_ago=0, pain=4, equipment=["ice_pack"]), MONDAY)


def _flat(text: str) -> str:
    return " ".join(unescape(text).split())


def test_text_output_carries_guidance(fresh_strain: WeekPlan, library: ContentLibrary) -> None:
    text = _flat(week_text(fresh_strain, library))
    for words in MUST_SAY:
        assert words in text


def test_json_output_has_text_on_guidance_items(fresh_strain: WeekPlan) -> None:
    data = json.loads(to_json(fresh_strain))
    guidance = {
        i["exercise"]: i["text"]
        for d in data["days"]
        for s in d["sessions"]
        if s["kind"] == "education"
        for i in s["items"]
    }
    assert {"see_clinician", "ice_safety", "painkillers"} <= set(guidance)
    assert all(guidance.values())
    assert "CalfCare's addition, after Graham C.A., Stevenson J., 2000" in json.dumps(data)


def test_html_and_print_carry_guidance(fresh_strain: WeekPlan, library: ContentLibrary) -> None:
    page = _flat(week_html(fresh_strain, library))
    printed = _flat("".join(week_sheet(fresh_strain, library, drawn_boxes=True).days))
    for words in MUST_SAY:
        assert words in page
        assert words in printed
    assert "CalfCare's addition, after" in printed


def test_calendar_carries_guidance(fresh_strain: WeekPlan, library: ContentLibrary) -> None:
    ics = week_ics(fresh_strain, library).decode("utf-8")
    unfolded = _flat(ics.replace("\r\n ", "").replace("\\,", ",").replace("\\n", " "))
    for words in MUST_SAY:
        assert words in unfolded


def test_less_likely_causes_are_marked_in_text_and_html(library: ContentLibrary) -> None:
    plan = build_week(make_profile(experience="new"), MONDAY)
    assert any(not c.likely for c in plan.causes)
    assert "(less likely)" in week_text(plan, library)
    assert "Less likely:" in week_html(plan, library)
