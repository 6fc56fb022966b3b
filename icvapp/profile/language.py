"""The language a user chose, as the command line reads it: the window's choice, else the scheme's.

The window keeps the choice in ``window.ini`` in the data folder (written by Qt's QSettings, an INI
file holding a language code and nothing typed), so it is known before the profile is unlocked. A
volunteer who speaks Welsh to the window expects the terminal to answer in Welsh too, so the
commands read the same file; ``ICVAPP_LANGUAGE`` overrides it for one run, as it does for the window.
"""

from __future__ import annotations

import os
from pathlib import Path

from icvapp.i18n.languages import LANGUAGES
from icvapp.scheme.kinds import FIRST_KIND, default_language

WINDOW_STATE = "window.ini"


def saved_language(data_dir: Path) -> str | None:
    """The language saved in the window's settings, or None when none is (or the file cannot be read)."""
    # deferred: the command line's reader; the window reads its own settings with QSettings
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(data_dir) / WINDOW_STATE, encoding="utf-8")
    except (OSError, UnicodeError, configparser.Error):
        return None
    value = parser.get("General", "language", fallback=None)
    return value if value in LANGUAGES else None


def scheme_language(kind: str | None = None) -> str:
    """The language the definition of ``kind`` (default: the first kind) asks for, English when it names none
    or cannot be read."""
    language = default_language(kind or FIRST_KIND)
    return language if language in LANGUAGES else "en"


def main_kind(data_dir: Path) -> str:
    """The kind of the data folder's main profile, as ``profiles.json`` records it (the default kind when it does not)."""
    # deferred: the profile registry is read only when no language was saved
    from icvapp.profile.profiles import DEFAULT_KIND, MAIN, list_profiles

    return next((entry.kind for entry in list_profiles(data_dir) if entry.id == MAIN), DEFAULT_KIND)


def chosen_language(data_dir: Path, kind: str | None = None) -> str:
    """``ICVAPP_LANGUAGE`` first, then the window's saved choice, then the default of the scheme's kind
    (``kind``, else the main profile's)."""
    env = os.environ.get("ICVAPP_LANGUAGE")
    if env in LANGUAGES:
        return env
    return saved_language(data_dir) or scheme_language(kind or main_kind(data_dir))
