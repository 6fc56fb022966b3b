"""A profile: one data folder holding one encrypted scheme database, of one scheme kind.

The folder holds ``icvapp.db`` (SQLCipher) and ``keyinfo.json`` (how the key
is protected; no secret), and for the main profile the window's settings and the
list of further profiles (see :mod:`icvapp.profile.profiles`). The profile's
definition (``AppContext.config``) is the one its scheme row's kind names.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from icvapp.errors import QT_TRANSLATE_NOOP, DatabaseUnreadable
from icvapp.profile.paths import default_data_dir, profile_exists, resolve_data_dir  # noqa: F401 (re-exported)
from icvapp.profile.profiles import (
    DEFAULT_KIND,
    add_profile,
    check_kind,
    data_folder_of,
    forget_profile,
    note_kind,
    note_main_kind,
)
from icvapp.scheme.config import SchemeConfig, load_config
from icvapp.scheme.kinds import scheme_kinds
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
    #: The data folder this profile belongs to (its window settings, the list of schemes): ``data_dir``
    #: itself for the main profile, the folder above ``schemes/`` for a further one.
    data_root: Path | None = None

    def __post_init__(self) -> None:
        if self.data_root is None:
            self.data_root = data_folder_of(self.data_dir)

    @property
    def kind(self) -> str:
        """The open scheme's kind (a definition's name, such as "dog_unit"): its definition is :attr:`config`."""
        return self.config.kind

    @property
    def protection(self) -> str:
        return self.keyinfo.protection

    def scheme_name(self) -> str:
        with self.db.session() as s:
            scheme = s.query(Scheme).first()
            return scheme.name if scheme else "Unnamed scheme"

    def reload_definition(self) -> bool:
        """Take up the scheme row's kind after a scheme package was applied (a new profile that joined a scheme
        of another kind): its definition, its stage limits, and its kind in the list of schemes. True when the
        kind changed, so a window built for the old one must be built again."""
        kind = scheme_kind(self.db)
        changed = kind != self.config.kind
        self.config = load_config(kind)
        write_stage_limits(self.db, self.config)
        note_kind(self.data_dir, kind)
        return changed

    def close(self) -> None:
        self.db.close()


def create_profile(data_dir: Path, method: str, scheme_name: str, passphrase: str | None = None,
                   kind: str = DEFAULT_KIND) -> AppContext:
    """A new profile in ``data_dir`` holding one scheme of ``kind``, its key protected by ``method``."""
    check_kind(kind)
    if profile_exists(data_dir):
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Profile", "{data_dir} already holds an icvapp profile; "
                                                              "refusing to replace it.").format(data_dir=data_dir))
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    info, key, recovery_key = create_key(data_dir, method, passphrase)
    db = None
    try:
        db = open_database(data_dir / DB_NAME, key, create=True)
        db.actor = local_actor()
        db.recovery_public = info.recovery.get("public")
        with db.session() as s:
            s.add(Scheme(name=scheme_name, kind=kind))
        config = load_config(kind)
        write_stage_limits(db, config)
        note_main_kind(data_dir, kind)
    except BaseException:
        if db is not None:
            db.close()
        # A profile that failed half-way must not later look like a damaged one.
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYINFO):
            (data_dir / name).unlink(missing_ok=True)
        raise
    ctx = AppContext(data_dir, db, info, config)
    ctx.new_recovery_key = recovery_key  # shown once by the caller; never stored
    return ctx


def create_scheme_profile(data_dir: Path, kind: str, method: str, scheme_name: str,
                          passphrase: str | None = None) -> AppContext:
    """A further profile in the data folder ``data_dir``, for one more scheme (of ``kind``) that the office
    runs: its own folder, database and key. Nothing is left behind if it cannot be made."""
    path = add_profile(data_dir, kind)
    try:
        return create_profile(path, method, scheme_name, passphrase, kind)
    except BaseException:
        forget_profile(data_dir, path.name)
        try:
            path.rmdir()
        except OSError:
            pass
        raise


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
    try:
        db.actor = local_actor()
        db.recovery_public = info.recovery.get("public")
        config = load_config(scheme_kind(db))
        write_stage_limits(db, config)
    except BaseException:
        db.close()
        raise
    return AppContext(data_dir, db, info, config)


def scheme_kind(db: Database) -> str:
    """The kind of the scheme the database holds; refused plainly when this icvapp has no definition of it."""
    with db.session() as s:
        kind = s.scalar(select(Scheme.kind).order_by(Scheme.id).limit(1)) or DEFAULT_KIND
    if kind not in scheme_kinds():
        raise DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Profile", "This profile holds a scheme of the kind {kind}, which this version of "
                                         "icvapp does not know.").format(kind=repr(kind)),
            hint=QT_TRANSLATE_NOOP("Profile", "Install the newer icvapp that made it. Nothing has been changed."))
    return kind


def write_stage_limits(db: Database, config: SchemeConfig) -> None:
    """Tell the database which stage lies within which (every ancestor), so it can refuse
    to seal a visit whose counts break the funnel. Written only when the definition changed."""
    wanted = {(stage.key, above) for stage in config.count_stages for above in config.ancestors(stage.key)}
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
