"""Starting the GUI: first run, unlocking, the main window, draft recovery, crashes."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from icvapp.errors import UserFacingError, WrongPassphrase

# Only what the first window needs loads before it shows: the profile's database layer (SQLAlchemy, the
# model) and the main window's views load while the user types (see warm_up), or when the profile opens.
from icvapp.profile.profiles import DEFAULT_KIND, MAIN, list_profiles, registry_problem
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, keychain_usable, passphrase_from_env, read_keyinfo
from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog, show_error
from icvapp.ui.focus_ring import install_focus_ring
from icvapp.ui.frame import close_opening_window, frame, say_shown
from icvapp.ui.opening import open_behind_frame, warm_up, warmed
from icvapp.ui.scheme_choice import remember_profile, scheme_label, starting_profile
from icvapp.ui.translation import chosen_language, install_language, save_language, translate

if TYPE_CHECKING:
    from icvapp.profile.context import AppContext


class Startup(QObject):
    """Names this module's translation context; lupdate reads plural forms only from ``Class.tr``."""


RELANGUAGE = 2  # the first-run dialog closed to be shown again in another language


def first_run(data_dir: Path, parent: QWidget | None = None) -> AppContext | None:
    """The first-run dialog; a language chosen in it takes effect at once and is remembered."""
    language = chosen_language(data_dir)
    carried: dict | None = None
    while True:
        dialog = FirstRunDialog(str(data_dir), keychain_usable(), parent, language)
        if carried:
            carry_choices(carried, dialog)
        dialog.language_chosen.connect(lambda _code, d=dialog: d.done(RELANGUAGE))
        result = dialog.exec()
        if result == RELANGUAGE:
            language, carried = dialog.language.currentData(), carry_choices(dialog)
            install_language(QApplication.instance(), language)
            continue
        if not result:
            return None
        try:
            ctx = _create_profile(dialog, data_dir, parent)
        except UserFacingError as exc:
            show_error(parent, exc)
            carried = carry_choices(dialog)
            continue
        save_language(data_dir, language)
        if dialog.join.isChecked():
            # deferred: joining a scheme is a first-run door, not part of every start
            from icvapp.ui.join_scheme import JoinSchemeDialog

            JoinSchemeDialog(ctx, parent).exec()  # cancelled: File ▸ Join your scheme offers it again
        return ctx


def _create_profile(dialog: FirstRunDialog, data_dir: Path, parent: QWidget | None) -> AppContext:
    """The profile the chosen door needs: the demo (with progress), the office's new scheme, or a laptop to join."""
    from icvapp.profile.context import create_profile  # deferred: loads SQLAlchemy
    from icvapp.ui.jobs import wait_for  # deferred: not needed to show the first window

    passphrase = dialog.passphrase.text() or None
    if dialog.demo.isChecked():
        return wait_for(parent, translate("Startup", "Creating the demo scheme: places, volunteers, signing keys "
                                                     "and signed visits…"),
                        _create_demo, data_dir, dialog.method, passphrase, steps=True)
    # A volunteer's profile takes the scheme's name from the scheme file when it joins.
    name = dialog.scheme_name.text().strip() if dialog.own.isChecked() else translate("Startup", "My scheme")
    kind = dialog.kind.currentData() if dialog.own.isChecked() else DEFAULT_KIND
    return wait_for(parent, translate("Startup", "Creating your encrypted profile…"), create_profile, data_dir,
                    dialog.method, name, passphrase, kind)


def carry_choices(source, target: FirstRunDialog | None = None) -> dict | None:
    """Copy what was chosen and typed from one first-run dialog (in memory only) to the next."""
    if target is None:
        door = next(name for name in ("join", "own", "demo") if getattr(source, name).isChecked())
        return {"door": door, "name": source.scheme_name.text(), "kind": source.kind.currentData(),
                "passphrase": source.use_passphrase.isChecked(), "typed": source.passphrase.text(),
                "confirm": source.confirm.text()}
    getattr(target, source["door"]).setChecked(True)
    target.scheme_name.setText(source["name"])
    target.kind.setCurrentIndex(max(0, target.kind.findData(source["kind"])))
    if source["passphrase"]:
        target.use_passphrase.setChecked(True)
    target.passphrase.setText(source["typed"])
    target.confirm.setText(source["confirm"])
    return None




def _create_demo(data_dir: Path, method: str, passphrase: str | None, progress) -> AppContext:
    """The demo office: the first kind's scheme, opened, and the animal welfare scheme beside it (File ▸ Switch
    scheme); ``progress(done, total)`` fills the bar."""
    # deferred: the demo generator is needed once, on first run
    from icvapp.demo.schemes import create_demo_office

    return create_demo_office(data_dir, method, passphrase, progress=progress)


def unlock(data_dir: Path, parent: QWidget | None = None, *, opening_window: bool = False,
           which: str | None = None) -> AppContext | None:
    """Open an existing profile: from the keychain, $ICVAPP_PASSPHRASE, or by asking.

    With ``opening_window`` (the app's start), a profile that opens without asking shows the window's frame
    at once, saying it is opening, while the database layer loads and the database opens on a background
    thread; :func:`show_main_window` puts the real window in its place.
    """

    info = read_keyinfo(data_dir)
    opener = open_behind_frame if opening_window else _open
    if info is None or info.method == KEYCHAIN:
        return opener(data_dir)
    env = passphrase_from_env()
    if env:
        try:
            return opener(data_dir, env)
        except WrongPassphrase:
            close_opening_window()  # fall through to asking, as a typed passphrase would
    # With several schemes kept here, ``which`` says which one's passphrase is asked for.
    hint = translate("Startup", "Your data in {folder} is protected by your passphrase.").format(folder=data_dir)
    if which:
        hint = translate("Startup", "{scheme}: its data in {folder} is protected by its own passphrase.") \
            .format(scheme=which, folder=data_dir)
    behind = frame()  # the window's frame, on screen since the start: the dialog opens over it
    dialog = UnlockDialog(hint,
                          lambda p: _open(data_dir, p), parent or behind,
                          recover=lambda text, p: _recover(data_dir, text, p))
    if os.environ.get("ICVAPP_QUIT_WHEN_READY"):
        QTimer.singleShot(0, say_shown)  # Benchmarks: the first window the user sees, unless the frame was
        say_ready_then(dialog.reject)
    QTimer.singleShot(0, warm_up)  # once the dialog is on screen: load the rest while the user types
    if behind is not None:
        behind.busy(False)  # the dialog asks: the arrow over the frame, not the spinner
    return dialog.result_value if dialog.exec() else None


def _open(data_dir: Path, passphrase: str | None = None) -> AppContext:
    warmed()
    from icvapp.profile.context import open_profile  # deferred: SQLAlchemy loads after the first window shows

    return open_profile(data_dir, passphrase)


def _recover(data_dir: Path, recovery_key: str, passphrase: str) -> AppContext:
    warmed()
    # deferred: the recovery key is a rare way in; the unlock dialog does not wait for it to load
    from icvapp.profile.security import recover_profile

    return recover_profile(data_dir, recovery_key, PASSPHRASE, passphrase)


def say_ready_then(action) -> None:
    """Benchmarks (``ICVAPP_QUIT_WHEN_READY``): once the window is shown and the event loop idle — the
    moment a user could type — print ``ICVAPP_READY <epoch seconds>`` for bench/run.py, then ``action()``.
    A window that is the first one shown (the unlock dialog) also says ``ICVAPP_SHOWN``."""
    QTimer.singleShot(0, lambda: (print(f"ICVAPP_READY {time.time():.6f}", flush=True), action()))


def apply_retention(window) -> None:
    """Remove detail older than the scheme's retention period, off the GUI thread, and say so."""
    from icvapp.history.retention import purge_expired  # deferred: runs once the window is up

    window.jobs.start(purge_expired, window.ctx.db, on_done=lambda n: n and window.statusBar().showMessage(
        Startup.tr("Removed conversation detail older than the retention period from %n visit(s).", "", n),
        10000))


def offer_interrupted_draft(window) -> None:
    from icvapp.visits.store import interrupted_draft, load_visit  # deferred: runs once the window is up

    visit_id = interrupted_draft(window.ctx.db)
    if visit_id is None:
        return
    rec = load_visit(window.ctx.db, visit_id)
    when = QLocale().toString(rec.visit_date, "d MMM yyyy") if rec.visit_date \
        else translate("Startup", "an undated visit")
    answer = QMessageBox.question(
        window, translate("Startup", "Continue your visit report?"),
        translate("Startup", "icvapp closed while you were writing the report for {date}. Everything you typed "
                             "was saved. Continue where you left off?").format(date=when),
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
        box = QMessageBox(QMessageBox.Icon.Critical, translate("Startup", "icvapp hit a problem"),
                          translate("Startup", "Something went wrong inside icvapp. Your draft was saved first. "
                                               "You can carry on, but please tell your scheme office what you "
                                               "were doing.") if saved else
                          translate("Startup", "Something went wrong inside icvapp. You can carry on, but please "
                                               "tell your scheme office what you were doing."))
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handler


def show_main_window(ctx: AppContext):
    """The main window as it was left (size, place, view, column widths), then the new recovery key if any."""
    warmed()
    # deferred: the unlock dialog shows before the main window's views load
    from icvapp.ui.main_window import MainWindow
    from icvapp.ui.window_state import restore_window_state  # deferred: as main_window

    window = MainWindow(ctx)
    window.switch_scheme_requested.connect(lambda: switch_scheme(window))
    window.new_scheme_requested.connect(lambda: new_scheme(window))
    window.kind_changed.connect(lambda: replace_window(window, window.ctx))
    restore_window_state(window)
    window.show()
    close_opening_window()  # the real window is in its place now
    # Shown once: a window built again for the same profile (it joined another kind) does not show it again.
    recovery_key, ctx.new_recovery_key = ctx.new_recovery_key, None
    if recovery_key:
        from icvapp.ui.security_ui import RecoveryKeyDialog  # deferred: loaded with the main window by now

        QTimer.singleShot(0, lambda: RecoveryKeyDialog(recovery_key, window).exec())
    return window


def check_in_background(window) -> None:
    # deferred: the integrity sweep loads the signature checks, needed only once the window is up
    from icvapp.ui import integrity

    integrity.check_in_background(window)


def open_at_start(data_dir: Path, entries: list, *, opening_window: bool = True) -> AppContext | None:
    """The scheme last opened (or the main one). A further scheme that cannot be opened — damaged, or written by a
    newer icvapp — is reported and the main one opened instead, so one scheme's fault never locks the office out
    of the others; the main profile's own fault is the caller's to report."""
    entry = starting_profile(data_dir, entries)
    which = scheme_label(entry, data_dir) if len(entries) > 1 else None
    try:
        return unlock(entry.path, opening_window=opening_window, which=which)
    except UserFacingError as exc:
        if entry == entries[0]:
            raise
        close_opening_window()
        show_error(None, exc)
    main = entries[0]
    return unlock(main.path, opening_window=opening_window, which=scheme_label(main, data_dir))


def run_behind_frame(app: QApplication, data_dir: Path) -> int:
    """The start, once the first frame is on screen (:func:`icvapp.ui.launch.run_gui`): first run, or the
    scheme last opened, then its main window in the frame's place."""
    install_focus_ring(app)  # nothing in the frame takes the focus; the dialogs and the window do
    install_crash_handler(current_window)
    entries = list_profiles(data_dir)
    try:
        ctx = open_at_start(data_dir, entries) if entries else first_run(data_dir)
    except UserFacingError as exc:
        close_opening_window()
        show_error(None, exc)
        return 1
    if ctx is None:
        close_opening_window()
        return 0
    window = show_main_window(ctx)
    if os.environ.get("ICVAPP_QUIT_WHEN_READY"):
        say_ready_then(app.quit)
    else:
        start_window_tasks(window)
        problem = registry_problem(data_dir)
        if problem is not None:
            QTimer.singleShot(0, lambda: show_error(window, problem))
    try:
        return app.exec()
    finally:
        ctx.close()
        for shown in main_windows(shown_only=False):  # the scheme switched to last, if any
            shown.ctx.close()


def start_window_tasks(window) -> None:
    """Once a scheme's window is up: offer its interrupted draft, apply its retention, check its records."""
    QTimer.singleShot(0, lambda: offer_interrupted_draft(window))
    QTimer.singleShot(0, lambda: apply_retention(window))
    QTimer.singleShot(0, lambda: check_in_background(window))


# --------------------------------------------------------------------------- one profile per scheme


def main_windows(shown_only: bool = True) -> list:
    """The schemes' windows (one on show, but for the moment of switching)."""
    return [w for w in QApplication.topLevelWidgets() if getattr(w, "switch_scheme_requested", None) is not None
            and (w.isVisible() or not shown_only)]


def current_window():
    return next(iter(main_windows()), None)


def switch_scheme(window) -> None:
    """File ▸ Switch scheme: choose another of the schemes kept here, unlock it, and put its window in place."""
    from icvapp.ui.scheme_switcher import SwitchSchemeDialog  # deferred: the first window does not need it

    root = window.ctx.data_root
    entries = list_profiles(root)
    open_id = next((e.id for e in entries if e.path == window.ctx.data_dir), MAIN)
    dialog = SwitchSchemeDialog(entries, open_id, chosen_language(root), registry_problem(root), window)
    if not dialog.exec() or dialog.chosen is None:
        return
    if window.editing() and not window.form.close_form():
        return
    try:
        ctx = unlock(dialog.chosen.path, window, which=scheme_label(dialog.chosen, root))
    except UserFacingError as exc:
        show_error(window, exc)
        return
    if ctx is not None:  # cancelled, or a wrong passphrase given up on: the open scheme stays open
        replace_window(window, ctx)


def new_scheme(window) -> None:
    """File ▸ New scheme: one more scheme of a chosen kind, in a profile of its own, then opened."""
    # deferred: SQLAlchemy and the progress dialog are loaded by now; the first window needs neither
    from icvapp.profile.context import create_scheme_profile
    from icvapp.ui.jobs import wait_for  # deferred: as above

    root, carried = window.ctx.data_root, None
    while True:
        dialog = FirstRunDialog(str(root), keychain_usable(), window, chosen_language(root), new_scheme=True)
        if carried:
            carry_choices(carried, dialog)
        if not dialog.exec() or (window.editing() and not window.form.close_form()):
            return
        try:
            ctx = wait_for(window, translate("Startup", "Creating your encrypted profile…"), create_scheme_profile,
                           root, dialog.kind.currentData(), dialog.method, dialog.scheme_name.text().strip(),
                           dialog.passphrase.text() or None)
        except UserFacingError as exc:
            show_error(window, exc)
            carried = carry_choices(dialog)
            continue
        replace_window(window, ctx)
        return


def replace_window(old, ctx: AppContext):
    """Show ``ctx``'s window where ``old`` was, then close ``old`` and its scheme's database — unless it is
    ``ctx``'s own: a profile that joined a scheme of another kind keeps its database and gets a window built
    for the new kind."""
    new = show_main_window(ctx)
    remember_profile(ctx)
    old.close()  # keeps its own size, view and columns in its profile's window.ini
    if old.ctx is not ctx:
        old.ctx.close()
    old.deleteLater()
    start_window_tasks(new)
    return new
