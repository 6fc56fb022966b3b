"""The app's side of the accessibility-tree test: open a data folder and show one window at a time.

Run by tests/ui/test_accessibility_tree.py under Xvfb on a private session bus:

    python tests/ui/a11y/show_windows.py DATA_FOLDER PASSPHRASE

It reads a window's name per line on stdin ("visit-list", "visit-form", "dashboard",
"dashboard-tables" — its charts switched to tables —, "unlock"), shows it, and answers "shown NAME" once it is painted and settled, so the
reader can walk the accessible tree. "quit" ends it.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from icvapp.profile.context import open_profile
from icvapp.ui.dialogs import UnlockDialog
from icvapp.ui.main_window import MainWindow

TODAY = dt.date(2026, 11, 23)  # the demo's "today" (tests/conftest.py DEMO_TODAY)
WINDOWS = ("visit-list", "visit-form", "dashboard", "dashboard-tables", "unlock")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


class Shows:
    """One main window on the data folder, and the unlock dialog."""

    def __init__(self, app: QApplication, folder: Path, passphrase: str) -> None:
        self.app, self.folder = app, folder
        self.ctx = open_profile(folder, passphrase)
        self.window = MainWindow(self.ctx)
        self.window.resize(1180, 780)
        self.window.dashboard.today = TODAY
        self.dialog: UnlockDialog | None = None

    def show(self, name: str) -> None:
        if name == "unlock":
            self.window.hide()
            self.dialog = UnlockDialog(f"Your data in {self.folder.name} is protected by your passphrase.",
                                       lambda _p: None, None)
            self.dialog.show()
            settle(self.app)
            return
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.window.show()
        if name == "visit-list":
            self.window.show_page(self.window.list_view)
        elif name == "visit-form":
            self.window.open_visit(3)
        elif name.startswith("dashboard"):
            self.window.show_page(self.window.dashboard)
            board = self.window.dashboard
            for _ in range(400):  # the figures are worked out off the GUI thread
                settle(self.app, 0.05)
                if board.summary is not None:
                    break
            board.as_tables.setChecked(name == "dashboard-tables")  # each chart's table of figures
        settle(self.app)

    def close(self) -> None:
        if self.window.editing():
            self.window.form.dirty = False
        self.window.close()
        if self.dialog is not None:
            self.dialog.close()
        self.ctx.close()


class Commands(QObject):
    """Lines from stdin, read on a thread and handed to the GUI thread: Qt's loop must keep running
    meanwhile, or the app cannot answer the accessibility bus."""

    line = Signal(str)

    def start(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for text in sys.stdin:
            self.line.emit(text.strip())
        self.line.emit("quit")


def main() -> int:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    app.setApplicationName("icvapp")
    shows = Shows(app, folder, passphrase)
    commands = Commands()

    def run(name: str) -> None:
        if name == "quit":
            shows.close()
            app.quit()
        elif name in WINDOWS:
            shows.show(name)
            print(f"shown {name}", flush=True)
        else:
            print(f"unknown {name}", flush=True)

    commands.line.connect(run, Qt.ConnectionType.QueuedConnection)
    commands.start()
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
