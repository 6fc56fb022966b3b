"""The main window as the user left it: its size and place, the last view, its tables' column widths.

Kept in ``window.ini`` in the data folder beside the chosen language (see
:mod:`icvapp.ui.translation`): plain QSettings, readable before unlocking. Only
Qt's geometry and header blobs and a view's key go there — never anything typed
(a visit's words, a filter's text, a file name). ``tests/ui/test_unlock_and_window_state.py``
checks that the stored file holds none of a typed visit's text; ``tests/ui/test_column_widths.py``
that each table's widths come back.

A table's widths are kept under ``columns/<key>``: the visit list's here, any
other table's once its view calls :func:`remember_columns`. Until the user
has widths of their own, such a table fits its columns to their titles and
contents the first time it is shown.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QTableView

from icvapp.ui.frame import GEOMETRY
from icvapp.ui.translation import settings_in

VIEW = "window/view"
VISIT_COLUMNS = "columns/visits"
#: The views a window may reopen on (the visit form is never reopened: a draft is offered instead).
VIEWS = ("visits", "rota", "issues", "scheme", "dashboard")
#: A table's property naming where its widths are kept (``columns/<key>``).
COLUMNS_KEY = "columnsKey"
#: A table's property: True once its widths are worth keeping (the user's, or fitted to rows).
COLUMNS_SETTLED = "columnsSettled"
#: However long a square's text, a column is first fitted no wider than this (its title is never cut).
WIDEST = 360
#: Space beside a column's widest text, so neighbouring columns do not read as one.
PADDING = 16


def settings_for(window: QMainWindow) -> QSettings:
    return settings_in(window.ctx.data_dir)


def columns_setting(key: str) -> str:
    return f"columns/{key}"


def save_window_state(window: QMainWindow) -> None:
    settings = settings_for(window)
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(VIEW, window.view_key())
    window.list_view.table.setProperty(COLUMNS_KEY, "visits")
    window.list_view.table.setProperty(COLUMNS_SETTLED, True)
    for table in window.findChildren(QTableView):
        key = table.property(COLUMNS_KEY)
        if key and table.property(COLUMNS_SETTLED):
            settings.setValue(columns_setting(key), table.horizontalHeader().saveState())
    settings.sync()


def restore_window_state(window: QMainWindow) -> None:
    """Put the window back as it was; a first start fits the screen, however small."""
    settings = settings_for(window)
    geometry = settings.value(GEOMETRY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        fit_to_screen(window)
    restore_columns(window.list_view.table, settings, "visits")
    view = settings.value(VIEW)
    if view in VIEWS and view != "visits":
        window.show_view(view)


def restore_columns(table: QAbstractItemView, settings: QSettings, key: str) -> bool:
    """Put back the widths kept for ``table`` under ``key``; they are saved with the window from now on."""
    table.setProperty(COLUMNS_KEY, key)
    state = settings.value(columns_setting(key))
    restored = isinstance(state, QByteArray) and table.horizontalHeader().restoreState(state)
    table.setProperty(COLUMNS_SETTLED, restored)
    return restored


def remember_columns(table: QTableView, key: str, data_dir: Path, *, fill: int | None = None) -> None:
    """Keep ``table``'s column widths across restarts, and size them sensibly until the user does.

    Every column can be resized and the last one stretches. The widths the user left come back;
    without them the table fits each column to its title and contents (never narrower than its title,
    no wider than :data:`WIDEST`) when first shown, and column ``fill`` takes any width left over.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    if not restore_columns(table, settings_in(data_dir), key):
        ColumnFitter(table, fill)


class ColumnFitter(QObject):
    """Fits a table's columns when it is first shown, and again when its first rows arrive, until the user
    resizes a column: from then on the widths are theirs."""

    def __init__(self, table: QTableView, fill: int | None) -> None:
        super().__init__(table)
        self.table, self.fill = table, fill
        self.fitting = False
        table.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.model().modelReset.connect(self._rows_changed)
        table.model().rowsInserted.connect(self._rows_changed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self.fit)  # after the layout has given the table its width
        return False

    def _rows_changed(self, *_args) -> None:
        if shiboken6.isValid(self.table) and self.table.isVisible():  # a table being destroyed empties its model
            QTimer.singleShot(0, self.fit)

    def _resized(self, section: int, _old: int, _new: int) -> None:
        # The last column follows the table's width by itself; any other column resized is the user's doing.
        if not self.fitting and section != self.table.horizontalHeader().count() - 1:
            self._done()

    def _done(self) -> None:
        self.table.setProperty(COLUMNS_SETTLED, True)
        self.table.removeEventFilter(self)
        header, model = self.table.horizontalHeader(), self.table.model()
        header.sectionResized.disconnect(self._resized)
        model.modelReset.disconnect(self._rows_changed)
        model.rowsInserted.disconnect(self._rows_changed)
        self.deleteLater()

    def fit(self) -> None:
        if not self.table.isVisible() or self.table.property(COLUMNS_SETTLED):
            return
        fit_columns(self.table, self.fill, self)
        if self.table.model().rowCount():
            self._done()  # fitted to real rows: keep these until the user changes them


def fit_columns(table: QTableView, fill: int | None = None, fitter: ColumnFitter | None = None) -> None:
    """Each column as wide as its title and contents need, within the table's width where it can be.

    Contents count up to :data:`WIDEST`; when the columns still do not fit, the widest give way first,
    and no title is ever cut. Column ``fill`` takes whatever width is left.
    """
    header = table.horizontalHeader()
    last = header.count() - 1
    if last < 0:
        return
    titles = [header.sectionSizeHint(col) + PADDING // 2 for col in range(last + 1)]
    if table.model().rowCount():
        contents = [min(table.sizeHintForColumn(col) + PADDING, WIDEST) for col in range(last + 1)]
    else:
        contents = [header.defaultSectionSize()] * (last + 1)  # room for what is to come; fitted again then
    want = [max(titles[col], contents[col]) for col in range(last + 1)]
    scroll_bar = table.verticalScrollBar()  # room for it, should the rows come to need it
    room = table.viewport().width() - (0 if scroll_bar.isVisible() else scroll_bar.sizeHint().width()) - want[last]
    if sum(want[:last]) > room:
        # The widest columns give way first, down to one common width, and none below its title.
        def width_at(limit: int) -> int:
            return sum(max(titles[col], min(want[col], limit)) for col in range(last))

        low, high = 0, max(want[:last])
        while low < high:
            limit = (low + high + 1) // 2
            low, high = (limit, high) if width_at(limit) <= room else (low, limit - 1)
        want[:last] = [max(titles[col], min(want[col], low)) for col in range(last)]
    if fill is not None and 0 <= fill < last and room > sum(want[:last]):
        want[fill] += room - sum(want[:last])
    if fitter is not None:
        fitter.fitting = True
    try:
        for col in range(last + 1):  # the last one too: it stretches, but never below its own width
            table.setColumnWidth(col, want[col])
    finally:
        if fitter is not None:
            fitter.fitting = False


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
