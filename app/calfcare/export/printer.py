"""Printing in one object: the week to a printer (dialog, preview) or to a PDF file.

Each block of the sheet (header, a day, the footer) is laid out as its own
QTextDocument at 96 dpi and measured; pages break between blocks, so no
session is ever split or clipped. If the week would take more than two
pages, the type shrinks a step at a time (down to a floor) until it fits.
The documents draw their pain boxes and pictures through ``SheetObjects``,
in the print font (``print_font``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextDocument,
    QTextFormat,
)

from calfcare.core.assets import picture_file
from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan
from calfcare.core.storage import write_atomic
from calfcare.export.paper import locale_paper
from calfcare.export.print_font import print_font
from calfcare.export.sheet_objects import SheetObjects
from calfcare.export.sheet_pages import LAYOUT_DPI, page_area, paint_pages, pdf_document
from calfcare.export.week_html import style_sheet, week_range, week_sheet

if TYPE_CHECKING:  # QtPrintSupport loads QtWidgets: only the app's print dialog needs it
    from PySide6.QtPrintSupport import QPrinter

MAX_PAGES = 2
FONT_STEPS = (8.5, 7.75, 7.0, 6.5)  # points; 6.5 is still readable with reading glasses
ONE_PAGE_FLOOR = 7.0  # a week is squeezed onto one sheet only down to this size
MARGIN_MM = 8.0


def picture_src(exercise: str) -> str | None:
    """The shipped picture of an exercise, as a path QTextDocument can load, if there is one."""
    path = picture_file(exercise)
    return str(path) if path is not None else None


class SheetBlock:
    """One part of the sheet, laid out at a zoom: a zoom below 1 is smaller type."""

    def __init__(
        self,
        html: str,
        style: str,
        font: QFont,
        *,
        ref: QImage,
        width: float,
        objects: SheetObjects,
    ) -> None:
        self.doc = QTextDocument()
        layout = self.doc.documentLayout()
        layout.registerHandler(QTextFormat.ObjectTypes.ImageObject, objects)
        # Device and width come before the content: each set on a laid-out document
        # would lay it out again (measured: about a third of the export time).
        layout.setPaintDevice(ref)
        self.doc.setTextWidth(width)
        self.doc.setUseDesignMetrics(True)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font)
        self.doc.setDefaultStyleSheet(style)
        self.doc.setHtml(html)
        self.zoom = 1.0
        self.height = 0.0
        self.layout_width = width

    def lay_out(self, width: float, zoom: float) -> None:
        """Fit ``width`` (page units) at ``zoom``; ``height`` is then in page units too."""
        self.zoom = zoom
        if width / zoom != self.layout_width:
            self.layout_width = width / zoom
            self.doc.setTextWidth(self.layout_width)
        self.height = self.doc.size().height() * zoom


class WeekPrinter:
    """Prints one week; ``to_printer`` for dialogs and previews, ``to_pdf`` for files."""

    def __init__(
        self,
        plan: WeekPlan,
        library: ContentLibrary,
        *,
        name: str | None = None,
        paper: QPageSize.PageSizeId | None = None,
        landscape: bool = True,
        pictures: bool = False,
    ) -> None:
        self.plan = plan
        self.library = library
        self.name = name
        self.paper = paper if paper is not None else locale_paper()
        self.landscape = landscape
        self.pictures = pictures
        self.pages_printed = 0
        self.font_pt = FONT_STEPS[0]
        # The reference device fixes the layout resolution, whatever the screen's.
        self._ref = QImage(8, 8, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._ref.setDotsPerMeterX(dots_per_metre)
        self._ref.setDotsPerMeterY(dots_per_metre)
        self._objects = SheetObjects()

    def title(self) -> str:
        return f"CalfCare week {week_range(self.plan)}"

    def page_layout(self) -> QPageLayout:
        orientation = (
            QPageLayout.Orientation.Landscape
            if self.landscape
            else QPageLayout.Orientation.Portrait
        )
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        return QPageLayout(QPageSize(self.paper), orientation, margins, QPageLayout.Unit.Millimeter)

    def set_up(self, device: QPagedPaintDevice) -> None:
        """Give a printer or writer the week's paper, orientation and margins."""
        device.setPageLayout(self.page_layout())

    # Output ------------------------------------------------------------------------

    def to_printer(self, printer: QPrinter) -> None:
        """Paint the week on ``printer`` as set up (by ``set_up`` or the print dialog)."""
        printer.setDocName(self.title())
        self._paint(printer)

    def pdf_bytes(self) -> bytes:
        """The week as a whole PDF, drawn in memory (Qt's writer cannot report a full disk,
        so nothing is written until the document is complete)."""
        return pdf_document(self.title(), self.name or "CalfCare", self.set_up, self._paint)

    def to_pdf(self, path: Path) -> None:
        """Write the week as a PDF, atomically: the old file stays until the new one is whole."""
        write_atomic(Path(path), self.pdf_bytes())

    # Layout ------------------------------------------------------------------------

    def _blocks(self, width: float) -> list[SheetBlock]:
        base_pt = FONT_STEPS[0]
        sheet = week_sheet(
            self.plan,
            self.library,
            name=self.name,
            base_pt=base_pt,
            picture=picture_src if self.pictures else None,
            drawn_boxes=True,
        )
        font = print_font()
        font.setPointSizeF(base_pt)
        return [
            SheetBlock(html, sheet.style, font, ref=self._ref, width=width, objects=self._objects)
            for html in sheet.blocks()
        ]

    def paginate(self, width: float, height: float) -> list[list[SheetBlock]]:
        """Blocks packed into pages of ``height`` layout units, in the largest type that fits.

        One page if the type can stay at ``ONE_PAGE_FLOOR`` or above, else two pages,
        else as few as the smallest type allows. The sheet is parsed once; smaller
        type is a zoom (a wider layout drawn scaled down), so each try is a relayout.
        """
        blocks = self._blocks(width)

        def pages_at(font_pt: float) -> list[list[SheetBlock]]:
            self.font_pt = font_pt
            for block in blocks:
                block.lay_out(width, font_pt / FONT_STEPS[0])
            return _pack(blocks, height)

        pages = pages_at(FONT_STEPS[0])
        if len(pages) == 2:
            # Worth a try at one page only when the smaller type could plausibly get there.
            total = sum(b.height for b in blocks) * ONE_PAGE_FLOOR / FONT_STEPS[0]
            if total * 0.85 <= height:
                for font_pt in (f for f in FONT_STEPS[1:] if f >= ONE_PAGE_FLOOR):
                    if len(pages_at(font_pt)) == 1:
                        return _pack(blocks, height)
                pages = pages_at(FONT_STEPS[0])
        for font_pt in FONT_STEPS[1:]:
            if len(pages) <= MAX_PAGES:
                break
            pages = pages_at(font_pt)
        return pages

    def _paint(self, device: QPagedPaintDevice) -> None:
        width, height = page_area(device)
        pages = self.paginate(width, height)
        paint_pages(device, pages, self.title())
        self.pages_printed = len(pages)

    def block(self, html: str, width: float) -> SheetBlock:
        """Any HTML in the sheet's style and type, laid out at the base size (for extra pages)."""
        font = print_font()
        font.setPointSizeF(FONT_STEPS[0])
        block = SheetBlock(
            html,
            style_sheet(FONT_STEPS[0]),
            font,
            ref=self._ref,
            width=width,
            objects=self._objects,
        )
        block.lay_out(width, 1.0)
        return block


def _pack(blocks: Sequence[SheetBlock], height: float) -> list[list[SheetBlock]]:
    """Greedy: each block goes on the current page if it fits, else starts a new one."""
    pages: list[list[SheetBlock]] = [[]]
    used = 0.0
    for block in blocks:
        needed = min(block.height, height)
        if pages[-1] and used + needed > height:
            pages.append([])
            used = 0.0
        pages[-1].append(block)
        used += needed
    return pages
