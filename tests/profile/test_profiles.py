"""One profile per scheme: the office keeps custody visiting and the animal welfare scheme side by side,
each in its own encrypted database under its own key, listed by kind only."""

from __future__ import annotations

import json
import stat

import pytest
import sqlcipher3

from icvapp.errors import DatabaseUnreadable, InvalidInput, NotFound
from icvapp.profile.backup import make_backup, restore_backup
from icvapp.profile.context import create_profile, create_scheme_profile, open_profile
from icvapp.profile.language import chosen_language, main_kind
from icvapp.profile.profiles import (
    REGISTRY,
    add_profile,
    find_profile,
    list_profiles,
    registry_problem,
)
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, SERVICE, read_keyinfo
from tests.conftest import PASSPHRASE as SECRET


@pytest.fixture
def office(tmp_path):
    """The office's data folder: custody visiting (the main profile) and the animal welfare scheme."""
    data = tmp_path / "office"
    create_profile(data, PASSPHRASE, "Leicestershire ICV Scheme", SECRET).close()
    dogs = create_scheme_profile(data, "dog_unit", PASSPHRASE, "Leicestershire Animal Welfare Scheme", SECRET)
    dogs.close()
    return data


def test_the_main_profile_comes_first_then_each_scheme_added(office):
    entries = list_profiles(office)
    assert (entries[0].id, entries[0].kind) == ("main", "custody")
    assert entries[0].path == office
    (dogs,) = entries[1:]
    assert dogs.kind == "dog_unit" and dogs.path == office / "schemes" / dogs.id and len(dogs.id) == 16
    assert stat.S_IMODE(dogs.path.stat().st_mode) == 0o700
    assert (dogs.path / "icvapp.db").exists() and (dogs.path / "keyinfo.json").exists()
    assert find_profile(office, dogs.id[:6]) == dogs and find_profile(office, None) == entries[0]
    with pytest.raises(NotFound, match="icvapp schemes"):
        find_profile(office, "0000000000000000")


def test_profiles_json_holds_ids_and_kinds_and_nothing_typed(office):
    text = (office / REGISTRY).read_text()
    assert "Leicestershire" not in text and "Animal" not in text and SECRET not in text
    document = json.loads(text)
    assert set(document) == {"version", "profiles"}
    assert all(set(entry) == {"id", "kind"} for entry in document["profiles"])
    assert stat.S_IMODE((office / REGISTRY).stat().st_mode) == 0o600


def test_each_profile_opens_with_its_own_kinds_definition(office):
    dogs = list_profiles(office)[1]
    custody, welfare = open_profile(office, SECRET), open_profile(dogs.path, SECRET)
    try:
        assert custody.config.kind == "custody" and custody.kind == "custody"
        assert custody.config.word("places") == "Custody suites"
        assert welfare.config.kind == "dog_unit" and welfare.config.word("place") == "Dog unit"
        assert welfare.scheme_name() == "Leicestershire Animal Welfare Scheme"
        assert custody.scheme_name() == "Leicestershire ICV Scheme"
        assert custody.data_root == office and welfare.data_root == office and welfare.data_dir == dogs.path
    finally:
        custody.close()
        welfare.close()


def test_one_schemes_key_does_not_open_anothers_database(office):
    dogs = list_profiles(office)[1]
    assert read_keyinfo(office).profile_id != read_keyinfo(dogs.path).profile_id
    ctx = open_profile(dogs.path, SECRET)
    key = ctx.db.key
    ctx.close()
    other = sqlcipher3.connect(str(office / "icvapp.db"))
    other.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    other.close()


def test_two_keychain_profiles_keep_two_keychain_entries(tmp_path, memory_keyring):
    data = tmp_path / "office"
    create_profile(data, KEYCHAIN, "Custody").close()
    create_scheme_profile(data, "dog_unit", KEYCHAIN, "Dogs").close()
    create_scheme_profile(data, "dog_unit", KEYCHAIN, "Dogs, north").close()
    entries = list_profiles(data)
    ids = {read_keyinfo(e.path).profile_id for e in entries}
    assert len(ids) == 3 and {(SERVICE, i) for i in ids} <= set(memory_keyring.secrets)
    for entry in entries:  # each opens with its own entry, none overwritten by a later one
        ctx = open_profile(entry.path)
        assert ctx.kind == entry.kind
        ctx.close()


def test_a_dog_unit_main_profile_is_listed_as_one(tmp_path):
    data = tmp_path / "volunteer"
    create_profile(data, PASSPHRASE, "Animal Welfare Scheme", SECRET, kind="dog_unit").close()
    assert [(e.id, e.kind) for e in list_profiles(data)] == [("main", "dog_unit")]
    assert main_kind(data) == "dog_unit" and chosen_language(data) == "en"
    ctx = open_profile(data, SECRET)
    assert ctx.kind == "dog_unit"
    ctx.close()


def test_an_unknown_kind_is_refused_with_the_reason(tmp_path):
    with pytest.raises(InvalidInput, match="no scheme kind 'court_cells'; icvapp knows custody, dog_unit"):
        add_profile(tmp_path, "court_cells")
    with pytest.raises(InvalidInput, match="no scheme kind"):
        create_profile(tmp_path / "p", PASSPHRASE, "Scheme", SECRET, kind="court_cells")
    assert not (tmp_path / "p").exists() and not (tmp_path / REGISTRY).exists()


@pytest.mark.parametrize("content", [
    "not json at all {",
    "[]",
    '{"version": 1, "profiles": [{"id": "main", "kind": "custody", "name": "Leicestershire"}]}',
    '{"version": 1, "profiles": [{"id": "../../elsewhere", "kind": "dog_unit"}]}',
    '{"version": 99, "profiles": []}',
])
def test_a_damaged_or_altered_list_loses_nothing_and_says_so(office, content):
    dogs = list_profiles(office)[1]
    (office / REGISTRY).write_text(content)
    assert [e.id for e in list_profiles(office)] == ["main"]  # the main profile still opens
    problem = registry_problem(office)
    assert isinstance(problem, DatabaseUnreadable) and "damaged" in problem.message
    assert "untouched" in problem.hint
    with pytest.raises(DatabaseUnreadable):  # never written over
        add_profile(office, "dog_unit")
    assert (office / REGISTRY).read_text() == content
    assert (dogs.path / "icvapp.db").exists()
    open_profile(office, SECRET).close()


def test_a_listed_kind_this_icvapp_does_not_know_is_left_out_and_said(office):
    document = json.loads((office / REGISTRY).read_text())
    document["profiles"][0]["kind"] = "court_cells"
    (office / REGISTRY).write_text(json.dumps(document))
    assert [e.id for e in list_profiles(office)] == ["main"]
    assert "court_cells" in registry_problem(office).message


def test_a_folder_without_a_profile_is_not_offered(office):
    path = add_profile(office, "dog_unit")  # listed, but never finished
    assert path.name not in [e.id for e in list_profiles(office)]
    assert registry_problem(office) is None


def test_a_profile_that_cannot_be_created_leaves_nothing_behind(office):
    before = (office / REGISTRY).read_text()
    with pytest.raises(Exception, match="at least"):
        create_scheme_profile(office, "dog_unit", PASSPHRASE, "Too short", "short")
    assert (office / REGISTRY).read_text() == before
    assert len(list((office / "schemes").iterdir())) == 1


def test_restoring_the_main_profile_keeps_the_other_schemes(tmp_path):
    data = tmp_path / "office"
    main = create_profile(data, PASSPHRASE, "Custody", SECRET)
    recovery = main.new_recovery_key
    backup = tmp_path / "main.icvbackup"
    make_backup(main, backup)
    main.close()
    create_scheme_profile(data, "dog_unit", PASSPHRASE, "Dogs", SECRET).close()
    restored = restore_backup(backup, data, recovery, PASSPHRASE, SECRET, replace=True, overwrite_newer=True)
    restored.close()
    assert [e.kind for e in list_profiles(data)] == ["custody", "dog_unit"]
    dogs = open_profile(list_profiles(data)[1].path, SECRET)
    assert dogs.scheme_name() == "Dogs"
    dogs.close()
