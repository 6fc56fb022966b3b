"""Scheme ▸ Signing and certificates: the scheme root, enrolment files, revocation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from icvapp.trust import enrolment, enrolment_files, pki
from icvapp.ui.dialogs import show_error
from icvapp.ui.widgets import named

STATE_TEXT = {"none": "Not set up on this computer", "awaiting certificate": "Waiting for the office's certificate",
              "ready": "Ready to sign", "expired": "Certificate expired", "revoked": "Certificate revoked",
              "foreign": "Certificate not from this scheme"}


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
        layout.addRow("&PIN", self.pin)
        self.again = named(QLineEdit(), "Repeat the PIN")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            layout.addRow("&Repeat", self.again)
        self.error = named(QLabel(), "Problem with the PIN")
        self.error.setStyleSheet("color: #a40000;")
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
                    raise InvalidInput("The two PINs differ.")
        except InvalidInput as exc:
            self.error.setText(exc.message)
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
        self.setWindowTitle("Signing and certificates")
        self.setMinimumSize(720, 520)
        layout = QVBoxLayout(self)
        self.trust_label = named(QLabel(), "The scheme's root certificate")
        self.trust_label.setWordWrap(True)
        self.trust_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.trust_label)

        self.table = named(QTableWidget(0, 2), "Volunteers and whether they can sign on this computer")
        self.table.setHorizontalHeaderLabels(["Volunteer", "Signing on this computer"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName("Select every volunteer")
        layout.addWidget(self.table, 1)

        mine = QGroupBox("Volunteers on this computer")
        grid = QGridLayout(mine)
        self.setup_button = self._button("&Set up signing for the selected volunteer…", self.set_up_signing)
        self.import_button = self._button("&Import certificate file…", self.import_certificate)
        self.join_button = self._button("&Join a scheme from its scheme file…", self.join_scheme)
        grid.addWidget(self.setup_button, 0, 0)
        grid.addWidget(self.import_button, 0, 1)
        grid.addWidget(self.join_button, 1, 0)
        layout.addWidget(mine)

        self.office = QGroupBox("Scheme office (co-ordinator)")
        grid = QGridLayout(self.office)
        self.root_button = self._button("Set up the scheme &root…", self.set_up_root)
        self.issue_button = self._button("Issue a certificate from a &request file…", self.issue)
        self.revoke_button = self._button("Re&voke the selected volunteer's certificate…", self.revoke)
        self.scheme_file_button = self._button("Write the scheme &file for laptops…", self.export_scheme_file)
        self.root_cert_button = self._button("Export the root &certificate for PDF readers…", self.export_root)
        for i, b in enumerate((self.issue_button, self.revoke_button, self.scheme_file_button, self.root_cert_button)):
            grid.addWidget(b, i // 2, i % 2)
        grid.addWidget(self.root_button, 2, 0, 1, 2)  # only before the scheme has a root
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
            self.trust_label.setText("This profile has not joined a scheme yet. The co-ordinator sets up the "
                                     "scheme root; every laptop joins with the scheme file the office sends.")
        else:
            role = "This is the scheme office's profile." if office else "This laptop belongs to the scheme."
            self.trust_label.setText(f"{role}\nScheme root fingerprint: {pki.fingerprint(t.root)}")
        people = enrolment.signers(db)
        selected = self.selected_volunteer()
        self.table.setRowCount(len(people))
        for row, status in enumerate(people):
            item = QTableWidgetItem(status.name)
            item.setData(Qt.ItemDataRole.UserRole, status.volunteer_id)
            self.table.setItem(row, 0, item)
            text = STATE_TEXT.get(status.state, status.state)
            if status.until is not None and status.state == "ready":
                text += f" (certificate valid until {status.until:%d %b %Y})"
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
            raise InvalidInput("Select a volunteer in the list first.")
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
        return Path(name).read_bytes() if name else None

    def _root_pin(self) -> str | None:
        return PinDialog.ask(self, "Scheme root PIN", "Enter the PIN that protects the scheme root key.")

    # ------------------------------------------------------------------ volunteers

    def set_up_signing(self) -> None:
        vid, name = self._need_selection()
        pin = PinDialog.ask(self, f"Signing PIN for {name}",
                            f"{name}: choose a PIN of at least {pki.MIN_PIN} characters. Only you will know it; "
                            "you type it each time you sign a report.", confirm=True)
        if pin is None:
            return
        request = enrolment_files.create_signing_key(self.ctx.db, vid, pin)
        if enrolment.is_scheme_office(self.ctx.db):
            root_pin = self._root_pin()
            if root_pin:
                reply, _ = enrolment_files.issue_certificate(self.ctx.db, request, root_pin)
                enrolment_files.import_certificate(self.ctx.db, reply)
                QMessageBox.information(self, "Ready to sign", f"{name} can now sign visit reports here.")
                return
        path = self._save("Save the certificate request", f"{name} request.icvreq", request,
                          "Certificate requests (*.icvreq)")
        if path:
            QMessageBox.information(self, "Request saved",
                                    f"Send {path.name} to your scheme office. When their certificate file comes "
                                    "back, choose 'Import certificate file'.")

    def import_certificate(self) -> None:
        data = self._open("Import the certificate file from your scheme office", "Certificates (*.icvcert)")
        if data is not None:
            name = enrolment_files.import_certificate(self.ctx.db, data)
            QMessageBox.information(self, "Ready to sign", f"{name} can now sign visit reports on this computer.")

    def join_scheme(self) -> None:
        data = self._open("Join a scheme", "Scheme files (*.icvscheme)")
        if data is not None:
            fingerprint = enrolment_files.import_scheme_file(self.ctx.db, data)
            QMessageBox.information(self, "Scheme joined",
                                    f"Check this fingerprint with your scheme office:\n\n{fingerprint}")

    # ------------------------------------------------------------------ the office

    def set_up_root(self) -> None:
        pin = PinDialog.ask(self, "Scheme root PIN",
                            "Choose the PIN that will protect the scheme root key. The co-ordinator types it to "
                            "issue and revoke certificates.", confirm=True)
        if pin:
            cert = enrolment.set_up_scheme_root(self.ctx.db, pin)
            QMessageBox.information(self, "Scheme root created", f"Fingerprint:\n\n{pki.fingerprint(cert)}")

    def issue(self) -> None:
        request = self._open("Open a certificate request", "Certificate requests (*.icvreq)")
        if request is None:
            return
        pin = self._root_pin()
        if pin:
            reply, name = enrolment_files.issue_certificate(self.ctx.db, request, pin)
            self._save(f"Save {name}'s certificate file", f"{name}.icvcert", reply, "Certificates (*.icvcert)")

    def revoke(self) -> None:
        vid, name = self._need_selection()
        answer = QMessageBox.question(self, "Revoke certificate?",
                                      f"Revoke {name}'s certificates? Reports they sign afterwards will be refused, "
                                      "and laptops learn of it from the next scheme file.")
        if answer == QMessageBox.StandardButton.Yes and (pin := self._root_pin()):
            n = enrolment.revoke_certificates(self.ctx.db, vid, pin, "revoked by the scheme office")
            QMessageBox.information(self, "Revoked", f"{n} certificate(s) revoked.")

    def export_scheme_file(self) -> None:
        pin = self._root_pin()
        if pin:
            self._save("Save the scheme file", "scheme.icvscheme", enrolment_files.export_scheme_file(self.ctx.db, pin),
                       "Scheme files (*.icvscheme)")

    def export_root(self) -> None:
        self._save("Save the root certificate", "scheme-root.pem",
                   enrolment.root_certificate_pem(self.ctx.db).encode("ascii"), "Certificates (*.pem *.crt)")
