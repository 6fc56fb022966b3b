"""First-run, unlock and message dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError, WrongPassphrase
from icvapp.storage.keys import KEYCHAIN, MIN_PASSPHRASE, PASSPHRASE
from icvapp.ui.widgets import named


def show_error(parent: QWidget | None, exc: UserFacingError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, exc.title, exc.message, QMessageBox.StandardButton.Ok, parent)
    if exc.hint:
        box.setInformativeText(exc.hint)
    box.exec()


class FirstRunDialog(QDialog):
    """Offers the demo scheme or a new empty one, and how to protect it."""

    def __init__(self, data_dir: str, keychain_ok: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to icvapp")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel("<h2>Welcome to icvapp</h2><p>Record custody visits, find them again and export "
                       "reports. Everything you enter is encrypted on this computer.</p>")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        start = QGroupBox("How would you like to start?")
        start_layout = QVBoxLayout(start)
        self.demo = named(QRadioButton("Explore the &demo scheme (sample suites, volunteers and visits)"),
                          "Start with the demo scheme")
        self.own = named(QRadioButton("Set up &my own scheme"), "Start my own empty scheme")
        self.demo.setChecked(True)
        self.scheme_name = named(QLineEdit(), "Scheme name")
        self.scheme_name.setPlaceholderText("e.g. Leicestershire ICV Scheme")
        self.scheme_name.setEnabled(False)
        self.own.toggled.connect(self.scheme_name.setEnabled)
        start_layout.addWidget(self.demo)
        start_layout.addWidget(self.own)
        start_layout.addWidget(self.scheme_name)
        layout.addWidget(start)

        protect = QGroupBox("How should the data be protected?")
        protect_layout = QVBoxLayout(protect)
        self.use_keychain = named(QRadioButton("Keep a random key in this computer's &keychain (recommended)"),
                                  "Protect with the system keychain")
        self.use_passphrase = named(QRadioButton("Use a &passphrase that I type each time"),
                                    "Protect with a passphrase")
        group = QButtonGroup(self)
        group.addButton(self.use_keychain)
        group.addButton(self.use_passphrase)
        if keychain_ok:
            self.use_keychain.setChecked(True)
        else:
            self.use_keychain.setEnabled(False)
            self.use_passphrase.setChecked(True)
            note = QLabel("This computer has no keychain that icvapp can use, so your data will be "
                          "protected by a passphrase. Keep it safe: without it the data cannot be read.")
            note.setWordWrap(True)
            protect_layout.addWidget(note)
        protect_layout.addWidget(self.use_keychain)
        protect_layout.addWidget(self.use_passphrase)
        form = QFormLayout()
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "New passphrase")
        self.confirm = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "Repeat the passphrase")
        self.passphrase.setPlaceholderText(f"At least {MIN_PASSPHRASE} characters")
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Repeat", self.confirm)
        protect_layout.addLayout(form)
        self.use_passphrase.toggled.connect(self._protection_changed)
        layout.addWidget(protect)

        where = QLabel(f"Data folder: {data_dir}")
        where.setWordWrap(True)
        where.setStyleSheet("color: #555;")
        layout.addWidget(where)
        self.message = named(QLabel(), "Problem with the choices")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Start")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._protection_changed()

    def _protection_changed(self) -> None:
        on = self.use_passphrase.isChecked()
        self.passphrase.setEnabled(on)
        self.confirm.setEnabled(on)

    @property
    def method(self) -> str:
        return PASSPHRASE if self.use_passphrase.isChecked() else KEYCHAIN

    def _check(self) -> None:
        if self.own.isChecked() and not self.scheme_name.text().strip():
            self.message.setText("Enter your scheme's name.")
            self.scheme_name.setFocus()
            return
        if self.method == PASSPHRASE:
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.message.setText(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")
                self.passphrase.setFocus()
                return
            if self.passphrase.text() != self.confirm.text():
                self.message.setText("The two passphrases differ. Type them again.")
                self.confirm.clear()
                self.confirm.setFocus()
                return
        self.accept()


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one gets a plain message and another try."""

    def __init__(self, scheme_hint: str, unlock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.result_value = None
        self.setWindowTitle("Unlock icvapp")
        layout = QVBoxLayout(self)
        text = QLabel(f"<b>Enter your passphrase</b><br>{scheme_hint}")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "Passphrase")
        layout.addWidget(self.passphrase)
        self.message = named(QLabel(), "Unlock problem")
        self.message.setStyleSheet("color: #a40000;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Unlock")
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.attempts = 0

    def _try(self) -> None:
        self.attempts += 1
        try:
            self.result_value = self.unlock(self.passphrase.text())
        except WrongPassphrase as exc:
            self.message.setText(f"{exc.message} {exc.hint}".strip())
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except UserFacingError as exc:
            show_error(self, exc)
            self.reject()
            return
        self.accept()
