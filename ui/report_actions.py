"""What the main window does for a report's life after completion: sign, amend,
send to the office, import at the office, check any file."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QPlainTextEdit, QVBoxLayout

from icvapp.errors import UserFacingError, in_language
from icvapp.sealing.signoff import start_amendment
from icvapp.sealing.submission import SUFFIX, export_submission, import_files
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import show_error
from icvapp.ui.host import WindowHost
from icvapp.ui.jobs import run_with_progress
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.translation import core_translator, translate
from icvapp.ui.verify_dialog import VerifyDialog
from icvapp.visits.store import load_visit


class ReportActions(QObject):
    """Names this module's translation context; lupdate reads plural forms only from ``Class.tr``."""


def sign_visit(window: WindowHost, visit_id: int) -> bool:
    if not window.form.save_now():
        return False
    dialog = SignOffDialog(window.ctx, visit_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    window.form.open_visit(visit_id)
    window.statusBar().showMessage(translate("ReportActions", "Signed by both visitors and sealed."), 8000)
    return True


def amend_visit(window: WindowHost, visit_id: int) -> int | None:
    reason, ok = QInputDialog.getMultiLineText(
        window, translate("ReportActions", "Amend a signed report"),
        translate("ReportActions", "Why does this report need correcting? The reason is printed on the amended "
                                   "report, and both visitors sign the amendment. The signed original stays on "
                                   "record unchanged."))
    if not ok:
        return None
    try:
        draft = start_amendment(window.ctx.db, visit_id, reason)
    except UserFacingError as exc:
        show_error(window, exc)
        return None
    window.open_visit(draft)
    return draft


def submit_visit(window: WindowHost, visit_id: int) -> None:
    rec = load_visit(window.ctx.db, visit_id)
    suggested = Path.home() / f"visit-{rec.visit_date or 'undated'}-{rec.uid[:8]}{SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(window, translate("ReportActions", "Send to the scheme office"),
                                          str(suggested), submission_filter())
    if not name:
        return
    run_with_progress(window, translate("ReportActions", "Writing the submission file…"), export_submission,
                      window.ctx, visit_id, Path(name), on_done=lambda out: window.statusBar().showMessage(
                          translate("ReportActions", "Wrote {file}: encrypted for the scheme office; email it or "
                                                     "copy it to a USB stick.").format(file=out), 10000))


def submission_filter(all_files: bool = False) -> str:
    text = translate("ReportActions", "Submission files (*{suffix})").format(suffix=SUFFIX)
    return text + ";;" + translate("ReportActions", "All files (*)") if all_files else text


def import_submissions(window: WindowHost, paths: list[Path] | None = None) -> None:
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(window, translate("ReportActions", "Import submission files"),
                                                str(Path.home()), submission_filter(all_files=True))
        paths = [Path(n) for n in names]
    if not paths:
        return

    def done(results) -> None:
        window.list_view.model.reload()
        ResultsDialog(results, window, total=len(paths)).exec()

    stop = threading.Event()
    run_with_progress(window, ReportActions.tr("Checking and importing %n file(s)…", "", len(paths)),
                      import_until_stopped, window.ctx, paths, stop, on_done=done, steps=True, stop=stop)


def import_until_stopped(ctx, paths: list[Path], stop: threading.Event, progress) -> list:
    """Import file by file, each whole or not at all, until every file is done or Stop is pressed."""
    results = []
    for n, path in enumerate(paths, start=1):
        if stop.is_set():
            break
        results += import_files(ctx, [path])
        progress(n, len(paths))
    return results


class ResultsDialog(QDialog):
    """Every file, imported or refused with its reason."""

    def __init__(self, results, parent=None, total: int | None = None) -> None:
        super().__init__(parent)
        ok = sum(r.ok for r in results)
        self.setWindowTitle(self.tr("Imported {done} of {total}").format(done=ok, total=total or len(results)))
        self.setMinimumSize(640, 320)
        layout = QVBoxLayout(self)
        text = named(QPlainTextEdit(), self.tr("Import results, one file per line"))
        text.setReadOnly(True)
        imported, refused = self.tr("✔ imported"), self.tr("✖ refused")
        words = core_translator()
        lines = [f"{imported if r.ok else refused}  {r.path.name}: {in_language(r.message, words)}" for r in results]
        if total and total > len(results):
            lines.append(self.tr("Stopped: %n file(s) not checked and not imported. Import them again later.", "",
                                 total - len(results)))
        text.setPlainText("\n".join(lines))
        self.text = text
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def check_file(window: WindowHost) -> None:
    VerifyDialog(window.ctx, window).exec()


def join_scheme(window: WindowHost) -> None:
    """The volunteer's two pages: the scheme file and its fingerprint, then who they are and a signing PIN."""
    if JoinSchemeDialog(window.ctx, window).exec():
        window.list_view.load()  # the scheme's places now fill the filter and the new visit


def signing_setup(window: WindowHost) -> None:
    SigningSetupDialog(window.ctx, window).exec()
