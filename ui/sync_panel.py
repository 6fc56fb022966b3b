"""Delivery to the scheme server, in the window: the last sync, what waits, what was refused, and "Sync now".

The sync runs in the window's job pool behind a progress dialog, so the window never
waits for the network; the panel reads everything through :mod:`icvapp.delivery.status`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.delivery.refusals import server_reason
from icvapp.delivery.status import SyncStatus, sync_now, sync_status
from icvapp.delivery.sync import SyncReport
from icvapp.errors import in_language
from icvapp.i18n.formats import format_datetime, format_number
from icvapp.profile.context import AppContext
from icvapp.ui.accessible import named
from icvapp.ui.host import WindowHost
from icvapp.ui.jobs import report_failure, run_with_progress
from icvapp.ui.translation import core_translator, ui_language


class SyncPanel(QWidget):
    """This computer's delivery status and a "Sync now" button."""

    #: Emitted after each sync with its report (the window may reload its visit list).
    synced = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.server = named(QLabel(), self.tr("Scheme server"))
        self.last_sync = named(QLabel(), self.tr("Last sync"))
        self.queued = named(QLabel(), self.tr("Visits waiting to be delivered"))
        self.delivered = named(QLabel(), self.tr("Visits delivered with a valid receipt"))
        self.outcome = named(QLabel(), self.tr("How the last sync ended"))
        self.outcome.setWordWrap(True)
        self.refused = named(QListWidget(), self.tr("Visits the server refused, with the reason"))
        self.button = named(QPushButton(self.tr("&Sync now")), self.tr("Sync now"),
                            self.tr("Deliver waiting visits and fetch what the scheme office published"))
        self.button.clicked.connect(self.sync_now)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Last sync:"), self.last_sync)
        form.addRow(self.tr("Visits waiting:"), self.queued)
        form.addRow(self.tr("Delivered, with a valid receipt:"), self.delivered)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        self.refused_title = QLabel(self.tr("Refused by the server:"))
        self.refused_title.setBuddy(self.refused)
        layout.addWidget(self.refused_title)
        layout.addWidget(self.refused)
        layout.addWidget(self.button)
        self.refresh()

    def refresh(self) -> None:
        self.show_status(sync_status(self.ctx.db))

    def show_status(self, status: SyncStatus) -> None:
        self.button.setEnabled(status.enrolled)
        if not status.enrolled:
            self.server.setText(self.tr("This computer is not enrolled with a scheme server."))
            self.outcome.setText(self.tr("Ask the scheme office for a device file (icvapp sync enrol)."))
            for label in (self.last_sync, self.queued, self.delivered):
                label.setText("—")
            self.refused.clear()
            return
        self.server.setText(status.server_url)
        self.last_sync.setText(self.when(status.last_sync))
        self.queued.setText(format_number(status.queued, ui_language()))
        self.delivered.setText(format_number(status.delivered, ui_language()))
        self.outcome.setText(self.outcome_text(status))
        self.refused.clear()
        for visit_id, _uid, reason in status.refused:
            self.refused.addItem(self.tr("Visit no. {visit}: {reason}").format(
                visit=visit_id, reason=in_language(server_reason(reason), core_translator())))
        self.refused_title.setVisible(bool(status.refused))
        self.refused.setVisible(bool(status.refused))

    def when(self, moment: dt.datetime | None) -> str:
        if moment is None:
            return self.tr("never")
        return format_datetime(moment.astimezone(), ui_language())

    def outcome_text(self, status: SyncStatus) -> str:
        if status.last_sync is None:
            return ""
        if status.last_stopped:
            return self.tr("The last sync stopped: {reason}").format(
                reason=in_language(server_reason(status.last_stopped), core_translator()))
        if status.role == "office":
            return self.tr("The last sync finished. Deliveries imported: {count}.").format(
                count=format_number(status.last_imported, ui_language()))
        return self.tr("The last sync finished.")

    def sync_now(self) -> None:
        self.button.setEnabled(False)
        run_with_progress(self, self.tr("Syncing with the scheme server…"), sync_now, self.ctx,
                          on_done=self.finished, on_failed=self.failed)

    def finished(self, report: SyncReport) -> None:
        self.refresh()
        self.synced.emit(report)

    def failed(self, exc: Exception) -> None:
        self.refresh()
        report_failure(self, exc)


class SyncDialog(QDialog):
    """The sync panel in a dialog of its own, for the window's menu."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scheme server"))
        self.setAccessibleName(self.tr("Scheme server"))
        self.panel = SyncPanel(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)


def open_sync_dialog(window: WindowHost) -> None:
    """The File menu's "Sync with the scheme server…": the panel in a dialog over the window.

    Visits the office imports appear in the visit list at once; the sync's outcome also goes to the status bar.
    """
    dialog = SyncDialog(window.ctx, window.window())
    dialog.panel.synced.connect(lambda report: after_sync(window, report))
    dialog.exec()


def after_sync(window: WindowHost, report: SyncReport) -> None:
    window.list_view.model.reload()
    if report.stopped:
        text = SyncPanel.tr("The sync stopped: {reason}").format(reason=in_language(report.stopped, core_translator()))
    else:
        text = SyncPanel.tr("Synced with the scheme server.")
    window.statusBar().showMessage(text, 10000)
