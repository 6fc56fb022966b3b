"""Starting the GUI: first run, unlocking, the main window, draft recovery, crashes."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from icvapp.errors import UserFacingError, WrongPassphrase
from icvapp.history.retention import purge_expired
from icvapp.profile.context import AppContext, create_profile, open_profile, profile_exists, resolve_data_dir
from icvapp.storage.keys import KEYCHAIN, keychain_usable, passphrase_from_env, read_keyinfo
from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog, show_error
from icvapp.ui.jobs import wait_for
from icvapp.ui.security_ui import RecoveryKeyDialog
from icvapp.visits.store import interrupted_draft, load_visit


def first_run(data_dir: Path, parent: QWidget | None = None) -> AppContext | None:
    dialog = FirstRunDialog(str(data_dir), keychain_usable(), parent)
    while dialog.exec():
        demo = dialog.demo.isChecked()
        try:
            label = "Creating the demo scheme: suites, volunteers, signing keys and signed visits…" if demo \
                else "Creating your encrypted scheme…"
            return wait_for(parent, label, _create, data_dir, dialog.method,
                            None if demo else dialog.scheme_name.text().strip(), dialog.passphrase.text() or None)
        except UserFacingError as exc:
            show_error(parent, exc)
    return None


def _create(data_dir: Path, method: str, name: str | None, passphrase: str | None) -> AppContext:
    """A new profile; with no name, the demo scheme."""
    # deferred: the demo generator is needed once, on first run
    from icvapp.demo.create import DEMO_SCHEME, create_demo

    ctx = create_profile(data_dir, method, name or DEMO_SCHEME, passphrase)
    if name is None:
        create_demo(ctx)
    return ctx


def unlock(data_dir: Path, parent: QWidget | None = None) -> AppContext | None:
    """Open an existing profile: from the keychain, $ICVAPP_PASSPHRASE, or by asking."""

    info = read_keyinfo(data_dir)
    if info is None or info.method == KEYCHAIN:
        return open_profile(data_dir)
    env = passphrase_from_env()
    if env:
        try:
            return open_profile(data_dir, env)
        except WrongPassphrase:
            pass  # fall through to asking, as a typed passphrase would
    dialog = UnlockDialog(f"Your data in {data_dir} is protected by your passphrase.",
                          lambda p: open_profile(data_dir, p), parent)
    return dialog.result_value if dialog.exec() else None


def apply_retention(window) -> None:
    """Remove detail older than the scheme's retention period, off the GUI thread, and say so."""

    window.jobs.start(purge_expired, window.ctx.db, on_done=lambda n: n and window.statusBar().showMessage(
        f"Removed conversation detail older than the retention period from {n} visit(s).", 10000))


def offer_interrupted_draft(window) -> None:
    visit_id = interrupted_draft(window.ctx.db)
    if visit_id is None:
        return
    rec = load_visit(window.ctx.db, visit_id)
    when = rec.visit_date.strftime("%d %b %Y") if rec.visit_date else "an undated visit"
    answer = QMessageBox.question(
        window, "Continue your visit report?",
        f"icvapp closed while you were writing the report for {when}. Everything you typed was saved. "
        "Continue where you left off?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        window.open_visit(visit_id)


def install_crash_handler(get_window) -> None:
    """A bug saves the open draft first, then says so plainly. Nothing is written to disk."""

    def handler(exc_type, exc, tb) -> None:
        window = get_window()
        saved = False
        if window is not None:
            try:
                saved = window.editing() and window.form.save_now()
            except Exception:
                saved = False
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        box = QMessageBox(QMessageBox.Icon.Critical, "icvapp hit a problem",
                          "Something went wrong inside icvapp. "
                          + ("Your draft was saved first. " if saved else "")
                          + "You can carry on, but please tell your scheme office what you were doing.")
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handler


def run_gui(data_dir_arg: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("icvapp")
    app.setApplicationDisplayName("icvapp")
    data_dir = resolve_data_dir(data_dir_arg)
    window = None
    install_crash_handler(lambda: window)
    try:
        ctx = unlock(data_dir) if profile_exists(data_dir) else first_run(data_dir)
    except UserFacingError as exc:
        show_error(None, exc)
        return 1
    if ctx is None:
        return 0
    # deferred: the unlock dialog shows before the main window's views load
    from icvapp.ui.main_window import MainWindow
    # deferred: the integrity sweep loads the signature checks, needed only once the window is up
    from icvapp.ui import integrity

    window = MainWindow(ctx)
    window.show()
    if ctx.new_recovery_key:
        QTimer.singleShot(0, lambda: RecoveryKeyDialog(ctx.new_recovery_key, window).exec())
    if os.environ.get("ICVAPP_QUIT_WHEN_READY"):
        # Benchmarks: quit as soon as the window is shown and the event loop is idle.
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, lambda: offer_interrupted_draft(window))
        QTimer.singleShot(0, lambda: apply_retention(window))
        QTimer.singleShot(0, lambda: integrity.check_in_background(window))
    try:
        return app.exec()
    finally:
        ctx.close()
