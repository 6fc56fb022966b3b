"""File ▸ Switch scheme: the schemes kept in this data folder, one profile each, to open another
(named as :mod:`icvapp.ui.scheme_choice` names them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from icvapp.errors import UserFacingError
from icvapp.profile.profiles import ProfileEntry
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import message_line
from icvapp.ui.scheme_choice import profile_label
from icvapp.ui.translation import error_text


class SwitchSchemeDialog(QDialog):
    """Lists the schemes; Enter or Open chooses one (``chosen``), the open one is marked and not offered."""

    def __init__(self, entries: list[ProfileEntry], open_id: str, language: str | None,
                 problem: UserFacingError | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Switch scheme"))
        self.setMinimumWidth(480)
        self.chosen: ProfileEntry | None = None
        layout = QVBoxLayout(self)
        explain = QLabel(self.tr("Each scheme keeps its data under a key of its own. Choose the scheme to open; "
                                 "the window then shows that scheme only."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        title = QLabel(self.tr("&Schemes kept here"))
        self.list = named(QListWidget(), self.tr("Schemes kept here"))
        title.setBuddy(self.list)
        for entry in entries:
            text = profile_label(entry, language)
            item = QListWidgetItem(self.tr("{scheme} — open now").format(scheme=text) if entry.id == open_id
                                   else text)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if entry.id == open_id:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        layout.addWidget(title)
        layout.addWidget(self.list)
        self.message = message_line(self.tr("Problem with the list of schemes"))
        if problem is not None:
            self.message.setText(error_text(problem))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("&Open"))
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.list.currentItemChanged.connect(lambda *_: self.open_button.setEnabled(self._current() is not None))
        others = [row for row in range(self.list.count()) if self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        if others:
            self.list.setCurrentRow(others[0])
        self.open_button.setEnabled(bool(others))
        self.list.setFocus()

    def _current(self) -> ProfileEntry | None:
        item = self.list.currentItem()
        enabled = item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        return item.data(Qt.ItemDataRole.UserRole) if enabled else None

    def _choose(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()
