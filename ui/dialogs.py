"""First-run, unlock and message dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError, WrongPassphrase
from icvapp.profile.profiles import DEFAULT_KIND
from icvapp.scheme.kinds import scheme_kinds
from icvapp.storage.keys import KEYCHAIN, MIN_PASSPHRASE, PASSPHRASE
from icvapp.ui.accessible import named
from icvapp.ui.palette import Role, status_palette
from icvapp.ui.translation import LANGUAGES, core_translator, error_text


def show_error(parent: QWidget | None, exc: UserFacingError) -> None:
    """The error in the window's language: a title, what happened and what to do."""
    tr = core_translator()
    box = QMessageBox(QMessageBox.Icon.Warning, exc.title_in(tr), exc.message_in(tr), QMessageBox.StandardButton.Ok,
                      parent)
    if exc.hint:
        box.setInformativeText(exc.hint_in(tr))
    box.exec()


def note(text: str) -> QLabel:
    """A line of explanation under a choice, indented to its text and wrapped."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(24)
    return label


class FirstRunDialog(QDialog):
    """Offers the language, the demo scheme or a new empty one (of a chosen kind), and how to protect it.

    Choosing another language emits ``language_chosen``; the caller installs it and
    builds the dialog again in that language (see :func:`icvapp.ui.app.first_run`).
    With ``new_scheme`` it is File ▸ New scheme: only the kind, the name and the protection
    of one more scheme beside those already kept.
    """

    #: A language code; the dialog is then rebuilt in that language.
    language_chosen = Signal(str)

    def __init__(self, data_dir: str, keychain_ok: bool, parent: QWidget | None = None,
                 language: str = "en", *, new_scheme: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New scheme") if new_scheme else self.tr("Welcome to icvapp"))
        layout = QVBoxLayout(self)
        # Grow with the wrapped explanations, however long they are in the chosen language,
        # from a width where each door's explanation takes a line or two.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.language = named(QComboBox(), self.tr("Language"),
                              self.tr("The language icvapp speaks; you can change it later in View ▸ Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        choose = QFormLayout()
        choose.addRow(self.tr("&Language / Iaith"), self.language)
        layout.addLayout(choose)
        intro = QLabel(self.tr("<p>Record visits, find them again and export reports. Everything you "
                               "enter is encrypted on this computer.</p>"))
        intro.setWordWrap(True)
        intro.setMinimumWidth(640)
        layout.addWidget(intro)

        start = named(QGroupBox(self.tr("How would you like to start?")), self.tr("How would you like to start?"))
        start_layout = QVBoxLayout(start)
        self.join = named(QRadioButton(self.tr("I'm a &volunteer joining my scheme")),
                          self.tr("I'm a volunteer joining my scheme"),
                          self.tr("Join with the scheme file your scheme office gave you"))
        self.own = named(QRadioButton(self.tr("I &run a scheme office")), self.tr("I run a scheme office"),
                         self.tr("Start a new scheme: the places visited, volunteers, the rota and signing certificates"))
        self.demo = named(QRadioButton(self.tr("&Explore the demo")), self.tr("Explore the demo scheme"),
                          self.tr("Sample places, volunteers and visits"))
        self.demo.setChecked(True)
        self.scheme_name = named(QLineEdit(), self.tr("Scheme name"))
        self.scheme_name.setPlaceholderText(self.tr("e.g. Leicestershire ICV Scheme"))
        self.scheme_name.setEnabled(False)
        self.scheme_name.setVisible(False)  # shown only to the office, which names its scheme
        self.own.toggled.connect(self.scheme_name.setEnabled)
        self.own.toggled.connect(self.scheme_name.setVisible)
        # The kind of visiting the office's scheme does, each named by its definition's title.
        self.kind = named(QComboBox(), self.tr("Kind of scheme"))
        # deferred: the definitions (and their wording) load for the welcome, not before the unlock dialog
        from icvapp.scheme.config import load_config

        for kind in scheme_kinds():
            self.kind.addItem(load_config(kind).title_in(language), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(DEFAULT_KIND)))
        self.kind_form = QFormLayout()
        self.kind_form.addRow(self.tr("Kin&d of scheme"), self.kind)
        self.own.toggled.connect(lambda on: self.kind_form.setRowVisible(0, on))
        self.kind_form.setRowVisible(0, False)
        join_note = note(self.tr("Then the scheme file from your office, your name and a signing PIN."))
        demo_note = note(self.tr("Sample places, volunteers and visits, to try everything out."))
        start_layout.addWidget(self.join)
        start_layout.addWidget(join_note)
        start_layout.addWidget(self.own)
        start_layout.addLayout(self.kind_form)
        start_layout.addWidget(self.scheme_name)
        start_layout.addWidget(self.demo)
        start_layout.addWidget(demo_note)
        layout.addWidget(start)
        if new_scheme:
            # One more scheme beside those kept here: no doors to choose, no language (the window has one).
            choose.setRowVisible(0, False)
            intro.setText(self.tr("<p>Start another scheme beside the ones kept here. Its data is encrypted "
                                  "with a key of its own; you can switch between schemes in File ▸ Switch "
                                  "scheme.</p>"))
            start.setTitle(self.tr("The new scheme"))
            start.setAccessibleName(self.tr("The new scheme"))
            self.own.setChecked(True)
            for widget in (self.join, join_note, self.own, self.demo, demo_note):
                widget.hide()

        protect = named(QGroupBox(self.tr("How should the data be protected?")),
                        self.tr("How should the data be protected?"))
        protect_layout = QVBoxLayout(protect)
        self.use_keychain = named(QRadioButton(self.tr("Use this computer's &keychain (recommended)")),
                                  self.tr("Protect with the system keychain"),
                                  self.tr("A random key kept in the keychain; nothing to type"))
        self.use_passphrase = named(QRadioButton(self.tr("Use a &passphrase that I type each time")),
                                    self.tr("Protect with a passphrase"))
        group = QButtonGroup(self)
        group.addButton(self.use_keychain)
        group.addButton(self.use_passphrase)
        if keychain_ok:
            self.use_keychain.setChecked(True)
        else:
            self.use_keychain.setEnabled(False)
            self.use_passphrase.setChecked(True)
            protect_layout.addWidget(note(self.tr("This computer has no keychain that icvapp can use, so your "
                                                  "data will be protected by a passphrase. Keep it safe: without "
                                                  "it the data cannot be read.")))
        protect_layout.addWidget(self.use_keychain)
        if keychain_ok:
            protect_layout.addWidget(note(self.tr("A random key is kept in the keychain: nothing to type.")))
        protect_layout.addWidget(self.use_passphrase)
        self.passphrase_form = form = QFormLayout()
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("New passphrase"))
        self.confirm = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("Repeat the passphrase"))
        self.passphrase.setPlaceholderText(self.tr("At least %n character(s)", "", MIN_PASSPHRASE))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.confirm)
        protect_layout.addLayout(form)
        self.use_passphrase.toggled.connect(self._protection_changed)
        layout.addWidget(protect)

        where = QLabel(self.tr("Data folder: {folder}").format(folder=data_dir))
        where.setWordWrap(True)
        where.setStyleSheet(f"color: {status_palette()[Role.MUTED].text.name()};")
        layout.addWidget(where)
        self.message = message_line(self.tr("Problem with the choices"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create") if new_scheme
                                                                   else self.tr("&Start"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._protection_changed()

    def _protection_changed(self) -> None:
        on = self.use_passphrase.isChecked()
        for row in range(self.passphrase_form.rowCount()):  # typed only when chosen: a shorter dialog
            self.passphrase_form.setRowVisible(row, on)
        self.passphrase.setEnabled(on)
        self.confirm.setEnabled(on)

    @property
    def method(self) -> str:
        return PASSPHRASE if self.use_passphrase.isChecked() else KEYCHAIN

    def _check(self) -> None:
        if self.own.isChecked() and not self.scheme_name.text().strip():
            self.message.setText(self.tr("Enter your scheme's name."))
            self.scheme_name.setFocus()
            return
        if self.method == PASSPHRASE:
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.message.setText(self.tr("The passphrase needs at least %n character(s).", "",
                                             MIN_PASSPHRASE))
                self.passphrase.setFocus()
                return
            if self.passphrase.text() != self.confirm.text():
                self.message.setText(self.tr("The two passphrases differ. Type them again."))
                self.confirm.clear()
                self.confirm.setFocus()
                return
        self.accept()


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one gets a plain message and another try.

    With ``recover`` (a function of the recovery key and a new passphrase), a
    forgotten passphrase can be replaced: the recovery key opens the data and the
    new passphrase protects it from then on.
    """

    def __init__(self, scheme_hint: str, unlock, parent: QWidget | None = None, recover=None) -> None:
        super().__init__(parent)
        self.unlock = unlock
        self.recover = recover
        self.result_value = None
        self.setWindowTitle(self.tr("Unlock icvapp"))
        # Wide enough for its sentences in any language; the layout grows further with them.
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("<b>Enter your passphrase</b><br>{hint}").format(hint=scheme_hint))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.recovery_box = self._recovery_box()
        layout.addWidget(self.recovery_box)
        self.message = message_line(self.tr("Unlock problem"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        if recover is not None:
            self.use_recovery = named(buttons.addButton(self.tr("Use my &recovery key…"),
                                                        QDialogButtonBox.ButtonRole.ActionRole),
                                      self.tr("Forgot the passphrase? Use my recovery key"))
            self.use_recovery.setAutoDefault(False)
            self.use_recovery.clicked.connect(self._show_recovery)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.attempts = 0

    def _recovery_box(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Unlock with the recovery key")), self.tr("Unlock with the recovery key"))
        form = QFormLayout(box)
        explain = QLabel(self.tr("Type the recovery key you wrote down when icvapp was set up, and choose a new "
                                 "passphrase. The old passphrase stops working."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.recovery_key = named(QLineEdit(), self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX")
        self.new_passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("New passphrase"))
        self.new_passphrase.setPlaceholderText(self.tr("At least %n character(s)", "", MIN_PASSPHRASE))
        self.repeat = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("Repeat the new passphrase"))
        form.addRow(self.tr("Recovery &key"), self.recovery_key)
        form.addRow(self.tr("&New passphrase"), self.new_passphrase)
        form.addRow(self.tr("Re&peat it"), self.repeat)
        box.hide()
        return box

    def _show_recovery(self) -> None:
        self.recovery_box.show()
        self.passphrase.setEnabled(False)
        self.use_recovery.setEnabled(False)
        self.recovery_key.setFocus()

    def _try(self) -> None:
        self.attempts += 1
        try:
            if self.recovery_box.isVisible():
                self.result_value = self._recover()
                if self.result_value is None:
                    return
            else:
                self.result_value = self.unlock(self.passphrase.text())
        except WrongPassphrase as exc:
            self.message.setText(error_text(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except UserFacingError as exc:
            if self.recovery_box.isVisible():  # a mistyped recovery key: say so, let them type it again
                self.message.setText(error_text(exc))
                self.recovery_key.setFocus()
                return
            show_error(self, exc)
            self.reject()
            return
        self.accept()

    def _recover(self):
        """The profile opened with the recovery key and protected by the new passphrase; None if not yet."""
        if len(self.new_passphrase.text()) < MIN_PASSPHRASE:
            self.message.setText(self.tr("The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE))
            self.new_passphrase.setFocus()
            return None
        if self.new_passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ. Type them again."))
            self.repeat.clear()
            self.repeat.setFocus()
            return None
        return self.recover(self.recovery_key.text(), self.new_passphrase.text())


def message_line(name: str) -> QLabel:
    """A wrapped line for a problem, in the palette's error colour."""
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {status_palette()[Role.ERROR].text.name()};")
    return label
