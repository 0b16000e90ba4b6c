"""Fusion with a clear focus ring: a 2 px outline in the highlight colour on whatever
has keyboard focus (buttons, check boxes, radio buttons, fields, combo and spin boxes,
sliders and tool buttons), in both palettes. A list keeps its selection colour.

Fusion's own focus marks are a faint tint or a 1 px line, and none at all on a
slider; a runner who steers by keyboard must see where they are at a glance.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

RING = 2  # pixels

_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_PanelLineEdit,
    QStyle.PrimitiveElement.PE_FrameFocusRect,
}
_CONTROLS = {QStyle.ControlElement.CE_PushButton}
_COMPLEX = {
    QStyle.ComplexControl.CC_ComboBox,
    QStyle.ComplexControl.CC_SpinBox,
    QStyle.ComplexControl.CC_Slider,
    QStyle.ComplexControl.CC_ToolButton,
}


def _ring(option: QStyleOption, painter: QPainter) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(option.palette.highlight().color(), RING))
    painter.setBrush(QBrush())  # no fill (and no Qt namespace on the start path)
    half = RING / 2
    rect = QRectF(option.rect).adjusted(half, half, -half, -half)
    painter.drawRoundedRect(rect, 3, 3)
    painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusRingStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_FrameFocusRect:
            if isinstance(widget, QAbstractItemView):
                # A list's current row is already marked by its selection colour, and the
                # sidebar has focus at start-up, when drawing in Python here would load
                # Python's copy of Qt's whole enum namespace (~25 ms) before the window.
                super().drawPrimitive(element, option, painter, widget)
            else:
                _ring(option, painter)  # replaces Fusion's faint one
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _PRIMITIVES and _focused(option):
            _ring(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in _CONTROLS and _focused(option):
            _ring(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and _focused(option):
            _ring(option, painter)
