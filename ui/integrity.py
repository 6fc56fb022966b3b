"""After unlocking, the app re-checks in the background that nothing was altered behind its back.

Once per start (each start unlocks the profile): the audit chain, and every sealed visit against
the visitors' signatures (:mod:`icvapp.sealing.integrity`). It runs off the GUI thread and says
nothing while all is well but a line in the status bar; when something fails, a warning stays in
the status bar, naming what to do, until the app is closed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from icvapp.sealing.integrity import SealReport, check_sealed_visits
from icvapp.storage.audit import ChainReport, verify_chain
from icvapp.ui.host import WindowHost
from icvapp.ui.widgets import named

WARNING_STYLE = "color: #b42318; font-weight: bold; padding: 0 6px;"


def sweep(db) -> tuple[ChainReport, SealReport]:
    return verify_chain(db), check_sealed_visits(db)


def check_in_background(window: WindowHost) -> None:
    window.jobs.start(sweep, window.ctx.db, on_done=lambda result: show_result(window, *result))


def show_result(window: WindowHost, chain: ChainReport, sealed: SealReport) -> QLabel | None:
    """A quiet line when all holds; a lasting warning, with the first problem, when it does not."""
    if chain.ok and sealed.ok:
        window.statusBar().showMessage(
            f"Checked: the audit log ({chain.entries} entries) and {sealed.checked} sealed visit(s) "
            "match their signatures.", 10000)
        return None
    first = str(chain.breaks[0]) if not chain.ok else str(sealed.mismatches[0])
    what = "The audit log is broken" if not chain.ok else "A sealed visit no longer matches its signatures"
    label = named(QLabel(f"⚠ {what}: {first}. Tell the scheme office; run 'icvapp audit verify' for the full list."),
                  "Integrity warning")
    label.setStyleSheet(WARNING_STYLE)
    label.setWordWrap(True)
    window.statusBar().addWidget(label, 1)
    return label
