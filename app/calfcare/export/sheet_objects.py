"""What the sheet's documents draw themselves: pain boxes, and pictures from their SVG."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPyTextObject, QTextDocument, QTextFormat

from calfcare.export.week_html import PAIN_BOX

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

PAIN_BOX_SIZE = QSizeF(28, 14)  # layout units at the base type: room for "10" in pen


class SheetObjects(QPyTextObject):
    """Draws the sheet's images: pain boxes as outlines, pictures from their SVG.

    It takes over the document's image handler, so a pain box lays out like one
    character (a nested table per session cost about a quarter of the layout) and
    a picture prints as lines, sharp at any printer resolution.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._svgs: dict[str, QSvgRenderer] = {}

    def _svg(self, path: str) -> QSvgRenderer:
        if path not in self._svgs:
            from PySide6.QtSvg import QSvgRenderer  # only when pictures are printed

            self._svgs[path] = QSvgRenderer(path)
        return self._svgs[path]

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        image = fmt.toImageFormat()
        if image.name() == PAIN_BOX:
            return PAIN_BOX_SIZE
        natural = QSizeF(self._svg(image.name()).defaultSize())
        if natural.isEmpty():
            return QSizeF(0, 0)
        height = image.height() if image.height() > 0 else natural.height()
        return QSizeF(height * natural.width() / natural.height(), height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        image = fmt.toImageFormat()
        painter.save()
        if image.name() == PAIN_BOX:
            painter.setPen(QPen(QColor(0, 0, 0), 0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(0.4, 0.4, -0.4, -0.4))
        else:
            self._svg(image.name()).render(painter, QRectF(rect))
        painter.restore()
