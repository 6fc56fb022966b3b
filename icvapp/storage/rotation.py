"""Rotating the database key so that a cut-short rotation never strands the data.

Rotation writes the next key description (``keyinfo.json.next``) before
``PRAGMA rekey`` and swaps it in afterwards; if the app stops in between,
:func:`settle_rotation` (called before every open) finishes the job with
whichever key actually opens the database. Nothing here writes a plain key to disk.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, KeyUnavailable, UserFacingError
from icvapp.storage.atomic import write_atomic
from icvapp.storage.database import DB_NAME, Database, connect_raw
from icvapp.storage.keys import (
    KEYCHAIN,
    KEYINFO,
    PASSPHRASE,
    SERVICE,
    KeyInfo,
    key_check,
    protect,
    read_keyinfo,
    unlock_key,
)
from icvapp.storage.recovery import seal_to

NEXT = KEYINFO + ".next"


def rotate_key(data_dir: Path, db: Database, info: KeyInfo, passphrase: str | None = None) -> KeyInfo:
    """Re-encrypt ``db`` under a brand-new key (PRAGMA rekey); returns the new key description."""
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
    write_atomic(data_dir / NEXT, nxt.to_json().encode("utf-8"))
    db.rekey(new_key)
    _promote(data_dir, nxt, new_key)
    return nxt


def _keychain_set(username: str, key: bytes) -> None:
    import keyring

    try:
        keyring.set_password(SERVICE, username, key.hex())
    except Exception as exc:
        raise KeyUnavailable(QT_TRANSLATE_NOOP("Keys", "The system keychain refused to store the new key ({error}).")
                             .format(error=exc.__class__.__name__),
                             hint=QT_TRANSLATE_NOOP("Keys", "Nothing was changed.")) from None


def _promote(data_dir: Path, nxt: KeyInfo, new_key: bytes) -> None:
    if nxt.method == KEYCHAIN:
        import keyring

        _keychain_set(nxt.profile_id, new_key)
        try:
            keyring.delete_password(SERVICE, f"{nxt.profile_id}.next")
        except Exception:  # the spare entry is harmless if the keychain will not drop it
            pass
    os.replace(data_dir / NEXT, data_dir / KEYINFO)


def settle_rotation(data_dir: Path, passphrase: str | None = None) -> None:
    """Finish a key rotation the app did not live to complete, before opening the profile."""
    pending = data_dir / NEXT
    if not pending.exists():
        return
    nxt = read_keyinfo(data_dir, NEXT)

    def next_key() -> bytes | None:
        if nxt.method == KEYCHAIN:
            import keyring

            hexkey = keyring.get_password(SERVICE, f"{nxt.profile_id}.next")
            return bytes.fromhex(hexkey) if hexkey else None
        return unlock_key(nxt, passphrase)

    new_key = _key_or_none(next_key)
    if new_key is not None and _opens(data_dir, new_key):  # the rekey finished: the next key is the key
        _promote(data_dir, nxt, new_key)
        return
    current = _key_or_none(lambda: unlock_key(read_keyinfo(data_dir), passphrase))
    if current is not None and _opens(data_dir, current):
        pending.unlink()  # the rekey never happened: the current key is still the key
    # Otherwise neither key can be had now (a mistyped passphrase, a locked keychain). The pending
    # description may be the only one of the key the database is now under: keep it for the next try.


def _key_or_none(get) -> bytes | None:
    try:
        return get()
    except UserFacingError:
        return None


def _opens(data_dir: Path, key: bytes) -> bool:
    conn = connect_raw(data_dir / DB_NAME, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:
        return False
    finally:
        conn.close()
