"""Keeping the key safe over time: recovery, passphrase changes, key rotation, locking.

Nothing here writes a plain key to disk.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.profile.context import AppContext, context_for
from icvapp.storage import audit
from icvapp.storage.keys import PASSPHRASE, protect, read_keyinfo, recover_key, unlock_key, write_keyinfo
from icvapp.storage.keys import change_passphrase as rewrap
from icvapp.storage.model import SigningKey
from icvapp.storage.recovery import new_recovery
from icvapp.storage.rotation import rotate_key

# --------------------------------------------------------------------------- recovery


def recover_profile(data_dir: Path, recovery_text: str, method: str, passphrase: str | None = None) -> AppContext:
    """Open a profile with its recovery key and protect it afresh (new passphrase, or this computer's keychain)."""
    info = read_keyinfo(data_dir)
    if info is None:
        raise NotFound(QT_TRANSLATE_NOOP("Security", "There is no icvapp profile in {data_dir}.")
                       .format(data_dir=data_dir))
    key = recover_key(info, recovery_text)
    ctx = context_for(data_dir, key, info)
    protect(info, key, method, passphrase)
    write_keyinfo(data_dir, info)
    with ctx.db.session() as s:
        audit.append(s, audit.RECOVERED, actor=ctx.db.actor, detail={"now protected by": method})
    return ctx


def create_recovery_key(ctx: AppContext) -> str:
    """A new recovery key (the old one stops working); signing keys are re-sealed to it."""
    text, ctx.keyinfo.recovery = new_recovery(ctx.db.key, ctx.keyinfo.profile_id)
    ctx.db.recovery_public = ctx.keyinfo.recovery["public"]
    write_keyinfo(ctx.data_dir, ctx.keyinfo)
    with ctx.db.session() as s:
        for k in s.scalars(select(SigningKey)):
            k.recovery_box = None  # the old pair is gone; a PIN unlock re-seals (see reseal_signing_key)
        audit.append(s, audit.RECOVERY_REPLACED, actor=ctx.db.actor)
    return text


# --------------------------------------------------------------------------- passphrase and rotation


def change_passphrase(ctx: AppContext, old: str, new: str) -> None:
    if ctx.keyinfo.method != PASSPHRASE:
        raise InvalidInput(QT_TRANSLATE_NOOP("Security", "This profile is protected by the keychain, not a "
                                                         "passphrase."))
    ctx.keyinfo = rewrap(ctx.data_dir, old, new)
    with ctx.db.session() as s:
        audit.append(s, audit.PASSPHRASE_CHANGED, actor=ctx.db.actor)


def rotate_database_key(ctx: AppContext, passphrase: str | None = None) -> None:
    """Re-encrypt the database under a brand-new key (PRAGMA rekey); the recovery key stays valid."""
    ctx.keyinfo = rotate_key(ctx.data_dir, ctx.db, ctx.keyinfo, passphrase)
    with ctx.db.session() as s:
        audit.append(s, audit.KEY_ROTATED, actor=ctx.db.actor)


# --------------------------------------------------------------------------- the session lock


def lock(ctx: AppContext) -> None:
    ctx.db.lock()


def unlock(ctx: AppContext, passphrase: str | None = None) -> None:
    """Unlock a locked session with the passphrase, or the keychain for a keychain profile."""
    ctx.db.unlock(unlock_key(ctx.keyinfo, passphrase))
