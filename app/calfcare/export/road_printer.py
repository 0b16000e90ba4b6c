"""Several weeks on paper: the road-back overview on page one, then each week on new pages.

Each week is paginated exactly as ``WeekPrinter`` prints it alone (two pages at
most, the type shrinking to fit), so a week in a multi-week print looks the same
as the week printed on its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from calfcare.core.content.library import ContentLibrary
from calfcare.core.planning.models import WeekPlan
from calfcare.core.profile import ComplaintKind
from calfcare.core.storage import write_atomic
from calfcare.export.paper import locale_paper
from calfcare.export.printer import WeekPrinter
from calfcare.export.road_html import road_overview
from calfcare.export.sheet_blocks import SheetBlock
from calfcare.export.sheet_pages import paint_pages, pdf_document
from calfcare.export.week_html import week_range


class RoadPrinter:
    """The overview and ``plans`` (consecutive weeks) as one document."""

    def __init__(
        self,
        plans: list[WeekPlan],
        library: ContentLibrary,
        kind: ComplaintKind,
        *,
        name: str | None = None,
    ) -> None:
        if not plans:
            raise ValueError("a road-back print needs at least one week")
        paper = locale_paper()
        self.plans = plans
        self.kind = kind
        self.name = name
        self.weeks = [WeekPrinter(p, library, name=name, paper=paper) for p in plans]
        self.pages_printed = 0
        self.week_pages: list[int] = []  # pages each week took

    def title(self) -> str:
        first, last = week_range(self.plans[0]), week_range(self.plans[-1])
        return f"CalfCare road back {first.split(' – ')[0]} – {last.split(' – ')[1]}"

    def paginate(self, width: float, height: float) -> list[list[SheetBlock]]:
        """The overview page, then each week's pages."""
        overview = self.weeks[0].block(road_overview(self.plans, self.kind, name=self.name), width)
        pages: list[list[SheetBlock]] = [[overview]]
        self.week_pages = []
        for week in self.weeks:
            packed = week.paginate(width, height)
            self.week_pages.append(len(packed))
            pages += packed
        return pages

    def _paint(self, device: QPagedPaintDevice) -> None:
        self.pages_printed = paint_pages(device, self.paginate, self.title())

    def pdf_bytes(self) -> bytes:
        """The whole print as a PDF, drawn in memory (see ``WeekPrinter.pdf_bytes``)."""
        name = self.name or "CalfCare"
        return pdf_document(self.title(), name, self.weeks[0].set_up, self._paint)

    def to_pdf(self, path: Path) -> None:
        write_atomic(Path(path), self.pdf_bytes())
