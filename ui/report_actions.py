"""What the main window does for a report's life after completion: sign, amend,
send to the office, import at the office, check any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QPlainTextEdit, QVBoxLayout

from icvapp.errors import UserFacingError
from icvapp.sealing.signoff import start_amendment
from icvapp.sealing.submission import SUFFIX, export_submission, import_files
from icvapp.ui.dialogs import show_error
from icvapp.ui.host import WindowHost
from icvapp.ui.jobs import run_with_progress
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.verify_dialog import VerifyDialog
from icvapp.ui.widgets import named
from icvapp.visits.store import load_visit


def sign_visit(window: WindowHost, visit_id: int) -> bool:
    if not window.form.save_now():
        return False
    dialog = SignOffDialog(window.ctx, visit_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    window.form.open_visit(visit_id)
    window.statusBar().showMessage("Signed by both visitors and sealed.", 8000)
    return True


def amend_visit(window: WindowHost, visit_id: int) -> int | None:
    reason, ok = QInputDialog.getMultiLineText(
        window, "Amend a signed report",
        "Why does this report need correcting? The reason is printed on the amended report, and both visitors "
        "sign the amendment. The signed original stays on record unchanged.")
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
    name, _ = QFileDialog.getSaveFileName(window, "Send to the scheme office", str(suggested),
                                          f"Submission files (*{SUFFIX})")
    if not name:
        return
    run_with_progress(window, "Writing the submission file…", export_submission, window.ctx, visit_id,
                      Path(name), on_done=lambda out: window.statusBar().showMessage(
                          f"Wrote {out}: encrypted for the scheme office; email it or copy it to a USB stick.", 10000))


def import_submissions(window: WindowHost, paths: list[Path] | None = None) -> None:
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(window, "Import submission files", str(Path.home()),
                                                f"Submission files (*{SUFFIX});;All files (*)")
        paths = [Path(n) for n in names]
    if not paths:
        return

    def done(results) -> None:
        window.list_view.model.reload()
        ResultsDialog(results, window).exec()

    run_with_progress(window, f"Checking and importing {len(paths)} file(s)…", import_files,
                      window.ctx, paths, on_done=done, steps=True)


class ResultsDialog(QDialog):
    """Every file, imported or refused with its reason."""

    def __init__(self, results, parent=None) -> None:
        super().__init__(parent)
        ok = sum(r.ok for r in results)
        self.setWindowTitle(f"Imported {ok} of {len(results)}")
        self.setMinimumSize(640, 320)
        layout = QVBoxLayout(self)
        text = named(QPlainTextEdit(), "Import results, one file per line")
        text.setReadOnly(True)
        text.setPlainText("\n".join(f"{'✔ imported' if r.ok else '✖ refused '}  {r.path.name}: {r.message}"
                                    for r in results))
        self.text = text
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def check_file(window: WindowHost) -> None:
    VerifyDialog(window.ctx, window).exec()


def signing_setup(window: WindowHost) -> None:
    SigningSetupDialog(window.ctx, window).exec()
