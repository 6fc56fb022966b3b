"""With the window in Welsh, the words the core makes reach the user in Welsh in every view that shows
them: a scheme file refused on joining, a wrong PIN or a revoked certificate at sign-off, a tampered file
refused on import, a verdict, a broken audit log, the quarter labels of the dashboard and the rota, and
the period labels of a Welsh Board report. In English the wording is as it always was."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from icvapp.demo.create import DEMO_PIN, DEMO_ROOT_PIN
from icvapp.errors import UserFacingError
from icvapp.i18n import localized, translator
from icvapp.metrics import previous_period
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.scheme.periods import recent_quarters
from icvapp.sealing.submission import export_submission, import_files
from icvapp.sealing.verify import verify_file
from icvapp.storage.model import Visit
from icvapp.trust.enrolment import revoke_certificates, trust
from icvapp.ui.join_scheme import JoinSchemeDialog, read_scheme_file
from icvapp.ui.report_actions import ResultsDialog
from icvapp.ui.rota_view import RotaView
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.translation import WELSH, install_language
from icvapp.ui.verify_dialog import VerifyDialog
from icvapp.visits.store import VisitFilter, list_visits, load_visit

WELSH_WORDS = translator("cy")


@pytest.fixture
def welsh(qapp):
    install_language(qapp, WELSH)


def unsigned_visit(ctx) -> int:
    return next(v.id for v in list_visits(ctx.db, VisitFilter(status="complete")) if v.origin == "recorded")


def refusal(action) -> UserFacingError:
    with pytest.raises(UserFacingError) as caught:
        action()
    return caught.value


def join_problem(qtbot, ctx, path) -> str:
    dialog = JoinSchemeDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.next.click()
    assert dialog.pages.currentIndex() == 0
    return dialog.file_problem.text()


def test_a_damaged_scheme_file_is_refused_in_welsh_when_joining(qtbot, ctx, welsh, tmp_path):
    damaged = tmp_path / "scheme.icvscheme"
    damaged.write_text(json.dumps({"kind": "icvapp scheme", "payload": "cut short"}), "utf-8")
    exc = refusal(lambda: read_scheme_file(str(damaged)))
    shown = join_problem(qtbot, ctx, damaged)
    assert shown == exc.text_in(WELSH_WORDS) and shown != str(exc)  # the core's words, rendered in Welsh
    garbage = tmp_path / "garbage.icvscheme"
    garbage.write_bytes(b"\xff\xfe not text")
    assert join_problem(qtbot, ctx, garbage) == "Nid ffeil cynllun o icvapp yw hon: nid yw'n destun darllenadwy."


def test_the_same_damaged_file_is_refused_in_english_in_an_english_window(qtbot, ctx, tmp_path):
    garbage = tmp_path / "garbage.icvscheme"
    garbage.write_bytes(b"\xff\xfe not text")
    assert join_problem(qtbot, ctx, garbage) == "This is not a scheme file from icvapp: it is not readable text."


def test_a_wrong_pin_at_sign_off_is_explained_in_welsh(qtbot, demo_ctx, welsh):
    dialog = SignOffDialog(demo_ctx, unsigned_visit(demo_ctx))
    qtbot.addWidget(dialog)
    first, second = dialog.visitors
    first.pin.setText(DEMO_PIN)
    second.pin.setText("not the pin")
    assert dialog.signers() is None
    assert second.message.text().startswith("Nid yw'r PIN hwnnw'n datgloi")


def test_a_revoked_signers_status_is_shown_in_welsh(qtbot, demo_ctx, welsh):
    visit_id = unsigned_visit(demo_ctx)
    rec = load_visit(demo_ctx.db, visit_id)
    revoke_certificates(demo_ctx.db, rec.visitor_a_id, DEMO_ROOT_PIN)
    dialog = SignOffDialog(demo_ctx, visit_id)
    qtbot.addWidget(dialog)
    revoked = dialog.visitors[0]
    assert not revoked.ready
    assert revoked.message.text().startswith(f"Ni all {revoked.name} lofnodi: ")
    assert "dirymwyd" in revoked.message.text()


def test_the_statement_signed_is_shown_in_the_language_the_visit_is_written_in(qtbot, demo_ctx, welsh):
    visit_id = unsigned_visit(demo_ctx)
    with demo_ctx.db.session() as s:
        s.get(Visit, visit_id).language = "cy"
    dialog = SignOffDialog(demo_ctx, visit_id)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    from icvapp.sealing.signoff import SIGN_REASON

    statement = localized(SIGN_REASON, "cy")
    assert statement != SIGN_REASON
    assert any(statement in label.text() for label in dialog.findChildren(QLabel))


def test_a_tampered_file_is_refused_in_welsh_in_the_import_results(qtbot, signed_ctx, tmp_path, welsh):
    from tests.helpers import seal

    vid = seal(signed_ctx)
    data = export_submission(signed_ctx, vid, tmp_path / "visit.icvsub").read_bytes()
    tampered = tmp_path / "tampered.icvsub"
    tampered.write_bytes(data[:-40] + bytes(40))
    [result] = import_files(signed_ctx, [tampered])
    dialog = ResultsDialog([result])
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert localized(result.message, "cy") in text and result.message not in text


def test_a_verdict_is_worded_in_welsh(qtbot, signed_ctx, tmp_path, welsh):
    from reportlab.pdfgen import canvas

    damaged = tmp_path / "report.pdf"  # a PDF, but nobody signed it
    page = canvas.Canvas(str(damaged))
    page.drawString(100, 100, "not a report")
    page.save()
    dialog = VerifyDialog(signed_ctx, None)
    qtbot.addWidget(dialog)
    verdict = dialog.check(damaged)
    english = verify_file(damaged, trust(signed_ctx.db))
    assert verdict.headline == verify_file(damaged, trust(signed_ctx.db), language="cy").headline
    assert verdict.headline != english.headline and verdict.headline in dialog.headline.text()


def test_a_broken_audit_log_is_reported_in_welsh(qtbot, signed_ctx, welsh):
    from icvapp.ui.integrity import show_result, sweep
    from icvapp.ui.main_window import MainWindow
    from tests.sealing.test_integrity import _as_insider

    window = MainWindow(signed_ctx)
    qtbot.addWidget(window)
    _as_insider(signed_ctx, "UPDATE audit_event SET actor = 'someone else' WHERE id = 2")
    label = show_result(window, *sweep(signed_ctx.db))
    assert label is not None
    assert "cofnod 2: cafodd ei newid ar ôl ei ysgrifennu" in label.text()
    assert "was altered" not in label.text()


def test_the_rota_names_its_quarters_in_welsh(qtbot, ctx, welsh):
    view = RotaView(ctx, today=dt.date(2026, 11, 30))
    qtbot.addWidget(view)
    items = [view.quarter.itemText(i) for i in range(view.quarter.count())]
    assert items[0].startswith("Ch4 2026/27") and items[1].startswith("Ch3 2026/27")
    assert not any(text.startswith("Q") for text in items)


def test_the_dashboard_names_its_quarter_in_welsh(qtbot, demo_ctx, welsh):
    from icvapp.ui.main_window import MainWindow
    from tests.conftest import DEMO_TODAY

    window = MainWindow(demo_ctx, today=DEMO_TODAY)
    qtbot.addWidget(window)
    board = window.dashboard
    window.show_page(board)
    qtbot.waitUntil(lambda: board.summary is not None, timeout=20000)
    board.show_summary((board.summary, board.weeks.rows, board.weeks.grid_model.weeks))
    label = localized(board.summary.period.label, "cy")
    assert label.startswith("Ch") and label != board.summary.period.label
    assert board.period.itemText(0).startswith("Ch")
    assert f"<b>{label}</b>" in board.headline.text()


def test_a_welsh_board_report_prints_its_periods_in_welsh(demo_ctx, tmp_path):
    from tests.conftest import DEMO_TODAY

    period = recent_quarters(DEMO_TODAY, 2)[1]
    out = export_board_pdf(demo_ctx, period, tmp_path / "board.pdf", language="cy")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    before = previous_period(period).label
    assert localized(before, "cy") in text  # the change table's column for the period before
    assert str(before) not in text
    # The report's own period, in its subtitle and on every page's footer, is Welsh too.
    own = localized(period.label, "cy")
    assert own != str(period.label) and str(period.label) not in text
    assert text.count(own) >= 1 + text.count("\f")


def test_a_short_signing_pin_is_refused_in_welsh(qtbot, welsh):
    from icvapp.ui.signing_setup import PinDialog

    dialog = PinDialog("PIN", "…", confirm=True)
    qtbot.addWidget(dialog)
    dialog.pin.setText("12")
    dialog.again.setText("12")
    dialog._ok()
    assert dialog.error.text().startswith("Mae angen o leiaf ") and "PIN llofnodi" in dialog.error.text()


def test_closing_an_issue_without_its_outcome_is_refused_in_welsh(qtbot, demo_ctx, welsh):
    from PySide6.QtCore import Qt

    from icvapp.errors import InvalidInput
    from icvapp.ui.issues_view import IssuesView
    from icvapp.visits.issues import IssueFilter, close_issue, list_issues

    today = dt.date(2026, 11, 23)
    view = IssuesView(demo_ctx, today=today)
    qtbot.addWidget(view)
    view.show()
    target = list_issues(demo_ctx.db, demo_ctx.config, IssueFilter(), today=today)[0]
    view.table.selectRow([r.id for r in view.model.rows].index(target.id))
    view.detail.outcome.clear()
    qtbot.mouseClick(view.detail.close_button, Qt.MouseButton.LeftButton)
    with pytest.raises(InvalidInput) as refused:
        close_issue(demo_ctx.db, target.id, "")
    assert view.detail.message.text() == refused.value.text_in(WELSH_WORDS) != str(refused.value)


def test_the_window_says_how_the_data_is_protected_in_welsh(qtbot, ctx, welsh):
    from icvapp.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert str(ctx.protection) == "Protected by your passphrase"  # the core's English is unchanged
    assert window.protection.text() == "Wedi'i ddiogelu gan eich cyfrinymadrodd"


def test_a_draft_that_cannot_be_saved_says_why_in_welsh(qtbot, ctx, welsh, monkeypatch):
    from icvapp.errors import QT_TRANSLATE_NOOP, StorageFault
    from icvapp.ui import visit_form
    from icvapp.ui.main_window import MainWindow

    full = QT_TRANSLATE_NOOP("Keys", "Protected by your passphrase")  # any marked text with a Welsh translation

    def refuse(*_a, **_k):
        raise StorageFault(full)

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_visit(None)
    monkeypatch.setattr(visit_form, "save_draft", refuse)
    window.form.dirty = True
    assert window.form.save_now() is False
    assert window.form.save_state.toolTip().startswith("Wedi'i ddiogelu gan eich cyfrinymadrodd")
    window.form.dirty = False  # nothing left to save: closing the window must not stop on the failed save
