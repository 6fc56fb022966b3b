"""The sync panel shows the server's refusals in the window's language (the server itself speaks English)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from icvapp.delivery.status import SyncStatus
from icvapp.ui.sync_panel import SyncPanel
from icvapp.ui.translation import WELSH, install_language

REFUSED = "The delivery's version is out of range."


def status(reason: str, stopped: str = "") -> SyncStatus:
    return SyncStatus(enrolled=True, role="laptop", server_url="https://server.example:8443", queued=0,
                      refused=[(7, "uid-7", reason)], last_stopped=stopped)


def test_a_refusal_the_laptop_knows_is_shown_in_welsh_and_an_unknown_one_as_sent(qtbot, ctx):
    install_language(QApplication.instance(), WELSH)
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_status(status(REFUSED))
    assert panel.refused.item(0).text().endswith("Mae fersiwn y danfoniad y tu allan i'r ystod.")
    panel.show_status(status("A reason from a newer server."))
    assert panel.refused.item(0).text().endswith(": A reason from a newer server.")


def test_in_english_the_refusal_reads_as_the_server_wrote_it(qtbot, ctx):
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show_status(status(REFUSED))
    assert panel.refused.item(0).text() == f"Visit no. 7: {REFUSED}"
