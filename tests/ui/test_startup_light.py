"""The first window shows before the heavy libraries load, and everything deferred still works.

The unlock dialog needs neither SQLAlchemy nor the commands' libraries; the main window builds its desk
views, the visit form and the report actions when first used; a profile that opens without asking shows
the window's frame, saying it is opening, until the real window takes its place.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from icvapp.profile.context import create_profile
from icvapp.ui import frame as app_module
from icvapp.ui.app import show_main_window, unlock
from icvapp.ui.dialogs import UnlockDialog
from icvapp.ui.frame import OpeningWindow
from icvapp.ui.launch import run_gui
from icvapp.ui.main_window import MainWindow

from ..conftest import PASSPHRASE
from .test_app import when_shown


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                                          "PATH": "/usr/bin:/bin"})
    return set(out.stdout.split())


def gone(dialog_type) -> None:
    """Delete the dialogs ``run_gui`` left behind (signal connections hold them), so no later test sees them."""
    for w in QApplication.topLevelWidgets():
        if isinstance(w, dialog_type):
            w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_unlock_dialogs_modules_load_no_database_layer():
    loaded = loaded_after("import icvapp.__main__, icvapp.ui.app")
    assert not {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "sqlcipher3", "keyring", "reportlab",
                                                         "pyhanko")}
    assert not loaded & {"icvapp.profile.context", "icvapp.cli.common", "icvapp.storage.database",
                         "icvapp.ui.main_window"}
    # Nor the scheme definitions with their wording: a kind's title is read for the welcome and the switcher.
    assert "icvapp.scheme.config" not in loaded
    # Nor the form's input widgets, nor the scheme switcher: each Qt class a module imports builds its enums.
    assert not loaded & {"icvapp.ui.widgets", "icvapp.ui.scheme_switcher"}
    # Babel's locale data loads with the first date or figure written, the core's catalogues with its first word.
    assert not {m for m in loaded if m.split(".")[0] in ("babel", "platformdirs", "subprocess")}


def test_the_first_frame_shows_before_the_profiles_the_dialogs_and_the_focus_ring_load():
    """What ``run_gui`` holds when the frame goes on screen: Qt, the language, the frame, and no more."""
    loaded = loaded_after("import icvapp.__main__, icvapp.ui.launch")
    assert not loaded & {"icvapp.ui.app", "icvapp.ui.dialogs", "icvapp.ui.focus_ring", "icvapp.profile.profiles",
                         "icvapp.scheme.config", "icvapp.storage.keys", "icvapp.i18n.catalogue"}
    assert not {m for m in loaded if m.split(".")[0] in ("sqlalchemy", "sqlcipher3", "keyring", "xml", "secrets")}


def test_the_frame_speaks_the_saved_language_without_reading_the_scheme_definitions(tmp_path):
    """The saved choice is read first; the scheme's default language only when none was saved, and then from
    the definition file alone (parsing and checking a definition, with its wording, waits until it is used)."""
    saved, unsaved = tmp_path / "saved", tmp_path / "unsaved"
    saved.mkdir()
    (saved / "window.ini").write_text("[General]\nlanguage=cy\n", encoding="utf-8")

    def loaded_choosing(folder, expected: str) -> set[str]:
        return loaded_after("from pathlib import Path\nfrom icvapp.ui.translation import chosen_language\n"
                            f"assert chosen_language(Path({str(folder)!r})) == {expected!r}")

    assert "icvapp.scheme.config" not in loaded_choosing(saved, "cy")
    # None saved: the first kind's definition file names the language, read without parsing the definition.
    assert "icvapp.scheme.config" not in loaded_choosing(unsaved, "en")


def test_a_passphrase_profile_asks_over_the_frame_that_showed_first(qtbot, tmp_path):
    create_profile(tmp_path / "p", "passphrase", "Test scheme", PASSPHRASE).close()
    seen = {}

    def ask(d: UnlockDialog) -> None:
        behind = app_module.frame()
        seen.update(over_the_frame=behind is not None and d.parentWidget() is behind, frame_shown=behind.isVisible(),
                    frame_busy=behind.cursor().shape() == Qt.CursorShape.BusyCursor, frames=len(
                        [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow)]))
        d.reject()

    when_shown(UnlockDialog, ask)
    assert run_gui(str(tmp_path / "p")) == 0  # cancelled: the app quits
    # One frame, on screen under the dialog, not busy while it asks (the arrow, not the spinner).
    assert seen == {"over_the_frame": True, "frame_shown": True, "frame_busy": False, "frames": 1}
    assert app_module._opening is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible()]
    gone(UnlockDialog)


def test_a_first_run_shows_no_frame_before_its_welcome(qtbot, tmp_path, monkeypatch):
    from icvapp.ui.dialogs import FirstRunDialog

    frames = []

    def decline(d: FirstRunDialog) -> None:
        frames.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible())
        d.reject()

    when_shown(FirstRunDialog, decline)
    assert run_gui(str(tmp_path / "new")) == 0
    assert frames == []
    gone(FirstRunDialog)


def test_the_main_windows_module_loads_no_view_it_builds_later():
    loaded = loaded_after("import icvapp.ui.main_window")
    assert not loaded & {"icvapp.ui.visit_form", "icvapp.ui.report_actions", "icvapp.ui.dashboard",
                         "icvapp.ui.rota_view", "icvapp.ui.issues_view", "icvapp.ui.scheme_view",
                         "icvapp.ui.sync_panel", "icvapp.reports.visit_pdf"}
    assert not {m for m in loaded if m.split(".")[0] in ("reportlab", "pyhanko")}
    # Nor the figures: the visit list names the kind's nouns, which need no metrics (34 ms of imports).
    assert not {m for m in loaded if m.startswith("icvapp.metrics")}


def test_every_deferred_view_opens_from_its_shortcut_and_takes_the_focus(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.stack.count() == 1  # only the list: the views are built when first shown
    actions = {a.shortcut().toString(): a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for keys, view in (("Ctrl+2", "rota"), ("Ctrl+3", "issues"), ("Ctrl+4", "scheme"), ("Ctrl+5", "dashboard"),
                       ("Ctrl+1", "visits")):
        actions[keys].trigger()
        assert window.view_key() == view
        page = window.stack.currentWidget()
        assert page.isVisible()
        focus = QApplication.focusWidget()
        assert focus is None or focus is page or page.isAncestorOf(focus)
    actions[QKeySequence(QKeySequence.StandardKey.New).toString()].trigger()  # File ▸ New visit
    assert window.editing() and window.form.isVisible()


def test_a_deferred_menu_action_loads_its_module_when_chosen(qtbot, ctx, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    chosen = []
    monkeypatch.setattr("icvapp.ui.report_actions.check_file", lambda w: chosen.append(w))
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Check a signed report or file…")
    action.trigger()
    assert chosen == [window]


def test_the_unlock_dialog_still_takes_a_wrong_passphrase_then_the_recovery_key(qtbot, tmp_path):
    made = create_profile(tmp_path / "p", "passphrase", "Test scheme", PASSPHRASE)
    recovery = made.new_recovery_key
    made.close()
    said = []

    def attempt(d: UnlockDialog) -> None:
        d.passphrase.setText("wrong horse battery")
        d._try()
        said.append(d.message.text())
        d.use_recovery.click()
        d.recovery_key.setText(recovery)
        d.new_passphrase.setText("a brand new passphrase")
        d.repeat.setText("a brand new passphrase")
        d._try()

    when_shown(UnlockDialog, attempt)
    ctx = unlock(tmp_path / "p")
    try:
        assert "not the one that protects this profile" in said[0]
        assert ctx is not None and ctx.scheme_name() == "Test scheme"
    finally:
        ctx.close()
    from icvapp.profile.context import open_profile

    open_profile(tmp_path / "p", "a brand new passphrase").close()  # the new passphrase is the one now


def test_a_keychain_profile_shows_its_frame_while_it_opens(qtbot, tmp_path, memory_keyring):
    create_profile(tmp_path / "k", "keychain", "Keychain scheme").close()
    seen = {}

    def look() -> None:
        frame = next((w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow)), None)
        if frame is None or not frame.isVisible():
            QTimer.singleShot(5, look)
            return
        seen["text"] = frame.label.text()
        seen["busy"] = frame.cursor().shape() == Qt.CursorShape.BusyCursor
        seen["menus"] = frame.menuBar().actions()

    QTimer.singleShot(0, look)
    ctx = unlock(tmp_path / "k", opening_window=True)
    try:
        assert seen == {"text": "Opening your scheme's encrypted data…", "busy": True, "menus": []}
        window = show_main_window(ctx)
        qtbot.addWidget(window)
        assert app_module._opening is None  # the real window took its place
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible()]
    finally:
        ctx.close()


def test_a_profile_that_cannot_open_says_so_and_leaves_no_frame(qtbot, tmp_path, memory_keyring, monkeypatch):
    made = create_profile(tmp_path / "k", "keychain", "Keychain scheme")
    made.close()
    memory_keyring.delete_password("icvapp", made.keyinfo.profile_id)  # the keychain lost the key
    shown = []
    monkeypatch.setattr("icvapp.ui.app.show_error", lambda parent, exc: shown.append(exc))
    assert run_gui(str(tmp_path / "k")) == 1
    assert shown and shown[0].message
    assert app_module._opening is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible()]


def test_closing_the_frame_while_it_opens_quits_without_a_window(qtbot, tmp_path, memory_keyring):
    create_profile(tmp_path / "k", "keychain", "Keychain scheme").close()

    def close_it() -> None:
        frame = next((w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow)), None)
        if frame is None or not frame.isVisible():
            QTimer.singleShot(5, close_it)
        else:
            frame.close()

    QTimer.singleShot(0, close_it)
    assert unlock(tmp_path / "k", opening_window=True) is None
    app_module.close_opening_window()
    assert app_module._opening is None
