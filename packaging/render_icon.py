"""Render the app's SVG icon to a square PNG with Qt (no other tool needed).

    python packaging/render_icon.py resources/icons/icvapp.svg out.png 1024

PyInstaller turns that PNG into the Windows ``.ico`` and the macOS ``.icns`` (with Pillow installed).
"""

from __future__ import annotations

import os
import sys


def render(svg: str, png: str, size: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"render_icon: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(png):
        raise SystemExit(f"render_icon: cannot write {png}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    render(sys.argv[1], sys.argv[2], int(sys.argv[3]))
