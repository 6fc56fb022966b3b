"""Key loss: the recovery key opens the profile; passphrases change and keys rotate without losing a row."""

from __future__ import annotations

import json
import sqlite3

import pytest

from icvapp.errors import KeyUnavailable, StorageFault, WrongPassphrase
from icvapp.profile.context import create_profile, open_profile
from icvapp.profile.security import change_passphrase, lock, recover_profile, rotate_database_key, unlock
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, read_keyinfo
from icvapp.storage.model import Volunteer
from icvapp.storage.recovery import WrongRecoveryKey, format_key, parse_key
from icvapp.storage.rotation import NEXT
from icvapp.trust.signing_keys import reset_signing_pin
from icvapp.visits.store import count_visits, save_draft
from tests.conftest import PASSPHRASE as OLD
from tests.conftest import PINS
from tests.helpers import good_visit, names_to_ids

NEW = "a brand new passphrase"


@pytest.fixture
def fresh(profile_dir):
    ctx = create_profile(profile_dir, PASSPHRASE, "Scheme", OLD)
    with ctx.db.session() as s:
        s.add_all([Volunteer(name="Amrit Sandhu"), Volunteer(name="Zoë Ó Briain")])
    from icvapp.storage.model import Place

    with ctx.db.session() as s:
        s.add(Place(name="Beaumont Leys", locations=14))
    save_draft(ctx.db, good_visit(ctx))
    yield ctx
    ctx.close()


def test_setup_shows_a_recovery_key_once_and_never_stores_it(fresh):
    text = fresh.new_recovery_key
    assert len(text.replace("-", "")) == 26 and text.count("-") == 6
    on_disk = (fresh.data_dir / "keyinfo.json").read_text()
    assert text not in on_disk and text.replace("-", "") not in on_disk
    assert parse_key(text.lower().replace("-", " ")) == parse_key(text)  # forgiving to type
    assert format_key(parse_key(text)) == text


def test_a_forgotten_passphrase_is_recovered_with_the_recovery_key(fresh):
    text, folder = fresh.new_recovery_key, fresh.data_dir
    fresh.close()
    with pytest.raises(WrongPassphrase):
        open_profile(folder, "I forgot it")
    with pytest.raises(WrongRecoveryKey):
        recover_profile(folder, format_key(bytes(16)), PASSPHRASE, NEW)
    ctx = recover_profile(folder, text, PASSPHRASE, NEW)
    assert count_visits(ctx.db) == 1
    ctx.close()
    assert count_visits(open_profile(folder, NEW).db) == 1
    with pytest.raises(WrongPassphrase):
        open_profile(folder, OLD)


def test_a_lost_keychain_is_recovered_onto_a_passphrase(profile_dir, memory_keyring):
    ctx = create_profile(profile_dir, KEYCHAIN, "Scheme")
    text = ctx.new_recovery_key
    ctx.close()
    memory_keyring.secrets.clear()  # a new laptop, or a wiped keychain
    with pytest.raises(KeyUnavailable):
        open_profile(profile_dir)
    recover_profile(profile_dir, text, PASSPHRASE, NEW).close()
    assert read_keyinfo(profile_dir).method == PASSPHRASE
    open_profile(profile_dir, NEW).close()


def test_changing_the_passphrase_keeps_every_row(fresh):
    change_passphrase(fresh, OLD, NEW)
    folder = fresh.data_dir
    fresh.close()
    with pytest.raises(WrongPassphrase):
        open_profile(folder, OLD)
    assert count_visits(open_profile(folder, NEW).db) == 1


@pytest.mark.parametrize("method", [PASSPHRASE, KEYCHAIN])
def test_rotating_the_database_key_re_encrypts_it(profile_dir, method):
    ctx = create_profile(profile_dir, method, "Scheme", OLD if method == PASSPHRASE else None)
    text = ctx.new_recovery_key
    with ctx.db.session() as s:
        s.add(Volunteer(name="Amrit Sandhu"))
    before = (profile_dir / "icvapp.db").read_bytes()
    old_check = ctx.keyinfo.check
    rotate_database_key(ctx, OLD if method == PASSPHRASE else None)
    assert ctx.keyinfo.check != old_check and not (profile_dir / NEXT).exists()
    with ctx.db.session() as s:  # the open session carries on under the new key
        s.add(Volunteer(name="Zoë Ó Briain"))
    ctx.close()
    assert (profile_dir / "icvapp.db").read_bytes()[:4096] != before[:4096]
    again = open_profile(profile_dir, OLD if method == PASSPHRASE else None)
    assert len(names_to_ids(again, Volunteer)) == 2
    again.close()
    recover_profile(profile_dir, text, PASSPHRASE, NEW).close()  # the recovery key still works


def test_a_rotation_cut_short_before_the_rekey_keeps_the_old_key(fresh):
    """keyinfo.json.next was written, then the app died before PRAGMA rekey."""
    from icvapp.storage.keys import KeyInfo, protect

    nxt = KeyInfo(**{**fresh.keyinfo.__dict__})
    protect(nxt, b"\x01" * 32, PASSPHRASE, OLD)
    (fresh.data_dir / NEXT).write_text(nxt.to_json())
    folder = fresh.data_dir
    fresh.close()
    assert count_visits(open_profile(folder, OLD).db) == 1
    assert not (folder / NEXT).exists()


def test_a_rotation_cut_short_after_the_rekey_adopts_the_new_key(fresh):
    """PRAGMA rekey finished, then the app died before keyinfo.json was replaced."""
    import secrets

    from icvapp.storage.keys import KeyInfo, key_check, protect

    new_key = secrets.token_bytes(32)
    nxt = KeyInfo(**{**fresh.keyinfo.__dict__})
    nxt.check = key_check(new_key)
    protect(nxt, new_key, PASSPHRASE, OLD)
    (fresh.data_dir / NEXT).write_text(nxt.to_json())
    fresh.db.rekey(new_key)
    folder = fresh.data_dir
    fresh.close()
    ctx = open_profile(folder, OLD)
    assert count_visits(ctx.db) == 1 and ctx.keyinfo.check == nxt.check
    assert not (folder / NEXT).exists()


def test_a_forgotten_signing_pin_is_reset_with_the_recovery_key(fresh):
    from icvapp.trust.enrolment import set_up_scheme_root, unlock_signer
    from icvapp.trust.enrolment_files import enrol_here
    from icvapp.trust.pki import WrongPin
    from tests.conftest import ROOT_PIN

    set_up_scheme_root(fresh.db, ROOT_PIN)
    amrit = names_to_ids(fresh, Volunteer)["Amrit Sandhu"]
    enrol_here(fresh.db, amrit, PINS["Amrit Sandhu"], ROOT_PIN)
    reset_signing_pin(fresh, amrit, fresh.new_recovery_key, "a-new-pin")
    with pytest.raises(WrongPin):
        unlock_signer(fresh.db, amrit, PINS["Amrit Sandhu"])
    assert unlock_signer(fresh.db, amrit, "a-new-pin").name == "Amrit Sandhu"


def test_a_locked_session_holds_no_key_and_needs_the_passphrase(fresh):
    lock(fresh)
    with pytest.raises(StorageFault, match="locked"):
        count_visits(fresh.db)
    with pytest.raises(WrongPassphrase):
        unlock(fresh, "wrong")
    unlock(fresh, OLD)
    assert count_visits(fresh.db) == 1


def test_keyinfo_never_holds_a_plain_key(fresh):
    info = json.loads((fresh.data_dir / "keyinfo.json").read_text())
    key = fresh.db.key.hex()
    assert key not in json.dumps(info)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(fresh.data_dir / "icvapp.db").execute("select * from sqlite_master").fetchall()
