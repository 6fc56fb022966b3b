"""A laptop that joins a scheme takes up the scheme's kind, and only by a file its root signed.

The office's scheme file carries ``scheme.kind``. A new profile that joins the animal welfare scheme
becomes a dog unit profile (its definition, its stage limits, its entry in the list of schemes); a
file written before kinds existed is custody. A kind this icvapp does not know, a kind that is not a
name, a kind changed without re-signing, a kind changed under another root, and a refresh that would
change an already joined scheme's kind are all refused, and nothing changes.
"""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import select

from icvapp.errors import InvalidInput
from icvapp.i18n import translator
from icvapp.profile.context import create_profile, open_profile
from icvapp.profile.profiles import list_profiles
from icvapp.storage.audit import verify_chain
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import AuditEvent, Place, Scheme, SchemeAuthority, StageLimit, Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import set_up_scheme_root, unlock_authority
from icvapp.trust.enrolment_files import apply_scheme_package, export_scheme_file, import_scheme_file
from icvapp.visits.record import CountRow, VisitRecord
from icvapp.visits.store import save_draft
from tests.conftest import PASSPHRASE, ROOT_PIN

FORGER_PIN = "someone else 2026"


@pytest.fixture
def dog_office(tmp_path):
    """The animal welfare scheme's office: its kind is dog_unit, with a root, the unit and two volunteers."""
    office = create_profile(tmp_path / "dog-office", "passphrase", "Northshire Animal Welfare", PASSPHRASE,
                            kind="dog_unit")
    with office.db.session() as s:
        s.add_all([Place(name="Northshire Police Dog Unit", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain")])
    set_up_scheme_root(office.db, ROOT_PIN)
    yield office
    office.close()


@pytest.fixture
def laptop(tmp_path):
    """A volunteer's new laptop: a profile made by the first-run door 'Join your scheme' (custody until it joins)."""
    lap = create_profile(tmp_path / "laptop", "passphrase", "My scheme", PASSPHRASE)
    yield lap
    lap.close()


def scheme_doc(office) -> dict:
    return json.loads(export_scheme_file(office.db, ROOT_PIN))


def resign(doc: dict, office, pin: str = ROOT_PIN) -> dict:
    """Sign the (changed) payload again with ``office``'s root, as only that office can."""
    key = unlock_authority(office.db, pin).key
    doc["signature"] = base64.b64encode(pki.sign_bytes(key, canonical_json(doc["payload"]))).decode("ascii")
    return doc


def as_file(doc: dict) -> bytes:
    return json.dumps(doc).encode("utf-8")


def held(ctx) -> tuple:
    """What a refused file must leave alone: the scheme row, whether it has joined, the stage limits."""
    with ctx.db.session() as s:
        scheme = s.scalars(select(Scheme)).one()
        return (scheme.uid, scheme.name, scheme.kind, s.scalar(select(SchemeAuthority.id)),
                sorted(tuple(r) for r in s.execute(select(StageLimit.stage, StageLimit.within))))


def test_a_new_laptop_that_joins_the_dog_unit_becomes_a_dog_unit_profile(dog_office, laptop, tmp_path):
    assert laptop.config.kind == "custody"
    import_scheme_file(laptop.db, export_scheme_file(dog_office.db, ROOT_PIN))
    assert laptop.reload_definition() is True  # the window built for custody must be built again
    assert (laptop.config.kind, laptop.scheme_name()) == ("dog_unit", "Northshire Animal Welfare")
    assert laptop.config.word("identifier") == "Dog identifier"
    with laptop.db.session() as s:
        stages = {stage for stage, in s.execute(select(StageLimit.stage))}
        joined = [e.detail for e in s.scalars(select(AuditEvent)) if '"scheme joined"' in (e.detail or "")]
    assert stages and stages <= {st.key for st in laptop.config.count_stages} and "offered" not in stages
    assert len(joined) == 1 and '"dog_unit"' in joined[0]
    assert [(p.id, p.kind) for p in list_profiles(tmp_path / "laptop")] == [("main", "dog_unit")]
    assert laptop.reload_definition() is False  # again: nothing changes
    assert verify_chain(laptop.db).ok
    laptop.close()
    again = open_profile(tmp_path / "laptop", PASSPHRASE)  # the kind is the scheme row's, every time it opens
    try:
        assert again.config.kind == "dog_unit"
    finally:
        again.close()


def test_a_further_profile_that_joins_another_kind_is_listed_by_it(dog_office, tmp_path):
    from icvapp.profile.context import create_scheme_profile

    data = tmp_path / "office"
    create_profile(data, "passphrase", "Custody", PASSPHRASE).close()
    further = create_scheme_profile(data, "custody", "passphrase", "My scheme", PASSPHRASE)
    try:
        import_scheme_file(further.db, export_scheme_file(dog_office.db, ROOT_PIN))
        assert further.reload_definition()
    finally:
        further.close()
    assert [p.kind for p in list_profiles(data)] == ["custody", "dog_unit"]


def test_a_scheme_file_written_before_kinds_is_custody(dog_office, laptop):
    doc = scheme_doc(dog_office)
    del doc["payload"]["scheme"]["kind"]
    import_scheme_file(laptop.db, as_file(resign(doc, dog_office)))
    assert laptop.reload_definition() is False and laptop.config.kind == "custody"


def test_a_kind_changed_without_signing_again_is_caught_by_the_signature(dog_office, laptop):
    doc = scheme_doc(dog_office)
    doc["payload"]["scheme"]["kind"] = "custody"
    before = held(laptop)
    with pytest.raises(InvalidInput, match="altered since the scheme office signed it"):
        import_scheme_file(laptop.db, as_file(doc))
    assert held(laptop) == before


def test_an_unknown_kind_is_refused_and_says_to_update(dog_office, laptop):
    doc = scheme_doc(dog_office)
    doc["payload"]["scheme"]["kind"] = "zoo_visiting"
    before = held(laptop)
    with pytest.raises(InvalidInput) as caught:
        import_scheme_file(laptop.db, as_file(resign(doc, dog_office)))
    text = str(caught.value)
    assert "Northshire Animal Welfare is a kind of scheme this version of icvapp does not know" in text
    assert "'zoo_visiting'" in text and "update icvapp" in text
    assert held(laptop) == before
    assert laptop.reload_definition() is False and laptop.config.kind == "custody"


@pytest.mark.parametrize("kind", [None, 7, ["dog_unit"], {"en": "dog_unit"}, True])
def test_a_kind_that_is_not_a_name_is_refused(dog_office, laptop, kind):
    doc = scheme_doc(dog_office)
    doc["payload"]["scheme"]["kind"] = kind
    before = held(laptop)
    with pytest.raises(InvalidInput, match="its kind of scheme is not a name"):
        import_scheme_file(laptop.db, as_file(resign(doc, dog_office)))
    assert held(laptop) == before


def test_a_kind_changed_under_another_root_is_refused(dog_office, laptop, tmp_path):
    """Someone with a root of their own copies the scheme's uid and name and says it is custody."""
    import_scheme_file(laptop.db, export_scheme_file(dog_office.db, ROOT_PIN))
    laptop.reload_definition()
    forger = create_profile(tmp_path / "forger", "passphrase", "Northshire Animal Welfare", PASSPHRASE)
    try:
        set_up_scheme_root(forger.db, FORGER_PIN)
        doc = json.loads(export_scheme_file(forger.db, FORGER_PIN))
        doc["payload"]["scheme"] = dict(scheme_doc(dog_office)["payload"]["scheme"], kind="custody")
        forged = as_file(resign(doc, forger, FORGER_PIN))
    finally:
        forger.close()
    before = held(laptop)
    with pytest.raises(InvalidInput, match="belongs to another scheme"):
        import_scheme_file(laptop.db, forged)
    assert held(laptop) == before
    assert laptop.reload_definition() is False and laptop.config.kind == "dog_unit"


def test_a_refresh_that_would_change_the_kind_is_refused(dog_office, laptop):
    """Signed by the scheme's own root, but of another kind: a mixed-up (or forged) file changes nothing."""
    import_scheme_file(laptop.db, export_scheme_file(dog_office.db, ROOT_PIN))
    laptop.reload_definition()
    doc = scheme_doc(dog_office)
    doc["payload"]["scheme"]["kind"] = "custody"
    doc["payload"]["volunteers"].append({"uid": "u-new", "name": "Łukasz Nowak", "is_coordinator": False,
                                         "active_from": None, "active_to": None})
    before = held(laptop)
    with pytest.raises(InvalidInput) as caught:
        apply_scheme_package(laptop.db, resign(doc, dog_office))
    assert caught.value.message == ("This scheme file gives the scheme another kind (Independent Custody Visiting) "
                                 "than the one this profile joined (Animal Welfare Scheme). Nothing was changed.")
    assert "Cynllun Lles Anifeiliaid" in caught.value.message_in(translator("cy"))  # the kind in the reader's words
    assert held(laptop) == before
    with laptop.db.session() as s:
        assert "Łukasz Nowak" not in set(s.scalars(select(Volunteer.name)))
    assert laptop.reload_definition() is False and laptop.config.kind == "dog_unit"
    import_scheme_file(laptop.db, export_scheme_file(dog_office.db, ROOT_PIN))  # the right file still applies


def draft(ctx) -> int:
    rec = VisitRecord(counts={ctx.config.root_stage: CountRow(3)}, observations="Typed before joining.")
    save_draft(ctx.db, rec)
    return rec.id


def test_a_profile_holding_a_draft_does_not_change_kind(dog_office, laptop):
    draft(laptop)
    before = held(laptop)
    with pytest.raises(InvalidInput) as caught:
        import_scheme_file(laptop.db, export_scheme_file(dog_office.db, ROOT_PIN))
    assert caught.value.message == ("This profile already holds visits of Independent Custody Visiting, so it cannot "
                                 "join Northshire Animal Welfare (Animal Welfare Scheme). Nothing was changed.")
    assert "File ▸ New scheme" in caught.value.hint and "nothing typed here is lost" in caught.value.hint
    assert held(laptop) == before
    assert laptop.reload_definition() is False and laptop.config.kind == "custody"


def test_a_profile_holding_a_draft_joins_a_scheme_of_its_own_kind(signed_ctx, laptop):
    """As before kinds: a draft typed before joining a custody scheme stays, and the profile joins."""
    draft(laptop)
    import_scheme_file(laptop.db, export_scheme_file(signed_ctx.db, ROOT_PIN))
    assert laptop.reload_definition() is False
    assert (laptop.config.kind, laptop.scheme_name()) == ("custody", "Test scheme")


def test_a_scheme_entry_that_is_not_a_record_is_refused_as_incomplete(dog_office, laptop):
    doc = scheme_doc(dog_office)
    doc["payload"]["scheme"] = ["Northshire Animal Welfare", "dog_unit"]
    before = held(laptop)
    with pytest.raises(InvalidInput, match="The scheme file is incomplete"):
        import_scheme_file(laptop.db, as_file(resign(doc, dog_office)))
    assert held(laptop) == before
