"""The main window: the visit list and the visit form, one at a time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressDialog, QStackedWidget

from ..errors import UserFacingError
from ..profile import AppContext
from ..visits import delete_draft, load_visit
from .dialogs import show_error
from .visit_list import VisitListView
from .widgets import named

if TYPE_CHECKING:
    from .visit_form import VisitForm


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs a slow core function off the GUI thread so the window never freezes."""

    def __init__(self, fn, *args) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except UserFacingError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: reported, not swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.jobs = QThreadPool(self)
        self.setWindowTitle(f"icvapp — {ctx.scheme_name()}")
        self.resize(1100, 760)
        self.list_view = VisitListView(ctx.db)
        self._form: VisitForm | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.setCentralWidget(self.stack)

        self.protection = named(QLabel(ctx.protection), "How this data is protected")
        self.statusBar().addPermanentWidget(self.protection)
        self._menus()

        self.list_view.open_requested.connect(self.open_visit)
        self.list_view.export_requested.connect(self.export_visit)
        self.list_view.delete_requested.connect(self.delete_visit)
        self.list_view.load()

    @property
    def form(self) -> VisitForm:
        """The visit form, built the first time it is needed to keep start-up quick."""
        if self._form is None:
            from .visit_form import VisitForm

            self._form = VisitForm(self.ctx)
            self._form.closed.connect(self.show_list)
            self._form.export_requested.connect(self.export_visit)
            self.stack.addWidget(self._form)
        return self._form

    def editing(self) -> bool:
        return self._form is not None and self.stack.currentWidget() is self._form

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new = QAction("&New visit", self, shortcut=QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.open_visit(None))
        quit_ = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        file_menu.addAction(new)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About icvapp", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, "About icvapp",
                          f"<b>icvapp {__version__}</b><p>Visit recording and reporting for Independent "
                          f"Custody Visiting schemes.</p><p>Data folder: {self.ctx.data_dir}<br>{self.ctx.protection}.</p>")

    # ------------------------------------------------------------------ navigation

    def open_visit(self, visit_id: int | None) -> None:
        if self.editing() and not self.form.close_form():
            return
        try:
            self.form.open_visit(visit_id)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.stack.setCurrentWidget(self.form)

    def show_list(self) -> None:
        self.list_view.model.reload()
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.table.setFocus()

    def delete_visit(self, visit_id: int) -> None:
        rec = load_visit(self.ctx.db, visit_id)
        when = rec.visit_date.strftime("%d %b %Y") if rec.visit_date else "an undated visit"
        answer = QMessageBox.question(
            self, "Delete this draft?",
            f"Delete the draft visit report for {when}? What was typed in it will be gone for good.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_draft(self.ctx.db, visit_id)
        except UserFacingError as exc:
            show_error(self, exc)
        self.list_view.apply_filter()

    # ------------------------------------------------------------------ export

    def ask_export_path(self, visit_id: int) -> Path | None:
        rec = load_visit(self.ctx.db, visit_id)
        suggested = Path.home() / f"visit-{visit_id}-{rec.visit_date or 'undated'}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, "Export visit report", str(suggested), "PDF files (*.pdf)")
        return Path(name) if name else None

    def export_visit(self, visit_id: int) -> None:
        from ..reports.visit_pdf import export_visit_pdf

        out = self.ask_export_path(visit_id)
        if out is None:
            return
        progress = QProgressDialog("Writing the visit report…", "", 0, 0, self)
        progress.setWindowTitle("Exporting")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = Job(export_visit_pdf, self.ctx, visit_id, out)

        def done(_result) -> None:
            progress.close()
            self.statusBar().showMessage(f"Exported {out}", 8000)
            self.last_export = out

        def failed(exc) -> None:
            progress.close()
            if isinstance(exc, UserFacingError):
                show_error(self, exc)
            else:
                raise exc

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._job = job
        self.jobs.start(job)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editing() and not self.form.close_form():
            event.ignore()
            return
        self.jobs.waitForDone(30000)
        event.accept()
