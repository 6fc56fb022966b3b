"""Scheme ▸ Signing and certificates: the scheme root, enrolment files, revocation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import InvalidInput, UserFacingError
from icvapp.profile.context import AppContext
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import read_bounded
from icvapp.trust import enrolment, enrolment_files, pki
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import show_error
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import core_translator, translate


def state_text(state: str) -> str:
    return {"none": translate("SigningSetup", "Not set up on this computer"),
            "awaiting certificate": translate("SigningSetup", "Waiting for the office's certificate"),
            "ready": translate("SigningSetup", "Ready to sign"),
            "expired": translate("SigningSetup", "Certificate expired"),
            "revoked": translate("SigningSetup", "Certificate revoked"),
            "foreign": translate("SigningSetup", "Certificate not from this scheme")}.get(state, state)


class PinDialog(QDialog):
    """Asks for a PIN (twice when choosing a new one)."""

    def __init__(self, title: str, prompt: str, *, confirm: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addRow(label)
        self.pin = named(QLineEdit(), title)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addRow(self.tr("&PIN"), self.pin)
        self.again = named(QLineEdit(), self.tr("Repeat the PIN"))
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            layout.addRow(self.tr("&Repeat"), self.again)
        self.error = named(QLabel(), self.tr("Problem with the PIN"))
        self.error.setStyleSheet(text_style(Role.ERROR))
        self.error.setVisible(False)
        layout.addRow(self.error)
        self.confirm = confirm
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _ok(self) -> None:
        try:
            if self.confirm:
                pki.check_new_pin(self.pin.text())
                if self.pin.text() != self.again.text():
                    raise InvalidInput(self.tr("The two PINs differ."))
        except InvalidInput as exc:
            self.error.setText(exc.message_in(core_translator()))
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent, title: str, prompt: str, *, confirm: bool = False) -> str | None:
        dialog = cls(title, prompt, confirm=confirm, parent=parent)
        return dialog.pin.text() if dialog.exec() else None


class SigningSetupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Signing and certificates"))
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        self.trust_label = named(QLabel(), self.tr("The scheme's root certificate"))
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.trust_label)

        self.table = named(QTableWidget(0, 2), self.tr("Volunteers and whether they can sign on this computer"))
        self.table.setHorizontalHeaderLabels([self.tr("Volunteer"), self.tr("Signing on this computer")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Select every volunteer"))
        layout.addWidget(self.table, 1)

        mine = QGroupBox(self.tr("Volunteers on this computer"))
        grid = QGridLayout(mine)
        self.setup_button = self._button(self.tr("&Set up signing for the selected volunteer…"), self.set_up_signing)
        self.import_button = self._button(self.tr("&Import certificate file…"), self.import_certificate)
        self.join_button = self._button(self.tr("&Join a scheme from its scheme file…"), self.join_scheme)
        # One button a row: each says what it does in full, in any language.
        for row, b in enumerate((self.setup_button, self.import_button, self.join_button)):
            grid.addWidget(b, row, 0)
        layout.addWidget(mine)

        self.office = QGroupBox(self.tr("Scheme office (co-ordinator)"))
        grid = QGridLayout(self.office)
        self.root_button = self._button(self.tr("Set up the scheme &root…"), self.set_up_root)
        self.issue_button = self._button(self.tr("Issue a certificate from a &request file…"), self.issue)
        self.revoke_button = self._button(self.tr("Re&voke the selected volunteer's certificate…"), self.revoke)
        self.scheme_file_button = self._button(self.tr("Write the scheme &file for laptops…"), self.export_scheme_file)
        self.root_cert_button = self._button(self.tr("Export the root &certificate for PDF readers…"), self.export_root)
        for row, b in enumerate((self.issue_button, self.revoke_button, self.scheme_file_button,
                                 self.root_cert_button, self.root_button)):  # the root: only before there is one
            grid.addWidget(b, row, 0)
        layout.addWidget(self.office)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = named(QPushButton(text), text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: self._run(slot))
        return button

    def _run(self, slot) -> None:
        try:
            slot()
        except UserFacingError as exc:
            show_error(self, exc)
        self.refresh()

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        db = self.ctx.db
        t = enrolment.trust(db)
        office = enrolment.is_scheme_office(db)
        if t is None:
            self.trust_label.setText(self.tr("This profile has not joined a scheme yet. The co-ordinator sets up "
                                             "the scheme root; every laptop joins with the scheme file the office "
                                             "sends."))
        else:
            role = self.tr("This is the scheme office's profile.") if office \
                else self.tr("This laptop belongs to the scheme.")
            self.trust_label.setText(self.tr("{role}\nScheme root fingerprint: {fingerprint}").format(
                role=role, fingerprint=pki.fingerprint(t.root)))
        people = enrolment.signers(db)
        selected = self.selected_volunteer()
        self.table.setRowCount(len(people))
        for row, status in enumerate(people):
            item = QTableWidgetItem(status.name)
            item.setData(Qt.ItemDataRole.UserRole, status.volunteer_id)
            self.table.setItem(row, 0, item)
            text = state_text(status.state)
            if status.until is not None and status.state == "ready":
                text = self.tr("{state} (certificate valid until {date})").format(
                    state=text, date=QLocale().toString(status.until.date() if hasattr(status.until, "date")
                                                        else status.until, "d MMM yyyy"))
            self.table.setItem(row, 1, QTableWidgetItem(text))
            if status.volunteer_id == selected:
                self.table.selectRow(row)
        self.join_button.setVisible(t is None)
        self.setup_button.setEnabled(t is not None)
        self.import_button.setEnabled(t is not None)
        self.root_button.setVisible(t is None)
        for b in (self.issue_button, self.revoke_button, self.scheme_file_button):
            b.setEnabled(office)
        self.root_cert_button.setEnabled(t is not None)

    def selected_volunteer(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _need_selection(self) -> tuple[int, str]:
        row = self.table.currentRow()
        if row < 0:
            raise InvalidInput(self.tr("Select a volunteer in the list first."))
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole), item.text()

    def _save(self, title: str, suggested: str, data: bytes, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), pattern)
        if not name:
            return None
        write_atomic(Path(name), data)
        return Path(name)

    def _open(self, title: str, pattern: str) -> bytes | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        if not name:
            return None
        # Bounded: a device, a pipe or a huge file chosen by mistake is refused with a reason, never read.
        return read_bounded(name, enrolment_files.MAX_EXCHANGE_FILE, self.tr("a scheme, request or certificate file"))

    def _root_pin(self) -> str | None:
        return PinDialog.ask(self, self.tr("Scheme root PIN"),
                             self.tr("Enter the PIN that protects the scheme root key."))

    # ------------------------------------------------------------------ volunteers

    def set_up_signing(self) -> None:
        vid, name = self._need_selection()
        pin = PinDialog.ask(self, self.tr("Signing PIN for {name}").format(name=name),
                            self.tr("{name}: choose a PIN of at least {count} characters. Only you will know it; "
                                    "you type it each time you sign a report.").format(name=name, count=pki.MIN_PIN),
                            confirm=True)
        if pin is None:
            return
        request = enrolment_files.create_signing_key(self.ctx.db, vid, pin)
        if enrolment.is_scheme_office(self.ctx.db):
            root_pin = self._root_pin()
            if root_pin:
                reply, _ = enrolment_files.issue_certificate(self.ctx.db, request, root_pin)
                enrolment_files.import_certificate(self.ctx.db, reply)
                QMessageBox.information(self, self.tr("Ready to sign"),
                                        self.tr("{name} can now sign visit reports here.").format(name=name))
                return
        path = self._save(self.tr("Save the certificate request"), f"{name} request.icvreq", request,
                          self.tr("Certificate requests (*.icvreq)"))
        if path:
            QMessageBox.information(self, self.tr("Request saved"),
                                    self.tr("Send {file} to your scheme office. When their certificate file comes "
                                            "back, choose 'Import certificate file'.").format(file=path.name))

    def import_certificate(self) -> None:
        data = self._open(self.tr("Import the certificate file from your scheme office"),
                          self.tr("Certificates (*.icvcert)"))
        if data is not None:
            name = enrolment_files.import_certificate(self.ctx.db, data)
            QMessageBox.information(self, self.tr("Ready to sign"),
                                    self.tr("{name} can now sign visit reports on this computer.").format(name=name))

    def join_scheme(self) -> None:
        """The same two pages as File ▸ Join your scheme: the file and its fingerprint, then who you are."""
        JoinSchemeDialog(self.ctx, self).exec()

    # ------------------------------------------------------------------ the office

    def set_up_root(self) -> None:
        pin = PinDialog.ask(self, self.tr("Scheme root PIN"),
                            self.tr("Choose the PIN that will protect the scheme root key. The co-ordinator types it "
                                    "to issue and revoke certificates."), confirm=True)
        if pin:
            cert = enrolment.set_up_scheme_root(self.ctx.db, pin)
            QMessageBox.information(self, self.tr("Scheme root created"),
                                    self.tr("Fingerprint:\n\n{fingerprint}").format(fingerprint=pki.fingerprint(cert)))

    def issue(self) -> None:
        request = self._open(self.tr("Open a certificate request"), self.tr("Certificate requests (*.icvreq)"))
        if request is None:
            return
        pin = self._root_pin()
        if pin:
            reply, name = enrolment_files.issue_certificate(self.ctx.db, request, pin)
            self._save(self.tr("Save {name}'s certificate file").format(name=name), f"{name}.icvcert", reply,
                       self.tr("Certificates (*.icvcert)"))

    def revoke(self) -> None:
        vid, name = self._need_selection()
        answer = QMessageBox.question(self, self.tr("Revoke certificate?"),
                                      self.tr("Revoke {name}'s certificates? Reports they sign afterwards will be "
                                              "refused, and laptops learn of it from the next scheme file.")
                                      .format(name=name))
        if answer == QMessageBox.StandardButton.Yes and (pin := self._root_pin()):
            n = enrolment.revoke_certificates(self.ctx.db, vid, pin, "revoked by the scheme office")
            QMessageBox.information(self, self.tr("Revoked"), self.tr("%n certificate(s) revoked.", "", n))

    def export_scheme_file(self) -> None:
        pin = self._root_pin()
        if pin:
            self._save(self.tr("Save the scheme file"), "scheme.icvscheme",
                       enrolment_files.export_scheme_file(self.ctx.db, pin), self.tr("Scheme files (*.icvscheme)"))

    def export_root(self) -> None:
        self._save(self.tr("Save the root certificate"), "scheme-root.pem",
                   enrolment.root_certificate_pem(self.ctx.db).encode("ascii"), self.tr("Certificates (*.pem *.crt)"))
