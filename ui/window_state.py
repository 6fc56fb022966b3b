"""The main window as the user left it: its size and place, the last view, the list's column widths.

Kept in ``window.ini`` in the data folder beside the chosen language (see
:mod:`icvapp.ui.translation`): plain QSettings, readable before unlocking. Only
Qt's geometry and header blobs and a view's key go there — never anything typed
(a visit's words, a filter's text, a file name). ``tests/ui/test_window_state.py``
checks that the stored file holds none of a typed visit's text.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from icvapp.ui.translation import WINDOW_STATE

GEOMETRY = "window/geometry"
VIEW = "window/view"
VISIT_COLUMNS = "columns/visits"
#: The views a window may reopen on (the visit form is never reopened: a draft is offered instead).
VIEWS = ("visits", "rota", "issues", "scheme", "dashboard")


def settings_for(window: QMainWindow) -> QSettings:
    return QSettings(str(window.ctx.data_dir / WINDOW_STATE), QSettings.Format.IniFormat)


def save_window_state(window: QMainWindow) -> None:
    settings = settings_for(window)
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(VIEW, window.view_key())
    settings.setValue(VISIT_COLUMNS, window.list_view.table.horizontalHeader().saveState())
    settings.sync()


def restore_window_state(window: QMainWindow) -> None:
    """Put the window back as it was; a first start fits the screen, however small."""
    settings = settings_for(window)
    geometry = settings.value(GEOMETRY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        fit_to_screen(window)
    columns = settings.value(VISIT_COLUMNS)
    if isinstance(columns, QByteArray):
        window.list_view.table.horizontalHeader().restoreState(columns)
    view = settings.value(VIEW)
    if view in VIEWS and view != "visits":
        window.show_view(view)


def fit_to_screen(window: QMainWindow) -> None:
    """1100×760 where there is room; on a smaller screen, the screen's free area less a margin."""
    screen = QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen else None
    width, height = 1100, 760
    if free is not None:
        width, height = min(width, free.width() - 20), min(height, free.height() - 20)
        window.resize(width, height)
        window.move(free.center() - window.rect().center())
    else:
        window.resize(width, height)
