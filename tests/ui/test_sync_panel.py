"""The sync panel against a real scheme server on a real PostgreSQL: a laptop delivers, the office imports."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QPushButton, QWidget

from icvapp.delivery import outbox
from icvapp.ui.jobs import JobPool
from icvapp.ui.sync_panel import SyncDialog, SyncPanel, open_sync_dialog
from tests.helpers import seal
from tests.server.conftest import (  # noqa: F401 - the server's fixtures, shared with tests/server
    app_engine,
    cluster,
    host,
    hosted_template,
    laptop,
    make_laptop,
    owner_engine,
)

WAIT = 60_000  # ms; reached only when something is broken


@pytest.fixture
def office_and_laptop(request):
    """The session's hosted scheme: a fresh copy of the office and of Amrit's enrolled laptop."""
    return request.getfixturevalue("host"), request.getfixturevalue("laptop")


def in_window(qtbot, ctx) -> QMainWindow:
    """A main window with its job pool, showing the panel as the app does (qtbot holds it weakly: keep it)."""
    window = QMainWindow()
    window.jobs = JobPool(window)
    qtbot.addWidget(window)
    window.setCentralWidget(SyncPanel(ctx, window))
    window.show()
    return window


def sync_and_wait(qtbot, panel: SyncPanel):
    with qtbot.waitSignal(panel.synced, timeout=WAIT) as heard:
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
        assert not panel.button.isEnabled()  # the window carries on while the sync runs in the job pool
    return heard.args[0]


def test_a_laptop_syncs_from_the_panel_and_the_office_imports_from_its_own(qtbot, office_and_laptop):
    office_host, lap = office_and_laptop
    seal(lap)
    window = in_window(qtbot, lap)
    panel = window.centralWidget()
    assert panel.last_sync.text() == "never" and panel.server.text() == office_host.server.url
    report = sync_and_wait(qtbot, panel)
    assert len(report.delivered) == 1 and not report.stopped
    assert panel.delivered.text() == "1" and panel.queued.text() == "0"
    assert panel.last_sync.text() != "never" and panel.outcome.text() == "The last sync finished."
    assert panel.button.isEnabled() and panel.refused.isHidden()

    office_window = in_window(qtbot, office_host.office)
    office = office_window.centralWidget()
    report = sync_and_wait(qtbot, office)
    assert len(report.imported) == 1
    assert office.outcome.text() == "The last sync finished. Deliveries imported: 1."


def test_a_visit_the_server_refused_is_listed_with_its_reason(qtbot, office_and_laptop):
    lap = office_and_laptop[1]
    visit_id = seal(lap)
    outbox.enqueue_sealed(lap)
    entry = outbox.entries(lap.db)[0]
    outbox.mark_refused(lap.db, entry, "The delivery's version is out of range.")
    panel = SyncPanel(lap)
    qtbot.addWidget(panel)
    assert not panel.refused.isHidden()
    assert panel.refused.item(0).text() == f"Visit no. {visit_id}: The delivery's version is out of range."


def test_a_computer_not_enrolled_cannot_sync_and_is_told_how_to_enrol(qtbot, office_and_laptop, tmp_path):
    stranger = make_laptop(office_and_laptop[0].office, tmp_path / "stranger")
    try:
        dialog = SyncDialog(stranger)
        qtbot.addWidget(dialog)
        assert not dialog.panel.button.isEnabled()
        assert "not enrolled" in dialog.panel.server.text()
    finally:
        stranger.close()


def test_every_control_has_an_accessible_name(qtbot, office_and_laptop):
    panel = SyncPanel(office_and_laptop[1])
    qtbot.addWidget(panel)
    controls = [w for w in panel.findChildren(QWidget) if isinstance(w, (QPushButton, QListWidget))]
    values = [panel.server, panel.last_sync, panel.queued, panel.delivered, panel.outcome]
    assert controls and all(w.accessibleName() for w in controls + values)
    assert all(isinstance(w, QLabel) for w in values)


class Window(QMainWindow):
    """What open_sync_dialog needs of the main window: its profile, job pool, visit list and status bar."""

    def __init__(self, ctx) -> None:
        super().__init__()
        self.ctx, self.jobs, self.reloads = ctx, JobPool(self), 0
        self.list_view = SimpleNamespace(model=SimpleNamespace(reload=self.reload))

    def reload(self) -> None:
        self.reloads += 1


def test_the_menu_dialog_syncs_then_reloads_the_visit_list_and_says_so(qtbot, office_and_laptop):
    window = Window(office_and_laptop[1])
    qtbot.addWidget(window)
    window.show()
    seal(office_and_laptop[1])

    def press_sync_now() -> None:
        dialog = window.findChild(SyncDialog)
        dialog.panel.synced.connect(lambda _report: QTimer.singleShot(0, dialog.accept))
        qtbot.mouseClick(dialog.panel.button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press_sync_now)
    open_sync_dialog(window)
    assert window.reloads == 1
    assert window.statusBar().currentMessage() == "Synced with the scheme server."
