"""A pad the staff member (the definition's staff noun) signs on with a mouse, touchpad or pen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GRID_W, GRID_H = 1000, 400  # the stored coordinates, whatever the pad's size on screen


class SignaturePad(QWidget):
    """Collects strokes as lists of [x, y] on a 1000 x 400 grid (integers, so they sign canonically)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, name: str | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[list[int]]] = []
        self.setMinimumSize(300, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(name or self.tr("Drawn signature"))
        self.setAccessibleDescription(self.tr("Draw with a mouse, touchpad or pen. Optional."))
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def value(self) -> list | None:
        strokes = [s for s in self.strokes if len(s) > 1]
        return strokes or None

    def clear(self) -> None:
        self.strokes = []
        self.update()
        self.changed.emit()

    def _grid(self, p: QPointF) -> list[int]:
        x = round(min(max(p.x(), 0), self.width()) * GRID_W / max(1, self.width()))
        y = round(min(max(p.y(), 0), self.height()) * GRID_H / max(1, self.height()))
        return [x, y]

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override; tablets arrive as mouse events too)
        if event.button() == Qt.MouseButton.LeftButton:
            self.strokes.append([self._grid(event.position())])
            self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and self.strokes:
            point = self._grid(event.position())
            if point != self.strokes[-1][-1]:
                self.strokes[-1].append(point)
                self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.changed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.palette()
        painter.fillRect(self.rect(), colours.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(colours.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        if self.is_empty():
            painter.setPen(colours.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Officer signs here (optional)"))
        painter.setPen(QPen(colours.color(QPalette.ColorRole.Text), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        sx, sy = self.width() / GRID_W, self.height() / GRID_H
        for stroke in self.strokes:
            path = QPainterPath(QPointF(stroke[0][0] * sx, stroke[0][1] * sy))
            for x, y in stroke[1:]:
                path.lineTo(x * sx, y * sy)
            painter.drawPath(path)
