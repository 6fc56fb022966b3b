"""From a volunteer's laptop to the scheme office: enrolment by files, submission files, import."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from icvapp.errors import InvalidInput
from icvapp.profile.context import create_profile
from icvapp.sealing.signoff import check_stored_visit, start_amendment
from icvapp.sealing.submission import (
    SubmissionRejected,
    decrypt,
    encrypt_for,
    export_submission,
    import_files,
    import_submission,
    inbox_key_of,
)
from icvapp.storage.audit import verify_chain
from icvapp.storage.model import Volunteer
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust
from icvapp.trust.enrolment_files import (
    create_signing_key,
    export_scheme_file,
    import_certificate,
    import_scheme_file,
    issue_certificate,
)
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import count_visits, load_visit, save_draft
from tests.conftest import PASSPHRASE, PINS, ROOT_PIN
from tests.helpers import cannot_run_here, names_to_ids, seal


@pytest.fixture
def laptop(signed_ctx, tmp_path):
    """A volunteer laptop that joined the office's scheme and enrolled two visitors by files."""
    office = signed_ctx
    lap = create_profile(tmp_path / "laptop", "passphrase", "Laptop", PASSPHRASE)
    fingerprint = import_scheme_file(lap.db, export_scheme_file(office.db, ROOT_PIN))
    assert fingerprint and lap.scheme_name() == "Test scheme"
    for name in ("Amrit Sandhu", "Zoë Ó Briain"):
        request = create_signing_key(lap.db, names_to_ids(lap, Volunteer)[name], PINS[name])
        reply, issued_to = issue_certificate(office.db, request, ROOT_PIN)
        assert issued_to == name
        assert import_certificate(lap.db, reply) == name
    yield lap
    lap.close()


@pytest.fixture
def submission(laptop, tmp_path):
    vid = seal(laptop)
    return export_submission(laptop, vid, tmp_path / "visit.icvsub").read_bytes()


def assert_nothing_imported(office, before: int):
    assert count_visits(office.db) == before
    assert verify_chain(office.db).ok


def test_a_sealed_visit_travels_to_the_office_and_verifies_there(signed_ctx, laptop, tmp_path):
    office = signed_ctx
    vid = seal(laptop)
    path = export_submission(laptop, vid, tmp_path / "visit.icvsub")
    assert b"BL/10432/26" not in path.read_bytes()  # encrypted: no custody number in the file
    [result] = import_files(office, [path])
    assert result.ok, result.message
    imported = load_visit(office.db, result.visit_id)
    assert imported.status == "sealed"
    assert imported.conversations[0].identifier == "BL/10432/26"
    assert check_stored_visit(office.db, result.visit_id).ok
    assert verdicts.verify_pdf_bytes(signed_pdf(office.db, result.visit_id), require_trust(office.db)).ok
    assert signed_pdf(office.db, result.visit_id) == signed_pdf(laptop.db, vid)
    assert verify_chain(office.db).ok


def test_an_independent_cms_tool_opens_the_file(signed_ctx, submission, tmp_path):
    from cryptography.hazmat.primitives import serialization

    if shutil.which("openssl") is None:
        cannot_run_here("openssl is not installed")
    office = signed_ctx
    key = tmp_path / "inbox-key.pem"
    key.write_bytes(inbox_key_of(office.db).private_bytes(serialization.Encoding.PEM,
                                                         serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption()))
    os.chmod(key, 0o600)
    cert = tmp_path / "inbox.pem"
    cert.write_bytes(require_trust(office.db).inbox.public_bytes(serialization.Encoding.PEM))
    sub = tmp_path / "visit.icvsub"
    sub.write_bytes(submission)
    out = subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(sub), "-recip", str(cert),
                          "-inkey", str(key)], capture_output=True, check=True).stdout
    payload = json.loads(out)
    assert payload["format"] == "icvapp-submission/2"  # the record signatures name the signed report
    assert len(payload["signatures"]) == 2


def test_a_duplicate_is_refused_and_nothing_changes(signed_ctx, submission):
    office = signed_ctx
    import_submission(office, submission)
    before = count_visits(office.db)
    with pytest.raises(SubmissionRejected, match="already been imported"):
        import_submission(office, submission)
    assert_nothing_imported(office, before)


def test_a_field_changed_inside_the_file_is_refused(signed_ctx, submission):
    office = signed_ctx
    trust = require_trust(office.db)
    payload = json.loads(decrypt(submission, trust, inbox_key_of(office.db)))
    payload["record"]["counts"]["seen"][0] = 9  # the anyone-with-the-public-inbox-cert forgery
    forged = encrypt_for(trust, json.dumps(payload).encode())
    before = count_visits(office.db)
    with pytest.raises(SubmissionRejected, match="altered after it was signed") as exc:
        import_submission(office, forged)
    assert exc.value.kind == verdicts.ALTERED
    assert_nothing_imported(office, before)


def test_a_file_for_another_scheme_is_refused(signed_ctx, laptop, tmp_path):
    from icvapp.trust.enrolment import set_up_scheme_root, trust

    other = create_profile(tmp_path / "other", "passphrase", "Other scheme", PASSPHRASE)
    set_up_scheme_root(other.db, ROOT_PIN)
    vid = seal(laptop)
    from icvapp.sealing.submission import submission_payload

    foreign = encrypt_for(trust(other.db), submission_payload(laptop.db, vid))
    other.close()
    before = count_visits(signed_ctx.db)
    with pytest.raises(SubmissionRejected, match="cannot be opened with this scheme's inbox key"):
        import_submission(signed_ctx, foreign)
    assert_nothing_imported(signed_ctx, before)


@pytest.mark.parametrize("mangle", [
    lambda d: b"",
    lambda d: d[: len(d) // 2],
    lambda d: os.urandom(len(d)),
    lambda d: b"%PDF-1.7 not a submission",
    lambda d: d[:-40] + bytes(40),
])
def test_malformed_files_are_refused_with_a_reason(signed_ctx, submission, mangle, tmp_path):
    office = signed_ctx
    path = tmp_path / "bad.icvsub"
    path.write_bytes(mangle(submission))
    before = count_visits(office.db)
    [result] = import_files(office, [path])
    assert not result.ok and result.message
    assert_nothing_imported(office, before)


def test_an_amendment_needs_its_original_first(signed_ctx, laptop, tmp_path):
    vid = seal(laptop)
    original = export_submission(laptop, vid, tmp_path / "v1.icvsub")
    draft = start_amendment(laptop.db, vid, "Wrong cell recorded for the first detainee.")
    rec = load_visit(laptop.db, draft)
    rec.conversations[0].location = "5"
    save_draft(laptop.db, rec)
    seal(laptop, rec)
    amendment = export_submission(laptop, draft, tmp_path / "v2.icvsub")
    results = import_files(signed_ctx, [amendment, original, amendment])
    assert [r.ok for r in results] == [False, True, True], [r.message for r in results]
    assert "original" in results[0].message
    assert load_visit(signed_ctx.db, results[2].visit_id).conversations[0].location == "5"


def test_a_submission_needs_a_sealed_visit(laptop):
    from icvapp.sealing.submission import submission_payload
    from tests.helpers import good_visit

    rec = save_draft(laptop.db, good_visit(laptop))
    with pytest.raises(InvalidInput, match="signed and sealed"):
        submission_payload(laptop.db, rec.id)


# --------------------------------------------------------------------------- enrolment files


def test_a_tampered_scheme_file_is_refused(signed_ctx, tmp_path):
    data = json.loads(export_scheme_file(signed_ctx.db, ROOT_PIN))
    data["payload"]["volunteers"].append({"uid": "x", "name": "Intruder", "is_coordinator": True,
                                         "active_from": None, "active_to": None})
    lap = create_profile(tmp_path / "lap2", "passphrase", "Laptop", PASSPHRASE)
    try:
        with pytest.raises(InvalidInput, match="altered"):
            import_scheme_file(lap.db, json.dumps(data).encode())
        assert "Intruder" not in names_to_ids(lap, Volunteer)
    finally:
        lap.close()


def test_a_scheme_file_of_another_scheme_is_refused_once_joined(laptop, tmp_path):
    from icvapp.trust.enrolment import set_up_scheme_root

    other = create_profile(tmp_path / "other", "passphrase", "Other scheme", PASSPHRASE)
    set_up_scheme_root(other.db, ROOT_PIN)
    foreign = export_scheme_file(other.db, ROOT_PIN)
    other.close()
    with pytest.raises(InvalidInput, match="another scheme"):
        import_scheme_file(laptop.db, foreign)


def test_a_request_naming_someone_else_is_refused(signed_ctx, laptop):
    request = json.loads(create_signing_key(laptop.db, names_to_ids(laptop, Volunteer)["Łukasz Nowak"],
                                            PINS["Łukasz Nowak"]))
    request["volunteer_uid"] = "not-a-volunteer"
    with pytest.raises(InvalidInput, match="volunteer this scheme does not have"):
        issue_certificate(signed_ctx.db, json.dumps(request).encode(), ROOT_PIN)


def test_a_certificate_file_only_fits_the_computer_that_asked(signed_ctx, laptop, tmp_path):
    request = create_signing_key(laptop.db, names_to_ids(laptop, Volunteer)["Łukasz Nowak"], PINS["Łukasz Nowak"])
    reply, _ = issue_certificate(signed_ctx.db, request, ROOT_PIN)
    elsewhere = create_profile(tmp_path / "lap3", "passphrase", "Laptop", PASSPHRASE)
    try:
        with pytest.raises(InvalidInput, match="another computer"):
            import_certificate(elsewhere.db, reply)
    finally:
        elsewhere.close()


def test_issuing_needs_the_root_pin(signed_ctx, laptop):
    from icvapp.trust.pki import WrongPin

    request = create_signing_key(laptop.db, names_to_ids(laptop, Volunteer)["Łukasz Nowak"], PINS["Łukasz Nowak"])
    with pytest.raises(WrongPin):
        issue_certificate(signed_ctx.db, request, "not the root pin")


def test_checking_a_file_shows_names_and_times_that_are_signed_not_the_files_own(signed_ctx, submission):
    from icvapp.sealing.verify import verify_submission_bytes

    office = signed_ctx
    trust = require_trust(office.db)
    payload = json.loads(decrypt(submission, trust, inbox_key_of(office.db)))
    for sig in payload["signatures"]:  # unsigned JSON: anyone with the public inbox certificate can write it
        sig["name"], sig["signed_at"] = "Someone Else", "1999-01-01T00:00:00"
    verdict = verify_submission_bytes(encrypt_for(trust, json.dumps(payload).encode()), trust,
                                      inbox_key_of(office.db))
    assert verdict.ok, verdict.text()
    shown = verdict.text()
    assert "Someone Else" not in shown and "1999" not in shown
    assert "Amrit Sandhu" in shown and "Zoë Ó Briain" in shown
