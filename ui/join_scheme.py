"""A volunteer joins their scheme: the scheme file, its fingerprint, their name, a signing PIN, the request file.

Two pages, both usable with the keyboard alone: a file path can be typed (or
chosen with Browse…), the volunteer's name is picked from the scheme's list, and
Enter moves on. Nothing is written to the profile until the last page is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import InvalidInput, UserFacingError
from icvapp.profile.context import AppContext
from icvapp.scheme.places import list_volunteers
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import parse_json, read_bounded
from icvapp.trust import enrolment_files, pki
from icvapp.ui.accessible import named
from icvapp.ui.setup_widgets import message_label, show_problem
from icvapp.ui.translation import translate


def read_scheme_file(path: str) -> tuple[bytes, dict, str]:
    """The file's bytes, its signed payload and the root's fingerprint; raises InvalidInput when it is not one."""
    if not path.strip():
        raise InvalidInput(translate("JoinSchemeDialog", "Type the path of the scheme file, or choose Browse."))
    data = read_bounded(Path(path.strip()).expanduser(), enrolment_files.MAX_EXCHANGE_FILE,
                        translate("JoinSchemeDialog", "a scheme file"))
    try:
        doc = parse_json(data)
    except ValueError:  # not UTF-8, not JSON, or nested absurdly deep
        raise InvalidInput(translate("JoinSchemeDialog", "This is not a scheme file from icvapp: it is not "
                                                         "readable text.")) from None
    payload, root = enrolment_files.read_scheme_package(doc)
    return data, payload, pki.fingerprint(root)


class JoinSchemeDialog(QDialog):
    """Page 1: the scheme file and its fingerprint. Page 2: who you are, your PIN, where the request goes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.payload: dict | None = None
        self.request_path: Path | None = None
        #: Joining made this profile a scheme of another kind: a window built for the old kind is built again.
        self.kind_changed = False
        self.folder = Path.home()
        self.setWindowTitle(self.tr("Join your scheme"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._you_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Back sits on the left, apart from the buttons that go on or stop.
        self.back = named(QPushButton(self.tr("&Back")), self.tr("Back to the scheme file"))
        self.back.setAutoDefault(False)
        self.next = named(self.buttons.addButton(self.tr("&Next"), QDialogButtonBox.ButtonRole.AcceptRole),
                          self.tr("Next"))
        self.back.clicked.connect(lambda: self.show_page(0))
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addWidget(self.buttons, 1)
        layout.addLayout(row)
        self.next.setDefault(True)  # once inside the dialog: Enter moves on from any field
        self.show_page(0)

    # ------------------------------------------------------------------ pages

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("<h3>1. The scheme file</h3><p>Your scheme office gave you a scheme file (it ends in "
                               "<i>.icvscheme</i>). Type where it is, or choose Browse, then press Enter.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = named(QLineEdit(), self.tr("Scheme file"), self.tr("The path of the scheme file"))
        self.path.setPlaceholderText(self.tr("e.g. ~/Downloads/scheme.icvscheme"))
        label = QLabel(self.tr("Scheme &file"))
        label.setBuddy(self.path)
        browse = named(QPushButton(self.tr("B&rowse…")), self.tr("Choose the scheme file"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.file_problem = message_label(self.tr("Problem with the scheme file"))
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        return page

    def _you_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.fingerprint = named(QLabel(), self.tr("The scheme and its fingerprint"))
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        form = QFormLayout()
        self.people = named(QListWidget(), self.tr("Choose yourself"), self.tr("The scheme's volunteers"))
        self.people.setMinimumHeight(120)
        form.addRow(self.tr("&Who are you?"), self.people)
        self.pin = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("Signing PIN"))
        self.pin.setPlaceholderText(self.tr("At least {count} characters").format(count=pki.MIN_PIN))
        self.again = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), self.tr("Repeat the signing PIN"))
        self.request = named(QLineEdit(), self.tr("Where to save the request file for the office"))
        form.addRow(self.tr("Signing &PIN"), self.pin)
        form.addRow(self.tr("R&epeat the PIN"), self.again)
        form.addRow(self.tr("Save the &request as"), self.request)
        self.people.currentTextChanged.connect(self._suggest_request)
        layout.addLayout(form)
        note = QLabel(self.tr("You type the PIN each time you sign a visit report; only you know it. The request "
                              "file goes to your scheme office, which sends back a certificate file: import it with "
                              "File ▸ Signing and certificates."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.you_problem = message_label(self.tr("Problem with your details"))
        layout.addWidget(self.you_problem)
        return page

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back.setVisible(index > 0)
        self.next.setText(self.tr("&Next") if index == 0 else self.tr("&Join the scheme"))
        (self.path if index == 0 else self.people).setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The scheme file from your office"), str(Path.home()),
                                              self.tr("Scheme files (*.icvscheme)"))
        if name:
            self.path.setText(name)
            self._next()

    # ------------------------------------------------------------------ moving on

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            self._read_file()
        else:
            self._join()

    def _read_file(self) -> None:
        try:
            self.data, self.payload, fingerprint = read_scheme_file(self.path.text())
        except UserFacingError as exc:
            show_problem(self.file_problem, exc)
            self.path.setFocus()
            return
        show_problem(self.file_problem, None)
        self.fingerprint.setText(self.tr("<h3>2. You</h3><p><b>{scheme}</b>. Check this fingerprint with your scheme "
                                         "office before you go on:<br><tt>{fingerprint}</tt></p>")
                                 .format(scheme=self.payload["scheme"]["name"], fingerprint=fingerprint))
        self.people.clear()
        for person in sorted(self.payload["volunteers"], key=lambda p: p["name"].casefold()):
            if person.get("active_to"):
                continue  # someone who has left does not join
            item = QListWidgetItem(person["name"])
            item.setData(Qt.ItemDataRole.UserRole, person["uid"])
            self.people.addItem(item)
        self.folder = Path(self.path.text().strip()).expanduser().parent
        self.people.setCurrentRow(0)
        self.show_page(1)

    def _suggest_request(self, name: str) -> None:
        """The request file goes beside the scheme file, named after the volunteer."""
        self.request.setText(str(self.folder / self.tr("{name} request.icvreq").format(name=name)))

    def _join(self) -> None:
        item = self.people.currentItem()
        try:
            if item is None:
                raise InvalidInput(self.tr("Choose your name in the list."))
            pki.check_new_pin(self.pin.text())
            if self.pin.text() != self.again.text():
                raise InvalidInput(self.tr("The two PINs differ. Type them again."))
            if not self.request.text().strip():
                raise InvalidInput(self.tr("Say where to save the request file."))
            enrolment_files.import_scheme_file(self.ctx.db, self.data)
            # A new profile takes up the joined scheme's kind: its form, words and reports are that kind's.
            self.kind_changed = self.ctx.reload_definition() or self.kind_changed
            volunteer = next(v for v in list_volunteers(self.ctx.db) if v.name == item.text())
            request = enrolment_files.create_signing_key(self.ctx.db, volunteer.id, self.pin.text())
            self.request_path = Path(self.request.text().strip()).expanduser()
            write_atomic(self.request_path, request)
        except UserFacingError as exc:
            show_problem(self.you_problem, exc)
            return
        self.accept()
