"""The window's start: a window in front of the user first, the rest of the app behind it.

Before the first window shows, only Qt, the chosen language and the opening frame load. A returning
user's frame (a scheme is kept in the data folder) is on screen at about the time a bare PySide6 window
would be; the profiles, the dialogs, the focus ring and the database layer load behind it, and then the
unlock dialog opens over it, or the profile opens behind it (:mod:`icvapp.ui.app`). A first run has no
frame: its first window is the welcome.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from icvapp.profile.paths import profile_exists, resolve_data_dir
from icvapp.resources import path as shipped
from icvapp.ui.frame import show_frame
from icvapp.ui.translation import chosen_language, install_language

DESKTOP_ID = "uk.org.icvapp"


def name_app(app: QApplication) -> None:
    """The app's name, icon and desktop entry, so the dock and the window's title bar show ours."""
    app.setApplicationName("icvapp")
    app.setApplicationDisplayName("icvapp")
    app.setWindowIcon(QIcon(str(shipped("icons", "icvapp.svg"))))
    QGuiApplication.setDesktopFileName(DESKTOP_ID)  # matches packaging's uk.org.icvapp.desktop


def run_gui(data_dir_arg: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_app(app)
    data_dir = resolve_data_dir(data_dir_arg)
    install_language(app, chosen_language(data_dir))
    if profile_exists(data_dir):
        show_frame(data_dir)
    # deferred: the profiles, the dialogs and the database layer load once the frame is on screen
    from icvapp.ui.app import run_behind_frame

    return run_behind_frame(app, data_dir)
