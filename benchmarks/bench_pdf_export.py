"""pdf_export: time to print a busy week to PDF / a bare QTextDocument with the same text.

Both write a PDF through QPdfWriter in the same process, alternating, so the
ratio leaves the machine out; the medians in ms are printed alongside. Each
week is written by a new WeekPrinter, as each export in the app is; only the
first export of a process also loads the print fonts, and is reported apart.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageLayout, QPdfWriter, QTextDocument

from calfcare.core.content.library import load_library
from calfcare.core.content.models import Equipment
from calfcare.core.planning.week import build_week
from calfcare.core.profile import Profile
from calfcare.core.validation import validate
from calfcare.export.printer import WeekPrinter
from calfcare.export.week_html import week_sheet
from result import Result
from sample_profiles import START

RUNS = 15
TARGET = 1.5


def busy_profile() -> Profile:
    return validate(
        Profile,
        {
            "name": "Sam",
            "age": 38,
            "experience": "regular",
            "running_days": ["mon", "tue", "wed", "thu", "fri", "sat"],
            "weekly_distance": 60,
            "recent_changes": ["more_distance", "speedwork", "hills"],
            "shoes": {"distance": 900, "age_months": 14},
            "equipment": [e.value for e in Equipment],
            "minutes_per_day": 60,
            "complaint": {"kind": "tightness", "side": "both", "since": "2026-11-15", "pain": 3},
        },
    )


def sheet_text(printer: WeekPrinter) -> str:
    """The words the printed week holds, as plain text."""
    sheet = week_sheet(printer.plan, printer.library, name=printer.name)
    doc = QTextDocument()
    doc.setHtml("".join(sheet.blocks()))
    return doc.toPlainText()


def bare_pdf(text: str, path: Path, layout: QPageLayout) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(layout)
    doc = QTextDocument()
    doc.setPlainText(text)
    doc.print_(writer)
    del writer


def run() -> list[Result]:
    app = QGuiApplication.instance() or QGuiApplication([])
    library = load_library()
    plan = build_week(busy_profile(), START)
    printer = WeekPrinter(plan, library, name="Sam")
    text = sheet_text(printer)
    layout = printer.page_layout()
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        t0 = time.perf_counter()
        printer.to_pdf(out / "first.pdf")
        first_ms = (time.perf_counter() - t0) * 1000
        bare_pdf(text, out / "warm-bare.pdf", layout)
        for index in range(RUNS):
            t0 = time.perf_counter()
            printer = WeekPrinter(plan, library, name="Sam")
            printer.to_pdf(out / f"week-{index}.pdf")
            t1 = time.perf_counter()
            bare_pdf(text, out / f"bare-{index}.pdf", layout)
            t2 = time.perf_counter()
            ours.append((t1 - t0) * 1000)
            bare.append((t2 - t1) * 1000)
    del app
    week_ms, bare_ms = statistics.median(ours), statistics.median(bare)
    print(
        f"pdf_export: week {week_ms:.1f} ms ({printer.pages_printed} pages at "
        f"{printer.font_pt:g} pt; first export of the process {first_ms:.1f} ms), "
        f"bare QTextDocument {bare_ms:.1f} ms, {len(text)} characters"
    )
    return [Result.at_most("pdf_export", week_ms / bare_ms, "x", TARGET)]
