"""The database key's protection: the real Argon2id cost, and a key check that is never skipped.

The suite makes PIN boxes cheap (``tests/conftest.py`` sets ``icvapp.trust.pki.BOX_KDF`` to
1 MiB unless a test is marked ``strong_kdf``) but leaves the passphrase KDF of the database key
(``icvapp.storage.keys.ARGON_DEFAULTS``) at its production cost. These tests pin that cost: a
weaker default would still open every profile the tests make, so only a test that reads what
a new profile stores — and derives the key from it independently — can tell.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from icvapp.errors import DatabaseTooNew, DatabaseUnreadable, KeyUnavailable, UserFacingError, WrongPassphrase
from icvapp.profile.context import create_profile, open_profile
from icvapp.profile.security import change_passphrase, recover_profile, rotate_database_key
from icvapp.storage import keys
from icvapp.storage.keys import (
    KEYCHAIN,
    KEYINFO,
    PASSPHRASE,
    SERVICE,
    KeyInfo,
    check_new_passphrase,
    key_check,
    read_keyinfo,
    recover_key,
    unlock_key,
    write_keyinfo,
)
from icvapp.storage.model import Volunteer
from icvapp.storage.recovery import WrongRecoveryKey, format_key, parse_key
from tests.conftest import PASSPHRASE as OLD
from tests.helpers import names_to_ids

NEW = "a brand new passphrase"

#: RFC 9106's second recommended option: t = 3 passes, p = 4 lanes, m = 64 MiB.
PRODUCTION_KDF = {"iterations": 3, "lanes": 4, "memory_cost": 64 * 1024}


def stored(folder) -> dict:
    return json.loads((folder / KEYINFO).read_text("utf-8"))


def key_from_description(description: dict, passphrase: str) -> bytes:
    """The database key, unwrapped from keyinfo.json by hand: Argon2id with the stored cost, then AES-GCM."""
    kek = Argon2id(salt=bytes.fromhex(description["salt"]), length=32, **description["kdf"]).derive(
        passphrase.encode("utf-8"))
    blob = bytes.fromhex(description["wrapped"])
    return AESGCM(kek).decrypt(blob[:12], blob[12:], description["profile_id"].encode())


def rewrite(folder, **changes) -> None:
    description = stored(folder)
    description.update(changes)
    (folder / KEYINFO).write_text(json.dumps(description), "utf-8")


# --------------------------------------------------------------------------- the passphrase KDF's cost


@pytest.mark.strong_kdf
def test_a_new_passphrase_profile_is_protected_at_the_production_argon2id_cost(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    db_key = ctx.db.key
    ctx.close()
    description = stored(profile_dir)
    assert description["kdf"] == PRODUCTION_KDF
    assert keys.ARGON_DEFAULTS == PRODUCTION_KDF
    assert len(bytes.fromhex(description["salt"])) == 16
    assert (description["method"], description["version"]) == (PASSPHRASE, 2)
    # The wrapping really is under a key derived at that cost (not merely labelled with it) ...
    assert key_from_description(description, OLD) == db_key
    # ... and the stored check tag confirms the key it wraps.
    assert description["check"] == key_check(db_key)
    open_profile(profile_dir, OLD).close()


@pytest.mark.strong_kdf
def test_two_profiles_never_share_a_salt_or_a_wrapping(tmp_path):
    first = create_profile(tmp_path / "one", PASSPHRASE, "Scheme", OLD)
    second = create_profile(tmp_path / "two", PASSPHRASE, "Scheme", OLD)
    first.close()
    second.close()
    a, b = stored(tmp_path / "one"), stored(tmp_path / "two")
    assert a["salt"] != b["salt"] and a["wrapped"] != b["wrapped"] and a["profile_id"] != b["profile_id"]
    assert len(bytes.fromhex(a["wrapped"])) == 12 + 32 + 16  # nonce, the key, the GCM tag


@pytest.mark.strong_kdf
def test_a_new_passphrase_is_protected_at_the_same_cost_with_a_fresh_salt(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    before = stored(profile_dir)
    change_passphrase(ctx, OLD, NEW)
    db_key = ctx.db.key
    ctx.close()
    after = stored(profile_dir)
    assert after["kdf"] == PRODUCTION_KDF
    assert after["salt"] != before["salt"]
    assert key_from_description(after, NEW) == db_key  # the same database key, newly wrapped
    assert after["check"] == before["check"] == key_check(db_key)
    with pytest.raises(WrongPassphrase):
        open_profile(profile_dir, OLD)


@pytest.mark.strong_kdf
def test_a_rotated_key_is_protected_at_the_production_cost(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    rotate_database_key(ctx, OLD)
    db_key = ctx.db.key
    ctx.close()
    after = stored(profile_dir)
    assert after["kdf"] == PRODUCTION_KDF
    assert key_from_description(after, OLD) == db_key and after["check"] == key_check(db_key)


def test_a_keychain_profile_keeps_no_kdf_salt_or_wrapping(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    db_key = ctx.db.key
    ctx.close()
    description = stored(profile_dir)
    assert (description["kdf"], description["salt"], description["wrapped"]) == ({}, "", "")
    assert description["check"] == key_check(db_key)
    assert memory_keyring.get_password(SERVICE, description["profile_id"]) == db_key.hex()


@pytest.mark.parametrize(("passphrase", "accepted"), [("1234567", False), ("12345678", True), ("", False)])
def test_a_passphrase_needs_eight_characters(passphrase, accepted):
    if accepted:
        check_new_passphrase(passphrase)
    else:
        with pytest.raises(WrongPassphrase, match="at least 8 characters"):
            check_new_passphrase(passphrase)


# --------------------------------------------------------------------------- the key check tag


def test_the_key_check_is_a_short_keyed_tag_that_tells_keys_apart():
    key, other = bytes(32), b"\x01" + bytes(31)
    assert len(key_check(key)) == 16 and int(key_check(key), 16) >= 0
    assert key_check(key) == key_check(bytes(32)) != key_check(other)
    assert key.hex() not in key_check(key)


def test_a_keychain_key_that_does_not_match_the_check_tag_is_refused_plainly(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    ctx.close()
    info = read_keyinfo(profile_dir)
    memory_keyring.set_password(SERVICE, info.profile_id, secrets.token_bytes(32).hex())  # another profile's key
    with pytest.raises(KeyUnavailable, match="The key in the keychain does not belong to this profile"):
        open_profile(profile_dir)


def test_a_passphrase_profile_whose_check_tag_does_not_match_is_refused_plainly(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    ctx.close()
    rewrite(profile_dir, check=key_check(secrets.token_bytes(32)))
    with pytest.raises(WrongPassphrase, match="not the one that protects this profile"):
        open_profile(profile_dir, OLD)


def test_a_recovered_key_that_does_not_match_the_check_tag_is_refused_plainly(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    text = ctx.new_recovery_key
    ctx.close()
    rewrite(profile_dir, check=key_check(secrets.token_bytes(32)))
    with pytest.raises(KeyUnavailable) as refused:
        recover_key(read_keyinfo(profile_dir), text)
    assert refused.value.message == "The recovery key opened a key that does not fit this profile's database."
    with pytest.raises(KeyUnavailable):
        recover_profile(profile_dir, text, PASSPHRASE, NEW)


def test_a_profile_from_before_recovery_keys_says_it_has_none(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    text = ctx.new_recovery_key
    ctx.close()
    rewrite(profile_dir, recovery={})
    with pytest.raises(KeyUnavailable) as refused:
        recover_key(read_keyinfo(profile_dir), text)
    assert refused.value.message == "This profile was created before recovery keys existed and has none."
    assert refused.value.hint == "Unlock it normally and create a recovery key from the Security menu."


# --------------------------------------------------------------------------- version 1 profiles

#: A cheap cost for the version-1 profiles made here: the parameters travel in keyinfo.json.
QUICK_KDF = {"iterations": 1, "lanes": 1, "memory_cost": 8}


@pytest.fixture
def version_1(profile_dir):
    """A profile as icvapp 1 made it: the database key *is* the Argon2id output; only the check tag
    tells a wrong passphrase from a damaged database."""
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    with ctx.db.session() as s:
        s.add(Volunteer(name="Amrit Sandhu"))
    salt = secrets.token_bytes(16)
    derived = keys.derive_key(OLD, salt, QUICK_KDF)
    ctx.db.rekey(derived)
    info = ctx.keyinfo
    ctx.close()
    write_keyinfo(profile_dir, KeyInfo(method=PASSPHRASE, profile_id=info.profile_id, salt=salt.hex(),
                                       kdf=dict(QUICK_KDF), check=key_check(derived), version=1))
    return profile_dir


def test_a_version_1_profile_opens_with_its_passphrase(version_1):
    ctx = open_profile(version_1, OLD)
    assert list(names_to_ids(ctx, Volunteer)) == ["Amrit Sandhu"]
    ctx.close()


def test_a_wrong_passphrase_on_a_version_1_profile_is_called_wrong_not_damage(version_1):
    with pytest.raises(WrongPassphrase, match="not the one that protects this profile"):
        open_profile(version_1, "not the passphrase")


def test_a_version_1_profile_becomes_version_2_with_the_same_key_when_its_passphrase_changes(version_1):
    before = unlock_key(read_keyinfo(version_1), OLD)
    keys.change_passphrase(version_1, OLD, NEW)
    after = stored(version_1)
    assert (after["version"], after["kdf"]) == (2, PRODUCTION_KDF)
    assert key_from_description(after, NEW) == before
    ctx = open_profile(version_1, NEW)
    assert list(names_to_ids(ctx, Volunteer)) == ["Amrit Sandhu"]
    ctx.close()


def test_no_passphrase_at_all_is_asked_for(version_1):
    with pytest.raises(WrongPassphrase, match="Enter the passphrase"):
        unlock_key(read_keyinfo(version_1), None)


# --------------------------------------------------------------------------- a description that cannot be trusted


@pytest.fixture
def described(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    ctx.close()
    return profile_dir


@pytest.mark.parametrize(("changes", "why"), [
    ({"colour": "blue"}, "entries icvapp never writes: colour"),
    ({"kdf": "fast"}, "wrong or missing entries: kdf"),
    ({"version": "2"}, "wrong or missing entries: version"),
    ({"method": "post-it note"}, "unknown protection"),
    ({"version": 0}, "unknown protection"),
    ({"salt": "not hex"}, "unreadable entries: salt"),
    ({"check": "abc"}, "unreadable entries: check"),  # an odd number of hex digits
    ({"wrapped": "zz"}, "unreadable entries: wrapped"),
    ({"kdf": {"iterations": 3}}, "unreadable entries: kdf"),
    ({"kdf": {**PRODUCTION_KDF, "parallel": 2}}, "unreadable entries: kdf"),
    ({"kdf": {**PRODUCTION_KDF, "iterations": 0}}, "unreadable entries: kdf"),
    ({"kdf": {**PRODUCTION_KDF, "lanes": "4"}}, "unreadable entries: kdf"),
    ({"kdf": {**PRODUCTION_KDF, "memory_cost": 65536.0}}, "unreadable entries: kdf"),
])
def test_a_damaged_key_description_is_refused_and_says_why(described, changes, why):
    rewrite(described, **changes)
    with pytest.raises(DatabaseUnreadable, match="damaged") as raised:
        read_keyinfo(described)
    assert raised.value.message == f"The key description {described / KEYINFO} is damaged ({why})."
    assert raised.value.hint == "Restore it from a backup of this folder."


@pytest.mark.parametrize("missing", ["method", "profile_id"])
def test_a_key_description_without_its_method_or_profile_is_damaged(described, missing):
    description = stored(described)
    del description[missing]
    (described / KEYINFO).write_text(json.dumps(description), "utf-8")
    with pytest.raises(DatabaseUnreadable, match="wrong or missing entries: method, profile_id"):
        read_keyinfo(described)


def test_a_keychain_description_carrying_kdf_parameters_is_damaged(profile_dir, memory_keyring):
    create_profile(profile_dir, KEYCHAIN, "Scheme").close()
    rewrite(profile_dir, kdf=dict(PRODUCTION_KDF))
    with pytest.raises(DatabaseUnreadable, match="unreadable entries: kdf"):
        read_keyinfo(profile_dir)


@pytest.mark.parametrize(("text", "why"), [
    ("[1, 2]", "not a key description"),
    ("{not json", "damaged"),
])
def test_a_key_description_that_is_not_one_is_refused(described, text, why):
    (described / KEYINFO).write_text(text, "utf-8")
    with pytest.raises(DatabaseUnreadable, match=why):
        read_keyinfo(described)


def test_a_key_description_too_big_to_be_one_is_not_read(described):
    (described / KEYINFO).write_bytes(b" " * (64 * 1024 + 1))
    with pytest.raises(DatabaseUnreadable, match="cannot be read"):
        read_keyinfo(described)


def test_a_key_description_just_under_the_size_limit_is_still_read(described):
    text = json.dumps(stored(described))
    (described / KEYINFO).write_text(text + " " * (64 * 1024 - len(text)), "utf-8")
    assert read_keyinfo(described).method == PASSPHRASE


@pytest.mark.parametrize("version", [3, 7])
def test_a_key_description_from_a_newer_icvapp_says_so_and_changes_nothing(described, version):
    rewrite(described, version=version, colour="blue")
    before = (described / KEYINFO).read_bytes()
    with pytest.raises(DatabaseTooNew, match=f"key format {version}; this version understands up to 2"):
        read_keyinfo(described)
    assert (described / KEYINFO).read_bytes() == before


def test_a_missing_key_description_is_no_description(tmp_path):
    assert read_keyinfo(tmp_path) is None


def test_every_key_error_is_one_the_user_is_shown(described):
    rewrite(described, method="post-it note")
    with pytest.raises(UserFacingError):
        open_profile(described, OLD)


def test_the_protection_is_described_in_words(described, memory_keyring, tmp_path):
    assert read_keyinfo(described).protection == "Protected by your passphrase"
    create_profile(tmp_path / "keychain", KEYCHAIN, "Scheme").close()
    assert read_keyinfo(tmp_path / "keychain").protection == (
        "Protected by a random key kept in this computer's keychain")


# --------------------------------------------------------------------------- formats that must not drift
# A profile outlives the icvapp that made it: these constructions are how every earlier
# version wrote its key description, and a later one must still read them.


def test_a_key_check_tag_is_the_start_of_an_hmac_of_a_fixed_message():
    key = bytes(range(32))
    assert key_check(key) == hmac.new(key, b"icvapp key check v1", hashlib.sha256).hexdigest()[:16]
    assert key_check(key) == "f6e8352365b2c1ab"


def test_the_passphrase_is_stretched_by_argon2id_over_its_utf8_bytes_into_a_256_bit_key():
    salt = bytes(range(16))
    derived = keys.derive_key("Zoë Ó Briain", salt, QUICK_KDF)
    assert derived == Argon2id(salt=salt, length=32, **QUICK_KDF).derive("Zoë Ó Briain".encode("utf-8"))
    assert len(derived) == 32


def test_the_keychain_entry_is_filed_under_icvapp_and_the_profile(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    db_key = ctx.db.key
    ctx.close()
    assert memory_keyring.secrets == {("icvapp", stored(profile_dir)["profile_id"]): db_key.hex()}
    assert (profile_dir / "keyinfo.json").exists()


def test_a_recovery_slot_opens_by_the_construction_it_documents(profile_dir):
    """X25519 pair sealed under HKDF(recovery key); the database key sealed to the pair's public key."""
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    text, db_key = ctx.new_recovery_key, ctx.db.key
    ctx.close()
    description = stored(profile_dir)
    slot, aad = description["recovery"], description["profile_id"].encode()
    wrap = HKDF(algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(slot["salt"]),
                info=b"icvapp recovery v1").derive(parse_key(text))
    blob = bytes.fromhex(slot["private"])
    private = X25519PrivateKey.from_private_bytes(AESGCM(wrap).decrypt(blob[:12], blob[12:], aad))
    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    assert private.public_key().public_bytes(*raw).hex() == slot["public"]
    sealed = base64.b64decode(slot["data_key"])
    ephemeral, nonce, box = sealed[:32], sealed[32:44], sealed[44:]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    opener = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral, info=b"icvapp database key").derive(shared)
    assert AESGCM(opener).decrypt(nonce, box, b"icvapp database key") == db_key


@pytest.mark.parametrize(("raw", "written"), [
    (bytes(range(16)), "0004-1061-050R-3GG2-8A1C-60T3-GF"),
    (bytes(16), "0000-0000-0000-0000-0000-0000-00"),
    (b"\xff" * 16, "7ZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZ"),
])
def test_a_recovery_key_is_written_in_crockford_base32_in_groups_of_four(raw, written):
    assert format_key(raw) == written
    assert parse_key(written) == raw


@pytest.mark.parametrize("typed", [
    "0004 1061 050r 3gg2 8a1c 60t3 gf",     # spaces and lower case
    "OOO4-IO6I-O5OR-3GG2-8A1C-6OT3-GF",     # O for 0, I for 1
    "0004-L061-050R-3GG2-8A1C-60T3-GF",     # L for 1
    "00041061050R3GG28A1C60T3GF",
])
def test_a_recovery_key_is_read_however_it_was_typed(typed):
    assert parse_key(typed) == bytes(range(16))


@pytest.mark.parametrize("typed", [
    "0004-1061-050R-3GG2-8A1C-60T3-G",      # a character short
    "0004-1061-050R-3GG2-8A1C-60T3-GFF",    # a character over
    "0004-1061-050R-3GG2-8A1C-60T3-GU",     # U is not in the alphabet
    "",
])
def test_what_is_not_a_recovery_key_is_refused_saying_what_one_looks_like(typed):
    with pytest.raises(WrongRecoveryKey) as refused:
        parse_key(typed)
    assert refused.value.message == "That is not a recovery key: it has 26 letters and digits, in groups of four."
    assert refused.value.hint == "Check it against the copy you kept, or ask your scheme office."
    assert refused.value.title == "Wrong recovery key"


def test_another_profiles_recovery_key_is_refused_by_name(tmp_path):
    mine = create_profile(tmp_path / "mine", PASSPHRASE, "Scheme", OLD)
    theirs = create_profile(tmp_path / "theirs", PASSPHRASE, "Scheme", OLD)
    text = theirs.new_recovery_key
    mine.close()
    theirs.close()
    with pytest.raises(WrongRecoveryKey) as refused:
        recover_key(read_keyinfo(tmp_path / "mine"), text)
    assert refused.value.message == "That recovery key does not belong to this profile."
    assert refused.value.hint == "Each profile has its own recovery key; check you have the right one."


# --------------------------------------------------------------------------- a rotation cut short


def _cut_short(ctx, *, rekeyed: bool) -> bytes:
    """keyinfo.json.next written as rotate_key writes it, then the app died — after PRAGMA rekey
    (``rekeyed``) or before it."""
    from icvapp.storage.keys import protect
    from icvapp.storage.rotation import NEXT

    new_key = secrets.token_bytes(32)
    nxt = KeyInfo(**{**ctx.keyinfo.__dict__, "recovery": dict(ctx.keyinfo.recovery)})
    nxt.check = key_check(new_key)
    protect(nxt, new_key, PASSPHRASE, OLD)
    (ctx.data_dir / NEXT).write_text(nxt.to_json(), "utf-8")
    if rekeyed:
        ctx.db.rekey(new_key)
    ctx.close()
    return new_key


@pytest.mark.parametrize("rekeyed", [True, False])
def test_a_passphrase_rotation_cut_short_is_settled_with_the_key_that_opens_the_database(profile_dir, rekeyed):
    from icvapp.storage.rotation import NEXT

    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    old_key = ctx.db.key
    new_key = _cut_short(ctx, rekeyed=rekeyed)
    again = open_profile(profile_dir, OLD)
    assert again.db.key == (new_key if rekeyed else old_key)
    again.close()
    assert not (profile_dir / NEXT).exists()
    assert stored(profile_dir)["check"] == key_check(new_key if rekeyed else old_key)


@pytest.mark.parametrize("first_try", ["a mistyped passphrase", None])
def test_a_rotation_cut_short_after_the_rekey_survives_a_mistyped_passphrase(profile_dir, first_try):
    """The pending description is the only one of the new key: a wrong (or missing) passphrase
    at the next start must not throw it away."""
    from icvapp.storage.rotation import NEXT

    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    with ctx.db.session() as s:
        s.add(Volunteer(name="Amrit Sandhu"))
    new_key = _cut_short(ctx, rekeyed=True)
    with pytest.raises(WrongPassphrase):
        open_profile(profile_dir, first_try)
    assert (profile_dir / NEXT).exists()
    again = open_profile(profile_dir, OLD)
    assert list(names_to_ids(again, Volunteer)) == ["Amrit Sandhu"]
    assert again.db.key == new_key and not (profile_dir / NEXT).exists()
    again.close()


def test_a_rotation_asked_for_with_the_wrong_passphrase_is_refused_and_changes_nothing(profile_dir):
    from icvapp.storage.rotation import NEXT

    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    before, key = stored(profile_dir), ctx.db.key
    with pytest.raises(WrongPassphrase):
        rotate_database_key(ctx, "not the passphrase")
    assert ctx.db.key == key and stored(profile_dir) == before and not (profile_dir / NEXT).exists()
    ctx.close()
    open_profile(profile_dir, OLD).close()


def test_a_rotated_key_is_a_fresh_256_bit_key(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    old = ctx.db.key
    rotate_database_key(ctx, None)
    assert len(ctx.db.key) == 32 and ctx.db.key != old
    ctx.close()


def test_a_keychain_that_refuses_the_new_key_leaves_the_profile_as_it_was(profile_dir, memory_keyring, monkeypatch):
    from icvapp.storage.rotation import NEXT

    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    before, key = stored(profile_dir), ctx.db.key

    def refuse(service, username, password):
        raise RuntimeError("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(KeyUnavailable) as refused:
        rotate_database_key(ctx, None)
    assert refused.value.message == "The system keychain refused to store the new key (RuntimeError)."
    assert refused.value.hint == "Nothing was changed."
    assert ctx.db.key == key and stored(profile_dir) == before and not (profile_dir / NEXT).exists()
    ctx.close()


def test_a_keychain_rotation_leaves_one_entry_holding_the_new_key(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    rotate_database_key(ctx, None)
    new_key = ctx.db.key
    ctx.close()
    profile_id = stored(profile_dir)["profile_id"]
    assert memory_keyring.secrets == {(SERVICE, profile_id): new_key.hex()}
    assert stored(profile_dir)["check"] == key_check(new_key)


@pytest.mark.parametrize("rekeyed", [True, False])
def test_a_keychain_rotation_cut_short_is_settled_at_the_next_start(profile_dir, memory_keyring, rekeyed):
    from icvapp.storage.rotation import NEXT

    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    with ctx.db.session() as s:
        s.add(Volunteer(name="Amrit Sandhu"))
    old_key, profile_id = ctx.db.key, ctx.keyinfo.profile_id
    new_key = secrets.token_bytes(32)
    memory_keyring.set_password(SERVICE, f"{profile_id}.next", new_key.hex())
    nxt = KeyInfo(**{**ctx.keyinfo.__dict__, "recovery": dict(ctx.keyinfo.recovery)})
    nxt.check = key_check(new_key)
    (profile_dir / NEXT).write_text(nxt.to_json(), "utf-8")
    if rekeyed:
        ctx.db.rekey(new_key)
    ctx.close()
    again = open_profile(profile_dir)
    assert list(names_to_ids(again, Volunteer)) == ["Amrit Sandhu"]
    assert again.db.key == (new_key if rekeyed else old_key)
    again.close()
    assert not (profile_dir / NEXT).exists()
    assert memory_keyring.get_password(SERVICE, profile_id) == (new_key if rekeyed else old_key).hex()
    if rekeyed:
        assert (SERVICE, f"{profile_id}.next") not in memory_keyring.secrets


# --------------------------------------------------------------------------- where the key may be kept


def test_a_working_keychain_is_usable(memory_keyring):
    assert keys.keychain_usable()


@pytest.mark.parametrize("module", ["keyring.backends.fail", "keyrings.alt.file", "keyrings.cryptfile.cryptfile"])
def test_no_keychain_or_one_that_keeps_keys_in_a_plain_file_is_not_usable(monkeypatch, module):
    import keyring
    from keyring.backends import fail

    backend = fail.Keyring() if module.endswith("fail") else type("Backend", (), {"__module__": module})()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    assert not keys.keychain_usable()


def test_a_keychain_that_cannot_be_reached_is_not_usable(monkeypatch):
    import keyring

    def broken():
        raise RuntimeError("no D-Bus")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert not keys.keychain_usable()


@pytest.mark.parametrize(("value", "read"), [("a long passphrase", "a long passphrase"), ("", None), (None, None)])
def test_the_passphrase_may_come_from_icvapp_passphrase(monkeypatch, value, read):
    if value is None:
        monkeypatch.delenv("ICVAPP_PASSPHRASE", raising=False)
    else:
        monkeypatch.setenv("ICVAPP_PASSPHRASE", value)
    assert keys.passphrase_from_env() == read
