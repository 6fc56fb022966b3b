"""The unlock dialog fits a small screen and opens with the recovery key; the window comes back as it was left,
and window.ini never holds a word that was typed."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QLabel

from icvapp.profile.context import open_profile
from icvapp.ui.app import show_main_window, unlock
from icvapp.ui.dialogs import UnlockDialog
from icvapp.ui.translation import WINDOW_STATE
from icvapp.ui.window_state import GEOMETRY, VIEW, VISIT_COLUMNS

from .test_app import when_shown

SMALL_SCREEN = QSize(1280, 720)


def fits(widget, screen: QSize = SMALL_SCREEN) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width() <= screen.width() and hint.height() <= screen.height() - 40  # a panel at the edge


def test_the_unlock_dialog_shows_its_whole_message(qtbot, tmp_path):
    dialog = UnlockDialog(f"Your data in {tmp_path} is protected by your passphrase.", lambda p: None,
                          recover=lambda text, p: None)
    qtbot.addWidget(dialog)
    dialog.message.setText("That passphrase is not the one that protects this profile. Check Caps Lock and try "
                           "again, or use your recovery key.")
    dialog.show()
    dialog.use_recovery.click()
    qtbot.waitUntil(dialog.recovery_box.isVisible)
    dialog.adjustSize()
    assert fits(dialog)
    assert dialog.width() >= 480
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_key(qtbot, ctx):
    recovery_key, folder = ctx.new_recovery_key, ctx.data_dir
    ctx.close()
    seen = []

    def attempt(d: UnlockDialog) -> None:
        d.use_recovery.click()
        d.recovery_key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG")
        d.new_passphrase.setText("a brand new passphrase")
        d.repeat.setText("a brand new passphrase")
        d._try()  # noqa: SLF001 - what Unlock does
        seen.append(d.message.text())
        assert d.isVisible()
        d.recovery_key.setText(recovery_key)
        d._try()  # noqa: SLF001

    when_shown(UnlockDialog, attempt)
    reopened = unlock(folder)
    try:
        assert seen[0], "a wrong recovery key is said plainly"
        assert reopened is not None and reopened.scheme_name() == "Test scheme"
    finally:
        reopened.close()
    open_profile(folder, "a brand new passphrase").close()


def test_the_window_returns_as_it_was_left_and_holds_no_typed_text(qtbot, ctx):
    ctx.new_recovery_key = None  # shown once, on the first start, and not what this test is about
    window = show_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(760, 540)  # the offscreen test screen is 800×600
    window.list_view.table.setColumnWidth(1, 333)
    window.open_visit(None)
    secret = "Detainee in cell 4 said the blanket was wet"
    window.form.details.lone_note.setText(secret)
    window.form.save_now()
    window.close()

    stored = (ctx.data_dir / WINDOW_STATE).read_bytes()
    assert b"blanket" not in stored and "blanket".encode("utf-16-le") not in stored
    settings = QSettings(str(ctx.data_dir / WINDOW_STATE), QSettings.Format.IniFormat)
    assert set(settings.allKeys()) <= {"language", GEOMETRY, VIEW, VISIT_COLUMNS}
    assert settings.value(VIEW) == "visits"  # the form counts as the list it was opened from

    again = show_main_window(ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(760, 540)
    assert again.list_view.table.columnWidth(1) == 333


def test_the_last_view_comes_back(qtbot, ctx):
    ctx.new_recovery_key = None
    window = show_main_window(ctx)
    qtbot.addWidget(window)
    window.show_view("issues")
    window.close()
    again = show_main_window(ctx)
    qtbot.addWidget(again)
    assert again.view_key() == "issues"
    assert again.stack.currentWidget() is again.issues_view


def test_every_window_and_dialog_fits_a_1280_by_720_screen(qtbot, ctx, tmp_path):
    # deferred: only this test needs the other windows
    from icvapp.ui.dialogs import FirstRunDialog
    from icvapp.ui.join_scheme import JoinSchemeDialog
    from icvapp.ui.main_window import MainWindow
    from icvapp.ui.signing_setup import SigningSetupDialog

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    too_big = []
    for view in ("visits", "rota", "issues", "scheme", "dashboard"):
        window.show_view(view)
        if not fits(window):
            too_big.append((view, window.minimumSizeHint()))
    window.open_visit(None)
    for i in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(i)
        if not fits(window):
            too_big.append((window.form.tabs.tabText(i), window.minimumSizeHint()))
    for dialog in (FirstRunDialog(str(tmp_path), False), JoinSchemeDialog(ctx), SigningSetupDialog(ctx)):
        qtbot.addWidget(dialog)
        if not fits(dialog):
            too_big.append((type(dialog).__name__, dialog.minimumSizeHint()))
    assert too_big == []
