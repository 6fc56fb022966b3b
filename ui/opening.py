"""Opening a profile behind the window's frame (:mod:`icvapp.ui.frame`), and the modules loaded on a
background thread while the user types a passphrase.

Importing is safe off the GUI thread (no widget is built there); the GUI thread waits for the background
import to finish (:func:`warmed`) before it imports anything itself, so the two never import at once.
"""

from __future__ import annotations

import threading
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal

from icvapp.ui.frame import say_shown, show_frame

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


class _Finished(QObject):
    """Tells the GUI thread, through its event loop, that the background opening is done."""

    done = Signal()


def open_behind_frame(data_dir: Path, passphrase: str | None = None) -> AppContext | None:
    """Show the opening frame (if it is not on screen already), then open the profile (and load the main
    window's modules) off the GUI thread."""
    shown = show_frame(data_dir, painted=False)  # on screen since the start already, as a rule
    shown.busy(True)
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
        say_shown()  # Benchmarks: the frame is the first window the user sees (said once)
        worker = threading.Thread(target=work, name="icvapp-open", daemon=True)
        worker.start()
        outcome["thread"] = worker

    QTimer.singleShot(0, start)  # once the frame is shown and painted
    loop.exec()
    outcome["thread"].join()
    if "error" in outcome:
        raise outcome["error"]
    if shown.abandoned:
        outcome["ctx"].close()
        return None
    return outcome["ctx"]
