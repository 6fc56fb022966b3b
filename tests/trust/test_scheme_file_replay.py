"""A scheme file replayed from before a revocation does not un-revoke anyone; a scheme file that would
change the identity of someone who has signed is refused with words, not a traceback."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509

from icvapp.errors import InvalidInput, UserFacingError
from icvapp.sealing.submission import export_submission
from icvapp.storage.model import SchemeAuthority, Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import require_trust, revoke_certificates
from icvapp.trust.enrolment_files import export_scheme_file, import_scheme_file
from tests.conftest import ROOT_PIN
from tests.helpers import names_to_ids, seal
from tests.sealing.test_submission import laptop  # noqa: F401  (the fixture)


def held_crl(ctx) -> str | None:
    with ctx.db.session() as s:
        return s.query(SchemeAuthority).one().crl


def test_a_revocation_list_is_numbered_by_when_it_was_made():
    root = pki.new_root("Test scheme")
    early, late = (root.crl([], at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms))
                   for ms in (0, 1))
    assert pki.crl_order(pki.pem(early)) < pki.crl_order(pki.pem(late))
    assert early.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number > 0


def test_an_old_scheme_file_replayed_after_a_revocation_is_refused(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    before = export_scheme_file(office.db, ROOT_PIN)  # the file an attacker kept
    revoke_certificates(office.db, names_to_ids(office, Volunteer)["Amrit Sandhu"], ROOT_PIN, "laptop stolen")
    import_scheme_file(laptop.db, export_scheme_file(office.db, ROOT_PIN))
    revoked = held_crl(laptop)
    assert require_trust(laptop.db).revoked  # the revocation reached the laptop
    with pytest.raises(InvalidInput, match="older than the one already applied"):
        import_scheme_file(laptop.db, before)
    assert held_crl(laptop) == revoked  # nothing changed: still revoked
    with pytest.raises(UserFacingError, match="revoked"):  # a revoked key cannot seal
        seal(laptop)


def test_the_same_scheme_file_twice_is_accepted(signed_ctx, laptop):  # noqa: F811
    office = signed_ctx
    revoke_certificates(office.db, names_to_ids(office, Volunteer)["Amrit Sandhu"], ROOT_PIN)
    again = export_scheme_file(office.db, ROOT_PIN)
    import_scheme_file(laptop.db, again)
    held = held_crl(laptop)
    assert import_scheme_file(laptop.db, again)  # at the limit: the same list is not older
    assert held_crl(laptop) == held and require_trust(laptop.db).revoked


@pytest.mark.parametrize("held_at, offered_at, held_serials, offered_serials, problem", [
    (1, 2, [5], [5], None),                 # newer, same revocations
    (1, 2, [5], [5, 6], None),              # newer, one more
    (2, 2, [5], [5], None),                 # the same list
    (2, 1, [5], [5], "older"),              # older by a millisecond
    (1, 2, [5, 6], [5], "leaves out"),      # newer but un-revokes one
])
def test_which_list_may_replace_which(held_at, offered_at, held_serials, offered_serials, problem):
    root = pki.new_root("Test scheme")
    base = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)

    def made(ms, serials):
        return pki.pem(root.crl([(n, base) for n in serials], at=base + dt.timedelta(milliseconds=ms)))

    found = pki.crl_rollback(made(held_at, held_serials), made(offered_at, offered_serials), root.cert)
    assert (found is None) if problem is None else (problem in found)


def test_a_list_without_a_number_counts_as_older_than_any_numbered_one():
    root = pki.new_root("Test scheme")
    from cryptography.hazmat.primitives import hashes  # deferred: only this test builds an unnumbered list
    at = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    unnumbered = pki.pem(x509.CertificateRevocationListBuilder().issuer_name(root.cert.subject)
                         .last_update(at).next_update(at + dt.timedelta(days=1)).sign(root.key, hashes.SHA256()))
    numbered = pki.pem(root.crl([], at=at - dt.timedelta(days=30)))
    assert pki.crl_rollback(numbered, unnumbered, root.cert) is not None
    assert pki.crl_rollback(unnumbered, numbered, root.cert) is None
    assert pki.crl_rollback(None, unnumbered, root.cert) is None


def test_a_scheme_file_that_would_change_a_signers_identity_is_refused_in_words(signed_ctx, laptop, tmp_path):  # noqa: F811
    """The office re-creates "Amrit Sandhu" under a new uid; the laptop where Amrit has signed refuses it."""
    office = signed_ctx
    vid = seal(laptop)
    export_submission(laptop, vid, tmp_path / "v.icvsub")
    with office.db.engine.begin() as conn:  # a careless office: the same name, a new identity
        conn.exec_driver_sql("DROP TRIGGER volunteer_identity_update")
        conn.exec_driver_sql("UPDATE volunteer SET uid = 'aaaaaaaa-0000-4000-8000-000000000000' "
                             "WHERE name = 'Amrit Sandhu'")
    with pytest.raises(InvalidInput, match="different identity from the Amrit Sandhu"):
        import_scheme_file(laptop.db, export_scheme_file(office.db, ROOT_PIN))
    with laptop.db.session() as s:
        assert s.query(Volunteer).filter_by(name="Amrit Sandhu").one().uid != "aaaaaaaa-0000-4000-8000-000000000000"
