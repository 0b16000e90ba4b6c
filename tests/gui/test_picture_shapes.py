"""Exercise pictures keep their proportions in the player, whatever the window's shape."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot
from test_player_window import FakeClock, make_window, stretch

from calfcare.core.content.library import ContentLibrary
from calfcare.gui.widgets import pictures


def _inked(image: QImage, background: QColor) -> QRectF:
    """The box round every pixel that is not the background."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 0 and colour.rgb() != background.rgb():
                xs.append(x)
                ys.append(y)
    assert xs, "nothing drawn"
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def _shape(rect: QRectF) -> float:
    return rect.width() / rect.height()


def test_the_player_s_picture_keeps_its_shape_in_full_screen(
    qtbot: QtBot, library: ContentLibrary
) -> None:
    window = make_window(qtbot, library, stretch(library), clock=FakeClock())
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    picture = window.display.picture
    qtbot.waitUntil(picture.isVisible)
    box = picture.size()
    assert abs(box.width() / box.height() / (200 / 160) - 1) > 0.15  # a box of another shape
    background = picture.palette().color(picture.backgroundRole())
    drawn = _inked(picture.grab().toImage(), background)
    # The same drawing rendered in its own proportions.
    svg = pictures.picture_svg("standing_calf_stretch", picture.palette())
    assert svg is not None
    reference = QImage(400, 320, QImage.Format.Format_ARGB32)
    reference.fill(background)
    painter = QPainter(reference)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, 400, 320))
    painter.end()
    assert abs(_shape(drawn) / _shape(_inked(reference, background)) - 1) < 0.1
