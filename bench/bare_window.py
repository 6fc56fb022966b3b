"""The start-up baseline: the least a PySide6 desktop app can do.

Creates a QApplication and a QMainWindow, shows it, enters the event loop
once and quits. ``bench.run`` times this against the real app.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1024, 700)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
