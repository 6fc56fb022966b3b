"""What the window's actions and the session lock need from the main window.

The actions (sign, amend, send, import, back up, lock) are written against this
protocol, not the main window's class, so they import nothing from it and can be
tried against any window that offers these few things.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar, QWidget

from icvapp.profile.context import AppContext
from icvapp.ui.jobs import JobPool
from icvapp.ui.visit_form import VisitForm
from icvapp.ui.visit_list import VisitListView


class WindowHost(Protocol):
    ctx: AppContext
    jobs: JobPool
    form: VisitForm
    list_view: VisitListView
    #: Set by :func:`icvapp.ui.security_ui.install`.
    session_lock: object
    security_menu: QMenu

    def editing(self) -> bool: ...

    def open_visit(self, visit_id: int) -> None: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def window(self) -> QWidget: ...
