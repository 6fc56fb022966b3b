"""Opening the app: first run offers the demo, a passphrase unlocks, a wrong one gets another try."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from icvapp.profile.context import profile_exists
from icvapp.ui.app import first_run, unlock
from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
from icvapp.ui.main_window import MainWindow
from icvapp.visits.store import count_visits, load_visit
from tests.helpers import files_holding, other_tests_folders

from ..conftest import PASSPHRASE


def when_shown(dialog_type, action) -> None:
    """Run ``action`` on the dialog once it is open (its exec() blocks the test)."""

    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, dialog_type) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            action(dialog)

    QTimer.singleShot(0, poll)


def test_first_run_offers_the_demo_and_says_how_data_is_protected(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: False)
    seen = {}

    def fill(d: FirstRunDialog) -> None:
        seen["keychain_enabled"] = d.use_keychain.isEnabled()
        seen["demo_default"] = d.demo.isChecked()
        d.passphrase.setText(PASSPHRASE)
        d.confirm.setText("something else")
        d._check()
        seen["mismatch"] = d.message.text()
        d.confirm.setText(PASSPHRASE)
        d._check()

    when_shown(FirstRunDialog, fill)
    ctx = first_run(tmp_path / "new")
    try:
        assert seen == {"keychain_enabled": False, "demo_default": True,
                        "mismatch": "The two passphrases differ. Type them again."}
        assert ctx.protection == "Protected by your passphrase"
        assert count_visits(ctx.db) > 150  # a year and more of visits: three places weekly, whatever the date
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.protection.text() == "Protected by your passphrase"
    finally:
        ctx.close()


def test_first_run_with_the_keychain_and_an_empty_scheme(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: True)

    def fill(d: FirstRunDialog) -> None:
        d.own.setChecked(True)
        d.scheme_name.setText("Rutland ICV Scheme")
        d._check()

    when_shown(FirstRunDialog, fill)
    ctx = first_run(tmp_path / "own")
    try:
        assert "keychain" in ctx.protection and ctx.scheme_name() == "Rutland ICV Scheme"
        assert count_visits(ctx.db) == 0
    finally:
        ctx.close()
    reopened = unlock(tmp_path / "own")
    reopened.close()


def test_cancelling_the_first_run_creates_nothing(qtbot, tmp_path):
    when_shown(FirstRunDialog, lambda d: d.reject())
    assert first_run(tmp_path / "nothing") is None
    assert not profile_exists(tmp_path / "nothing")


def test_a_wrong_passphrase_gets_a_message_and_another_try(qtbot, ctx):
    ctx.close()
    messages = []

    def attempt(d: UnlockDialog) -> None:
        d.passphrase.setText("wrong horse battery")
        d._try()
        messages.append(d.message.text())
        assert d.isVisible()
        d.passphrase.setText(PASSPHRASE)
        d._try()

    when_shown(UnlockDialog, attempt)
    reopened = unlock(ctx.data_dir)
    try:
        assert "not the one that protects this profile" in messages[0]
        assert reopened is not None and reopened.scheme_name() == "Test scheme"
        # No second, empty database was made along the way.
        assert {p.name for p in ctx.data_dir.iterdir()} <= {"icvapp.db", "icvapp.db-wal", "icvapp.db-shm",
                                                            "keyinfo.json"}
    finally:
        reopened.close()


def test_icvapp_passphrase_unlocks_without_asking(qtbot, ctx, monkeypatch):
    ctx.close()
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    reopened = unlock(ctx.data_dir)  # a dialog would block here: the environment must be enough
    try:
        assert reopened is not None and not reopened.db.locked
        assert reopened.scheme_name() == "Test scheme"  # the database really opened with that key
    finally:
        reopened.close()


def test_nothing_typed_reaches_disk_unencrypted(qtbot, ctx, tmp_path):
    """Type a marker, let autosave run, close: it is nowhere in plain text."""
    started = time.time() - 2  # a file system's timestamps may lag by up to its granularity
    marker = f"MARK-{uuid.uuid4().hex}"  # made now, so no file can already hold it
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_visit(None)
    form = window.form
    form.closeout.observations.setFocus()
    qtbot.keyClicks(form.closeout.observations, f"Observation {marker}")
    form.conversations.add()
    qtbot.keyClicks(form.conversations.editor.identifier, f"CN-{marker}")
    qtbot.keyClicks(form.conversations.editor.issue_raised, f"Issue {marker}")
    qtbot.waitUntil(lambda: form.record.id is not None and not form.dirty, timeout=8000)
    assert marker in load_visit(ctx.db, form.record.id).observations
    window.close()
    ctx.close()
    places = [ctx.data_dir, Path(tempfile.gettempdir()), Path.home() / ".config", Path.home() / ".cache",
              Path.home() / ".local" / "share"]
    leaks = files_holding(marker.encode(), places, skip=other_tests_folders(ctx.data_dir), since=started)
    assert leaks == []
