"""File ▸ Switch scheme: the schemes kept in this data folder, one profile each, to open another.

Each is named by its kind's title and the first characters of its id: nothing is unlocked to
list them, so no scheme's own name is read (see :mod:`icvapp.profile.profiles`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from icvapp.errors import UserFacingError
from icvapp.profile.language import WINDOW_STATE
from icvapp.profile.profiles import MAIN, ProfileEntry, list_profiles
from icvapp.scheme.config import load_config
from icvapp.ui.dialogs import message_line
from icvapp.ui.translation import chosen_language, error_text
from icvapp.ui.widgets import named

if TYPE_CHECKING:
    from icvapp.profile.context import AppContext

#: In the data folder's window.ini: the id of the scheme's profile last opened (an id, never a name).
LAST_PROFILE = "window/profile"
#: How much of a further profile's id names it in the list (enough to tell them apart, and to type).
SHOWN_ID = 6


def profile_label(entry: ProfileEntry, language: str | None) -> str:
    """A profile as the switcher names it: its kind's title and its id's first characters."""
    return f"{load_config(entry.kind).title_in(language)} ({entry.id[:SHOWN_ID]})"


def scheme_label(entry: ProfileEntry, data_dir: Path) -> str:
    """The profile named in the language chosen for the window of the data folder ``data_dir``."""
    return profile_label(entry, chosen_language(data_dir))


def starting_profile(data_dir: Path, entries: list[ProfileEntry]) -> ProfileEntry:
    """The scheme last opened, if it is still kept here, else the main one."""
    last = QSettings(str(data_dir / WINDOW_STATE), QSettings.Format.IniFormat).value(LAST_PROFILE)
    return next((e for e in entries if e.id == last), entries[0])


def remember_profile(ctx: AppContext) -> None:
    """Note in window.ini which scheme is open, by its profile's id only, so the next start opens it."""
    root = ctx.data_root
    entry = next((e for e in list_profiles(root) if e.path == ctx.data_dir), None)
    settings = QSettings(str(root / WINDOW_STATE), QSettings.Format.IniFormat)
    settings.setValue(LAST_PROFILE, entry.id if entry else MAIN)
    settings.sync()


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
