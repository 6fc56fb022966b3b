"""Which of the schemes kept in this data folder opens at start, and how each is named.

Each is named by its kind's title and the first characters of its id: nothing is unlocked to
list them, so no scheme's own name is read (see :mod:`icvapp.profile.profiles`). The switcher
itself (:mod:`icvapp.ui.scheme_switcher`) loads only when File ▸ Switch scheme is chosen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from icvapp.profile.profiles import MAIN, ProfileEntry, list_profiles
from icvapp.ui.translation import chosen_language, settings_in

if TYPE_CHECKING:
    from icvapp.profile.context import AppContext

#: In the data folder's window.ini: the id of the scheme's profile last opened (an id, never a name).
LAST_PROFILE = "window/profile"
#: How much of a further profile's id names it in the list (enough to tell them apart, and to type).
SHOWN_ID = 6


def profile_label(entry: ProfileEntry, language: str | None) -> str:
    """A profile as the switcher names it: its kind's title and its id's first characters."""
    # deferred: the definitions load when several schemes are kept here, not before the first window
    from icvapp.scheme.config import load_config

    return f"{load_config(entry.kind).title_in(language)} ({entry.id[:SHOWN_ID]})"


def scheme_label(entry: ProfileEntry, data_dir: Path) -> str:
    """The profile named in the language chosen for the window of the data folder ``data_dir``."""
    return profile_label(entry, chosen_language(data_dir))


def starting_profile(data_dir: Path, entries: list[ProfileEntry]) -> ProfileEntry:
    """The scheme last opened, if it is still kept here, else the main one."""
    last = settings_in(data_dir).value(LAST_PROFILE)
    return next((e for e in entries if e.id == last), entries[0])


def remember_profile(ctx: AppContext) -> None:
    """Note in window.ini which scheme is open, by its profile's id only, so the next start opens it."""
    root = ctx.data_root
    entry = next((e for e in list_profiles(root) if e.path == ctx.data_dir), None)
    settings = settings_in(root)
    settings.setValue(LAST_PROFILE, entry.id if entry else MAIN)
    settings.sync()
