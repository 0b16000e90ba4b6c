"""Painting packed pages: each block drawn in black on white, a page line at the foot."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from calfcare.export.paper import ink, paper_palette
from calfcare.export.pdf_language import with_language
from calfcare.export.print_font import print_font

if TYPE_CHECKING:
    from calfcare.export.sheet_blocks import SheetBlock

LAYOUT_DPI = 96
PAGE_LINE = 12.0  # "page 1 of 2" goes in the bottom margin, in this many layout units


def pdf_document(
    title: str,
    author: str,
    set_up: Callable[[QPagedPaintDevice], None],
    paint: Callable[[QPagedPaintDevice], None],
) -> bytes:
    """A whole PDF drawn in memory by ``paint`` (Qt's writer cannot report a full disk, so
    nothing is written until the document is complete and checked)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("CalfCare")
    writer.setAuthor(author)
    set_up(writer)
    paint(writer)
    del writer  # ends the document: the trailer is written into the buffer
    data = bytes(buffer.data().data())
    if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
        raise OSError(f"the PDF came out incomplete ({len(data)} bytes)")
    return with_language(data)


def page_area(device: QPagedPaintDevice) -> tuple[float, float]:
    """The printable width and height of ``device``'s page, in layout units."""
    dpi = device.logicalDpiX()  # a printer's or writer's resolution
    rect = device.pageLayout().paintRectPixels(dpi)
    scale = dpi / LAYOUT_DPI
    return rect.width() / scale, rect.height() / scale


Paginate = Callable[[float, float], Sequence[Sequence["SheetBlock"]]]


def paint_pages(device: QPagedPaintDevice, paginate: Paginate, title: str) -> int:
    """Pack the blocks into ``device``'s page area (``paginate(width, height)``) and paint
    them, each page with '<title> · page n of N' at the foot; returns the pages printed."""
    dpi = device.logicalDpiX()
    scale = dpi / LAYOUT_DPI
    width, height = page_area(device)
    pages = paginate(width, height)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start printing (the printer or file refused)")
    try:
        painter.scale(scale, scale)
        for number, blocks in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            ink(painter)
            _paint_page(painter, blocks, height)
            _page_line(painter, f"{title} · page {number} of {len(pages)}", width, height)
    finally:
        painter.end()
    return len(pages)


def _paint_page(painter: QPainter, blocks: Sequence[SheetBlock], height: float) -> None:
    y = 0.0
    palette = paper_palette()
    for block in blocks:
        painter.save()
        painter.translate(QPointF(0, y))
        shrink = min(1.0, height / block.height) if block.height else 1.0
        # Only a block taller than a page is ever shrunk further than its zoom.
        painter.scale(block.zoom * shrink, block.zoom * shrink)
        painter.setClipRect(
            QRectF(QPointF(0, 0), QSizeF(block.layout_width, block.height / block.zoom))
        )
        block.draw(painter, palette)
        painter.restore()
        y += block.height * shrink


def _page_line(painter: QPainter, text: str, width: float, height: float) -> None:
    font = print_font()
    font.setPixelSize(9)
    painter.setFont(font)
    ink(painter)
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(0, height + 3, width, PAGE_LINE), align, text)
