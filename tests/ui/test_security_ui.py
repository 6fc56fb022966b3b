"""The session lock and the Security menu in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from icvapp.profile.settings import lock_minutes, set_lock_minutes
from icvapp.ui.main_window import MainWindow
from icvapp.ui.security_ui import RecoveryKeyDialog
from icvapp.visits.store import load_visit
from tests.conftest import PASSPHRASE


def test_locking_saves_the_draft_hides_everything_and_needs_the_passphrase(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_visit(None)
    form = window.form
    form.closeout.observations.setFocus()
    qtbot.keyClicks(form.closeout.observations, "Typed just before the volunteer walked away.")
    window.session_lock.lock()
    assert ctx.db.locked and window.session_lock.screen.isVisible()
    image = window.grab().toImage()  # nothing of the report shows through the lock
    cover = window.palette().color(QPalette.ColorRole.Highlight).name()  # the lock screen's opaque background
    for x, y in ((20, 60), (image.width() // 2, image.height() - 40), (image.width() - 30, 200)):
        assert image.pixelColor(x, y).name() == cover, (x, y)
    assert not window.menuBar().isEnabled()
    screen = window.session_lock.screen
    qtbot.keyClicks(screen.passphrase, "not it")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert ctx.db.locked and "not the one" in screen.message.text()
    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not ctx.db.locked and not screen.isVisible() and window.menuBar().isEnabled()
    assert load_visit(ctx.db, form.record.id).observations == "Typed just before the volunteer walked away."
    assert form.closeout.observations.toPlainText().startswith("Typed just before")


def test_idle_minutes_are_a_setting_and_the_timer_locks(qtbot, ctx):
    assert lock_minutes(ctx.db) == 10
    set_lock_minutes(ctx.db, 3)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.session_lock.minutes == 3 and window.session_lock.timer.isActive()
    window.session_lock.timer.timeout.emit()  # as if three idle minutes had passed
    assert ctx.db.locked
    window.session_lock.screen.passphrase.setText(PASSPHRASE)
    window.session_lock.screen.try_unlock()
    assert not ctx.db.locked


def test_the_recovery_key_is_shown_once_with_a_copy_button(qtbot):
    dialog = RecoveryKeyDialog("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23")
    qtbot.addWidget(dialog)
    assert dialog.key.text() == "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-23"
    assert "shown only once" in dialog.findChildren(type(dialog.key))[0].text()
