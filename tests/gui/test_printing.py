"""The printed week: PDF text read back with QtPdf, page count, the CLI and the GUI flow."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPalette,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import EXERCISE_KINDS
from calfcare.core.planning.week import build_week
from calfcare.core.profile import example_profile, save_profile
from calfcare.core.road_lines import pain_rule_line, stage_line, stop_signs
from calfcare.export.paper import locale_paper
from calfcare.export.print_font import PRINT_FAMILY, print_family
from calfcare.export.printer import WeekPrinter, picture_src
from calfcare.export.sheet_objects import PAIN_BOX_SIZE, SheetObjects
from calfcare.export.week_html import LEGEND, PAIN_BOX, week_sheet
from calfcare.gui.shell.main_window import MainWindow
from calfcare.gui.shell.store import PlanStore

from gui_stores import store_with
from pdf_text import pdf_pages, squeeze
from support import BUSY, MONDAY, REPO, busy_week, make_profile


def test_pdf_holds_every_day_exercise_and_source(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    plan = busy_week()
    out = tmp_path / "week.pdf"
    printer = WeekPrinter(plan, library, name="<b>Sam</b>")
    printer.to_pdf(out)
    pages = pdf_pages(out)
    assert 1 <= len(pages) <= 2  # a busy week stays within two sheets
    assert printer.pages_printed == len(pages)
    text = "".join(pages)
    for day in plan.days:
        assert squeeze(f"{day.date:%a}{day.date:%d %b}") in text
        for session in day.sessions:
            for item in session.items:
                assert squeeze(item.name) in text, item.name
    cite = plan.days[0].sessions[-1].items[0].sources[0]
    assert squeeze(library.sources[cite.article].title) in text
    assert squeeze(cite.section) in text
    assert squeeze("does not replace a doctor") in text
    assert "<b>Sam</b>" in text  # the name prints as typed, never as markup
    # The header names the stage and the next gate; the end keeps the warnings and the pain rule.
    assert plan.journey is not None
    assert squeeze(stage_line(plan.journey, plan.start)) in pages[0]
    for sign in stop_signs(library):
        assert squeeze(sign.line()) in pages[-1]
    assert squeeze(f"Pain rule. {pain_rule_line(plan.journey)}") in pages[-1]


def test_pdf_is_landscape_on_the_locale_paper(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    out = tmp_path / "week.pdf"
    WeekPrinter(build_week(make_profile(), MONDAY), library).to_pdf(out)
    doc = QPdfDocument()
    doc.load(str(out))
    size = doc.pagePointSize(0)
    doc.close()
    expected = QPageSize(locale_paper()).size(QPageSize.Unit.Point)
    assert round(size.width()) == round(expected.height())  # landscape: long side across
    assert round(size.height()) == round(expected.width())


def test_emergency_week_says_so_first_and_ends_with_the_warnings(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    profile = make_profile(red_flags=["one_leg_swelling_warmth_redness"])
    out = tmp_path / "week.pdf"
    WeekPrinter(build_week(profile, MONDAY), library).to_pdf(out)
    pages = pdf_pages(out)
    assert 1 <= len(pages) <= 2
    assert "EMERGENCY" in pages[0]
    assert squeeze("Stop and get help if") in pages[-1]
    for sign in stop_signs(library):
        assert squeeze(sign.line()) in pages[-1]


@pytest.mark.slow
def test_cli_writes_a_pdf_with_no_display(tmp_path: Path) -> None:
    profile = tmp_path / "me.json"
    save_profile(make_profile(**BUSY), profile)
    out = tmp_path / "week.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONPATH"] = str(REPO / "app")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "calfcare",
            "plan",
            "--profile",
            str(profile),
            "--start",
            str(MONDAY),
            "--format",
            "pdf",
            "-o",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert 1 <= len(pdf_pages(out)) <= 2


def test_window_and_week_page_offer_print_and_export(qtbot: QtBot, store: PlanStore) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.file_menu.actions()]
    for wanted in (
        "Print week…",
        "Print preview…",
        "Export week as PDF…",
        "Export week to calendar…",
    ):
        assert wanted in titles
    page = window.page("week")
    texts = [b.text() for b in page.export_buttons]  # type: ignore[attr-defined]
    assert texts == ["Print…", "Print preview…", "Export PDF…", "Export calendar…"]


def test_export_pdf_goes_through_a_non_blocking_dialog(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    store = store_with(home, make_profile(name="Ana"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    exporter = window.exporter
    exporter.pdf_action.trigger()  # returns at once: the dialog is open, not exec'd
    dialog = exporter._dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()
    target = tmp_path / "mine.pdf"
    with qtbot.waitSignal(exporter.exported) as signal:
        dialog.fileSelected.emit(str(target))
    assert signal.args == [target]
    dialog.reject()
    assert squeeze("CalfCare week for Ana") in pdf_pages(target)[0]
    from PySide6.QtWidgets import QMessageBox

    [saved] = [b for b in window.findChildren(QMessageBox, "exportSaved") if b.isVisible()]
    assert str(target) in saved.text()  # said where it went
    saved.close()

    ics = tmp_path / "mine.ics"
    exporter.write_calendar(str(ics))
    assert ics.read_text().startswith("BEGIN:VCALENDAR")


def test_preview_paints_through_to_printer(qtbot: QtBot, store: PlanStore) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    window = MainWindow(store)
    qtbot.addWidget(window)
    exporter = window.exporter
    with qtbot.waitSignal(exporter.printed):
        exporter.preview_week()
    assert isinstance(exporter._dialog, QPrintPreviewDialog)
    exporter._dialog.reject()


def test_pdf_is_set_in_the_shipped_print_font(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    out = tmp_path / "week.pdf"
    WeekPrinter(busy_week(), library, name="Sam").to_pdf(out)
    data = out.read_bytes()
    assert print_family() == PRINT_FAMILY
    assert b"/CalfCarePrintSans-Regular" in data
    assert b"/CalfCarePrintSans-Bold" in data
    assert b"DejaVu" not in data  # no system font needed for our own words


def test_every_exercise_session_has_its_three_pain_boxes(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    plan = busy_week()
    out = tmp_path / "week.pdf"
    WeekPrinter(plan, library).to_pdf(out)
    text = "".join(pdf_pages(out))
    sessions = sum(s.kind in EXERCISE_KINDS for day in plan.days for s in day.sessions)
    assert sessions > 7
    in_legend = squeeze(LEGEND).count("nextmorning")
    assert text.count("nextmorning") - in_legend == sessions
    sheet = week_sheet(plan, library, drawn_boxes=True)
    # every week now has a full rest day, which gets the one morning-pain box instead
    rest_days = sum(
        1
        for day in plan.days
        if day.sessions and not any(s.kind in EXERCISE_KINDS for s in day.sessions)
    )
    assert rest_days >= 1
    assert "".join(sheet.days).count(PAIN_BOX) == 3 * sessions + rest_days
    assert '<table class="pain"' not in "".join(sheet.days)


def test_sheet_objects_draw_pain_boxes_and_size_pictures(qapp: Any) -> None:
    objects = SheetObjects()
    doc = QTextDocument()
    box = QTextImageFormat()
    box.setName(PAIN_BOX)
    assert objects.intrinsicSize(doc, 0, box) == PAIN_BOX_SIZE
    picture = QTextImageFormat()
    source = picture_src("calf_raise")
    assert source is not None
    picture.setName(source)
    picture.setHeight(36)
    size = objects.intrinsicSize(doc, 0, picture)
    assert size.height() == 36
    assert size.width() == pytest.approx(36 * 200 / 160)  # the drawings' viewBox

    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    objects.drawObject(painter, QRectF(10, 5, 28, 14), doc, 0, box)
    painter.end()
    assert QColor(image.pixel(10, 12)).lightness() < 128  # the left edge is drawn
    assert QColor(image.pixel(24, 12)).lightness() == 255  # the inside is left to the pen


def page_image(path: Path) -> QImage:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    image = doc.render(0, QSize(842, 595))
    doc.close()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


@contextmanager
def light_text() -> Iterator[None]:
    """The app's text turns light, as in a dark theme, for the length of the block."""
    before = QGuiApplication.palette()
    dark = QPalette(before)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#e6e9ec"))
    QGuiApplication.setPalette(dark)
    try:
        yield
    finally:
        QGuiApplication.setPalette(before)


def test_the_sheet_prints_black_on_white_in_a_dark_theme(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    plan = busy_week()
    light = tmp_path / "light.pdf"
    WeekPrinter(plan, library, name="Sam").to_pdf(light)
    in_dark = tmp_path / "dark.pdf"
    with light_text():
        WeekPrinter(plan, library, name="Sam").to_pdf(in_dark)
    assert page_image(in_dark) == page_image(light)


def dark_pixels(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(0, gray.height(), 2)
        for x in range(0, gray.width(), 2)
        if QColor(gray.pixel(x, y)).lightness() < 100
    )


def test_preview_keeps_the_ink_black_in_a_dark_theme(qtbot: QtBot, library: ContentLibrary) -> None:
    """The preview replays each page with its own pen: light, in a dark theme."""
    week = WeekPrinter(build_week(make_profile(), MONDAY), library, name="Sam")

    def preview_ink() -> int:
        printer = QPrinter()
        week.set_up(printer)
        preview = QPrintPreviewWidget(printer)
        qtbot.addWidget(preview)
        preview.paintRequested.connect(week.to_printer)
        preview.resize(900, 700)
        preview.show()
        preview.fitInView()
        preview.updatePreview()
        return dark_pixels(preview.grab().toImage())

    light = preview_ink()
    with light_text():
        in_dark = preview_ink()
    assert light > 1000
    assert in_dark >= light * 0.98


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (apt-get install poppler-utils)")
    return found


def test_pdf_text_keeps_fi_and_fl_for_copying_and_searching(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    """The print font once kept the fi/fl ligatures but no character for them."""
    out = tmp_path / "week.pdf"
    WeekPrinter(build_week(example_profile(), MONDAY), library).to_pdf(out)
    done = subprocess.run(
        [_poppler("pdftotext"), str(out), "-"], capture_output=True, text=True, check=True
    )
    assert done.stderr == ""
    words = set(done.stdout.replace(",", " ").replace(".", " ").split())
    assert {"first", "flexor", "inflexible", "finish"} <= words
    assert not {"rst", "exor", "exible", "nish"} & words
    assert "inflexible" in "".join(pdf_pages(out))  # and as QtPdf reads it


def test_pdf_names_its_author_and_language(
    qapp: Any, library: ContentLibrary, tmp_path: Path
) -> None:
    out = tmp_path / "week.pdf"
    WeekPrinter(build_week(make_profile(), MONDAY), library, name="Sam").to_pdf(out)
    info = subprocess.run(
        [_poppler("pdfinfo"), str(out)], capture_output=True, text=True, check=True
    )
    assert info.stderr == ""  # the added catalog and cross-reference read cleanly
    assert "Author:          Sam" in info.stdout.splitlines()
    data = out.read_bytes()
    catalog = data[data.rindex(b"/Type /Catalog") : data.rindex(b"endobj")]
    assert b"/Lang (en)" in catalog
    unnamed = tmp_path / "unnamed.pdf"
    WeekPrinter(build_week(make_profile(), MONDAY), library).to_pdf(unnamed)
    info = subprocess.run(
        [_poppler("pdfinfo"), str(unnamed)], capture_output=True, text=True, check=True
    )
    assert "Author:          CalfCare" in info.stdout.splitlines()
