"""Keeping data safe in the window: the recovery key, backups, passphrase and key changes,
and the session lock that hides everything after a few idle minutes."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
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
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import show_error
from icvapp.ui.jobs import run_with_progress
from icvapp.ui.translation import error_text, translate

if TYPE_CHECKING:
    from icvapp.ui.host import WindowHost  # names the main window for type checkers; loads the visit form


class Security(QObject):
    """Names this module's translation context; lupdate reads plural forms only from ``Class.tr``."""


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with what it is for."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>Write this recovery key down now.</b> It is shown only once. It opens your data "
                               "if you forget your passphrase, lose the keychain, or move to a new laptop, and it "
                               "resets a forgotten signing PIN. Give a copy to your scheme office; keep it away "
                               "from the laptop."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.key = named(QLabel(text), self.tr("Recovery key"))
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.key.setStyleSheet("font-family: monospace; font-size: 18pt; padding: 12px; "
                               "background: palette(alternate-base);")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key)
        buttons = QDialogButtonBox()
        copy = named(buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole),
                     self.tr("Copy the recovery key"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        done = named(buttons.addButton(self.tr("I have &written it down"), QDialogButtonBox.ButtonRole.AcceptRole),
                     self.tr("I have written the recovery key down"))
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
        # The palette's highlight pair: a strong background whose text colour is made to read on it.
        self.setStyleSheet("LockScreen { background: palette(highlight); } QLabel { color: palette(highlighted-text); }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("<h2>icvapp is locked</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        keychain = window.ctx.keyinfo.method != PASSPHRASE
        hint = QLabel(self.tr("Your work was saved. Unlock with this computer's keychain.") if keychain
                      else self.tr("Your work was saved. Enter your passphrase to carry on."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.passphrase = named(QLineEdit(), self.tr("Passphrase to unlock"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(320)
        self.passphrase.setVisible(not keychain)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignCenter)
        self.message = named(QLabel(), self.tr("Unlock problem"))
        self.message.setStyleSheet("color: palette(highlighted-text); font-weight: bold;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.button = named(QPushButton(self.tr("&Unlock")), self.tr("Unlock icvapp"))
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
            self.message.setText(error_text(exc))
            self.passphrase.selectAll()
            return
        self.passphrase.clear()
        self.message.clear()
        self.window_.session_lock.unlocked()


#: What counts as the user being there; the idle lock's timer restarts on these (see SessionLock.eventFilter).
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})
RESIZE = QEvent.Type.Resize
RESTART_EVERY_S = 1.0


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
        self._restarted = time.monotonic()
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, obj, event) -> bool:
        # Every event of the whole app passes here (~70 per key press): do as little as possible.
        kind = event.type()
        if kind in ACTIVITY:
            now = time.monotonic()
            if now - self._restarted > RESTART_EVERY_S and self.minutes > 0 and not self.locked:
                self._restarted = now  # restarting the timer once a second is precise enough for minutes
                self.timer.start(self.minutes * 60_000)
        elif kind == RESIZE and obj is self.window and self.locked:
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
    menu = window.menuBar().addMenu(translate("Security", "Securit&y"))
    last = window.menuBar().actions()[-2] if len(window.menuBar().actions()) > 1 else None
    if last is not None and last.objectName() == "helpMenu":  # keep Help last, where people look for it
        window.menuBar().insertMenu(last, menu)
    entries = [
        (translate("Security", "&Lock now"), lambda: window.session_lock.lock(), QKeySequence("Ctrl+L")),
        (translate("Security", "Lock &after…"), lambda: choose_lock_minutes(window), None),
        (None, None, None),
        (translate("Security", "&Back up…"), lambda: back_up(window), None),
        (translate("Security", "&Change passphrase…"), lambda: change_passphrase(window), None),
        (translate("Security", "&Rotate the database key…"), lambda: rotate_key(window), None),
        (translate("Security", "New &recovery key…"), lambda: new_recovery_key(window), None),
        (None, None, None),
        (translate("Security", "Re&tention…"), lambda: retention(window), None),
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
    minutes, ok = QInputDialog.getInt(
        window, translate("Security", "Lock after"),
        translate("Security", "Lock icvapp after this many idle minutes (0 = never):"),
        window.session_lock.minutes, 0, settings.MAX_LOCK_MINUTES)
    if ok:
        settings.set_lock_minutes(window.ctx.db, minutes)
        window.session_lock.set_minutes(minutes)


def back_up(window: WindowHost) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window, translate("Security", "Back up this profile"), str(Path.home() / f"icvapp{SUFFIX}"),
        translate("Security", "icvapp backups (*{suffix})").format(suffix=SUFFIX))
    if not name:
        return

    def done(info) -> None:
        message = Security.tr("Backed up %n visit(s) to {file}. Keep it away from this computer.", "", info.visits)
        window.statusBar().showMessage(message.format(file=name), 10000)

    run_with_progress(window, translate("Security", "Writing the encrypted backup…"), make_backup, window.ctx,
                      Path(name), on_done=done)


def _ask(window, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(window, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


def change_passphrase(window: WindowHost) -> None:
    title = translate("Security", "Change passphrase")
    old = _ask(window, title, translate("Security", "Current passphrase:"))
    if old is None:
        return
    new = _ask(window, title, translate("Security", "New passphrase (8 characters or more):"))
    if new is None:
        return
    if _ask(window, title, translate("Security", "Repeat the new passphrase:")) != new:
        QMessageBox.warning(window, translate("Security", "Passphrases differ"),
                            translate("Security", "The two new passphrases differ; nothing was changed."))
        return
    security.change_passphrase(window.ctx, old, new)
    QMessageBox.information(window, translate("Security", "Passphrase changed"),
                            translate("Security", "Your passphrase has been changed."))


def rotate_key(window: WindowHost) -> None:
    passphrase = None
    if window.ctx.keyinfo.method == PASSPHRASE:
        passphrase = _ask(window, translate("Security", "Rotate the database key"),
                          translate("Security", "Your passphrase:"))
        if passphrase is None:
            return
    if window.editing():
        window.form.save_now()
    run_with_progress(window, translate("Security", "Re-encrypting the database under a new key…"),
                      security.rotate_database_key, window.ctx, passphrase,
                      on_done=lambda _r: QMessageBox.information(
                          window, translate("Security", "Key rotated"),
                          translate("Security", "The database is now encrypted under a new key. Your passphrase "
                                                "and recovery key are unchanged.")))


def new_recovery_key(window: WindowHost) -> None:
    answer = QMessageBox.question(window, translate("Security", "New recovery key"),
                                  translate("Security", "Make a new recovery key? The old one will stop working, "
                                                        "and the office's copy must be replaced."))
    if answer == QMessageBox.StandardButton.Yes:
        RecoveryKeyDialog(security.create_recovery_key(window.ctx), window).exec()


def retention(window: WindowHost) -> None:
    """Set how long conversation-level detail is kept, and purge what is older now."""

    current = settings.retention_months(window.ctx.db) or 0
    months, ok = QInputDialog.getInt(
        window, translate("Security", "Retention"),
        translate("Security", "Keep conversation-level detail (identifiers, notes) for this many months "
                              "(0 = keep everything). Counts are always kept:"), current, 0, 600)
    if not ok:
        return
    settings.set_retention_months(window.ctx.db, months or None)
    if not months:
        return
    cutoff = cutoff_for(months, dt.date.today())
    n = due(window.ctx.db, cutoff)
    question = Security.tr("%n visit(s) before {date} hold detail older than {months} months. "
                           "Remove it now? Every figure stays the same.", "", n)
    question = question.format(date=QLocale().toString(cutoff, "d MMMM yyyy"), months=QLocale().toString(months))
    if n and QMessageBox.question(window, translate("Security", "Remove old detail now?"),
                                  question) == QMessageBox.StandardButton.Yes:
        run_with_progress(window, translate("Security", "Removing old conversation detail…"), purge,
                          window.ctx.db, cutoff, on_done=lambda k: window.statusBar().showMessage(
                              Security.tr("Removed detail from %n visit(s).", "", k), 8000))


def recovery_form(parent: QWidget) -> tuple[QFormLayout, QLineEdit]:
    form = QFormLayout()
    field = named(QLineEdit(), translate("Security", "Recovery key"))
    field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
    form.addRow(translate("Security", "&Recovery key"), field)
    return form, field
