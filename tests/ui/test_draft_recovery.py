"""Pull the plug mid-typing: the next start offers the draft back with nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from icvapp.profile.context import open_profile
from icvapp.ui.app import offer_interrupted_draft
from icvapp.ui.main_window import MainWindow
from icvapp.visits.store import interrupted_draft, load_visit

from ..conftest import PASSPHRASE

SCRIPT = Path(__file__).with_name("typing_session.py")
MARKER = "Detainee in cell 3 asked for a blanket at 02:10; given at once."


def test_draft_survives_sigkill_and_is_offered_back(qtbot, ctx, monkeypatch):
    ctx.close()
    env = dict(os.environ, ICVAPP_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    saved = None
    with subprocess.Popen([sys.executable, str(SCRIPT), str(ctx.data_dir), MARKER],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) as proc:
        try:
            for line in proc.stdout:
                if line.startswith("SAVED"):
                    _, visit_id, length = line.split()
                    if int(length) >= len(MARKER):
                        saved = int(visit_id)
                        break
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        errors = proc.stderr.read()
    assert saved is not None, errors
    assert proc.returncode == -signal.SIGKILL

    reopened = open_profile(ctx.data_dir, PASSPHRASE)
    try:
        with reopened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert interrupted_draft(reopened.db) == saved
        assert load_visit(reopened.db, saved).observations == MARKER

        window = MainWindow(reopened)
        qtbot.addWidget(window)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        offer_interrupted_draft(window)
        assert window.stack.currentWidget() is window.form
        assert window.form.closeout.observations.toPlainText() == MARKER
    finally:
        reopened.close()
