"""The language a user chose, as the command line reads it: the window's choice, else the scheme's.

The window keeps the choice in ``window.ini`` in the data folder (written by Qt's QSettings, an INI
file holding a language code and nothing typed), so it is known before the profile is unlocked. A
volunteer who speaks Welsh to the window expects the terminal to answer in Welsh too, so the
commands read the same file; ``ICVAPP_LANGUAGE`` overrides it for one run, as it does for the window.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from icvapp.i18n.languages import LANGUAGES
from icvapp.profile.profiles import DEFAULT_KIND, MAIN, list_profiles
from icvapp.scheme.config import load_config

WINDOW_STATE = "window.ini"


def saved_language(data_dir: Path) -> str | None:
    """The language saved in the window's settings, or None when none is (or the file cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(data_dir) / WINDOW_STATE, encoding="utf-8")
    except (OSError, UnicodeError, configparser.Error):
        return None
    value = parser.get("General", "language", fallback=None)
    return value if value in LANGUAGES else None


def scheme_language(kind: str = DEFAULT_KIND) -> str:
    """The language the definition of ``kind`` asks for, English when it names none or cannot be read."""
    try:
        language = load_config(kind).default_language
    except (OSError, ValueError, KeyError):
        return "en"
    return language if language in LANGUAGES else "en"


def main_kind(data_dir: Path) -> str:
    """The kind of the data folder's main profile, as ``profiles.json`` records it (the default kind when it does not)."""
    return next((entry.kind for entry in list_profiles(data_dir) if entry.id == MAIN), DEFAULT_KIND)


def chosen_language(data_dir: Path, kind: str | None = None) -> str:
    """``ICVAPP_LANGUAGE`` first, then the window's saved choice, then the default of the scheme's kind
    (``kind``, else the main profile's)."""
    env = os.environ.get("ICVAPP_LANGUAGE")
    if env in LANGUAGES:
        return env
    return saved_language(data_dir) or scheme_language(kind or main_kind(data_dir))
