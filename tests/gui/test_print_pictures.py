"""Pictures on the printed week: each beside its own exercise, in its own proportions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QPainter, QTextDocument, QTextFormat

from calfcare.core.content.library import load_library
from calfcare.core.planning.week import build_week
from calfcare.export.printer import WeekPrinter
from calfcare.export.sheet_objects import PAIN_BOX, SheetObjects

from support import MONDAY, make_profile

VIEWBOX = 200 / 160  # width over height of every drawing


class Seen(SheetObjects):
    """The sheet's own drawing, noting where each picture went."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[tuple[QTextDocument, int, QRectF]] = []

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        if fmt.toImageFormat().name() != PAIN_BOX:
            self.drawn.append((doc, pos, QRectF(rect)))
        super().drawObject(painter, rect, doc, pos, fmt)


def test_each_picture_sits_on_its_exercise_s_line_and_keeps_its_shape(qapp: Any) -> None:
    library = load_library()
    plan = build_week(make_profile(age=45), MONDAY, None, library=library)
    printer = WeekPrinter(plan, library, pictures=True)
    seen = Seen()
    printer._objects = seen
    width, height = 1000.0, 700.0
    pages = printer.paginate(width, height)
    canvas = QImage(int(width), 4000, QImage.Format.Format_RGB32)
    for doc in (d for page in pages for b in page for d in b.documents()):
        painter = QPainter(canvas)
        doc.drawContents(painter)
        painter.end()
    assert len(seen.drawn) > 10
    for doc, pos, rect in seen.drawn:
        assert abs(rect.width() / rect.height() - VIEWBOX) < 0.02  # not squeezed
        paragraph = doc.findBlock(pos)
        line = doc.documentLayout().blockBoundingRect(paragraph)
        name = paragraph.text().strip()
        # The picture is drawn within the paragraph of its own exercise, not below it.
        assert line.top() - 1 <= rect.center().y() <= line.bottom() + 1, name
        assert rect.left() < line.left() + width / 3  # at the start of the line, in a column
