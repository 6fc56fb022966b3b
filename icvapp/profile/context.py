"""A profile: one data folder holding one encrypted scheme database.

The folder holds ``icvapp.db`` (SQLCipher) and ``keyinfo.json`` (how the key
is protected; no secret). Nothing else is written there.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from icvapp.errors import QT_TRANSLATE_NOOP, DatabaseUnreadable
from icvapp.profile.paths import default_data_dir, profile_exists, resolve_data_dir  # noqa: F401 (re-exported)
from icvapp.scheme.config import SchemeConfig, load_config
from icvapp.storage.database import DB_NAME, Database, open_database
from icvapp.storage.keys import KEYINFO, KeyInfo, create_key, read_keyinfo, unlock_key
from icvapp.storage.model import Scheme, StageLimit
from icvapp.storage.rotation import settle_rotation


@dataclass
class AppContext:
    """What the rest of the app needs: handed to views and commands, never global."""

    data_dir: Path
    db: Database
    keyinfo: KeyInfo
    config: SchemeConfig
    # Set only on a profile just created: the recovery key to show the user once.
    new_recovery_key: str | None = None

    @property
    def protection(self) -> str:
        return self.keyinfo.protection

    def scheme_name(self) -> str:
        with self.db.session() as s:
            scheme = s.query(Scheme).first()
            return scheme.name if scheme else "Unnamed scheme"

    def close(self) -> None:
        self.db.close()


def create_profile(data_dir: Path, method: str, scheme_name: str, passphrase: str | None = None) -> AppContext:
    if profile_exists(data_dir):
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Profile", "{data_dir} already holds an icvapp profile; "
                                                              "refusing to replace it.").format(data_dir=data_dir))
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    info, key, recovery_key = create_key(data_dir, method, passphrase)
    try:
        db = open_database(data_dir / DB_NAME, key, create=True)
        db.actor = local_actor()
        db.recovery_public = info.recovery.get("public")
        with db.session() as s:
            s.add(Scheme(name=scheme_name))
        config = load_config()
        write_stage_limits(db, config)
    except BaseException:
        # A profile that failed half-way must not later look like a damaged one.
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYINFO):
            (data_dir / name).unlink(missing_ok=True)
        raise
    ctx = AppContext(data_dir, db, info, config)
    ctx.new_recovery_key = recovery_key  # shown once by the caller; never stored
    return ctx


def open_profile(data_dir: Path, passphrase: str | None = None) -> AppContext:
    info = read_keyinfo(data_dir)
    if info is None:
        raise DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Profile", "The key description {path} is missing, so the database cannot be "
                                         "unlocked.").format(path=data_dir / KEYINFO),
            hint=QT_TRANSLATE_NOOP("Profile", "Restore the whole data folder from a backup."),
        )
    settle_rotation(data_dir, passphrase)
    info = read_keyinfo(data_dir)
    return context_for(data_dir, unlock_key(info, passphrase), info)


def context_for(data_dir: Path, key: bytes, info: KeyInfo) -> AppContext:
    """Open the profile's database with ``key`` and hand back the context the app runs on."""
    db = open_database(data_dir / DB_NAME, key)
    db.actor = local_actor()
    db.recovery_public = info.recovery.get("public")
    config = load_config()
    write_stage_limits(db, config)
    return AppContext(data_dir, db, info, config)


def write_stage_limits(db: Database, config: SchemeConfig) -> None:
    """Tell the database which detainee stage lies within which (every ancestor), so it can refuse
    to seal a visit whose counts break the funnel. Written only when the definition changed."""
    wanted = {(stage.key, above) for stage in config.detainee_stages for above in config.ancestors(stage.key)}
    with db.session() as s:
        if {tuple(row) for row in s.execute(select(StageLimit.stage, StageLimit.within))} != wanted:
            s.execute(delete(StageLimit))
            s.add_all(StageLimit(stage=stage, within=above) for stage, above in sorted(wanted))


def local_actor() -> str:
    """The computer account using this profile, as the audit log names it."""

    try:
        return f"{getpass.getuser()} (this computer)"
    except (KeyError, OSError):
        return "this computer"
