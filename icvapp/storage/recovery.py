"""The recovery key: what opens a profile when the keychain is lost or the passphrase forgotten.

At setup the app shows a recovery key once (26 characters in groups, for the
volunteer to keep and the scheme office to hold). It unlocks an X25519 key
pair; the database key and every signing key are *sealed to the pair's public
key*, so they can be re-sealed after a passphrase change or a key rotation
without asking for the recovery key again. Nothing here is a plain key on disk:
``keyinfo.json`` holds only sealed material.
"""

from __future__ import annotations

import base64
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from icvapp.errors import QT_TRANSLATE_NOOP, WrongPassphrase

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O or U to misread
GROUP = 4


class WrongRecoveryKey(WrongPassphrase):
    title = QT_TRANSLATE_NOOP("Keys", "Wrong recovery key")


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def format_key(raw: bytes) -> str:
    n = int.from_bytes(raw, "big")
    chars = []
    for _ in range((len(raw) * 8 + 4) // 5):
        chars.append(ALPHABET[n & 31])
        n >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def parse_key(text: str) -> bytes:
    """Read a typed recovery key: spaces, dashes and case do not matter; O/I/L read as 0/1/1."""
    cleaned = text.upper().replace("-", "").replace(" ", "").translate(str.maketrans("OIL", "011"))
    if len(cleaned) != 26 or any(c not in ALPHABET for c in cleaned):
        raise WrongRecoveryKey(QT_TRANSLATE_NOOP("Keys", "That is not a recovery key: it has 26 letters and "
                                                         "digits, in groups of four."),
                               hint=QT_TRANSLATE_NOOP("Keys", "Check it against the copy you kept, or ask your "
                                                              "scheme office."))
    n = 0
    for c in cleaned:
        n = (n << 5) | ALPHABET.index(c)
    return (n & ((1 << 128) - 1)).to_bytes(16, "big")


def seal_to(public_hex: str, secret: bytes, info: bytes) -> str:
    """Encrypt ``secret`` so only the recovery key can open it (X25519 + HKDF + AES-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)))
    eph_pub = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    nonce = secrets.token_bytes(12)
    box = AESGCM(_hkdf(shared, eph_pub, info)).encrypt(nonce, secret, info)
    return base64.b64encode(eph_pub + nonce + box).decode("ascii")


def open_sealed(private: X25519PrivateKey, sealed: str, info: bytes) -> bytes:
    raw = base64.b64decode(sealed)
    eph_pub, nonce, box = raw[:32], raw[32:44], raw[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    return AESGCM(_hkdf(shared, eph_pub, info)).decrypt(nonce, box, info)


def new_recovery(data_key: bytes, profile_id: str) -> tuple[str, dict]:
    """A fresh recovery key (text, shown once) and the slot that goes in keyinfo.json."""
    raw = secrets.token_bytes(16)
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    private_raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                        serialization.NoEncryption())
    slot = {
        "public": public,
        "salt": salt.hex(),
        "private": (nonce + AESGCM(_hkdf(raw, salt, b"icvapp recovery v1")).encrypt(
            nonce, private_raw, profile_id.encode())).hex(),
        "data_key": seal_to(public, data_key, b"icvapp database key"),
    }
    return format_key(raw), slot


def recovery_private(slot: dict, text: str, profile_id: str) -> X25519PrivateKey:
    raw = parse_key(text)
    blob = bytes.fromhex(slot["private"])
    try:
        private_raw = AESGCM(_hkdf(raw, bytes.fromhex(slot["salt"]), b"icvapp recovery v1")).decrypt(
            blob[:12], blob[12:], profile_id.encode())
    except InvalidTag:
        raise WrongRecoveryKey(QT_TRANSLATE_NOOP("Keys", "That recovery key does not belong to this profile."),
                               hint=QT_TRANSLATE_NOOP("Keys", "Each profile has its own recovery key; check you "
                                                              "have the right one.")) from None
    return X25519PrivateKey.from_private_bytes(private_raw)


def recover_data_key(slot: dict, text: str, profile_id: str) -> bytes:
    return open_sealed(recovery_private(slot, text, profile_id), slot["data_key"], b"icvapp database key")
