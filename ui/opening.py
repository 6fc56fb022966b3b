"""What the user sees first while icvapp starts: the main window's frame while a profile opens, and the
modules loaded on a background thread while the user types a passphrase.

Importing is safe off the GUI thread (no widget is built there); the GUI thread waits for the background
import to finish (:func:`warmed`) before it imports anything itself, so the two never import at once.
"""

from __future__ import annotations

import os
import threading
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from icvapp.ui.translation import translate

if TYPE_CHECKING:
    from icvapp.profile.context import AppContext


#: What opening a profile and showing the main window will import, in the order they need it.
WARM_UP = ("icvapp.profile.context", "icvapp.ui.main_window", "icvapp.ui.visit_form")
_warming: threading.Thread | None = None


def warm_up() -> None:
    """Import the database layer and the main window's modules on a background thread.

    Importing is safe off the GUI thread (no widget is built); :func:`warmed` waits for it to finish
    before the GUI thread imports anything itself, so the two never import at the same time.
    """
    global _warming
    if _warming is None:
        _warming = threading.Thread(target=_import_quietly, args=WARM_UP, name="icvapp-warm-up", daemon=True)
        _warming.start()


def _import_quietly(*names: str) -> None:
    for name in names:
        try:
            import_module(name)
        except Exception:  # noqa: BLE001 - the GUI thread imports it again and reports any real problem
            return


def warmed() -> None:
    if _warming is not None:
        _warming.join()


class OpeningWindow(QMainWindow):
    """The main window's frame while the profile opens: where the window will be, saying it is opening.

    It offers nothing to click and never looks ready (no menus, no list, a busy cursor); the real window
    replaces it as soon as the database is open. Deliberately still: an animated busy bar repaints through
    the app's Python style (the focus ring) many times a second and slowed the opening thread by ~0.1 s.
    """

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle("icvapp")
        box = QWidget()
        column = QVBoxLayout(box)
        self.label = QLabel(translate("Startup", "Opening your scheme's encrypted data…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(translate("Startup", "Opening your data"))
        column.addStretch(1)
        column.addWidget(self.label)
        column.addStretch(1)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self.setCentralWidget(box)
        self.resize(1100, 760)
        from icvapp.ui.window_state import GEOMETRY, settings_in  # deferred: only the window's size and place

        geometry = settings_in(data_dir).value(GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.replaced = self.abandoned = False

    def closeEvent(self, event) -> None:
        self.abandoned = not self.replaced  # the user closed it while it was opening: they want to quit
        super().closeEvent(event)


class _Finished(QObject):
    """Tells the GUI thread, through its event loop, that the background opening is done."""

    done = Signal()


_opening: OpeningWindow | None = None


def close_opening_window() -> None:
    global _opening
    if _opening is not None:
        _opening.replaced = True
        _opening.close()
        _opening.deleteLater()
        _opening = None


def open_behind_frame(data_dir: Path, passphrase: str | None = None, on_shown=None) -> AppContext | None:
    """Show the opening frame, then open the profile (and load the main window's modules) off the GUI thread."""
    global _opening
    _opening = OpeningWindow(data_dir)
    _opening.show()
    outcome: dict = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            from icvapp.profile.context import open_profile  # deferred: SQLAlchemy loads here, off the GUI thread

            outcome["ctx"] = open_profile(data_dir, passphrase)
            import_module("icvapp.ui.main_window")  # the GUI thread only builds it
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            outcome["error"] = exc
        finally:
            finished.done.emit()

    def start() -> None:
        if on_shown is not None and os.environ.get("ICVAPP_QUIT_WHEN_READY"):
            on_shown()  # Benchmarks: the frame is the first window the user sees
        worker = threading.Thread(target=work, name="icvapp-open", daemon=True)
        worker.start()
        outcome["thread"] = worker

    QTimer.singleShot(0, start)  # once the frame is shown and painted
    loop.exec()
    outcome["thread"].join()
    if "error" in outcome:
        raise outcome["error"]
    if _opening is not None and _opening.abandoned:
        outcome["ctx"].close()
        return None
    return outcome["ctx"]
