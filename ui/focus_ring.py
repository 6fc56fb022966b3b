"""A focus ring anyone can see: two pixels of the palette's highlight around the control that has the focus.

Styles draw the focus as a dotted or 1 px pale line, easy to lose at 2 a.m. This
proxy keeps the user's style and draws the ring in the palette's Highlight
colour, so it follows light, dark and high-contrast themes (no fixed colour).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

RING = 2  # pixels


def draw_ring(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRoundedRect(QRectF(option.rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    """The application's own style, with a clearly visible focus ring."""

    def drawPrimitive(self, element, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_PanelLineEdit) \
                and option.state & QStyle.StateFlag.State_HasFocus:
            draw_ring(painter, option)

    def drawControl(self, element, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            draw_ring(painter, option)

    def drawComplexControl(self, control, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox) \
                and option.state & QStyle.StateFlag.State_HasFocus:
            draw_ring(painter, option)


def install_focus_ring(app: QApplication) -> None:
    """Wrap the current style once; calling again changes nothing."""
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
