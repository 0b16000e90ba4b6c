"""The multi-week print: the road-back overview on page one, each week from a new page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from calfcare.cli.main import main
from calfcare.cli.plan_commands import plan_weeks
from calfcare.core.content.library import ContentLibrary
from calfcare.core.journey.stages import Stage
from calfcare.core.profile import ComplaintKind
from calfcare.core.road_lines import stop_signs
from calfcare.core.validation import to_json
from calfcare.export.road_printer import RoadPrinter

from journeys import strain
from pdf_text import pdf_pages, squeeze
from support import MONDAY


def test_four_weeks_of_a_strain_print_after_a_one_page_overview(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    profile = strain(days_ago=0, pain=3, name="Sam", equipment=["ice_pack"])
    plans = plan_weeks(profile, MONDAY, None, 4)
    assert plans[0].journey is not None
    assert plans[0].journey.stage is Stage.protect
    printer = RoadPrinter(plans, library, ComplaintKind.strain, name="Sam")
    out = tmp_path / "road.pdf"
    printer.to_pdf(out)
    pages = pdf_pages(out)
    assert len(pages) == printer.pages_printed == 1 + sum(printer.week_pages)
    assert all(1 <= n <= 2 for n in printer.week_pages)
    overview = pages[0]
    assert overview.startswith(squeeze("CalfCare road back for Sam"))
    assert squeeze("→ you are here") in overview
    assert squeeze("Gates to the next stage") in overview
    assert "CalfCareweek" not in overview
    # Each week opens a page of its own, in order, and ends with the warnings.
    starts = [n for n, text in enumerate(pages) if text.startswith("CalfCareweekforSam")]
    assert len(starts) == 4
    firsts = [1]
    for count in printer.week_pages[:-1]:
        firsts.append(firsts[-1] + count)
    assert starts == firsts
    for plan, first, count in zip(plans, firsts, printer.week_pages, strict=True):
        assert squeeze(f"{plan.start:%a %d %b}") in pages[first]
        assert squeeze("Stage:") in pages[first]
        assert squeeze(stop_signs(library)[0].line()) in pages[first + count - 1]
    assert squeeze("page 1 of") in overview


@pytest.mark.parametrize("form", ["pdf", "html"])
def test_cli_prints_weeks_as_pdf_or_html(
    qapp: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    profile = tmp_path / "me.json"
    profile.write_text(to_json(strain(days_ago=0, pain=3)), encoding="utf-8")
    out = tmp_path / f"road.{form}"
    words = ["--data-dir", str(tmp_path / "home"), "plan", "--profile", str(profile)]
    words += ["--start", str(MONDAY), "--weeks", "3", "--format", form, "-o", str(out)]
    assert main(words) == 0
    if form == "pdf":
        pages = pdf_pages(out)
        assert pages[0].startswith("CalfCareroadback")
        weeks = [p for p in pages if p.startswith("CalfCareweek")]
        assert len(weeks) == 3
        last = MONDAY + dt.timedelta(days=14)
        assert squeeze(f"{last:%a %d %b}") in weeks[-1]
    else:
        page = out.read_text(encoding="utf-8")
        assert page.count("page-break-before: always") == 3
        assert "CalfCare road back" in page
