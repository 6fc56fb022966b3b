"""Keys and recovery keys at their edges (written against mutation survivors).

tests/storage/test_keys.py holds the keys' rules; these are the cases a mutation run showed
nothing else pinned.
"""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backend import KeyringBackend

from icvapp.errors import DatabaseTooNew, DatabaseUnreadable, KeyUnavailable, UserFacingError, WrongPassphrase
from icvapp.storage.keys import (
    KEYCHAIN,
    KEYINFO,
    PASSPHRASE,
    KeyInfo,
    check_new_passphrase,
    create_key,
    protect,
    read_keyinfo,
    unlock_key,
    write_keyinfo,
)
from icvapp.storage.recovery import ALPHABET, GROUP, format_key, parse_key
from icvapp.storage.rotation import _keychain_set
from tests.helpers import assert_read_in_welsh


@pytest.mark.parametrize("first", list("89ABCDEFGHJKMNPQRSTVWXYZ"))
def test_a_recovery_key_whose_first_character_carries_more_than_128_bits_still_reads_as_16_bytes(first):
    # 26 characters of five bits hold 130 bits; a key holds 128. A first character past '7' (a slip of
    # the pen) sets the two spare bits: they are dropped, so the key is read, then refused by the
    # profile as the wrong one, never a crash.
    written = format_key(b"\xff" * 16)
    typed = first + written[1:]
    assert parse_key(typed) == parse_key(ALPHABET[ALPHABET.index(first) & 7] + written[1:])
    assert len(parse_key(typed)) == 16


def test_a_recovery_key_is_26_characters_in_groups_of_four_dashes_between():
    text = format_key(bytes(range(100, 116)))
    groups = text.split("-")
    assert [len(g) for g in groups] == [GROUP] * 6 + [2] and GROUP == 4
    assert all(c in ALPHABET for c in "".join(groups))
    assert len(ALPHABET) == 32 and not set("ILOU") & set(ALPHABET)


def test_a_key_description_round_trips_through_its_file(tmp_path):
    info = KeyInfo(method=PASSPHRASE, profile_id="0123456789abcdef", salt="00ff", check="abcd",
                   kdf={"iterations": 3, "lanes": 4, "memory_cost": 65536}, version=2, wrapped="beef",
                   recovery={"public": "aa"})
    write_keyinfo(tmp_path, info)
    assert read_keyinfo(tmp_path) == info
    assert json.loads((tmp_path / KEYINFO).read_text("utf-8")) == info.__dict__


class _BrokenKeyring(KeyringBackend):
    """A keychain that is there but cannot be used (locked, or its service gone)."""

    priority = 10

    def get_password(self, service, username):
        raise RuntimeError("locked")

    def set_password(self, service, username, password):
        raise RuntimeError("locked")

    def delete_password(self, service, username):
        raise RuntimeError("locked")


def refusal(call) -> tuple[type, str, str]:
    """The error's type, message and hint, after checking that the user would read them in Welsh."""
    with pytest.raises(UserFacingError) as caught:
        call()
    error = caught.value
    assert_read_in_welsh(error.message)
    assert_read_in_welsh(error.hint)
    return type(error), error.message, error.hint


def test_a_key_missing_from_the_keychain_is_explained_with_why_it_may_be(memory_keyring):
    info = KeyInfo(method=KEYCHAIN, profile_id="0123456789abcdef", version=2)
    assert refusal(lambda: unlock_key(info)) == (
        KeyUnavailable, "The key for this profile is not in this computer's keychain.",
        "It may have been removed, or the profile was copied from another computer.")


def test_a_keychain_that_cannot_be_read_or_written_says_what_to_do():
    previous = keyring.get_keyring()
    keyring.set_keyring(_BrokenKeyring())
    try:
        info = KeyInfo(method=KEYCHAIN, profile_id="0123456789abcdef", version=2)
        assert refusal(lambda: unlock_key(info)) == (
            KeyUnavailable, "The system keychain could not be read (RuntimeError).",
            "Unlock your keychain and try again.")
        assert refusal(lambda: protect(info, bytes(32), KEYCHAIN)) == (
            KeyUnavailable, "The system keychain refused to store the key (RuntimeError).",
            "Choose a passphrase instead.")
        assert refusal(lambda: _keychain_set("0123456789abcdef.next", bytes(32))) == (
            KeyUnavailable, "The system keychain refused to store the new key (RuntimeError).",
            "Nothing was changed.")
    finally:
        keyring.set_keyring(previous)


def test_a_passphrase_profile_asks_for_its_passphrase_and_names_a_wrong_one(tmp_path):
    info, _key, _recovery = create_key(tmp_path, PASSPHRASE, "correct horse battery")
    assert refusal(lambda: unlock_key(info, "")) == (
        WrongPassphrase, "Enter the passphrase that protects this profile.", "")
    assert refusal(lambda: unlock_key(info, "wrong horse battery")) == (
        WrongPassphrase, "That passphrase is not the one that protects this profile.",
        "Check Caps Lock and try again, or use your recovery key.")


def test_a_passphrase_shorter_than_eight_characters_is_refused_with_advice():
    assert refusal(lambda: check_new_passphrase("seven77")) == (
        WrongPassphrase, "A passphrase needs at least 8 characters.",
        "A few unrelated words are easy to remember and hard to guess.")


@pytest.fixture
def described(tmp_path):
    info = KeyInfo(method=PASSPHRASE, profile_id="0123456789abcdef", salt="00ff", check="abcd",
                   kdf={"iterations": 3, "lanes": 4, "memory_cost": 65536}, version=2, wrapped="beef")
    write_keyinfo(tmp_path, info)
    return tmp_path


def rewrite(folder, **changes) -> None:
    data = json.loads((folder / KEYINFO).read_text("utf-8"))
    (folder / KEYINFO).write_text(json.dumps({**data, **changes}), "utf-8")


def test_every_unreadable_entry_is_named(described):
    rewrite(described, salt="xyz", check="q")
    assert refusal(lambda: read_keyinfo(described)) == (
        DatabaseUnreadable, f"The key description {described / KEYINFO} is damaged (unreadable entries: salt, check).",
        "Restore it from a backup of this folder.")


def test_a_description_that_is_not_an_object_is_named_with_its_path(described):
    (described / KEYINFO).write_text("[1, 2]", "utf-8")
    assert refusal(lambda: read_keyinfo(described)) == (
        DatabaseUnreadable, f"The key description {described / KEYINFO} is damaged (not a key description).",
        "Restore it from a backup of this folder.")


def test_a_description_too_big_to_read_says_to_restore_it(described):
    (described / KEYINFO).write_bytes(b" " * (64 * 1024 + 1))
    kind, message, hint = refusal(lambda: read_keyinfo(described))
    assert kind is DatabaseUnreadable
    assert message == (f"The key description {described / KEYINFO} cannot be read: keyinfo.json is 65 KB; "
                       "a key description can be at most 64 KB.")
    assert hint == "Restore it from a backup of this folder."


def test_a_description_from_a_newer_icvapp_says_what_to_install(described):
    rewrite(described, version=3)
    assert refusal(lambda: read_keyinfo(described)) == (
        DatabaseTooNew, ("The key description keyinfo.json was written by a newer version of icvapp (key format 3; "
                        "this version understands up to 2)."),
        "Install the newer icvapp to open this profile. Nothing has been changed.")


def test_a_recovery_key_of_the_wrong_length_is_refused_with_what_one_looks_like():
    _kind, message, _hint = refusal(lambda: parse_key("ABCD-EFGH"))
    assert message.startswith("That is not a recovery key: it has 26 letters and ")


def test_another_profiles_recovery_key_is_refused_with_why(tmp_path):
    from icvapp.storage.keys import recover_key

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    info, _key, _text = create_key(tmp_path / "one", PASSPHRASE, "one passphrase here")
    _other, _key, other_text = create_key(tmp_path / "two", PASSPHRASE, "two passphrase here")
    _kind, message, hint = refusal(lambda: recover_key(info, other_text))
    assert message == "That recovery key does not belong to this profile."
    assert hint.startswith("Each profile has its own recovery key; check you ")


def test_a_profile_made_before_recovery_keys_says_how_to_get_one():
    from icvapp.storage.keys import recover_key

    info = KeyInfo(method=PASSPHRASE, profile_id="0123456789abcdef", version=1)
    assert refusal(lambda: recover_key(info, "0" * 26)) == (
        KeyUnavailable, "This profile was created before recovery keys existed and has none.",
        "Unlock it normally and create a recovery key from the Security menu.")


@pytest.mark.parametrize(("changes", "why"), [
    ({"colour": "blue"}, "entries icvapp never writes: colour"),
    ({"version": "2"}, "wrong or missing entries: version"),
    ({"method": "smartcard"}, "unknown protection"),
    ({"version": 0}, "unknown protection"),
])
def test_each_kind_of_damage_is_named_in_english_and_welsh(described, changes, why):
    rewrite(described, **changes)
    assert refusal(lambda: read_keyinfo(described)) == (
        DatabaseUnreadable, f"The key description {described / KEYINFO} is damaged ({why}).",
        "Restore it from a backup of this folder.")


def test_a_description_written_before_versions_reads_as_the_first_version(tmp_path):
    # icvapp's first key descriptions had no version and no wrapped key: the passphrase derived the key itself.
    (tmp_path / KEYINFO).write_text(json.dumps({
        "method": PASSPHRASE, "profile_id": "0123456789abcdef", "salt": "00ff", "check": "abcd",
        "kdf": {"iterations": 3, "lanes": 4, "memory_cost": 65536}}), "utf-8")
    info = read_keyinfo(tmp_path)
    assert (info.version, info.wrapped, info.recovery) == (1, "", {})


def test_a_keychain_description_needs_no_salt_check_or_wrapped_key(tmp_path):
    (tmp_path / KEYINFO).write_text(json.dumps({"method": KEYCHAIN, "profile_id": "0123456789abcdef",
                                                "version": 2}), "utf-8")
    assert read_keyinfo(tmp_path).method == KEYCHAIN


def test_the_key_description_is_written_with_its_entries_in_order(tmp_path):
    info, _key, _text = create_key(tmp_path, PASSPHRASE, "a passphrase here")
    entries = list(json.loads((tmp_path / KEYINFO).read_text("utf-8")))
    assert entries == sorted(entries) and info.version == 2 and len(entries) == 8


def test_a_protection_icvapp_does_not_know_is_a_programming_error_naming_it():
    with pytest.raises(ValueError, match="^smartcard$"):
        protect(KeyInfo(method=KEYCHAIN, profile_id="0123456789abcdef"), bytes(32), "smartcard")


def test_a_keychain_key_of_another_profile_is_named(memory_keyring):
    info = KeyInfo(method=KEYCHAIN, profile_id="0123456789abcdef", check="0" * 16, version=2)
    keyring.set_password("icvapp", info.profile_id, bytes(32).hex())
    assert refusal(lambda: unlock_key(info)) == (
        KeyUnavailable, "The key in the keychain does not belong to this profile.", "")


def test_a_wrong_passphrase_for_a_first_version_profile_is_named_with_advice():
    info = KeyInfo(method=PASSPHRASE, profile_id="0123456789abcdef", salt="00" * 16, check="0" * 16,
                   kdf={"iterations": 1, "lanes": 1, "memory_cost": 8}, version=1)
    assert refusal(lambda: unlock_key(info, "not the passphrase")) == (
        WrongPassphrase, "That passphrase is not the one that protects this profile.", "Check Caps Lock and try again.")
