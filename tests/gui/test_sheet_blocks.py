"""A day on paper drawn as a grid of documents: rows, the spanning label, shared sessions,
and a day too tall for a page."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSize
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPdf import QPdfDocument

from calfcare.core.content.library import ContentLibrary
from calfcare.export.paper import paper_palette
from calfcare.export.print_font import print_font
from calfcare.export.printer import FONT_STEPS, WeekPrinter
from calfcare.export.sheet_blocks import (
    CELL_PADDING,
    DAY_GAP,
    GRID_LINE,
    DayBlock,
    SheetDocuments,
    layout_device,
)
from calfcare.export.sheet_objects import SheetObjects
from calfcare.export.sheet_pages import paint_pages, pdf_document
from calfcare.export.week_html import LABEL_PERCENT, NOTHING_PLANNED, DayCells, style_sheet

from pdf_text import squeeze
from support import busy_week

WIDTH = 600.0
PAD = GRID_LINE + 2 * CELL_PADDING


def sheet_documents() -> SheetDocuments:
    font = print_font()
    font.setPointSizeF(FONT_STEPS[0])
    return SheetDocuments(style_sheet(FONT_STEPS[0]), font, layout_device(), SheetObjects())


def drawn(block: DayBlock) -> QImage:
    """The block on white, at its zoom, one pixel a layout unit."""
    image = QImage(int(WIDTH) + 2, int(block.height) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(block.zoom, block.zoom)
    block.draw(painter, paper_palette())
    painter.end()
    return image


def on_white(image: QImage) -> QImage:
    """A rendered page (transparent where nothing is drawn) on white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def dark(image: QImage, x: float, y: float) -> bool:
    return QColor(image.pixel(int(x), int(y))).lightness() < 200


def session(index: int, lines: int = 1) -> str:
    return "".join(f"<p>Session {index} line {n}</p>" for n in range(lines))


def test_more_sessions_than_columns_take_a_second_row_beside_one_label(qapp: Any) -> None:
    cells = DayCells("<b>Mon</b>", [session(i) for i in range(8)], columns=6)
    block = DayBlock(cells, sheet_documents(), WIDTH)
    block.lay_out(WIDTH, 1.0)
    assert [len(row) for row in block.rows] == [6, 2]
    image = drawn(block)
    between = DAY_GAP + block._row_heights[0] + GRID_LINE / 2
    label_middle = WIDTH * LABEL_PERCENT / 200
    assert dark(image, WIDTH / 2, between)  # a line between the two rows of sessions...
    assert not dark(image, label_middle, between)  # ...that stops at the label, which spans both
    assert dark(image, 0, between)  # the frame, left...
    assert dark(image, WIDTH - 1, between)  # ...and right


def test_a_day_with_nothing_planned_says_so_across_the_row(qapp: Any) -> None:
    block = DayBlock(DayCells("<b>Sun</b>", [], columns=1), sheet_documents(), WIDTH)
    block.lay_out(WIDTH, 1.0)
    (only,) = block.rows
    (cell,) = only
    assert cell.doc.toPlainText() == NOTHING_PLANNED
    label_edge = WIDTH * LABEL_PERCENT / 100
    assert cell.doc.textWidth() == WIDTH - label_edge - PAD


def test_a_label_taller_than_the_sessions_deepens_the_row(qapp: Any) -> None:
    label = "<br>".join(["<b>Mon</b>", "23 Nov", "running day", "morning", "pain"])
    block = DayBlock(DayCells(label, [session(1)], columns=1), sheet_documents(), WIDTH)
    block.lay_out(WIDTH, 1.0)
    label_height = block.label.doc.size().height()
    assert block.rows[0][0].doc.size().height() < label_height
    assert block.height == DAY_GAP + label_height + PAD + GRID_LINE


@settings(max_examples=40, deadline=None)
@given(
    counts=st.lists(st.integers(min_value=1, max_value=6), min_size=0, max_size=14),
    columns=st.integers(min_value=1, max_value=6),
    zoom=st.sampled_from([step / FONT_STEPS[0] for step in FONT_STEPS]),
)
def test_every_cell_fits_its_row_and_its_column_at_any_zoom(
    qapp: Any, counts: list[int], columns: int, zoom: float
) -> None:
    cells = DayCells("<b>Tue</b>", [session(i, n) for i, n in enumerate(counts)], columns)
    block = DayBlock(cells, sheet_documents(), WIDTH)
    block.lay_out(WIDTH, zoom)
    layout_width = WIDTH / zoom
    session_width = layout_width * (100 - LABEL_PERCENT) / 100
    assert len(block.rows) == max(1, -(-len(counts) // columns))
    for row, height in zip(block.rows, block._row_heights, strict=True):
        assert sum(cell.span for cell in row) <= columns
        for cell in row:
            assert cell.doc.size().height() + PAD <= height
            assert cell.doc.textWidth() == pytest.approx(session_width / columns * cell.span - PAD)
    assert block.label.doc.size().height() + PAD <= sum(block._row_heights)
    assert block.height == pytest.approx((DAY_GAP + sum(block._row_heights) + GRID_LINE) * zoom)


def test_a_session_repeated_in_the_week_is_one_document(qapp: Any, library: ContentLibrary) -> None:
    plan = busy_week()
    printer = WeekPrinter(plan, library)
    width, height = 1000.0, 700.0
    pages = printer.paginate(width, height)
    days = [b for page in pages for b in page if isinstance(b, DayBlock)]
    assert len(days) == 7
    shown = [cell for day in days for row in day.rows for cell in row]
    distinct = {id(cell.doc) for cell in shown}
    assert len(distinct) < len(shown)  # the busy week repeats its warm-up and stretching
    # Wherever it stands, a shared document has the width its cell gives it, at the zoom
    # the week printed in.
    for day in days:
        assert day.zoom == printer.font_pt / FONT_STEPS[0]
        for row in day.rows:
            for cell in row:
                edges = day._edges(day.layout_width)
                expected = edges[cell.first + cell.span] - edges[cell.first] - PAD
                assert cell.doc.textWidth() == expected


def test_a_day_taller_than_a_page_is_shrunk_onto_it_not_cut(qapp: Any) -> None:
    long_session = session(0, lines=120) + "<p>the very last line</p>"
    cells = DayCells("<b>Wed</b>", [long_session, session(1)], columns=2)

    def one_day(width: float, height: float) -> list[list[DayBlock]]:
        block = DayBlock(cells, sheet_documents(), width)
        block.lay_out(width, 1.0)
        assert block.height > height  # the case this is about
        return [[block]]

    def paint(device: QPagedPaintDevice) -> None:
        assert paint_pages(device, one_day, "tall day") == 1

    def set_up(device: QPagedPaintDevice) -> None:
        layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Landscape, QMarginsF()
        )
        device.setPageLayout(layout)

    pdf = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(pdf_document("tall day", "test", set_up, paint))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    assert pdf.pageCount() == 1
    text = squeeze(pdf.getAllText(0).text())  # small type: words come apart
    page = on_white(pdf.render(0, QSize(2380, 1680)))
    pdf.close()
    assert "Session0line0" in text
    assert "Session0line119theverylastline" in text
    # The frame's bottom edge is on the page: the day was drawn smaller (a narrower grid
    # at the left), not cut at the foot.
    inked = [
        y
        for y in range(page.height())
        if all(QColor(page.pixel(x, y)).lightness() < 250 for x in range(20, 400, 10))
    ]
    assert inked
    assert inked[0] < page.height() * 0.1  # the top edge
    assert inked[-1] > page.height() * 0.9  # and the bottom one
