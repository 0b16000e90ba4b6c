"""Fonts sized relative to the system's, so the desktop's scaling still applies."""

from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` made larger or smaller relative to itself, so system scaling still applies."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font
