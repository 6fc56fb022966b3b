"""Check any signed report or submission file and say plainly what it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.profile.context import AppContext
from icvapp.sealing.submission import inbox_key_of
from icvapp.sealing.verify import verify_file
from icvapp.trust.enrolment import is_scheme_office, trust
from icvapp.trust.verdict import VALID, Verdict
from icvapp.ui.accessible import named
from icvapp.ui.palette import Role, status_palette
from icvapp.ui.translation import translate, ui_language

STYLES = {VALID: ("✔", Role.OK), "unsigned": ("!", Role.WARNING)}
BAD = ("✖", Role.ERROR)


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check a signed report"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a visit report PDF or a submission file. icvapp checks every signature "
                               "against this scheme's root certificate and says whether the file is exactly as "
                               "its visitors signed it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = named(QLineEdit(), self.tr("File to check"))
        self.path.setReadOnly(True)
        choose = named(QPushButton(self.tr("&Choose file…")), self.tr("Choose a file to check"))
        choose.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        self.headline = named(QLabel(self.tr("No file checked yet.")), self.tr("Verdict"))
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("padding: 10px; font-size: 12pt;")
        layout.addWidget(self.headline)
        self.details = named(QPlainTextEdit(), self.tr("Details of each signature"))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.verdict: Verdict | None = None
        choose.setFocus()
        if path is not None:
            self.check(path)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a report or submission file"), str(Path.home()),
                                              self.tr("Reports and submissions (*.pdf *.icvsub);;All files (*)"))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> Verdict:
        self.path.setText(str(path))
        t = trust(self.ctx.db)
        if t is None:
            verdict = Verdict("damaged", translate("VerifyDialog", "This profile has no scheme root certificate "
                                                                   "yet, so it cannot check signatures. Join your "
                                                                   "scheme first (File ▸ Signing and certificates)."))
        else:
            key = inbox_key_of(self.ctx.db) if is_scheme_office(self.ctx.db) else None
            verdict = verify_file(path, t, key, language=ui_language())
        icon, role = STYLES.get(verdict.status, BAD)
        swatch = status_palette()[role]
        self.headline.setText(f"{icon}  {verdict.headline}")
        self.headline.setStyleSheet(f"padding: 10px; font-size: 12pt; color: {swatch.ink.name()}; "
                                    f"background: {swatch.fill.name()}; border-left: 4px solid {swatch.ink.name()};")
        self.details.setPlainText("\n".join(verdict.details))
        self.verdict = verdict
        return verdict
