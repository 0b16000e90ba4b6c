"""Printing in one object: the week to a printer (dialog, preview) or to a PDF file.

Each block of the sheet (header, a day, the footer) is laid out at 96 dpi and
measured (``sheet_blocks``); pages break between blocks, so no session is ever
split or clipped. If the week would take more than two pages, the type
shrinks a step at a time (down to a floor) until it fits. The documents draw
their pain boxes and pictures through ``SheetObjects``, in the print font
(``print_font``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize

from calfcare.core.assets import picture_file
from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan
from calfcare.core.storage import write_atomic
from calfcare.export.paper import locale_paper
from calfcare.export.print_font import print_font
from calfcare.export.sheet_blocks import (
    DayBlock,
    SheetBlock,
    SheetDocuments,
    TextBlock,
    layout_device,
)
from calfcare.export.sheet_objects import SheetObjects
from calfcare.export.sheet_pages import paint_pages, pdf_document
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
        self._ref = layout_device()
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

    def _documents(self, style: str) -> SheetDocuments:
        font = print_font()
        font.setPointSizeF(FONT_STEPS[0])
        return SheetDocuments(style, font, self._ref, self._objects)

    def _blocks(self, width: float) -> list[SheetBlock]:
        sheet = week_sheet(
            self.plan,
            self.library,
            name=self.name,
            base_pt=FONT_STEPS[0],
            picture=picture_src if self.pictures else None,
            drawn_boxes=True,
        )
        docs = self._documents(sheet.style)
        return [
            TextBlock(sheet.header, docs, width),
            *(DayBlock(cells, docs, width) for cells in sheet.day_cells),
            TextBlock(sheet.footer, docs, width),
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
        self.pages_printed = paint_pages(device, self.paginate, self.title())

    def block(self, html: str, width: float) -> SheetBlock:
        """Any HTML in the sheet's style and type, laid out at the base size (for extra pages)."""
        block = TextBlock(html, self._documents(style_sheet(FONT_STEPS[0])), width)
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
