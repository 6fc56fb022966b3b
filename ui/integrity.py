"""After unlocking, the app re-checks in the background that nothing was altered behind its back.

Once per start (each start unlocks the profile): the audit chain, and every sealed visit against
the visitors' signatures (:mod:`icvapp.sealing.integrity`). It runs off the GUI thread and says
nothing while all is well but a line in the status bar; when something fails, a warning stays in
the status bar, naming what to do, until the app is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from icvapp.errors import in_language
from icvapp.sealing.integrity import SealReport, check_sealed_visits
from icvapp.storage.audit import ChainReport, verify_chain
from icvapp.ui.accessible import named
from icvapp.ui.host import WindowHost
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import core_translator, translate


class Integrity(QObject):
    """Names this module's translation context; lupdate reads plural forms only from ``Class.tr``."""


def sweep(db) -> tuple[ChainReport, SealReport]:
    return verify_chain(db), check_sealed_visits(db)


def check_in_background(window: WindowHost) -> None:
    window.jobs.start(sweep, window.ctx.db, on_done=lambda result: show_result(window, *result))


def show_result(window: WindowHost, chain: ChainReport, sealed: SealReport) -> QLabel | None:
    """A quiet line when all holds; a lasting warning, with the first problem, when it does not."""
    if chain.ok and sealed.ok:
        entries = Integrity.tr("the audit log (%n entries)", "", chain.entries)
        window.statusBar().showMessage(
            Integrity.tr("Checked: {audit_log} and %n sealed visit(s) match their signatures.", "",
                         sealed.checked).format(audit_log=entries), 10000)
        return None
    first = str(in_language(chain.breaks[0] if not chain.ok else sealed.mismatches[0], core_translator()))
    what = translate("Integrity", "The audit log is broken") if not chain.ok \
        else translate("Integrity", "A sealed visit no longer matches its signatures")
    label = named(QLabel(translate("Integrity", "⚠ {what}: {first}. Tell the scheme office; run 'icvapp audit "
                                                "verify' for the full list.").format(what=what, first=first)),
                  translate("Integrity", "Integrity warning"))
    label.setStyleSheet(text_style(Role.ERROR, "font-weight: bold; padding: 0 6px;"))
    label.setWordWrap(True)
    window.statusBar().addWidget(label, 1)
    return label
