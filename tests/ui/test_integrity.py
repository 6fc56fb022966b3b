"""After unlocking, the app checks in the background that nothing was altered, and says so when it was."""

from __future__ import annotations

from icvapp.ui.integrity import check_in_background, show_result, sweep
from icvapp.ui.main_window import MainWindow
from tests.helpers import seal
from tests.sealing.test_integrity import _as_insider


def test_a_tampered_sealed_visit_leaves_a_lasting_warning(qtbot, signed_ctx):
    visit = seal(signed_ctx)
    window = MainWindow(signed_ctx)
    qtbot.addWidget(window)
    assert show_result(window, *sweep(signed_ctx.db)) is None  # all holds: no warning
    _as_insider(signed_ctx, f"UPDATE stage_count SET total = total + 1 WHERE visit_id = {visit}")
    label = show_result(window, *sweep(signed_ctx.db))
    assert label is not None and label.accessibleName() == "Integrity warning"
    assert "A sealed visit no longer matches its signatures" in label.text() and f"visit {visit}" in label.text()


def test_the_check_runs_off_the_gui_thread_and_reports_in_the_status_bar(qtbot, signed_ctx):
    seal(signed_ctx)
    window = MainWindow(signed_ctx)
    qtbot.addWidget(window)
    check_in_background(window)
    qtbot.waitUntil(lambda: "match their signatures" in window.statusBar().currentMessage(), timeout=30000)
    assert "and 1 sealed visit match their signatures" in window.statusBar().currentMessage()  # Qt's plural forms
