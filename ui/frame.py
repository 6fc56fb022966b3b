"""The main window's frame, the first window a returning user sees: where the window will be, saying that
icvapp is opening, before the rest of the app has loaded.

Only what the frame needs loads before it shows. In particular nothing here touches Qt's ``Qt`` namespace,
whose hundred-odd enums PySide6 builds on first use (about 10 ms, 0.14 of a bare window's start): the label
is centred by stretches, and the busy cursor is set once the app behind the frame has loaded
(:meth:`OpeningWindow.busy`).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QElapsedTimer, QEventLoop
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from icvapp.ui.translation import settings_in, translate

#: The window's size and place in ``window.ini``, as the main window saves it (icvapp.ui.window_state).
GEOMETRY = "window/geometry"


class OpeningWindow(QMainWindow):
    """The main window's frame while the profile opens: where the window will be, saying it is opening.

    It offers nothing to click and never looks ready (no menus, no list; a busy cursor while the profile
    opens behind it); the real window replaces it as soon as the database is open. Deliberately still: an
    animated busy bar repaints through the app's Python style (the focus ring) many times a second and
    slowed the opening thread by ~0.1 s.
    """

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle("icvapp")
        box = QWidget()
        column, row = QVBoxLayout(box), QHBoxLayout()
        self.label = QLabel(translate("Startup", "Opening your scheme's encrypted data…"))
        self.label.setAccessibleName(translate("Startup", "Opening your data"))
        row.addStretch(1)
        row.addWidget(self.label)
        row.addStretch(1)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.setCentralWidget(box)
        self.resize(1100, 760)
        geometry = settings_in(data_dir).value(GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.replaced = self.abandoned = False

    def closeEvent(self, event) -> None:
        self.abandoned = not self.replaced  # the user closed it while it was opening: they want to quit
        super().closeEvent(event)

    def busy(self, working: bool) -> None:
        """The spinner while the profile opens behind the frame; the arrow while a dialog over it asks."""
        # deferred: Qt's namespace is built by the time the app behind the frame has loaded
        from PySide6.QtCore import Qt

        if working:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()


_opening: OpeningWindow | None = None
_said_shown = False


def say_shown() -> None:
    """Benchmarks (``ICVAPP_QUIT_WHEN_READY``): the first window is on screen and the event loop idle (it may
    not be usable yet), printed once as ``ICVAPP_SHOWN <epoch seconds>`` for bench/run.py."""
    global _said_shown
    if os.environ.get("ICVAPP_QUIT_WHEN_READY") and not _said_shown:
        _said_shown = True
        print(f"ICVAPP_SHOWN {time.time():.6f}", flush=True)


def frame() -> OpeningWindow | None:
    """The opening frame on screen, if any."""
    return _opening


def show_frame(data_dir: Path, *, painted: bool = True) -> OpeningWindow:
    """Show the opening frame (if it is not on screen already); with ``painted``, let it paint before the
    caller goes on loading the rest of the app."""
    global _opening
    if _opening is not None:
        return _opening
    _opening = OpeningWindow(data_dir)
    _opening.show()
    if painted:
        handle, clock = _opening.windowHandle(), QElapsedTimer()
        clock.start()
        # On a real screen the window is painted once the window system has exposed it; offscreen, at once.
        while True:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            if (handle is not None and handle.isExposed()) or clock.elapsed() > 200:
                break
        QCoreApplication.processEvents()
        say_shown()
    return _opening


def close_opening_window() -> None:
    global _opening
    if _opening is not None:
        _opening.replaced = True
        _opening.close()
        _opening.deleteLater()
        _opening = None
