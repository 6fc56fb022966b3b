"""The start-up baseline: the least a PySide6 desktop app can do.

Creates a QApplication and a QMainWindow, shows it, enters the event loop
once, says it is ready and quits. ``bench.run`` times this against the real app.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1024, 700)
    window.show()
    # The same marker as the app's (ui/app.py, ICVAPP_QUIT_WHEN_READY): shown, event loop idle.
    QTimer.singleShot(0, lambda: (print(f"ICVAPP_READY {time.time():.6f}", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
