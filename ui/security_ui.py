"""Keeping data safe in the window: the recovery key, backups, passphrase and key changes,
and the session lock that hides everything after a few idle minutes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.history.retention import cutoff_for, due, purge
from icvapp.profile import security, settings
from icvapp.profile.backup import SUFFIX, make_backup
from icvapp.storage.keys import PASSPHRASE
from icvapp.ui.dialogs import show_error
from icvapp.ui.host import WindowHost
from icvapp.ui.jobs import run_with_progress
from icvapp.ui.widgets import named


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with what it is for."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your recovery key")
        layout = QVBoxLayout(self)
        intro = QLabel("<b>Write this recovery key down now.</b> It is shown only once. It opens your data if you "
                       "forget your passphrase, lose the keychain, or move to a new laptop, and it resets a "
                       "forgotten signing PIN. Give a copy to your scheme office; keep it away from the laptop.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = named(QLabel(text), "Recovery key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key.setStyleSheet("font-family: monospace; font-size: 18pt; padding: 12px; background: #f4f6f9;")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key)
        buttons = QDialogButtonBox()
        copy = named(buttons.addButton("&Copy", QDialogButtonBox.ButtonRole.ActionRole), "Copy the recovery key")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        done = named(buttons.addButton("I have &written it down", QDialogButtonBox.ButtonRole.AcceptRole),
                     "I have written the recovery key down")
        done.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class LockScreen(QWidget):
    """Covers the whole window while the session is locked; only the passphrase (or keychain) opens it."""

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window_ = window
        # Opaque, or the report underneath would show through the lock.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("LockScreen { background: #1f3a5f; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("<h2>icvapp is locked</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        keychain = window.ctx.keyinfo.method != PASSPHRASE
        hint = QLabel("Your work was saved. " + ("Unlock with this computer's keychain." if keychain
                                                 else "Enter your passphrase to carry on."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.passphrase = named(QLineEdit(), "Passphrase to unlock")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(320)
        self.passphrase.setVisible(not keychain)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignCenter)
        self.message = named(QLabel(), "Unlock problem")
        self.message.setStyleSheet("color: #ffd2cc;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.button = named(QPushButton("&Unlock"), "Unlock icvapp")
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        (self.passphrase if self.passphrase.isVisible() else self.button).setFocus()

    def try_unlock(self) -> None:
        try:
            security.unlock(self.window_.ctx, self.passphrase.text() or None)
        except UserFacingError as exc:
            self.message.setText(f"{exc.message} {exc.hint}".strip())
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.message.clear()
        self.window_.session_lock.unlocked()


class SessionLock(QObject):
    """Locks after ``minutes`` without a key press or mouse movement (0 = never), or on demand."""

    def __init__(self, window: WindowHost, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.screen = LockScreen(window)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.window.ctx.db.locked

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress,
                            QEvent.Type.Wheel) and not self.locked and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        if event.type() == QEvent.Type.Resize and obj is self.window and self.locked:
            self.screen.setGeometry(self.window.rect())
        return False

    def lock(self) -> None:
        if self.locked:
            return
        if self.window.editing():
            self.window.form.save_now()  # what was typed is saved first (or stays on screen if it cannot be)
        security.lock(self.window.ctx)
        self.window.menuBar().setEnabled(False)
        self.screen.cover()

    def unlocked(self) -> None:
        self.screen.hide()
        self.window.menuBar().setEnabled(True)
        if self.window.editing():
            self.window.form.save_now()
        self.set_minutes(self.minutes)


# --------------------------------------------------------------------------- the Security menu


def install(window: WindowHost) -> None:
    """The Security menu and the idle lock."""
    window.session_lock = SessionLock(window, settings.lock_minutes(window.ctx.db))
    menu = window.menuBar().addMenu("Securit&y")
    last = window.menuBar().actions()[-2] if len(window.menuBar().actions()) > 1 else None
    if last is not None and last.text() == "&Help":  # keep Help last, where people look for it
        window.menuBar().insertMenu(last, menu)
    entries = [
        ("&Lock now", lambda: window.session_lock.lock(), QKeySequence("Ctrl+L")),
        ("Lock &after…", lambda: choose_lock_minutes(window), None),
        (None, None, None),
        ("&Back up…", lambda: back_up(window), None),
        ("&Change passphrase…", lambda: change_passphrase(window), None),
        ("&Rotate the database key…", lambda: rotate_key(window), None),
        ("New &recovery key…", lambda: new_recovery_key(window), None),
        (None, None, None),
        ("Re&tention…", lambda: retention(window), None),
    ]
    for text, slot, shortcut in entries:
        if text is None:
            menu.addSeparator()
            continue
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, slot=slot: _guarded(window, slot))
        menu.addAction(action)
    window.security_menu = menu


def _guarded(window, slot) -> None:
    try:
        slot()
    except UserFacingError as exc:
        show_error(window, exc)


def choose_lock_minutes(window: WindowHost) -> None:
    minutes, ok = QInputDialog.getInt(window, "Lock after", "Lock icvapp after this many idle minutes (0 = never):",
                                      window.session_lock.minutes, 0, settings.MAX_LOCK_MINUTES)
    if ok:
        settings.set_lock_minutes(window.ctx.db, minutes)
        window.session_lock.set_minutes(minutes)


def back_up(window: WindowHost) -> None:
    name, _ = QFileDialog.getSaveFileName(window, "Back up this profile", str(Path.home() / f"icvapp{SUFFIX}"),
                                          f"icvapp backups (*{SUFFIX})")
    if name:
        run_with_progress(window, "Writing the encrypted backup…", make_backup, window.ctx, Path(name),
                          on_done=lambda info: window.statusBar().showMessage(
                              f"Backed up {info.visits} visits to {name}. Keep it away from this computer.", 10000))


def _ask(window, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(window, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def change_passphrase(window: WindowHost) -> None:
    old = _ask(window, "Change passphrase", "Current passphrase:")
    if old is None:
        return
    new = _ask(window, "Change passphrase", "New passphrase (8 characters or more):")
    if new is None:
        return
    if _ask(window, "Change passphrase", "Repeat the new passphrase:") != new:
        QMessageBox.warning(window, "Passphrases differ", "The two new passphrases differ; nothing was changed.")
        return
    security.change_passphrase(window.ctx, old, new)
    QMessageBox.information(window, "Passphrase changed", "Your passphrase has been changed.")


def rotate_key(window: WindowHost) -> None:
    passphrase = None
    if window.ctx.keyinfo.method == PASSPHRASE:
        passphrase = _ask(window, "Rotate the database key", "Your passphrase:")
        if passphrase is None:
            return
    if window.editing():
        window.form.save_now()
    run_with_progress(window, "Re-encrypting the database under a new key…",
                      security.rotate_database_key, window.ctx, passphrase,
                      on_done=lambda _r: QMessageBox.information(
                          window, "Key rotated", "The database is now encrypted under a new key. Your passphrase "
                                                 "and recovery key are unchanged."))


def new_recovery_key(window: WindowHost) -> None:
    answer = QMessageBox.question(window, "New recovery key",
                                  "Make a new recovery key? The old one will stop working, and the office's copy "
                                  "must be replaced.")
    if answer == QMessageBox.StandardButton.Yes:
        RecoveryKeyDialog(security.create_recovery_key(window.ctx), window).exec()


def retention(window: WindowHost) -> None:
    """Set how long conversation-level detail is kept, and purge what is older now."""

    current = settings.retention_months(window.ctx.db) or 0
    months, ok = QInputDialog.getInt(window, "Retention", "Keep conversation-level detail (custody numbers, notes) "
                                     "for this many months (0 = keep everything). Counts are always kept:",
                                     current, 0, 600)
    if not ok:
        return
    settings.set_retention_months(window.ctx.db, months or None)
    if not months:
        return
    cutoff = cutoff_for(months, dt.date.today())
    n = due(window.ctx.db, cutoff)
    if n and QMessageBox.question(window, "Remove old detail now?",
                                  f"{n} visit(s) before {cutoff:%d %B %Y} hold detail older than {months} months. "
                                  "Remove it now? Every figure stays the same.") == QMessageBox.StandardButton.Yes:
        run_with_progress(window, "Removing old conversation detail…", purge, window.ctx.db, cutoff,
                          on_done=lambda k: window.statusBar().showMessage(f"Removed detail from {k} visit(s).", 8000))


def recovery_form(parent: QWidget) -> tuple[QFormLayout, QLineEdit]:
    form = QFormLayout()
    field = named(QLineEdit(), "Recovery key")
    field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
    form.addRow("&Recovery key", field)
    return form, field
