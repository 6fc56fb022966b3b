"""Where a profile lives, and whether a folder holds one, without loading the database layer.

The window's first moments (``icvapp`` with no command, the unlock dialog) need
only these; :mod:`icvapp.profile.context` (SQLAlchemy, the model) loads later,
when the profile is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

#: The database file's name: the same as ``icvapp.storage.database.DB_NAME`` (a test holds them together);
#: written out here so that checking for a profile does not load SQLAlchemy.
DB_NAME = "icvapp.db"
#: The key description's name: the same as ``icvapp.storage.keys.KEYINFO``.
KEYINFO = "keyinfo.json"


def default_data_dir() -> Path:
    import platformdirs  # deferred: only when no folder is given

    return platformdirs.user_data_path("icvapp", appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """``--data-dir`` first, then ``ICVAPP_DATA_DIR``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("ICVAPP_DATA_DIR")
    return Path(env).expanduser() if env else default_data_dir()


def profile_exists(data_dir: Path) -> bool:
    """True if the folder holds a profile (even a damaged one: never overwrite it)."""
    return (data_dir / KEYINFO).exists() or (data_dir / DB_NAME).exists()
