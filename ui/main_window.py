"""The main window: the visit list, the visit form and the co-ordinator's desk views, one at a time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from icvapp.errors import UserFacingError, in_language
from icvapp.profile.context import AppContext
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import show_error
from icvapp.ui.jobs import JobPool, run_with_progress
from icvapp.ui.translation import LANGUAGES, chosen_language, core_translator, save_language, speak_for
from icvapp.ui.visit_list import VisitListView
from icvapp.ui.window_state import save_window_state
from icvapp.visits.record import VisitStatus
from icvapp.visits.store import delete_draft, load_visit

if TYPE_CHECKING:
    import datetime as dt

    from icvapp.ui.issues_view import IssuesView
    from icvapp.ui.rota_view import RotaView
    from icvapp.ui.scheme_view import SchemeView
    from icvapp.ui.visit_form import VisitForm
from icvapp import __version__
from icvapp.ui import security_ui

# The visit form, the desk views (rota, issues, scheme set-up, dashboard), the report actions (signing,
# joining, importing) and the PDF writer load the first time they are used, not before the window shows.


def _report_actions():
    from icvapp.ui import report_actions  # deferred: signing, joining and importing load on first use

    return report_actions


def _sync_panel():
    from icvapp.ui import sync_panel  # deferred: the server's panel loads on first use

    return sync_panel


def _later(module, name: str):
    """A menu slot that loads its module (``module()``) only when the user chooses it."""
    def slot(window) -> None:
        getattr(module(), name)(window)

    return slot


class MainWindow(QMainWindow):
    #: File ▸ Switch scheme and File ▸ New scheme: the app (:mod:`icvapp.ui.app`) opens the other profile.
    switch_scheme_requested = Signal()
    new_scheme_requested = Signal()
    #: Joining a scheme of another kind from this window: the app builds the window again for that kind.
    kind_changed = Signal()

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None) -> None:
        """``today`` fixes the date the desk views count from (the rota's this week, the dashboard's quarters);
        None, the calendar's."""
        super().__init__()
        self.ctx, self.today = ctx, today
        self.built_kind = ctx.config.kind  # the kind its form, views and words were built for
        speak_for(ctx.config)
        self.jobs = JobPool(self)
        self.setWindowTitle(self.tr("icvapp — {scheme}").format(scheme=ctx.scheme_name()))
        self.resize(1100, 760)
        self.list_view = VisitListView(ctx)
        self._form: VisitForm | None = None
        self._pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.setCentralWidget(self.stack)

        self.protection = named(QLabel(in_language(ctx.protection, core_translator())), self.tr("How this data is protected"))
        self.statusBar().addPermanentWidget(self.protection)
        self._menus()

        security_ui.install(self)  # the Security menu and the idle lock

        self.list_view.open_requested.connect(self.open_visit)
        self.list_view.export_requested.connect(self.export_visit)
        self.list_view.delete_requested.connect(self.delete_visit)
        self.list_view.load()

    @property
    def form(self) -> VisitForm:
        """The visit form, built the first time it is needed to keep start-up quick."""
        if self._form is None:
            from icvapp.ui.visit_form import VisitForm  # deferred: built the first time a visit opens

            self._form = VisitForm(self.ctx)
            self._form.closed.connect(self.show_list)
            self._form.export_requested.connect(self.export_visit)
            self._form.sign_requested.connect(lambda vid: _report_actions().sign_visit(self, vid))
            self._form.amend_requested.connect(lambda vid: _report_actions().amend_visit(self, vid))
            self._form.submit_requested.connect(lambda vid: _report_actions().submit_visit(self, vid))
            self.stack.addWidget(self._form)
        return self._form

    def _page(self, key: str, build) -> QWidget:
        """A desk view, built the first time it is shown."""
        if key not in self._pages:
            page = self._pages[key] = build()
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            self.stack.addWidget(page)
        return self._pages[key]

    @property
    def rota_view(self) -> RotaView:
        from icvapp.ui.rota_view import RotaView  # deferred: each desk view loads when first shown

        return self._page("rota", lambda: RotaView(self.ctx, today=self.today))

    @property
    def issues_view(self) -> IssuesView:
        from icvapp.ui.issues_view import IssuesView  # deferred: as rota_view

        def build() -> IssuesView:
            view = IssuesView(self.ctx, today=self.today)
            view.open_visit_requested.connect(self.open_visit)
            return view

        return self._page("issues", build)

    @property
    def dashboard(self):
        from icvapp.ui.dashboard import Dashboard  # deferred: as rota_view

        return self._page("dashboard", lambda: Dashboard(self.ctx, today=self.today))

    @property
    def scheme_view(self) -> SchemeView:
        from icvapp.ui.scheme_view import SchemeView  # deferred: as rota_view

        return self._page("scheme", lambda: SchemeView(self.ctx))

    def show_page(self, page: QWidget) -> None:
        """Switch to a page, fresh from the database; leaving the form saves the draft first."""
        if self.editing() and not self.form.close_form():
            return
        if page is self.list_view:
            self.list_view.load()  # places may have been added in scheme set-up
        else:
            page.reload()
        self.stack.setCurrentWidget(page)
        (self.list_view.table if page is self.list_view else page).setFocus()

    def view_key(self) -> str:
        """The key of the view on show ("visits" for the list and the visit form)."""
        shown = self.stack.currentWidget()
        return next((key for key, page in self._pages.items() if page is shown), "visits")

    def show_view(self, key: str) -> None:
        """Show a view by its key: visits, rota, issues, scheme or dashboard."""
        pages = {"visits": lambda: self.list_view, "rota": lambda: self.rota_view,
                 "issues": lambda: self.issues_view, "scheme": lambda: self.scheme_view,
                 "dashboard": lambda: self.dashboard}
        self.show_page(pages[key]())

    def editing(self) -> bool:
        return self._form is not None and self.stack.currentWidget() is self._form

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New visit"), self, shortcut=QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.open_visit(None))
        quit_ = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        file_menu.addAction(new)
        file_menu.addSeparator()
        # One profile per scheme: the office switches between them, or starts another.
        for text, name, signal in ((self.tr("S&witch scheme…"), self.tr("Switch to another scheme"),
                                    self.switch_scheme_requested),
                                   (self.tr("New sc&heme…"), self.tr("Start a new scheme"),
                                    self.new_scheme_requested)):
            action = QAction(text, self)
            action.setToolTip(name)
            action.triggered.connect(lambda _checked=False, signal=signal: signal.emit())
            file_menu.addAction(action)
        file_menu.addSeparator()
        # Signed reports travel as files: checking one, and importing volunteers' submissions at the office.
        for text, slot in ((self.tr("&Join your scheme…"), _later(_report_actions, "join_scheme")),
                           (self.tr("&Import submission files…"), _later(_report_actions, "import_submissions")),
                           (self.tr("S&ync with the scheme server…"), _later(_sync_panel, "open_sync_dialog")),
                           (self.tr("&Check a signed report or file…"), _later(_report_actions, "check_file")),
                           (self.tr("&Signing and certificates…"), _later(_report_actions, "signing_setup"))):
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, slot=slot: self._file_action(slot))
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for text, key, view in ((self.tr("&Visits"), "Ctrl+1", "visits"), (self.tr("&Rota"), "Ctrl+2", "rota"),
                                (self.tr("&Issues"), "Ctrl+3", "issues"),
                                (self.tr("Scheme &set-up"), "Ctrl+4", "scheme"),
                                (self.tr("&Dashboard"), "Ctrl+5", "dashboard")):
            action = QAction(text, self, shortcut=QKeySequence(key))
            action.triggered.connect(lambda _checked=False, view=view: self.show_view(view))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self._language_menu(view_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.menuAction().setObjectName("helpMenu")
        about = QAction(self.tr("&About icvapp"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _file_action(self, slot) -> None:
        """Run a File menu item; one that joined a scheme of another kind (directly, or from the signing
        dialog) leaves a window built for the old kind, so the app builds it again."""
        slot(self)
        if self.ctx.config.kind != self.built_kind:
            self.kind_changed.emit()

    def _language_menu(self, view_menu) -> None:
        """View ▸ Language: each language named in itself; a choice takes effect on the next start."""
        menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = chosen_language(self.ctx.data_root)  # one language for every scheme kept here
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(lambda action: self.choose_language(action.data()))
        self.language_menu = menu

    def choose_language(self, code: str) -> None:
        save_language(self.ctx.data_root, code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("icvapp will speak {language} the next time it starts. Close it and "
                                        "open it again to switch now.").format(language=LANGUAGES[code]))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About icvapp"),
                          self.tr("<b>icvapp {version}</b><p>Visit recording and reporting for Independent "
                                  "Visiting schemes.</p><p>Data folder: {folder}<br>{protection}.</p>")
                          .format(version=__version__, folder=self.ctx.data_dir, protection=in_language(self.ctx.protection, core_translator())))

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
        when = QLocale().toString(rec.visit_date, "d MMM yyyy") if rec.visit_date else self.tr("an undated visit")
        answer = QMessageBox.question(
            self, self.tr("Delete this draft?"),
            self.tr("Delete the draft visit report for {date}? What was typed in it will be gone for good.")
            .format(date=when),
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
        title = self.tr("Export the signed visit report") if rec.status == VisitStatus.SEALED \
            else self.tr("Export visit report")
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def export_visit(self, visit_id: int) -> None:
        out = self.ask_export_path(visit_id)
        if out is None:
            return
        def done(_result) -> None:
            self.statusBar().showMessage(self.tr("Exported {file}").format(file=out), 8000)
            self.last_export = out

        from icvapp.reports.visit_pdf import export_visit_pdf  # deferred: reportlab loads for the first PDF

        run_with_progress(self, self.tr("Writing the visit report…"), export_visit_pdf, self.ctx, visit_id, out,
                          on_done=done)

    # ------------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editing() and not self.form.close_form():
            event.ignore()
            return
        self.jobs.wait_for_done(30000)
        save_window_state(self)
        event.accept()
