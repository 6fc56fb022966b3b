"""What the scheme office is told about a file it cannot take, word for word and by kind (written against
mutation survivors). The kind decides how "check any file" sorts the verdict, so it is checked too; and a
refused file writes nothing (the count of visits and the audit chain are as they were).
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import errno
import json

import pytest
from sqlalchemy import select

from icvapp.errors import InvalidInput, NotFound
from icvapp.history.retention import purge
from icvapp.i18n.translation import localized, translate
from icvapp.profile.context import create_profile
from icvapp.sealing import submission as submission_module
from icvapp.sealing.signoff import check_stored_visit, start_amendment
from icvapp.sealing.submission import (
    SubmissionRejected,
    check_payload,
    decrypt,
    export_submission,
    import_files,
    import_submission,
    inbox_key_of,
    payload_of,
)
from icvapp.storage import audit
from icvapp.storage.model import Place, SignedDocument, Visit, Volunteer
from icvapp.trust import pki
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust, unlock_authority
from icvapp.visits.canonical import document_to_record
from icvapp.visits.store import count_visits, load_visit, save_draft
from tests.conftest import PASSPHRASE, ROOT_PIN
from tests.helpers import assert_read_in_welsh, good_visit, names_to_ids, seal
from tests.sealing import forgery
from tests.sealing.test_laptop_logs import receive, rewrite_log, send
from tests.sealing.test_report_binding import kit  # noqa: F401  (a fixture)
from tests.sealing.test_submission import assert_nothing_imported, laptop, submission  # noqa: F401  (fixtures)


def rejection(call) -> tuple[str, str, str]:
    """The refusal's message, hint and kind, after checking that the office would read them in Welsh."""
    with pytest.raises(SubmissionRejected) as caught:
        call()
    refusal = caught.value
    assert_read_in_welsh(refusal.message)
    assert_read_in_welsh(refusal.hint)
    return refusal.message, refusal.hint, refusal.kind


def refused_import(office, data: bytes) -> tuple[str, str, str]:
    """Import ``data`` into the office, expecting a refusal; check nothing was written."""
    before = count_visits(office.db)
    refusal = rejection(lambda: import_submission(office, data))
    assert_nothing_imported(office, before)
    return refusal


def editable(kit) -> dict:  # noqa: F811
    """A copy of the kit's first payload to forge, leaving the kit's own as it was."""
    return copy.deepcopy(kit.payloads[0])


@pytest.mark.parametrize("payload", [b"[]", b'{"format": "something else"}', b'{"visit": 1}'])
def test_json_that_is_not_a_submission_is_named_so(signed_ctx, payload):
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: check_payload(payload, trust)) == (
        "This is not a visit submission from icvapp.", "", "damaged")


def test_a_file_the_inbox_key_cannot_open_says_what_it_may_be(signed_ctx):
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: decrypt(b"\x30\x03\x02\x01\x01", trust, None)) == (
        "This file cannot be opened with this scheme's inbox key.",
        "It is damaged, not a submission file, or was made for another scheme.", "damaged")


def test_a_visit_number_that_does_not_exist_is_named(signed_ctx):
    with pytest.raises(NotFound) as caught:
        payload_of(signed_ctx.db, 999_999)
    assert caught.value.message == "There is no visit number 999999."
    assert_read_in_welsh(caught.value.message)


# --------------------------------------------------------------------------- forged files


def test_a_visit_recorded_for_another_scheme_is_refused_as_untrusted(kit):  # noqa: F811
    payload = forgery.with_pdf(kit.payloads[0], forgery.pdf_of(kit.payloads[0]))
    payload["record"]["scheme"] = {**payload["record"]["scheme"], "uid": "another-scheme", "name": "Elsewhere ICV"}
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        "This visit was recorded for another scheme (Elsewhere ICV).", "", verdicts.UNTRUSTED)


def test_a_report_that_is_not_strict_base64_is_refused_as_damaged(kit):  # noqa: F811
    payload = kit.payloads[0]
    text = payload["signed_pdf"]
    # A lenient decoder would drop the "!" and read the genuine report; the strict one refuses it.
    mangled = {**payload, "signed_pdf": text[:100] + "!" + text[100:]}
    assert base64.b64decode(mangled["signed_pdf"]) == forgery.pdf_of(payload)
    assert refused_import(kit.office, forgery.submission_of(mangled, kit.trust)) == (
        "The signed report inside the file is damaged.", "", "damaged")


def test_a_report_that_fails_its_own_check_is_refused_with_the_reports_verdict(kit):  # noqa: F811
    pdf = forgery.pdf_of(kit.payloads[0])
    damaged = pdf[:-2000] + bytes(2000)
    verdict = verdicts.verify_pdf_bytes(damaged, kit.trust)
    assert not verdict.ok and verdict.headline
    message, hint, kind = refused_import(kit.office,
                                         forgery.submission_of(forgery.with_pdf(kit.payloads[0], damaged), kit.trust))
    assert (message, hint, kind) == (f"The signed report inside the file fails its check: {verdict.headline}", "",
                                     verdict.status)


def test_a_report_of_the_older_format_signed_by_a_third_volunteer_does_not_belong_to_the_visit(kit):  # noqa: F811
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    forged_pdf = forgery.sign_as(forgery.through_first_signature(forgery.pdf_of(old)), "Visitor2", kit.outsider,
                                 kit.trust.root)
    assert refused_import(kit.office, forgery.submission_of(forgery.with_pdf(old, forged_pdf), kit.trust)) == (
        ("The signed report does not belong to this visit: the signed report is signed by Łukasz Nowak, "
        "not by the visitors the record names."), "", verdicts.ALTERED)


def test_an_amendment_arriving_before_its_original_is_refused_and_then_imports(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    vid = seal(laptop)
    original = export_submission(laptop, vid, tmp_path / "v1.icvsub").read_bytes()
    draft = start_amendment(laptop.db, vid, "Wrong cell recorded for the first detainee.")
    rec = load_visit(laptop.db, draft)
    rec.conversations[0].location = "5"
    save_draft(laptop.db, rec)
    seal(laptop, rec)
    amendment = export_submission(laptop, draft, tmp_path / "v2.icvsub").read_bytes()
    assert refused_import(office, amendment) == (
        "This amends a visit the office does not hold yet.",
        "Import the original report first, then this amendment.", "damaged")
    first = import_submission(office, original)
    second = import_submission(office, amendment)
    assert load_visit(office.db, second).conversations[0].location == "5"
    with office.db.session() as s:
        assert (s.get(Visit, second).supersedes_id, s.get(Visit, second).version) == (first, 2)
        assert (s.get(Visit, first).supersedes_id, s.get(Visit, first).version) == (None, 1)


def test_a_lone_visitors_submission_imports_with_one_signature(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    vid = seal(laptop, visitor_b_id=None, lone_visitor_note="Zoë was taken ill on the way.")
    data = export_submission(laptop, vid, tmp_path / "lone.icvsub").read_bytes()
    before = count_visits(office.db)
    imported = import_submission(office, data)
    assert count_visits(office.db) == before + 1
    visit = load_visit(office.db, imported)
    assert visit.status == "sealed"
    assert visit.visitor_b_id is None
    assert check_stored_visit(office.db, imported).ok


def test_another_visits_report_is_named_as_such_word_for_word(kit):  # noqa: F811
    swapped = forgery.with_pdf(kit.payloads[0], forgery.pdf_of(kit.payloads[1]))
    assert refused_import(kit.office, forgery.submission_of(swapped, kit.trust)) == (
        ("The signed report in the file is the report of another visit record, and Amrit Sandhu's signature does "
        "not match this record with it."), "", verdicts.ALTERED)


def test_a_second_report_of_the_same_record_is_named_as_not_the_one_signed_word_for_word(kit):  # noqa: F811
    payload = kit.payloads[0]
    pdf = forgery.pdf_of(payload)
    other = forgery.retitled(pdf, verdicts.verify_pdf_bytes(pdf, kit.trust).binding)
    forged_pdf = forgery.signed_by(other, kit.visitors, kit.trust.root)
    assert refused_import(kit.office, forgery.submission_of(forgery.with_pdf(payload, forged_pdf), kit.trust)) == (
        ("The signed report in the file is not the one signed with this visit record: Amrit Sandhu's signature "
        "names another report."), "", verdicts.ALTERED)


def test_a_laptop_without_the_inbox_key_refuses_the_whole_batch_before_reading_a_file(laptop, submission, tmp_path):  # noqa: F811
    path = tmp_path / "visit.icvsub"
    path.write_bytes(submission)
    before = count_visits(laptop.db)
    with pytest.raises(SubmissionRejected) as caught:
        import_files(laptop, [path, path])
    assert (caught.value.message, caught.value.hint) == (
        "Submission files are opened in the scheme office's icvapp.", "This profile does not hold the scheme's inbox key.")
    assert_read_in_welsh(caught.value.message)
    assert_read_in_welsh(caught.value.hint)
    assert_nothing_imported(laptop, before)


def test_a_profile_with_no_scheme_refuses_the_whole_batch_for_want_of_its_root(tmp_path, submission):  # noqa: F811
    alone = create_profile(tmp_path / "alone", "passphrase", "Laptop", PASSPHRASE)
    try:
        path = tmp_path / "visit.icvsub"
        path.write_bytes(submission)
        with pytest.raises(NotFound) as caught:
            import_files(alone, [path])
        assert (caught.value.message, caught.value.hint) == (
            "This profile has no scheme root yet, so it cannot check signatures.",
            "Import the scheme file from your scheme office, or set the scheme up.")
        assert_nothing_imported(alone, 0)
    finally:
        alone.close()


def test_a_batch_reports_each_file_as_it_goes_and_how_it_ended(signed_ctx, submission, tmp_path):  # noqa: F811
    office = signed_ctx
    good, bad, missing = tmp_path / "good.icvsub", tmp_path / "bad.icvsub", tmp_path / "missing.icvsub"
    good.write_bytes(submission)
    bad.write_bytes(b"not a submission")
    folder = tmp_path / "folder.icvsub"
    folder.mkdir()
    calls: list[tuple[int, int]] = []
    results = import_files(office, [good, bad, missing, folder],
                           progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [(r.path, r.ok) for r in results] == [(good, True), (bad, False), (missing, False), (folder, False)]
    assert results[0].message == f"imported as visit no. {results[0].visit_id}"
    # The office reads the result in its own language: the catalogue finds it by its context and English.
    said = translate("Submission", "imported as visit no. {number}", language="cy")
    assert localized(results[0].message, "cy") == said.format(number=results[0].visit_id) != results[0].message
    assert load_visit(office.db, results[0].visit_id).status == "sealed"
    assert results[1].message == ("This file cannot be opened with this scheme's inbox key. It is damaged, not a "
                                  "submission file, or was made for another scheme.")
    assert results[2].message == ("missing.icvsub could not be read (No such file or directory). Check the file name "
                                  "and that the file is not open in another program.")
    assert results[3].message == f"{folder} is a folder, not a file icvapp can read. Choose a submission file saved on disk."


def test_every_warning_about_the_sending_laptops_log_is_in_the_files_message(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    for name, day in (("one", 2), ("two", 9)):
        receive(office, send(laptop, tmp_path, name, visit_date=dt.date(2026, 11, day)))
    vid = seal(laptop, visit_date=dt.date(2026, 11, 16))
    rewrite_log(laptop, entry_id=3)  # before both points the office saw: each is now another entry
    [result] = import_files(office, [export_submission(laptop, vid, tmp_path / "three.icvsub")])
    assert result.ok and len(result.warnings) == 2, result.warnings
    assert result.message == (f"imported as visit no. {result.visit_id} Warning: {result.warnings[0]} "
                              f"Warning: {result.warnings[1]}")
    welsh = localized(result.message, "cy")
    warning = translate("Submission", "Warning: {text}", language="cy").partition("{text}")[0]
    assert warning.strip() and warning != "Warning: " and welsh.count(warning) == 2, welsh


@pytest.mark.parametrize(("error", "said"), [
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    (OSError("the disk went away"), "the disk went away"),  # no strerror: the error itself is shown
])
def test_a_disk_error_reading_one_file_fails_that_file_only(signed_ctx, submission, tmp_path, monkeypatch,  # noqa: F811
                                                           error, said):
    # read_bounded turns the errors it meets into plain words; this is the batch's guard for any it does not.
    office = signed_ctx
    broken, good = tmp_path / "broken.icvsub", tmp_path / "good.icvsub"
    good.write_bytes(submission)
    real = submission_module.read_bounded

    def read(path, *args, **kwargs):
        if path == broken:
            raise error
        return real(path, *args, **kwargs)

    monkeypatch.setattr(submission_module, "read_bounded", read)
    before = count_visits(office.db)
    results = import_files(office, [broken, good])
    assert (results[0].path, results[0].ok, results[0].visit_id) == (broken, False, None)
    assert results[0].message == f"could not be read ({said})"
    assert localized(results[0].message, "cy") == translate(
        "Submission", "could not be read ({reason})", language="cy").format(reason=said) != results[0].message
    assert results[1].ok and count_visits(office.db) == before + 1


def test_sending_a_visit_is_logged_with_the_kind_of_file_and_the_point_it_carried(laptop, tmp_path):  # noqa: F811
    vid = seal(laptop)
    carried = payload_of(laptop.db, vid)["audit"]
    export_submission(laptop, vid, tmp_path / "visit.icvsub")
    with laptop.db.session() as s:
        newest = s.scalars(select(audit.AuditEvent).order_by(audit.AuditEvent.id.desc()).limit(1)).one()
        assert (newest.event, json.loads(newest.detail)) == (
            audit.SUBMITTED, {"file": ".icvsub", "sent_at_entry": [carried["last_id"], carried["hash"]]})


@pytest.mark.parametrize("pdf", [None, b""], ids=["no report", "an empty report"])
def test_a_file_without_its_signed_report_is_refused_as_altered_word_for_word(kit, pdf):  # noqa: F811
    payload = forgery.with_pdf(kit.payloads[0], pdf)
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        "The file carries no signed report, so when and by whom the visit was signed cannot be checked.",
        "Ask the visitors to export the submission again from their icvapp.", verdicts.ALTERED)


def _altered_record(kit) -> dict:  # noqa: F811
    payload = editable(kit)
    payload["record"]["counts"]["seen"][0] += 1
    return payload


def _another_visits_report(kit) -> dict:  # noqa: F811
    return forgery.with_pdf(kit.payloads[0], forgery.pdf_of(kit.payloads[1]))


def _a_second_report_of_the_record(kit) -> dict:  # noqa: F811
    payload = kit.payloads[0]
    pdf = forgery.pdf_of(payload)
    other = forgery.retitled(pdf, verdicts.verify_pdf_bytes(pdf, kit.trust).binding)
    return forgery.with_pdf(payload, forgery.signed_by(other, kit.visitors, kit.trust.root))


MISMATCHES = [
    (_altered_record, ("The visit record was altered after it was signed: Amrit Sandhu's signature no longer "
                       "matches it.")),
    (_another_visits_report, ("The signed report in the file is the report of another visit record, and Amrit "
                              "Sandhu's signature does not match this record with it.")),
    (_a_second_report_of_the_record, ("The signed report in the file is not the one signed with this visit record: "
                                      "Amrit Sandhu's signature names another report.")),
]


@pytest.mark.parametrize(("forge", "message"), MISMATCHES, ids=["record altered", "another visit's report",
                                                                "a second report"])
def test_why_a_record_signature_fails_is_worded_in_english_and_in_welsh(kit, forge, message):  # noqa: F811
    before = count_visits(kit.office.db)
    with pytest.raises(SubmissionRejected) as caught:
        import_submission(kit.office, forgery.submission_of(forge(kit), kit.trust))
    assert_nothing_imported(kit.office, before)
    error = caught.value
    assert (error.message, error.kind) == (message, verdicts.ALTERED)
    # The catalogue finds a text by its context and its English: a wrong context leaves it in English.
    assert localized(error.message, "cy") == translate("Submission", error.message.source, language="cy").format(
        name="Amrit Sandhu") != message


def _device(tmp_path):
    return "/dev/null"


def _too_large(tmp_path):
    big = tmp_path / "big.icvsub"
    with big.open("wb") as fh:
        fh.truncate(submission_module.MAX_SIZE + 1)  # sparse: nothing is written
    return big


@pytest.mark.parametrize("make", [_device, _too_large], ids=["a device", "too large"])
def test_a_file_refused_before_reading_is_named_a_submission_file_in_welsh_too(signed_ctx, tmp_path, make):
    # read_bounded names the kind of file it wanted; the office reads that in its own language.
    [result] = import_files(signed_ctx, [make(tmp_path)])
    assert not result.ok and "a submission file" in result.message
    welsh = localized(result.message, "cy")
    assert translate("Submission", "a submission file", language="cy") == "ffeil gyflwyno"
    assert "ffeil gyflwyno" in welsh and "submission" not in welsh


@pytest.mark.parametrize("payload", [b"\xff\xfe not text", b"{not json", b"[" * 10_000],
                         ids=["not UTF-8", "not JSON", "nested too deep"])
def test_contents_that_cannot_be_read_are_named_damaged_word_for_word(signed_ctx, payload):
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: check_payload(payload, trust)) == (
        "The submission file is damaged: its contents are not readable.", "", "damaged")


@pytest.mark.parametrize("signatures", [None, "two", [1, 2], [{"position": 1}, "x"]])
def test_signatures_that_are_not_a_list_of_entries_are_named(signed_ctx, signatures):
    trust = require_trust(signed_ctx.db)
    payload = json.dumps({"format": submission_module.FORMAT, "record": {}, "signatures": signatures}).encode()
    assert rejection(lambda: check_payload(payload, trust)) == (
        "The submission file has no readable signatures.", "", "damaged")


def test_a_record_that_cannot_be_read_is_refused_with_the_records_own_reason(kit):  # noqa: F811
    payload = editable(kit)
    payload["record"]["visitors"] = []
    with pytest.raises(InvalidInput) as reason:
        document_to_record(payload["record"], kit.office.config)
    refusal = refused_import(kit.office, forgery.submission_of(payload, kit.trust))
    assert refusal == (reason.value.message, "", "damaged") and reason.value.message


def test_a_report_changed_after_signing_is_refused_with_the_reports_own_kind(kit):  # noqa: F811
    # The kind is the report's verdict (altered here), not the damaged a refusal is by default.
    grown = forgery.pdf_of(kit.payloads[0]) + b"\n% added after the last signature\n"
    verdict = verdicts.verify_pdf_bytes(grown, kit.trust)
    assert verdict.status == verdicts.ALTERED
    assert refused_import(kit.office, forgery.submission_of(forgery.with_pdf(kit.payloads[0], grown), kit.trust)) == (
        f"The signed report inside the file fails its check: {verdict.headline}", "", verdicts.ALTERED)


def test_a_record_naming_one_visitor_twice_is_refused_as_altered(kit):  # noqa: F811
    payload = editable(kit)
    first = payload["record"]["visitors"][0]
    payload["record"]["visitors"] = [first, dict(first)]
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        "The visit record names the same visitor twice.", "", verdicts.ALTERED)


@pytest.mark.parametrize("keep", [1, 3], ids=["one signature", "three signatures"])
def test_a_signature_count_that_is_not_the_visitor_count_is_named_with_both(kit, keep):  # noqa: F811
    payload = editable(kit)
    payload["signatures"] = (payload["signatures"] * 2)[:keep]
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        f"The visit names 2 visitor(s) but carries {keep} signature(s).", "", "damaged")


def test_a_file_imported_twice_is_named_a_duplicate_with_the_visit_it_is(signed_ctx, submission):  # noqa: F811
    vid = import_submission(signed_ctx, submission)
    assert refused_import(signed_ctx, submission) == (
        f"This visit has already been imported (visit no. {vid}).", "", "duplicate")


def test_another_visit_holding_the_same_identity_is_named_and_kept(signed_ctx, submission):  # noqa: F811
    # A draft made in the office that happens to hold the file's visit identity: the file is not the same visit.
    office = signed_ctx
    uid = check_payload(decrypt(submission, require_trust(office.db), inbox_key_of(office.db)),
                        require_trust(office.db), office.config).uid
    draft = save_draft(office.db, good_visit(office)).id
    with office.db.session() as s:
        s.get(Visit, draft).uid = uid
    assert refused_import(office, submission) == (
        f"A different visit with the same identity is already held (visit no. {draft}); this file was not imported.",
        "", "duplicate")
    assert load_visit(office.db, draft).status == "draft"


def test_a_visit_that_cannot_be_stored_exactly_as_signed_is_not_imported(signed_ctx, submission, monkeypatch):  # noqa: F811
    # The guard against our own bugs: what is stored must re-create what was signed, or nothing is kept.
    monkeypatch.setattr(submission_module, "build_document", lambda *args: {"not": "what was signed"})
    assert refused_import(signed_ctx, submission) == (
        "This visit could not be stored exactly as signed, so it was not imported.",
        "Please report this to the icvapp developers.", "damaged")


def test_only_a_sealed_visit_can_be_sent_and_the_volunteer_is_told_what_to_do(signed_ctx):
    draft = save_draft(signed_ctx.db, good_visit(signed_ctx)).id
    with pytest.raises(InvalidInput) as caught:
        payload_of(signed_ctx.db, draft)
    assert (caught.value.message, caught.value.hint) == (
        "Only a signed and sealed visit can be sent to the scheme office.",
        "Complete the visit and have both visitors sign it first.")
    assert_read_in_welsh(caught.value.message)
    assert_read_in_welsh(caught.value.hint)


def test_a_visit_whose_details_were_purged_can_no_longer_be_sent(signed_ctx):
    vid = seal(signed_ctx)
    assert purge(signed_ctx.db, load_visit(signed_ctx.db, vid).visit_date + dt.timedelta(days=1)) == 1
    with pytest.raises(InvalidInput) as caught:
        payload_of(signed_ctx.db, vid)
    assert caught.value.message == ("This visit's conversation details were removed under the retention period, "
                                    "so it can no longer be sent as a submission.")
    assert_read_in_welsh(caught.value.message)


@pytest.mark.parametrize("extra", [0, 1], ids=["at the limit", "one byte over"])
def test_a_file_over_the_size_limit_is_refused_before_decrypting(signed_ctx, extra):
    trust = require_trust(signed_ctx.db)
    data = bytes(submission_module.MAX_SIZE + extra)
    if extra:
        assert rejection(lambda: decrypt(data, trust, None)) == (
            "This file is far too large to be a submission file.", "", "damaged")
    else:  # at the limit it is read, and refused only for what it is
        assert rejection(lambda: decrypt(data, trust, inbox_key_of(signed_ctx.db)))[0] == (
            "This file cannot be opened with this scheme's inbox key.")


# --------------------------------------------------------------------------- the record signatures, one by one


def _with_signature(kit, position: int, **entry) -> dict:  # noqa: F811
    payload = editable(kit)
    payload["signatures"] = sorted(payload["signatures"], key=lambda sig: str(sig["position"]))
    payload["signatures"][position].update(entry)
    return payload


def test_which_format_a_file_says_it_is_must_match_its_report_word_for_word(kit):  # noqa: F811
    downgraded = dict(kit.payloads[0], format=submission_module.FORMAT_1)
    assert refused_import(kit.office, forgery.submission_of(downgraded, kit.trust)) == (
        ("The file's format and its signed report disagree: the report is tied to its visit record, which no report "
        "made in the file's older format was."), "", verdicts.ALTERED)
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    assert refused_import(kit.office, forgery.submission_of(dict(old, format=submission_module.FORMAT), kit.trust)) == (
        ("The file's format and its signed report disagree: the report is not tied to its visit record, as every "
        "report made in this format is."), "", verdicts.ALTERED)


@pytest.mark.parametrize("position", [0, 1], ids=["first", "second"])
def test_a_signature_that_is_not_strict_base64_is_named_by_its_number(kit, position):  # noqa: F811
    # A lenient decoder would drop the "!" and read the genuine signature; the strict one refuses it.
    genuine = sorted(kit.payloads[0]["signatures"], key=lambda sig: str(sig["position"]))[position]["signature"]
    payload = _with_signature(kit, position, signature=genuine[:8] + "!" + genuine[8:])
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        f"Signature {position + 1} in the file is damaged.", "", "damaged")


def test_a_record_signature_by_another_volunteer_of_the_scheme_is_named(kit):  # noqa: F811
    payload = _with_signature(kit, 1, certificate=pki.pem(kit.outsider.cert))
    assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
        "Signature 2 is not by Zoë Ó Briain, the visitor it should be from.", "", verdicts.ALTERED)


def test_a_record_signature_the_scheme_cannot_trust_is_sorted_by_why(kit):  # noqa: F811
    forger = pki.Authority(pki.new_root("x").key, kit.trust.root)  # the root's name, another key
    _key, csr = pki.new_signing_request("Amrit Sandhu", "forged-uid", "Test scheme")
    forged = forger.issue_signing(csr)
    _key, csr = pki.new_signing_request("Amrit Sandhu", "uid", "Test scheme")
    expired = unlock_authority(kit.office.db, ROOT_PIN).issue_signing(
        csr, days=30, start=dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
    for cert, kind in ((forged, verdicts.UNTRUSTED), (expired, verdicts.CERTIFICATE)):
        problem = kit.trust.problem(cert)
        assert problem
        payload = _with_signature(kit, 0, certificate=pki.pem(cert))
        assert refused_import(kit.office, forgery.submission_of(payload, kit.trust)) == (
            f"Amrit Sandhu's signature cannot be trusted: {problem}.", "", kind)


AES256_CBC = bytes.fromhex("60864801650304012a")  # the content encryption the file names (DER, OID 2.16.840.1.101.3.4.1.42)
RSA_PKCS1 = bytes.fromhex("2a864886f70d010101")  # the key encryption (OID 1.2.840.113549.1.1.1)


@pytest.mark.parametrize(("named", "instead"), [
    (AES256_CBC, AES256_CBC[:-1] + b"\x7f"),   # an algorithm no one defined
    (AES256_CBC, AES256_CBC[:-1] + b"\x02"),   # AES-128: the right family, the wrong key size
    (RSA_PKCS1, RSA_PKCS1[:-1] + b"\x07"),     # RSA-OAEP, which the inbox never uses
], ids=["unknown cipher", "AES-128", "RSA-OAEP"])
def test_a_file_naming_another_algorithm_cannot_be_opened_and_says_so(signed_ctx, submission, named,  # noqa: F811
                                                                      instead):
    assert submission.count(named) == 1
    trust, key = require_trust(signed_ctx.db), inbox_key_of(signed_ctx.db)
    assert rejection(lambda: decrypt(submission.replace(named, instead), trust, key)) == (
        "This file cannot be opened with this scheme's inbox key.",
        "It is damaged, not a submission file, or was made for another scheme.", "damaged")


def test_a_key_that_is_not_the_inboxs_kind_cannot_open_a_file(signed_ctx, submission):  # noqa: F811
    trust = require_trust(signed_ctx.db)
    assert rejection(lambda: decrypt(submission, trust, None))[0] == (
        "This file cannot be opened with this scheme's inbox key.")


def test_what_a_submission_carries_entry_by_entry(laptop):  # noqa: F811
    vid = seal(laptop)
    payload = payload_of(laptop.db, vid)
    with laptop.db.session() as s:
        v = s.get(Visit, vid)
        stored = [{"position": sig.position, "name": sig.signer_name, "certificate": sig.certificate,
                   "signed_at": sig.signed_at.isoformat(), "signature": sig.signature} for sig in v.signatures]
        record, pdf, state = json.loads(v.sealed_record), s.get(SignedDocument, vid).pdf, audit.sending_state(s)
    assert sorted(payload) == ["audit", "format", "record", "signatures", "signed_pdf"]
    assert payload["format"] == submission_module.FORMAT
    assert payload["record"] == record and payload["signatures"] == stored
    assert [sig["name"] for sig in payload["signatures"]] == ["Amrit Sandhu", "Zoë Ó Briain"]
    assert base64.b64decode(payload["signed_pdf"], validate=True) == pdf
    assert payload["audit"] == state


def test_an_imported_visit_is_to_the_offices_own_suite_by_the_people_it_names(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    vid = import_submission(office, export_submission(laptop, seal(laptop), tmp_path / "v.icvsub").read_bytes())
    places, people = names_to_ids(office, Place), names_to_ids(office, Volunteer)
    rec = load_visit(office.db, vid)
    assert (rec.place_id, rec.visitor_a_id, rec.visitor_b_id) == (
        places["Beaumont Leys"], people["Amrit Sandhu"], people["Zoë Ó Briain"])
    with office.db.session() as s:  # completed when the office took it in, as a visit marked complete is
        completed = s.get(Visit, vid).completed_at
        # The audit log says the seal was imported, not made here.
        events = s.scalars(select(audit.AuditEvent.event).where(audit.AuditEvent.visit_uid == rec.uid)).all()
    assert audit.IMPORTED in events and audit.SEALED not in events, events
    assert completed is not None and abs(completed - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(
        minutes=5)


@pytest.mark.parametrize(("holds_suite", "said"), [
    (False, "The visit is to a place this scheme does not have (Beaumont Leys)."),
    (True, "The visit names a volunteer this scheme does not have (Amrit Sandhu)."),
], ids=["no suite", "the suite, no volunteers"])
def test_the_trust_and_inbox_key_given_are_the_ones_used(signed_ctx, submission, tmp_path,  # noqa: F811
                                                         holds_suite, said):
    # A profile with no scheme of its own, handed the office's trust and key: the file opens and checks,
    # and only then is refused for the suite, or the volunteers, this profile lacks.
    alone = create_profile(tmp_path / "alone", "passphrase", "Laptop", PASSPHRASE)
    try:
        if holds_suite:
            with signed_ctx.db.session() as s:
                place = s.scalars(select(Place).where(Place.name == "Beaumont Leys")).one()
                copy = Place(uid=place.uid, name=place.name)
            with alone.db.session() as s:
                s.add(copy)
        refusal = rejection(lambda: import_submission(alone, submission, trust=require_trust(signed_ctx.db),
                                                      inbox_key=inbox_key_of(signed_ctx.db)))
        assert refusal == (said, "", "damaged")
        assert_nothing_imported(alone, 0)
    finally:
        alone.close()
