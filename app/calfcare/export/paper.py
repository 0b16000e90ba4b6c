"""The paper: A4 or Letter by the system's country, and black ink whatever the theme."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPageSize, QPainter, QPalette

LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.PuertoRico,
    }
)


INK = "#000000"


def paper_palette() -> QPalette:
    """Black on white for the sheet's documents, whatever the app's theme."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor(INK))
    return palette


def locale_paper(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where the locale's country uses it, else A4."""
    territory = (locale or QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def ink(painter: QPainter) -> None:
    """A black pen that is surely recorded: the preview records each page and replays it
    with the viewer's pen (light in a dark theme), and a pen equal to the current one is
    not recorded, so another is set first."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setPen(QColor(INK))
