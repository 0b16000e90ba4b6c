"""Exercise pictures: resources/pictures/<exercise>.svg, recoloured for the current palette.

The drawings use two placeholder colours, FIGURE for the figure and props and ACCENT
for the movement arrows; here they become the palette's WindowText and the theme's
accent, so the line art reads on light and dark windows alike.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer

from calfcare.core.assets import picture_file
from calfcare.gui.shell import theme

FIGURE = "#000000"
ACCENT = "#1f6f5c"
ASPECT = 160 / 200  # height over width of every drawing's viewBox


@lru_cache(maxsize=64)
def _drawing(exercise_id: str) -> str | None:
    path = picture_file(exercise_id)
    return path.read_text(encoding="utf-8") if path is not None else None


def recoloured(svg: str, figure: str, accent: str) -> str:
    """``svg`` with the placeholder colours swapped for ``figure`` and ``accent``."""
    # Through a marker, so an accent equal to the figure placeholder cannot be swapped twice.
    marker = "#accent-placeholder"
    return (
        svg.replace(ACCENT, marker).replace(FIGURE, figure.lower()).replace(marker, accent.lower())
    )


def colours(palette: QPalette | None = None) -> tuple[str, str]:
    """(figure, accent) for ``palette``, by default the application's current one."""
    palette = palette or QGuiApplication.palette()
    figure = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    # Read dark or light off the palette itself: while a new palette is being handed out,
    # theme.current() may still name the old one.
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return figure.name(), theme.ACCENT["dark" if dark else "light"]


@lru_cache(maxsize=128)
def _svg_bytes(exercise_id: str, figure: str, accent: str) -> bytes | None:
    svg = _drawing(exercise_id)
    return recoloured(svg, figure, accent).encode("utf-8") if svg is not None else None


def picture_svg(exercise_id: str, palette: QPalette | None = None) -> bytes | None:
    """The exercise's drawing in the palette's colours, or None if there is none."""
    return _svg_bytes(exercise_id, *colours(palette))


@lru_cache(maxsize=128)
def _image(
    exercise_id: str, figure: str, accent: str, *, width: int, height: int, ratio: float
) -> QImage | None:
    svg = _svg_bytes(exercise_id, figure, accent)
    if svg is None:
        return None
    renderer = QSvgRenderer(QByteArray(svg))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(
        round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def picture_image(
    exercise_id: str, size: QSize, ratio: float = 1.0, palette: QPalette | None = None
) -> QImage | None:
    """The drawing rendered at ``size`` (logical pixels, times ``ratio`` for HiDPI)."""
    figure, accent = colours(palette)
    return _image(
        exercise_id, figure, accent, width=size.width(), height=size.height(), ratio=ratio
    )


def size_for(width: int) -> QSize:
    """A picture size ``width`` wide with the drawings' own proportions."""
    return QSize(width, round(width * ASPECT))
