"""The database key: a random 256-bit key in the OS keychain, or one derived
from the user's passphrase where no keychain is usable.

The profile's ``keyinfo.json`` says which protects the data. It holds no secret:
only the method, the Argon2id salt and parameters, and a short key check that
tells a wrong passphrase apart from a damaged database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from icvapp.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseTooNew,
    DatabaseUnreadable,
    InvalidInput,
    KeyUnavailable,
    WrongPassphrase,
)
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import parse_json, read_bounded

# cryptography (AES-GCM, Argon2id) and the recovery slot load in the functions that use them: reading the key
# description and asking for the passphrase come first, before the window shows, and need neither.

KEYCHAIN = "keychain"
PASSPHRASE = "passphrase"
SERVICE = "icvapp"
KEYINFO = "keyinfo.json"
MIN_PASSPHRASE = 8

# Argon2id, RFC 9106's second recommended option scaled to ~100 ms here.
ARGON_DEFAULTS = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}

PROTECTION_TEXT = {
    KEYCHAIN: QT_TRANSLATE_NOOP("Keys", "Protected by a random key kept in this computer's keychain"),
    PASSPHRASE: QT_TRANSLATE_NOOP("Keys", "Protected by your passphrase"),
}


@dataclass
class KeyInfo:
    method: str
    profile_id: str
    salt: str = ""
    kdf: dict = field(default_factory=dict)
    check: str = ""
    # Version 2 keeps a random database key wrapped under the passphrase (so the
    # passphrase can change without re-encrypting), plus a recovery slot.
    # Version 1 profiles derived the database key from the passphrase itself.
    version: int = 1
    wrapped: str = ""
    recovery: dict = field(default_factory=dict)

    @property
    def protection(self) -> str:
        return PROTECTION_TEXT[self.method]

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2, sort_keys=True)


def key_check(key: bytes) -> str:
    """A short tag that confirms a key without revealing it."""
    return hmac.new(key, b"icvapp key check v1", hashlib.sha256).hexdigest()[:16]


def derive_key(passphrase: str, salt: bytes, kdf: dict) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # deferred: the first window needs no KDF

    return Argon2id(salt=salt, length=32, **kdf).derive(passphrase.encode("utf-8"))


def keychain_usable() -> bool:
    """True when the OS keychain can store a secret for us."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    name = type(backend).__module__
    # Plaintext or terminal-prompting backends would defeat the point.
    return not name.startswith(("keyrings.alt", "keyrings.cryptfile"))


# The newest key-description format this icvapp reads and writes (``KeyInfo.version``).
KEYINFO_VERSION = 2
# A key description is well under 2 KB; anything near this is not one.
MAX_KEYINFO = 64 * 1024
_KEYINFO_TYPES = {"method": str, "profile_id": str, "salt": str, "kdf": dict, "check": str, "version": int,
                  "wrapped": str, "recovery": dict}


def read_keyinfo(profile_dir: Path, name: str = KEYINFO) -> KeyInfo | None:
    """The profile's key description, or None when there is none; refuses one it cannot trust to mean
    what it says.

    An entry icvapp does not know is read as damage, unless the file says it is a
    newer format: a newer icvapp that adds an entry also raises ``version``, so an
    unknown entry under a version this icvapp knows was not written by any icvapp.
    """
    path = profile_dir / name
    if not path.exists():
        return None
    try:
        data = parse_json(read_bounded(path, MAX_KEYINFO, QT_TRANSLATE_NOOP("Keys", "a key description")))
    except InvalidInput as exc:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("Keys", "The key description {path} cannot be read: {message}")
                                 .format(path=path, message=exc.message),
                                 hint=QT_TRANSLATE_NOOP("Keys", "Restore it from a backup of this folder.")) from None
    except ValueError as exc:
        raise _damaged(path, exc.__class__.__name__) from None
    if not isinstance(data, dict):
        raise _damaged(path, QT_TRANSLATE_NOOP("Keys", "not a key description"))
    version = data.get("version", 1)
    if type(version) is int and version > KEYINFO_VERSION:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP("Keys", "The key description {name} was written by a newer version of icvapp (key "
                                      "format {version}; this version understands up to {keyinfo_version}).")
            .format(name=path.name, version=version, keyinfo_version=KEYINFO_VERSION),
            hint=QT_TRANSLATE_NOOP("Keys", "Install the newer icvapp to open this profile. Nothing has been "
                                           "changed."))
    unknown = sorted(set(data) - set(_KEYINFO_TYPES))
    if unknown:
        raise _damaged(path, QT_TRANSLATE_NOOP("Keys", "entries icvapp never writes: {names}")
                       .format(names=", ".join(unknown)))
    wrong = [k for k, kind in _KEYINFO_TYPES.items() if k in data and type(data[k]) is not kind]
    if wrong or "method" not in data or "profile_id" not in data:
        raise _damaged(path, QT_TRANSLATE_NOOP("Keys", "wrong or missing entries: {names}")
                       .format(names=", ".join(wrong or ["method", "profile_id"])))
    if data["method"] not in PROTECTION_TEXT or version < 1:
        raise _damaged(path, QT_TRANSLATE_NOOP("Keys", "unknown protection"))
    hexes = [k for k in ("salt", "check", "wrapped") if not _is_hex(data.get(k, ""))]
    kdf = data.get("kdf", {})
    kdf_keys = set(ARGON_DEFAULTS) if data["method"] == PASSPHRASE else set()
    if hexes or set(kdf) != kdf_keys or any(type(v) is not int or v < 1 for v in kdf.values()):
        raise _damaged(path, QT_TRANSLATE_NOOP("Keys", "unreadable entries: {names}")
                       .format(names=", ".join(hexes or ["kdf"])))
    return KeyInfo(**data)


def _is_hex(text: str) -> bool:
    return len(text) % 2 == 0 and all(c in "0123456789abcdefABCDEF" for c in text)


def _damaged(path: Path, why: str) -> DatabaseUnreadable:
    return DatabaseUnreadable(QT_TRANSLATE_NOOP("Keys", "The key description {path} is damaged ({why}).")
                              .format(path=path, why=why),
                              hint=QT_TRANSLATE_NOOP("Keys", "Restore it from a backup of this folder."))


def create_key(profile_dir: Path, method: str, passphrase: str | None = None) -> tuple[KeyInfo, bytes, str]:
    """Make a fresh database key, protect it, and return the recovery key to show once."""

    key = secrets.token_bytes(32)
    info = KeyInfo(method=method, profile_id=secrets.token_hex(8), check=key_check(key), version=2)
    protect(info, key, method, passphrase)
    from icvapp.storage.recovery import new_recovery  # deferred: loads cryptography, not needed to read keyinfo

    recovery_text, info.recovery = new_recovery(key, info.profile_id)
    write_keyinfo(profile_dir, info)
    return info, key, recovery_text


def write_keyinfo(profile_dir: Path, info: KeyInfo) -> None:
    write_atomic(profile_dir / KEYINFO, info.to_json().encode("utf-8"))


def protect(info: KeyInfo, key: bytes, method: str, passphrase: str | None = None) -> None:
    """Protect ``key`` by the keychain or a passphrase (the caller writes keyinfo afterwards)."""

    if method == KEYCHAIN:
        import keyring

        try:
            keyring.set_password(SERVICE, info.profile_id, key.hex())
        except Exception as exc:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP("Keys", "The system keychain refused to store the key ({error}).")
                .format(error=exc.__class__.__name__),
                hint=QT_TRANSLATE_NOOP("Keys", "Choose a passphrase instead."),
            ) from None
        info.salt, info.kdf, info.wrapped = "", {}, ""
    elif method == PASSPHRASE:
        check_new_passphrase(passphrase or "")
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = derive_key(passphrase or "", salt, ARGON_DEFAULTS)
        info.salt, info.kdf = salt.hex(), dict(ARGON_DEFAULTS)
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # deferred: as derive_key

        info.wrapped = (nonce + AESGCM(kek).encrypt(nonce, key, info.profile_id.encode())).hex()
    else:
        raise ValueError(method)
    info.method, info.version = method, 2


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP("Keys", "A passphrase needs at least {min_passphrase} characters.")
            .format(min_passphrase=MIN_PASSPHRASE),
            hint=QT_TRANSLATE_NOOP("Keys", "A few unrelated words are easy to remember and hard to guess."),
        )


def unlock_key(info: KeyInfo, passphrase: str | None = None) -> bytes:
    """Return the database key, or raise a plain error saying why not."""
    if info.method == KEYCHAIN:
        import keyring

        try:
            hexkey = keyring.get_password(SERVICE, info.profile_id)
        except Exception as exc:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP("Keys", "The system keychain could not be read ({error}).")
                .format(error=exc.__class__.__name__),
                hint=QT_TRANSLATE_NOOP("Keys", "Unlock your keychain and try again."),
            ) from None
        if not hexkey:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP("Keys", "The key for this profile is not in this computer's keychain."),
                hint=QT_TRANSLATE_NOOP("Keys", "It may have been removed, or the profile was copied from another "
                                               "computer."),
            )
        key = bytes.fromhex(hexkey)
    else:
        if not passphrase:
            raise WrongPassphrase(QT_TRANSLATE_NOOP("Keys", "Enter the passphrase that protects this profile."))
        key = derive_key(passphrase, bytes.fromhex(info.salt), info.kdf)
        if info.version >= 2:
            key = _unwrap(info, key)
    if info.check and not hmac.compare_digest(key_check(key), info.check):
        if info.method == KEYCHAIN:
            raise KeyUnavailable(QT_TRANSLATE_NOOP("Keys", "The key in the keychain does not belong to this "
                                                           "profile."))
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Keys", "That passphrase is not the one that protects this profile."),
                              hint=QT_TRANSLATE_NOOP("Keys", "Check Caps Lock and try again."))
    return key


def _unwrap(info: KeyInfo, kek: bytes) -> bytes:
    # deferred: cryptography loads when a key is unwrapped, after the unlock dialog is on screen
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # deferred: as above

    blob = bytes.fromhex(info.wrapped)
    try:
        return AESGCM(kek).decrypt(blob[:12], blob[12:], info.profile_id.encode())
    except InvalidTag:
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Keys", "That passphrase is not the one that protects this profile."),
                              hint=QT_TRANSLATE_NOOP("Keys", "Check Caps Lock and try again, or use your recovery "
                                                             "key.")) from None


def change_passphrase(profile_dir: Path, old: str, new: str) -> KeyInfo:
    """A new passphrase for the same database key: nothing is re-encrypted but the key's wrapping."""
    info = read_keyinfo(profile_dir)
    key = unlock_key(info, old)
    protect(info, key, PASSPHRASE, new)  # a version-1 profile becomes version 2 here, same key
    write_keyinfo(profile_dir, info)
    return info


def recover_key(info: KeyInfo, recovery_text: str) -> bytes:
    """The database key from the recovery key, when the passphrase or the keychain is lost."""

    if not info.recovery:
        raise KeyUnavailable(QT_TRANSLATE_NOOP("Keys", "This profile was created before recovery keys existed and "
                                                       "has none."),
                             hint=QT_TRANSLATE_NOOP("Keys", "Unlock it normally and create a recovery key from the "
                                                            "Security menu."))
    from icvapp.storage.recovery import recover_data_key  # deferred: as create_key

    key = recover_data_key(info.recovery, recovery_text, info.profile_id)
    if info.check and not hmac.compare_digest(key_check(key), info.check):
        raise KeyUnavailable(QT_TRANSLATE_NOOP("Keys", "The recovery key opened a key that does not fit this "
                                                       "profile's database."))
    return key


def passphrase_from_env() -> str | None:
    return os.environ.get("ICVAPP_PASSPHRASE") or None
