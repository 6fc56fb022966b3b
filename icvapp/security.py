"""Keeping the key safe over time: recovery, passphrase changes, key rotation, locking.

Rotation writes the next key description (``keyinfo.json.next``) before
``PRAGMA rekey`` and swaps it in afterwards; if the app stops in between,
:func:`settle_rotation` (called on open) finishes the job with whichever key
actually opens the database. Nothing here writes a plain key to disk.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sqlalchemy import select

from . import audit
from .atomic import write_atomic
from .errors import InvalidInput, KeyUnavailable, NotFound, UserFacingError
from .keys import KEYCHAIN, KEYINFO, PASSPHRASE, KeyInfo, key_check, protect, read_keyinfo, recover_key, write_keyinfo
from .model import SigningKey, Volunteer
from .profile import DB_NAME, AppContext, local_actor
from .recovery import new_recovery, open_sealed, recovery_private, seal_to
from .storage import open_database

NEXT = KEYINFO + ".next"
SIGNING_INFO = b"icvapp signing key"


# --------------------------------------------------------------------------- recovery


def recover_profile(data_dir: Path, recovery_text: str, method: str, passphrase: str | None = None) -> AppContext:
    """Open a profile with its recovery key and protect it afresh (new passphrase, or this computer's keychain)."""
    from .config import load_config

    info = read_keyinfo(data_dir)
    if info is None:
        raise NotFound(f"There is no icvapp profile in {data_dir}.")
    key = recover_key(info, recovery_text)
    db = open_database(data_dir / DB_NAME, key)
    protect(info, key, method, passphrase)
    write_keyinfo(data_dir, info)
    db.actor = local_actor()
    db.recovery_public = info.recovery.get("public")
    with db.session() as s:
        audit.append(s, "recovered", actor=db.actor, detail={"now protected by": method})
    return AppContext(data_dir, db, info, load_config())


def create_recovery_key(ctx: AppContext) -> str:
    """A new recovery key (the old one stops working); signing keys are re-sealed to it."""
    key = ctx.db._key["key"]
    text, ctx.keyinfo.recovery = new_recovery(key, ctx.keyinfo.profile_id)
    ctx.db.recovery_public = ctx.keyinfo.recovery["public"]
    write_keyinfo(ctx.data_dir, ctx.keyinfo)
    with ctx.db.session() as s:
        for k in s.scalars(select(SigningKey)):
            k.recovery_box = None  # the old pair is gone; a PIN unlock re-seals (see reseal_signing_key)
        audit.append(s, "recovery key replaced", actor=ctx.db.actor)
    return text


def seal_signing_key(db, private_der: bytes) -> bytes | None:
    """The signing key sealed to the profile's recovery key, for a forgotten PIN."""
    public = getattr(db, "recovery_public", None)
    return seal_to(public, private_der, SIGNING_INFO).encode("ascii") if public else None


def reset_signing_pin(ctx: AppContext, volunteer_id: int, recovery_text: str, new_pin: str) -> None:
    """A volunteer forgot their PIN: the recovery key re-seals their signing key under a new one."""
    from .pki import check_new_pin, seal_box

    check_new_pin(new_pin)
    private = recovery_private(ctx.keyinfo.recovery, recovery_text, ctx.keyinfo.profile_id)
    with ctx.db.session() as s:
        k = s.scalars(select(SigningKey).where(SigningKey.volunteer_id == volunteer_id)
                      .order_by(SigningKey.id.desc())).first()
        if k is None or k.recovery_box is None:
            raise KeyUnavailable("This signing key cannot be recovered on this computer.",
                                 hint="Set up signing again and ask the office for a new certificate.")
        der = open_sealed(private, k.recovery_box.decode("ascii"), SIGNING_INFO)
        k.sealed_key = seal_box(der, new_pin)
        v = s.get(Volunteer, volunteer_id)
        audit.append(s, "signing PIN reset", actor=ctx.db.actor, detail={"volunteer": v.uid if v else None})


# --------------------------------------------------------------------------- passphrase and rotation


def change_passphrase(ctx: AppContext, old: str, new: str) -> None:
    from .keys import change_passphrase as rewrap

    if ctx.keyinfo.method != PASSPHRASE:
        raise InvalidInput("This profile is protected by the keychain, not a passphrase.")
    ctx.keyinfo = rewrap(ctx.data_dir, old, new)
    with ctx.db.session() as s:
        audit.append(s, "passphrase changed", actor=ctx.db.actor)


def rotate_database_key(ctx: AppContext, passphrase: str | None = None) -> None:
    """Re-encrypt the database under a brand-new key (PRAGMA rekey); the recovery key stays valid."""
    from .keys import unlock_key

    info = ctx.keyinfo
    if info.method == PASSPHRASE:
        unlock_key(info, passphrase)  # the passphrase is needed to wrap the new key; check it first
    new_key = secrets.token_bytes(32)
    nxt = KeyInfo(**{**info.__dict__, "recovery": dict(info.recovery)})
    nxt.check = key_check(new_key)
    if info.method == KEYCHAIN:
        _keychain_set(f"{info.profile_id}.next", new_key)
        nxt.salt, nxt.kdf, nxt.wrapped, nxt.version = "", {}, "", 2
    else:
        protect(nxt, new_key, PASSPHRASE, passphrase)
    if nxt.recovery:
        nxt.recovery["data_key"] = seal_to(nxt.recovery["public"], new_key, b"icvapp database key")
    write_atomic(ctx.data_dir / NEXT, nxt.to_json().encode("utf-8"))
    ctx.db.rekey(new_key)
    _promote(ctx.data_dir, nxt, new_key)
    ctx.keyinfo = nxt
    with ctx.db.session() as s:
        audit.append(s, "database key rotated", actor=ctx.db.actor)


def _keychain_set(username: str, key: bytes) -> None:
    import keyring

    from .keys import SERVICE

    try:
        keyring.set_password(SERVICE, username, key.hex())
    except Exception as exc:
        raise KeyUnavailable(f"The system keychain refused to store the new key ({exc.__class__.__name__}).",
                             hint="Nothing was changed.") from None


def _promote(data_dir: Path, nxt: KeyInfo, new_key: bytes) -> None:
    if nxt.method == KEYCHAIN:
        import keyring

        from .keys import SERVICE

        _keychain_set(nxt.profile_id, new_key)
        try:
            keyring.delete_password(SERVICE, f"{nxt.profile_id}.next")
        except Exception:  # the spare entry is harmless if the keychain will not drop it
            pass
    os.replace(data_dir / NEXT, data_dir / KEYINFO)


def settle_rotation(data_dir: Path, passphrase: str | None = None) -> None:
    """Finish a key rotation the app did not live to complete, before opening the profile."""
    from .keys import unlock_key
    from .storage import _connect

    pending = data_dir / NEXT
    if not pending.exists():
        return
    nxt = read_keyinfo(data_dir, NEXT)
    try:
        if nxt.method == KEYCHAIN:
            import keyring

            from .keys import SERVICE

            hexkey = keyring.get_password(SERVICE, f"{nxt.profile_id}.next")
            new_key = bytes.fromhex(hexkey) if hexkey else None
        else:
            new_key = unlock_key(nxt, passphrase)
    except UserFacingError:
        new_key = None
    if new_key is not None:
        conn = _connect(data_dir / DB_NAME, new_key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            opens = True
        except Exception:
            opens = False
        finally:
            conn.close()
        if opens:  # the rekey finished: the next key is the key
            _promote(data_dir, nxt, new_key)
            return
    pending.unlink()  # the rekey never happened: the current key is still the key


# --------------------------------------------------------------------------- the session lock


def lock(ctx: AppContext) -> None:
    ctx.db.lock()


def unlock(ctx: AppContext, passphrase: str | None = None) -> None:
    """Unlock a locked session with the passphrase, or the keychain for a keychain profile."""
    from .keys import unlock_key

    ctx.db.unlock(unlock_key(ctx.keyinfo, passphrase))
