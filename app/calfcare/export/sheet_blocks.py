"""The parts of a printed sheet: each laid out, measured and drawn as one piece.

A ``TextBlock`` is one QTextDocument (the header, the footer, an overview page).
A ``DayBlock`` is a day's row: the label and each session are documents of their
own, set side by side on a grid the block draws itself. Qt lays out a table by
setting every cell twice (once unwrapped, to learn its widths) and draws each
cell's borders piece by piece; a row of plain documents lays out in about half
the time (measured on the busy week: 2.6 ms against 5.4 ms a pass).

Every size here is in layout units (1/96 inch at the base type); ``height`` is
in page units, after the zoom that makes the type smaller.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
    QTextFormat,
)

from calfcare.export.sheet_objects import SheetObjects
from calfcare.export.sheet_pages import LAYOUT_DPI
from calfcare.export.week_html import LABEL_PERCENT, NOTHING_PLANNED, DayCells

GRID_LINE = 1.0  # a grid line's width
OUTER_INK = "#000000"  # the day's frame
INNER_INK = "#555555"  # the lines between its cells
CELL_PADDING = 3.0
DAY_GAP = 4.0  # space above each day


def layout_device() -> QImage:
    """The device every sheet lays out on: it fixes the resolution, whatever the screen's."""
    device = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


class SheetDocuments:
    """Makes one sheet's documents, all in its type and CSS, on its layout device.

    The CSS is parsed once: each document starts as a copy of a styled empty one
    (parsing it for each of a week's thirty-odd documents took a tenth of the
    export). The same HTML at the same width is one document however often the
    sheet shows it: a week repeats its sessions, and each is set only once.
    """

    def __init__(self, style: str, font: QFont, ref: QImage, objects: SheetObjects) -> None:
        self._ref = ref
        self._objects = objects
        self._styled = QTextDocument()
        self._styled.setUseDesignMetrics(True)
        self._styled.setDefaultFont(font)
        self._styled.setDefaultStyleSheet(style)
        self._made: dict[tuple[str, float], QTextDocument] = {}

    def document(self, html: str, width: float) -> QTextDocument:
        """``html`` set in the sheet's style, laid out ``width`` wide."""
        made = self._made.get((html, width))
        if made is not None:
            return made
        doc = self._styled.clone()
        doc.setParent(None)  # PySide ties a clone to its source: this makes it ours
        layout = doc.documentLayout()
        layout.registerHandler(QTextFormat.ObjectTypes.ImageObject, self._objects)
        # Device and width come before the content: each set on a laid-out document
        # would lay it out again (measured: about a third of the export time).
        layout.setPaintDevice(self._ref)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        doc.setHtml(html)
        self._made[html, width] = doc
        return doc


def set_width(doc: QTextDocument, width: float) -> None:
    """Lay ``doc`` out ``width`` wide, unless it already is (a shared document is asked
    once by each block that shows it, and every set width lays it out again)."""
    if doc.textWidth() != width:
        doc.setTextWidth(width)


def draw_document(
    painter: QPainter, doc: QTextDocument, palette: QPalette, at: QPointF, width: float
) -> None:
    """``doc`` with its top left at ``at``, in the sheet's ink whatever the app's theme."""
    painter.save()
    painter.translate(at)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Ink on paper: a dark theme's light text would otherwise print all but invisible.
    context.palette = palette
    context.clip = QRectF(0, 0, width, doc.size().height())
    doc.documentLayout().draw(painter, context)
    painter.restore()


class SheetBlock(ABC):
    """A piece of the sheet laid out at a zoom: a zoom below 1 is smaller type."""

    def __init__(self, width: float) -> None:
        self.zoom = 1.0
        self.height = 0.0
        self.layout_width = width

    def lay_out(self, width: float, zoom: float) -> None:
        """Fit ``width`` (page units) at ``zoom``; ``height`` is then in page units too."""
        self.zoom = zoom
        if width / zoom != self.layout_width:
            self.layout_width = width / zoom
            self._set_width(self.layout_width)
        self.height = self._natural_height() * zoom

    @abstractmethod
    def documents(self) -> list[QTextDocument]:
        """The documents the block draws (one may stand in several places)."""

    @abstractmethod
    def draw(self, painter: QPainter, palette: QPalette) -> None:
        """The block at the origin, in layout units (the caller scales by the zoom)."""

    @abstractmethod
    def _set_width(self, width: float) -> None:
        """Lay the documents out for a block ``width`` layout units wide."""

    @abstractmethod
    def _natural_height(self) -> float:
        """The block's height in layout units, as last laid out."""


class TextBlock(SheetBlock):
    """One document: the header, the footer, any page of running text."""

    def __init__(self, html: str, docs: SheetDocuments, width: float) -> None:
        super().__init__(width)
        self.doc = docs.document(html, width)

    def documents(self) -> list[QTextDocument]:
        return [self.doc]

    def draw(self, painter: QPainter, palette: QPalette) -> None:
        draw_document(painter, self.doc, palette, QPointF(0, 0), self.layout_width)

    def _set_width(self, width: float) -> None:
        set_width(self.doc, width)

    def _natural_height(self) -> float:
        return self.doc.size().height()


@dataclass
class _Cell:
    """A cell of a day's grid: its document and the columns it spans."""

    doc: QTextDocument
    first: int  # column, 0 being the label's
    span: int = 1


class DayBlock(SheetBlock):
    """A day: the label down the left, its sessions ``columns`` abreast, framed in a grid."""

    def __init__(self, cells: DayCells, docs: SheetDocuments, width: float) -> None:
        super().__init__(width)
        self.columns = cells.columns
        edges = self._edges(width)
        self.label = _Cell(docs.document(cells.label, self._inner(edges, 0, 1)), 0)
        self.rows: list[list[_Cell]] = []
        for row in cells.rows():
            if not row:  # a day with nothing planned says so across the whole row
                span = self.columns
                doc = docs.document(NOTHING_PLANNED, self._inner(edges, 1, span))
                self.rows.append([_Cell(doc, 1, span)])
                continue
            self.rows.append(
                [
                    _Cell(docs.document(html, self._inner(edges, 1 + i, 1)), 1 + i)
                    for i, html in enumerate(row)
                ]
            )
        self._row_heights: list[float] = []

    def documents(self) -> list[QTextDocument]:
        return [self.label.doc, *(cell.doc for row in self.rows for cell in row)]

    def _edges(self, width: float) -> list[float]:
        """Where each column starts, and the right edge last."""
        label = width * LABEL_PERCENT / 100
        step = (width - label) / self.columns
        return [0.0, *(label + step * i for i in range(self.columns)), width]

    @staticmethod
    def _inner(edges: list[float], first: int, span: int) -> float:
        """The width a cell's text has between its lines and padding (a sliver at least,
        on the narrowest paper a printer may offer)."""
        return max(1.0, edges[first + span] - edges[first] - GRID_LINE - 2 * CELL_PADDING)

    def _set_width(self, width: float) -> None:
        edges = self._edges(width)
        for cell in (self.label, *(c for row in self.rows for c in row)):
            set_width(cell.doc, self._inner(edges, cell.first, cell.span))

    def _natural_height(self) -> float:
        pad = GRID_LINE + 2 * CELL_PADDING
        self._row_heights = [max(c.doc.size().height() for c in row) + pad for row in self.rows]
        # The label spans every row: a label taller than the sessions deepens the last row.
        short = self.label.doc.size().height() + pad - sum(self._row_heights)
        if short > 0:
            self._row_heights[-1] += short
        return DAY_GAP + sum(self._row_heights) + GRID_LINE

    def draw(self, painter: QPainter, palette: QPalette) -> None:
        edges = self._edges(self.layout_width)
        inset = GRID_LINE + CELL_PADDING
        top = DAY_GAP
        bottom = top + sum(self._row_heights)
        label_width = self._inner(edges, 0, 1)
        draw_document(painter, self.label.doc, palette, QPointF(inset, top + inset), label_width)
        y = top
        half = GRID_LINE / 2
        lines: list[QLineF] = []
        for row, height in zip(self.rows, self._row_heights, strict=True):
            for cell in row:
                width = self._inner(edges, cell.first, cell.span)
                at = QPointF(edges[cell.first] + inset, y + inset)
                draw_document(painter, cell.doc, palette, at, width)
            if y > top:  # the line above every row but the first, right of the label
                lines.append(QLineF(edges[1], y + half, edges[-1], y + half))
            # The lines between the columns: a row with nothing planned has one cell.
            dividers = [row[0].first] if row[0].span > 1 else range(1, len(edges) - 1)
            lines += [QLineF(edges[i] + half, y, edges[i] + half, y + height) for i in dividers]
            y += height
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(INNER_INK), GRID_LINE))
        painter.drawLines(lines)
        painter.setPen(QPen(QColor(OUTER_INK), GRID_LINE))
        painter.drawRect(QRectF(half, top + half, self.layout_width - GRID_LINE, bottom - top))
        painter.restore()
