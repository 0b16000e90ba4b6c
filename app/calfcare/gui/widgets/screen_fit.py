"""Windows open inside the screen they are on: small laptop screens and 200% scaling
(1920x1080 at 200% is 960x540) must not push buttons out of reach."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders, which Qt knows only once shown.
FRAME = QSize(16, 48)


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(wanted: QSize, area: QRect) -> QSize:
    """``wanted``, made no bigger than ``area`` leaves once the frame is counted."""
    return QSize(
        max(1, min(wanted.width(), area.width() - FRAME.width())),
        max(1, min(wanted.height(), area.height() - FRAME.height())),
    )


def open_fitted(window: QWidget, wanted: QSize) -> None:
    """Size ``window`` to ``wanted`` or as much of it as the screen has, centred on it."""
    area = available_area(window)
    size = fitted(wanted, area).expandedTo(window.minimumSize())
    window.resize(size)
    # move() places the frame's corner: centre the frame, not just the inside.
    outside = size + FRAME
    corner = area.center() - QPoint(outside.width() // 2, outside.height() // 2)
    window.move(max(area.left(), corner.x()), max(area.top(), corner.y()))


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a restored window so that all of it is on its screen again."""
    area = available_area(window)
    size = fitted(window.size(), area).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.left(), frame.top()):
        window.move(max(x, area.left()), max(y, area.top()))
