"""Sign-off: the staff member (the definition's staff noun) acknowledges, then both visitors sign with their own PINs.

The staff member is named in the kind's words (:func:`~icvapp.ui.form_words.staff_words`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import InvalidInput, UserFacingError, in_language
from icvapp.i18n import localized
from icvapp.profile.context import AppContext
from icvapp.sealing.signoff import SIGN_REASON, sign_off
from icvapp.trust.enrolment import Signer, signer_status, unlock_signer
from icvapp.ui.accessible import named
from icvapp.ui.form_words import staff_words
from icvapp.ui.jobs import report_failure, run_with_progress
from icvapp.ui.palette import Role, text_style
from icvapp.ui.signature_pad import SignaturePad
from icvapp.ui.translation import core_translator, speak_for, translate
from icvapp.ui.widgets import TimeField
from icvapp.visits.canonical import OfficerAck
from icvapp.visits.store import load_visit


class VisitorSignature(QGroupBox):
    """One visitor: their name, whether they can sign here, and their PIN."""

    def __init__(self, db, volunteer_id: int, position: int) -> None:
        status = signer_status(db, volunteer_id)
        super().__init__(translate("VisitorSignature", "Visitor {position}: {name}").format(
            position=position, name=status.name))
        self.volunteer_id, self.name, self.ready = volunteer_id, status.name, status.state == "ready"
        layout = QFormLayout(self)
        self.pin = named(QLineEdit(), self.tr("Signing PIN for {name}").format(name=status.name))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setEnabled(self.ready)
        self.pin.setPlaceholderText(self.tr("Only this visitor types it"))
        layout.addRow(self.tr("{name}'s PIN").format(name=status.name), self.pin)
        self.message = named(QLabel(in_language(status.detail, core_translator())), self.tr("Signing status for {name}").format(name=status.name))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Role.ERROR))
        self.message.setVisible(bool(status.detail))
        layout.addRow(self.message)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.pin.selectAll()
        self.pin.setFocus()


class SignOffDialog(QDialog):
    """Collects the officer's acknowledgement and both visitors' PINs, then seals the visit."""

    def __init__(self, ctx: AppContext, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.visit_id = ctx, visit_id
        self.record = rec = load_visit(ctx.db, visit_id)
        self.setWindowTitle(self.tr("Sign and seal this visit report"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("<b>Once both visitors sign, the report is sealed.</b> It can then be read, exported "
                               "and sent to the scheme office, but never changed; a correction becomes a signed "
                               "amendment."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.words = words = self.staff_texts(ctx.config)
        officer = QGroupBox(words["acknowledgement"])
        form = QFormLayout(officer)
        self.officer_name = named(QLineEdit(rec.officer_name), words["name"])
        self.officer_rank = named(QLineEdit(rec.officer_rank), words["rank"])
        self.officer_number = named(QLineEdit(rec.officer_number), words["number"])
        self.ack_time = named(TimeField(), words["time"])
        self.ack_time.set_value(rec.departure or dt.datetime.now().time().replace(second=0, microsecond=0))
        now = named(QPushButton(self.tr("Now")), self.tr("Set the acknowledgement time to now"))
        now.clicked.connect(lambda: self.ack_time.set_value(dt.datetime.now().time().replace(second=0,
                                                                                              microsecond=0)))
        time_row = QHBoxLayout()
        time_row.addWidget(self.ack_time)
        time_row.addWidget(now)
        time_row.addStretch(1)
        form.addRow(words["name_label"], self.officer_name)
        form.addRow(self.tr("&Rank"), self.officer_rank)
        form.addRow(self.tr("N&umber"), self.officer_number)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.ack_time)
        form.addRow(time_label, time_row)
        self.pad = SignaturePad(name=words["signature"])
        clear = named(QPushButton(self.tr("C&lear signature")), words["clear"])
        clear.clicked.connect(self.pad.clear)
        pad_row = QVBoxLayout()
        pad_row.addWidget(self.pad)
        pad_row.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Signature"), pad_row)
        self.officer_error = named(QLabel(), self.tr("Problem with the acknowledgement"))
        self.officer_error.setStyleSheet(text_style(Role.ERROR))
        self.officer_error.setVisible(False)
        form.addRow(self.officer_error)
        layout.addWidget(officer)

        declaration = QLabel(self.tr("<i>By typing your PIN you sign this statement:</i> “{statement}”")
                             .format(statement=localized(SIGN_REASON, rec.language)))
        declaration.setWordWrap(True)
        layout.addWidget(declaration)
        ids = [i for i in (rec.visitor_a_id, rec.visitor_b_id) if i is not None]
        self.visitors = [VisitorSignature(ctx.db, vid, n) for n, vid in enumerate(ids, start=1)]
        for v in self.visitors:
            layout.addWidget(v)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = named(self.buttons.addButton(self.tr("&Sign and seal"),
                                                        QDialogButtonBox.ButtonRole.AcceptRole),
                                 self.tr("Sign and seal this visit report"))
        self.sign_button.setEnabled(all(v.ready for v in self.visitors))
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.officer_name.setFocus()

    def staff_texts(self, config) -> dict[str, str]:
        """What the dialog calls the staff member and their parts, in the kind's words."""
        speak_for(config)
        staff = staff_words(config)
        return {"acknowledgement": self.tr("{staff}'s acknowledgement").format(**staff),
                "name": self.tr("{staff}'s name").format(**staff), "rank": self.tr("{staff}'s rank").format(**staff),
                "number": self.tr("{staff}'s number").format(**staff),
                "time": self.tr("Time the {staff_in_sentence} acknowledged the findings").format(**staff),
                "name_label": self.tr("&Name"), "signature": self.tr("{staff}'s signature").format(**staff),
                "clear": self.tr("Clear the drawn signature"),
                "enter_name": self.tr("Enter the name of the {staff_in_sentence}.").format(**staff),
                "enter_time": self.tr("Enter the time the {staff_in_sentence} acknowledged the findings, for example "
                                      "22:40.").format(**staff)}

    def acknowledgement(self) -> OfficerAck:
        t = self.ack_time.value()
        if not self.officer_name.text().strip():
            raise InvalidInput(self.words["enter_name"])
        if t is None:
            raise InvalidInput(self.words["enter_time"])
        at = self.record.moment(t) or dt.datetime.combine(dt.date.today(), t)
        return OfficerAck(self.officer_name.text().strip(), self.officer_rank.text().strip(),
                          self.officer_number.text().strip(), at, self.pad.value())

    def signers(self) -> list[Signer] | None:
        signers = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for v in self.visitors:
                try:
                    signers.append(unlock_signer(self.ctx.db, v.volunteer_id, v.pin.text()))
                except UserFacingError as exc:
                    v.show_error(exc.message_in(core_translator()))
                    return None
                v.message.setVisible(False)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return signers

    def sign(self) -> None:
        try:
            officer = self.acknowledgement()
        except InvalidInput as exc:
            self.officer_error.setText(exc.message_in(core_translator()))
            self.officer_error.setVisible(True)
            return
        self.officer_error.setVisible(False)
        signers = self.signers()
        if signers is None:
            return
        for v in self.visitors:
            v.pin.clear()  # the PIN is not kept once it has unlocked the key
        self.sign_button.setEnabled(False)

        def failed(exc) -> None:
            self.sign_button.setEnabled(True)
            report_failure(self, exc)

        run_with_progress(self, self.tr("Signing and sealing the report…"), sign_off, self.ctx, self.visit_id,
                          officer, signers, on_done=lambda _r: self.accept(), on_failed=failed)
