"""The control with the focus wears a ring two pixels wide in the palette's highlight colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from icvapp.ui.focus_ring import FocusRingStyle, install_focus_ring


@pytest.fixture
def ringed(qapp):
    before = qapp.style().name()
    install_focus_ring(qapp)
    yield qapp
    qapp.setStyle(before)


def highlight_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    hl = widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if all(abs(a - b) < 30 for a, b in zip(image.pixelColor(x, y).getRgb()[:3], hl.getRgb()[:3],
                                                      strict=True)))


def test_every_kind_of_control_shows_where_the_focus_is(qtbot, ringed):
    assert isinstance(ringed.style(), FocusRingStyle)
    holder = QWidget()
    qtbot.addWidget(holder)
    first = QCheckBox("Somewhere else")
    controls = [QLineEdit("Amrit"), QPushButton("Save"), QComboBox(), QCheckBox("Past midnight"), QTableWidget(2, 2)]
    layout = QVBoxLayout(holder)
    for w in (first, *controls):
        layout.addWidget(w)
    holder.resize(300, 320)
    holder.show()
    qtbot.waitActive(holder)
    first.setFocus()
    for w in controls:
        unfocused = highlight_pixels(w)
        w.setFocus()
        qtbot.waitUntil(w.hasFocus)
        ring = 100  # a two-pixel ring round even a short check box label
        assert highlight_pixels(w) - unfocused >= ring, type(w).__name__


def test_installing_twice_wraps_the_style_once(ringed):
    style = ringed.style()
    install_focus_ring(ringed)
    assert ringed.style() is style
