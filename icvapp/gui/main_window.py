"""The main window: the visit list and the visit form, one at a time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget

from ..errors import UserFacingError
from ..profile import AppContext
from ..visits import delete_draft, load_visit
from . import report_actions
from .dialogs import show_error
from .jobs import run_with_progress
from .visit_list import VisitListView
from .widgets import named

if TYPE_CHECKING:
    from .visit_form import VisitForm


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
            self._form.sign_requested.connect(lambda vid: report_actions.sign_visit(self, vid))
            self._form.amend_requested.connect(lambda vid: report_actions.amend_visit(self, vid))
            self._form.submit_requested.connect(lambda vid: report_actions.submit_visit(self, vid))
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
        scheme_menu = self.menuBar().addMenu("&Scheme")
        for text, slot in (("&Signing and certificates…", report_actions.signing_setup),
                           ("&Import submission files…", report_actions.import_submissions),
                           ("&Check a signed report or file…", report_actions.check_file)):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, slot=slot: slot(self))
            scheme_menu.addAction(action)
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
        title = "Export the signed visit report" if rec.status == "sealed" else "Export visit report"
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), "PDF files (*.pdf)")
        return Path(name) if name else None

    def export_visit(self, visit_id: int) -> None:
        from ..reports.visit_pdf import export_visit_pdf

        out = self.ask_export_path(visit_id)
        if out is None:
            return
        def done(_result) -> None:
            self.statusBar().showMessage(f"Exported {out}", 8000)
            self.last_export = out

        run_with_progress(self, self.jobs, "Writing the visit report…", export_visit_pdf, self.ctx, visit_id, out,
                          on_done=done)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editing() and not self.form.close_form():
            event.ignore()
            return
        self.jobs.waitForDone(30000)
        event.accept()
