"""Signing in the window: the officer acknowledges, both visitors type their PINs, the report is sealed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QInputDialog, QLineEdit, QTableWidget

from icvapp.demo.create import DEMO_PIN
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.sealing.signoff import check_stored_visit
from icvapp.trust.enrolment import require_trust
from icvapp.ui import report_actions
from icvapp.ui.main_window import MainWindow
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.verify_dialog import VerifyDialog
from icvapp.visits.store import VisitFilter, list_visits, load_visit


def unsigned_visit(ctx) -> int:
    """The demo's most recent visit that is complete but not yet signed."""
    return next(v.id for v in list_visits(ctx.db, VisitFilter(status="complete")) if v.origin == "recorded")


def unnamed_controls(widget) -> list:
    """Controls a screen reader could not name."""
    out = []
    for w in widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit) + widget.findChildren(QTableWidget):
        text = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or text.replace("&", "").strip()):
            out.append(w)
    return out


@pytest.fixture
def window(qtbot, demo_ctx):
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def draw(qtbot, pad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 80))
    for x in range(30, 200, 10):
        qtbot.mouseMove(pad, QPoint(x, 60 + (x % 40)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 70))


def test_two_visitors_sign_and_the_visit_is_sealed(qtbot, demo_ctx):
    dialog = SignOffDialog(demo_ctx, unsigned_visit(demo_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.visitors) == 2 and all(v.ready for v in dialog.visitors)
    assert dialog.officer_name.text()  # carried over from the close-out
    draw(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    for v in dialog.visitors:
        qtbot.keyClicks(v.pin, DEMO_PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert load_visit(demo_ctx.db, dialog.visit_id).status == "sealed"
    assert check_stored_visit(demo_ctx.db, dialog.visit_id).ok
    from icvapp.storage.model import Visit

    with demo_ctx.db.session() as s:
        strokes = s.get(Visit, dialog.visit_id).officer_signature
    assert strokes and all(0 <= x <= 1000 and 0 <= y <= 400 for stroke in strokes for x, y in stroke)
    assert not unnamed_controls(dialog)


def test_a_wrong_pin_is_shown_beside_that_visitor_and_nothing_is_sealed(qtbot, demo_ctx):
    dialog = SignOffDialog(demo_ctx, unsigned_visit(demo_ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    first, second = dialog.visitors
    qtbot.keyClicks(first.pin, DEMO_PIN)
    qtbot.keyClicks(second.pin, "not-their-pin")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert second.message.isVisible() and "PIN does not unlock" in second.message.text()
    assert not first.message.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert load_visit(demo_ctx.db, dialog.visit_id).status == "complete"


def test_an_officer_name_is_required(qtbot, demo_ctx):
    dialog = SignOffDialog(demo_ctx, unsigned_visit(demo_ctx))
    qtbot.addWidget(dialog)
    dialog.officer_name.clear()
    dialog.sign()
    assert "officer's name" in dialog.officer_error.text()


def test_the_form_offers_what_fits_each_stage(qtbot, window):
    form = window.form
    window.open_visit(unsigned_visit(window.ctx))
    assert form.sign_button.isVisibleTo(form) and form.reopen_button.isVisibleTo(form)
    assert not form.amend_button.isVisibleTo(form)
    sealed = next(v.id for v in list_visits(window.ctx.db, VisitFilter(status="sealed")) if not v.superseded)
    window.open_visit(sealed)
    assert form.read_only and form.amend_button.isVisibleTo(form) and form.submit_button.isVisibleTo(form)
    assert not form.sign_button.isVisibleTo(form) and not form.reopen_button.isVisibleTo(form)
    assert form.banner.text().startswith("Signed by") and "never changed" in form.banner.text()
    assert "signed PDF" in form.export_button.text()


def test_amending_from_the_form_opens_a_draft_amendment(qtbot, window, monkeypatch):
    sealed = next(v.id for v in list_visits(window.ctx.db, VisitFilter(status="sealed")) if not v.superseded
                  and v.version == 1)
    window.open_visit(sealed)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Cell number was wrong.", True))
    qtbot.mouseClick(window.form.amend_button, Qt.MouseButton.LeftButton)
    form = window.form
    assert form.record.status == "draft" and form.record.id != sealed
    assert "Amendment (version 2)" in form.banner.text() and "Cell number was wrong." in form.banner.text()
    assert not form.read_only


def test_the_superseded_original_cannot_be_amended_again(qtbot, window):
    superseded = next(v.id for v in list_visits(window.ctx.db, limit=1000) if v.superseded)
    window.open_visit(superseded)
    assert not window.form.amend_button.isVisibleTo(window.form)
    assert "Superseded by the signed amendment, version 2" in window.form.banner.text()


def test_the_check_dialog_gives_a_verdict(qtbot, demo_ctx, tmp_path):
    sealed = next(v.id for v in list_visits(demo_ctx.db, VisitFilter(status="sealed")))
    pdf = export_visit_pdf(demo_ctx, sealed, tmp_path / "signed.pdf")
    dialog = VerifyDialog(demo_ctx, path=pdf)
    qtbot.addWidget(dialog)
    assert dialog.verdict.ok and dialog.headline.text().startswith("✔  Valid: signed by")
    data = pdf.read_bytes()
    i = data.index(b"Custody visit report")
    pdf.write_bytes(data[:i] + b"x" + data[i + 1:])
    assert dialog.check(pdf).status == "altered" and dialog.headline.text().startswith("✖  Altered")
    assert not unnamed_controls(dialog)


def test_signing_setup_lists_who_can_sign(qtbot, demo_ctx):
    dialog = SigningSetupDialog(demo_ctx)
    qtbot.addWidget(dialog)
    states = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert states["Amrit Sandhu"].startswith("Ready to sign (certificate valid until")
    assert states["Jo Bramley"].startswith("Ready to sign")
    assert dialog.issue_button.isEnabled() and not dialog.root_button.isVisibleTo(dialog)
    assert "fingerprint" in dialog.trust_label.text()
    assert not unnamed_controls(dialog)


def test_the_office_imports_files_with_progress_and_lists_every_refusal(qtbot, window, tmp_path, monkeypatch):
    from icvapp.sealing.submission import export_submission

    sealed = next(v.id for v in list_visits(window.ctx.db, VisitFilter(status="sealed")))
    good = export_submission(window.ctx, sealed, tmp_path / "dup.icvsub")
    bad = tmp_path / "bad.icvsub"
    bad.write_bytes(b"not a submission")
    shown = []
    monkeypatch.setattr(report_actions.ResultsDialog, "exec", lambda self: shown.append(self.text.toPlainText()))
    report_actions.import_submissions(window, [good, bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    lines = shown[0].splitlines()
    assert len(lines) == 2 and all(line.startswith("✖ refused") for line in lines)
    assert "already been imported" in lines[0] and "cannot be opened" in lines[1]
    assert require_trust(window.ctx.db) is not None
