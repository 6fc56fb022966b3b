"""A signed report bound to its record and to exactly its two visitors.

Each test builds a forgery the attack review found getting through — a third
volunteer in the second field, another visit's report, no report at all,
times from the file's unsigned JSON or moved by a signer's clock, a stored
report swapped by an insider — and shows it refused with its reason and
nothing written. Reports and submissions made before reports were bound
still verify and import.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass

import pytest

from icvapp.sealing.seal import digest, statement
from icvapp.sealing.signoff import check_stored_visit
from icvapp.sealing.submission import SubmissionRejected, import_submission, inbox_key_of, submission_payload
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import Volunteer
from icvapp.trust import binding, pades, pki
from icvapp.trust import verdict as verdicts
from icvapp.trust.enrolment import require_trust, unlock_signer
from icvapp.visits.sealed import signed_pdf
from icvapp.visits.store import count_visits, load_visit
from tests.conftest import PINS
from tests.helpers import assert_read_in_welsh, names_to_ids, seal
from tests.sealing import forgery
from tests.sealing.test_integrity import _as_insider
from tests.sealing.test_signoff import pdfsig
from tests.sealing.test_submission import assert_nothing_imported, laptop  # noqa: F401  (a fixture)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@dataclass
class Kit:
    office: object
    laptop: object
    trust: object
    inbox_key: object
    visits: list[int]  # sealed on the laptop: two by Amrit and Zoë, on different days
    payloads: list[dict]
    visitors: list  # Amrit's and Zoë's unlocked keys, on the laptop
    outsider: object  # Łukasz, certified by the same scheme, not on these visits

    def submit(self, payload: dict) -> int:
        return import_submission(self.office, forgery.submission_of(payload, self.trust), trust=self.trust,
                                 inbox_key=self.inbox_key)

    def refused(self, payload: dict, match: str) -> SubmissionRejected:
        before = count_visits(self.office.db)
        with pytest.raises(SubmissionRejected, match=match) as exc:
            self.submit(payload)
        assert "\n" not in exc.value.message
        assert_nothing_imported(self.office, before)
        return exc.value


@pytest.fixture
def kit(signed_ctx, laptop):  # noqa: F811
    office = signed_ctx
    visits = [seal(laptop), seal(laptop, visit_date=dt.date(2026, 11, 9))]
    lap_people, office_people = names_to_ids(laptop, Volunteer), names_to_ids(office, Volunteer)
    visitors = [unlock_signer(laptop.db, lap_people[n], PINS[n]) for n in ("Amrit Sandhu", "Zoë Ó Briain")]
    outsider = unlock_signer(office.db, office_people["Łukasz Nowak"], PINS["Łukasz Nowak"])
    return Kit(office, laptop, require_trust(office.db), inbox_key_of(office.db), visits,
               [json.loads(submission_payload(laptop.db, v)) for v in visits], visitors, outsider)


# --------------------------------------------------------------------------- what a seal now holds


def test_the_report_names_its_record_and_visitors_and_the_record_signatures_name_the_report(kit):
    payload = kit.payloads[0]
    pdf, record = forgery.pdf_of(payload), canonical_json(payload["record"])
    verdict = verdicts.verify_pdf_bytes(pdf, kit.trust)
    assert verdict.ok, verdict.text()
    uids = tuple(v["uid"] for v in payload["record"]["visitors"])
    assert verdict.binding == binding.ReportBinding(digest(record), uids)
    # The prepared report is a prefix of the signed one, and what the record signatures name.
    prepared = forgery.prepared(pdf)
    assert pdf.startswith(prepared) and verdict.report_digest == binding.sha256(prepared)
    for sig in payload["signatures"]:
        cert, value = pki.load_cert(sig["certificate"]), base64.b64decode(sig["signature"])
        assert pki.signature_valid(cert, value, statement(digest(record), verdict.report_digest))
        assert not pki.signature_valid(cert, value, record)  # format 2 never verifies as format 1
    assert payload["format"] == "icvapp-submission/2"


# --------------------------------------------------------------------------- 1. who signed the report


def test_a_third_volunteer_signing_the_second_field_is_refused_by_verify_and_import(kit, tmp_path):
    payload = kit.payloads[0]
    forged_pdf = forgery.sign_as(forgery.through_first_signature(forgery.pdf_of(payload)), "Visitor2", kit.outsider,
                                 kit.trust.root)
    verdict = verdicts.verify_pdf_bytes(forged_pdf, kit.trust)
    assert verdict.status == verdicts.ALTERED, verdict.text()
    assert ("signature field Visitor2 is signed by Łukasz Nowak, who is not the visitor this report names for it"
            in verdict.headline)
    # pdfsig's second opinion: both signatures are cryptographically valid, and the second is Łukasz's.
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged_pdf)
    poppler = pdfsig(path)
    assert poppler.count("Signature is Valid.") == 2 and "Common Name: Łukasz Nowak" in poppler
    # The record signatures are untouched and still name the prepared report: only the signer check stands.
    kit.refused(forgery.with_pdf(payload, forged_pdf), "not the visitor this report names")


def test_one_visitor_signing_both_fields_is_refused(kit):
    payload = kit.payloads[0]
    amrit = kit.visitors[0]
    forged_pdf = forgery.signed_by(forgery.prepared(forgery.pdf_of(payload)), [amrit, amrit], kit.trust.root)
    assert "both signed by Amrit Sandhu" in verdicts.verify_pdf_bytes(forged_pdf, kit.trust).headline
    kit.refused(forgery.with_pdf(payload, forged_pdf), "both signed by Amrit Sandhu")


# --------------------------------------------------------------------------- 2. the report belongs to the record


def test_another_visits_report_is_refused(kit):
    swapped = forgery.with_pdf(kit.payloads[0], forgery.pdf_of(kit.payloads[1]))
    assert verdicts.verify_pdf_bytes(forgery.pdf_of(swapped), kit.trust).ok  # a genuine report, of another visit
    error = kit.refused(swapped, "the report of another visit")
    assert error.kind == verdicts.ALTERED


@pytest.mark.parametrize("old", [False, True], ids=["current format", "format 1"])
def test_a_submission_without_its_report_is_refused(kit, old):
    payload = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root) if old else kit.payloads[0]
    kit.refused(forgery.with_pdf(payload, None), "carries no signed report")
    stripped = dict(payload)
    del stripped["signed_pdf"]
    kit.refused(stripped, "carries no signed report")


def test_a_second_report_of_the_same_record_signed_by_both_visitors_is_not_the_one_they_sealed(kit):
    """Even the visitors' own keys cannot slip in another report: their record signatures name one."""
    payload = kit.payloads[0]
    pdf = forgery.pdf_of(payload)
    other = forgery.retitled(pdf, verdicts.verify_pdf_bytes(pdf, kit.trust).binding)
    forged_pdf = forgery.signed_by(other, kit.visitors, kit.trust.root)
    assert verdicts.verify_pdf_bytes(forged_pdf, kit.trust).ok
    kit.refused(forgery.with_pdf(payload, forged_pdf), "not the one signed with this visit record")


def test_a_bound_report_cannot_travel_as_the_older_format_nor_an_unbound_one_as_the_current(kit):
    downgraded = dict(kit.payloads[0], format="icvapp-submission/1")
    kit.refused(downgraded, "the report is tied to its visit record, which no report made in the file's older")
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    kit.refused(dict(old, format="icvapp-submission/2"), "the report is not tied to its visit record")


# --------------------------------------------------------------------------- 3. times from what is signed


@pytest.mark.parametrize("fake", ["1999-01-01T00:00:00", "2099-12-31T23:59:59"])
def test_times_come_from_the_report_signatures_not_from_the_files_json(kit, fake):
    payload = json.loads(json.dumps(kit.payloads[0]))
    for sig in payload["signatures"]:
        sig["signed_at"] = fake
    signed = verdicts.verify_pdf_bytes(forgery.pdf_of(payload), kit.trust).signatures
    vid = kit.submit(payload)
    with kit.office.db.session() as s:
        from icvapp.storage.model import Visit

        v = s.get(Visit, vid)
        stored = [sig.signed_at for sig in v.signatures]
        sealed_at = v.sealed_at
    expected = [sg.signed_at.astimezone(dt.UTC).replace(tzinfo=None) for sg in signed]
    assert stored == expected and sealed_at == max(expected)
    assert all(abs(t - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(hours=1) for t in stored)
    assert check_stored_visit(kit.office.db, vid).ok


def _moved(kit, at: dt.datetime) -> dict:
    """Both visitors re-sign the very report they sealed, with their clocks set to ``at``."""
    payload = kit.payloads[0]
    return forgery.with_pdf(payload, forgery.signed_by(forgery.prepared(forgery.pdf_of(payload)), kit.visitors,
                                                       kit.trust.root, at=at))


@pytest.mark.parametrize("offset, match", [
    (dt.timedelta(hours=1), "which is still to come"),
    (dt.timedelta(days=365 * 70), "still to come"),
])
def test_a_signing_time_in_the_future_is_refused(kit, offset, match):
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    payload = _moved(kit, dt.datetime.now(dt.UTC) + offset)
    verdict = verdicts.verify_pdf_bytes(forgery.pdf_of(payload), kit.trust)
    assert verdict.status == verdicts.ALTERED and match in verdict.headline, verdict.text()
    assert verdict.headline.startswith("Not validly signed: Amrit Sandhu's signature claims "), verdict.headline
    assert_same_verdict_in_welsh(verdict, verdicts.verify_pdf_bytes(forgery.pdf_of(payload), kit.trust,
                                                                    language="cy"))
    kit.refused(payload, match)


def test_a_signing_time_before_the_certificate_was_issued_is_refused(kit):
    from tests.trust.test_verdict import assert_same_verdict_in_welsh

    amrit = kit.visitors[0]
    issued, expires = amrit.cert.not_valid_before_utc, amrit.cert.not_valid_after_utc
    for at in (dt.datetime(1999, 1, 1, tzinfo=dt.UTC), issued - dt.timedelta(minutes=1)):
        payload = _moved(kit, at)
        verdict = verdicts.verify_pdf_bytes(forgery.pdf_of(payload), kit.trust)
        assert verdict.status == verdicts.CERTIFICATE, verdict.text()
        assert verdict.headline == (
            f"Intact, but Amrit Sandhu cannot vouch for it: it claims to be signed on {at:%d %B %Y at %H:%M} UTC, "
            f"outside their certificate's validity ({issued:%d %B %Y} to {expires:%d %B %Y}).")
        assert_same_verdict_in_welsh(verdict, verdicts.verify_pdf_bytes(forgery.pdf_of(payload), kit.trust,
                                                                        language="cy"))
        kit.refused(payload, "outside their certificate's validity")


def test_a_laptop_clock_a_few_minutes_fast_is_allowed(kit):
    assert verdicts.CLOCK_SKEW == dt.timedelta(minutes=5)
    payload = _moved(kit, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3))
    vid = kit.submit(payload)
    assert load_visit(kit.office.db, vid).status == "sealed"


# --------------------------------------------------------------------------- format 1: made before this change


def test_a_submission_made_before_reports_were_bound_still_imports_with_signed_times(kit):
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    verdict = verdicts.verify_pdf_bytes(forgery.pdf_of(old), kit.trust)
    assert verdict.ok and verdict.binding is None, verdict.text()
    vid = kit.submit(old)
    assert check_stored_visit(kit.office.db, vid).ok
    assert signed_pdf(kit.office.db, vid) == forgery.pdf_of(old)
    with kit.office.db.session() as s:
        from icvapp.storage.model import Visit

        stored = [sig.signed_at for sig in s.get(Visit, vid).signatures]
    assert stored == [sg.signed_at.astimezone(dt.UTC).replace(tzinfo=None) for sg in verdict.signatures]


def test_an_old_format_report_signed_by_a_third_volunteer_is_refused_at_import(kit):
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    forged_pdf = forgery.sign_as(forgery.through_first_signature(forgery.pdf_of(old)), "Visitor2", kit.outsider,
                                 kit.trust.root)
    # Alone, an unbound report cannot say who its visitors are: today's checks pass it...
    assert verdicts.verify_pdf_bytes(forged_pdf, kit.trust).ok
    # ...but beside its record it is refused.
    refused = kit.refused(forgery.with_pdf(old, forged_pdf), "signed by Łukasz Nowak, not by the visitors the record names")
    assert refused.message == ("The signed report does not belong to this visit: the signed report is signed by "
                               "Łukasz Nowak, not by the visitors the record names.")
    assert_read_in_welsh(refused.message)


def test_an_old_format_report_its_visitors_signed_in_each_others_fields_names_both(kit):
    old = forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root)
    swapped = forgery.signed_by(forgery.prepared(forgery.pdf_of(old)), kit.visitors[::-1], kit.trust.root)
    assert verdicts.verify_pdf_bytes(swapped, kit.trust).ok  # unbound: it cannot say which field is whose
    refused = kit.refused(forgery.with_pdf(old, swapped), "not by the visitors the record names")
    assert refused.message == ("The signed report does not belong to this visit: the signed report is signed by "
                               "Zoë Ó Briain, Amrit Sandhu, not by the visitors the record names.")


# --------------------------------------------------------------------------- 4. the stored visit


def test_an_insider_swapping_a_stored_report_is_caught(kit):
    first, second = kit.visits
    assert check_stored_visit(kit.laptop.db, first).ok
    other = signed_pdf(kit.laptop.db, second)
    _as_insider(kit.laptop, f"UPDATE signed_document SET pdf = x'{other.hex()}' WHERE visit_id = {first}")
    result = check_stored_visit(kit.laptop.db, first)
    assert not result.ok
    assert "the signed report is the report of another visit record" in result.problems
    assert any("signature does not match the record" in p for p in result.problems)
    for problem in result.problems:  # the office reads each in its own language
        assert_read_in_welsh(problem)


def test_an_insider_storing_an_unbound_report_in_place_of_the_bound_one_is_caught(kit):
    vid = kit.visits[0]
    unbound = forgery.pdf_of(forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root))
    assert verdicts.verify_pdf_bytes(unbound, kit.trust).binding is None
    _as_insider(kit.laptop, f"UPDATE signed_document SET pdf = x'{unbound.hex()}' WHERE visit_id = {vid}")
    result = check_stored_visit(kit.laptop.db, vid)
    assert not result.ok and "the signed report does not name its visit record" in result.problems, result
    for problem in result.problems:
        assert_read_in_welsh(problem)


def test_an_insider_storing_a_report_of_this_record_bound_to_other_visitors_is_caught(kit):
    """The report names this very record, but Amrit and Łukasz as its visitors, and they signed it."""
    vid = kit.visits[0]
    payload = kit.payloads[0]
    named = binding.ReportBinding(digest(canonical_json(payload["record"])),
                                  (pki.user_id(kit.visitors[0].cert), pki.user_id(kit.outsider.cert)))
    forged = forgery.signed_by(forgery.retitled(forgery.pdf_of(payload), named), [kit.visitors[0], kit.outsider],
                               kit.trust.root)
    assert verdicts.verify_pdf_bytes(forged, kit.trust).ok
    _as_insider(kit.laptop, f"UPDATE signed_document SET pdf = x'{forged.hex()}' WHERE visit_id = {vid}")
    result = check_stored_visit(kit.laptop.db, vid)
    assert not result.ok and "the signed report names other visitors than the visit record" in result.problems
    for problem in result.problems:
        assert_read_in_welsh(problem)


def test_an_insider_storing_a_report_signed_by_a_third_volunteer_is_caught(kit):
    vid = kit.visits[0]
    forged = pades.sign_field(forgery.through_first_signature(signed_pdf(kit.laptop.db, vid)), "Visitor2",
                              kit.outsider.key, kit.outsider.cert, kit.trust.root, reason="x", name="Łukasz Nowak")
    _as_insider(kit.laptop, f"UPDATE signed_document SET pdf = x'{forged.hex()}' WHERE visit_id = {vid}")
    result = check_stored_visit(kit.laptop.db, vid)
    assert not result.ok and any("not the visitor this report names" in p for p in result.problems), result


def test_an_insider_deleting_a_stored_report_is_caught(kit):
    vid = kit.visits[0]
    _as_insider(kit.laptop, f"DELETE FROM signed_document WHERE visit_id = {vid}")
    result = check_stored_visit(kit.laptop.db, vid)
    assert not result.ok and "the signed report is missing" in result.problems


def test_a_stored_report_is_judged_when_it_was_signed_not_now(kit, monkeypatch):
    """Years later, with the certificates expired, the stored visit still checks out."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365 * 5)
    monkeypatch.setattr(pki, "now_utc", lambda: later)
    assert kit.visitors[0].cert.not_valid_after_utc < later
    assert check_stored_visit(kit.laptop.db, kit.visits[0]).ok
    verdict = verdicts.verify_pdf_bytes(signed_pdf(kit.laptop.db, kit.visits[0]), kit.trust)
    assert verdict.status == verdicts.CERTIFICATE and "expired" in verdict.headline  # a reader today is told


def test_after_retention_the_kept_digests_still_fit_the_signatures(kit):
    """Retention removes the record and the report; the audit log keeps the report's digest, which
    the record signatures name beside the kept record digest."""
    from icvapp.history.retention import purge
    from icvapp.sealing.seal import sealed_report_digest
    from icvapp.storage.model import Visit

    vid = kit.visits[0]
    report = verdicts.verify_pdf_bytes(signed_pdf(kit.laptop.db, vid), kit.trust).report_digest
    assert purge(kit.laptop.db, dt.date(2026, 11, 5)) == 1
    with kit.laptop.db.session() as s:
        v = s.get(Visit, vid)
        assert v.sealed_record is None and sealed_report_digest(s, v) == report
    assert signed_pdf(kit.laptop.db, vid) is None
    assert check_stored_visit(kit.laptop.db, vid).ok
    _as_insider(kit.laptop, f"UPDATE visit SET record_digest = '{'0' * 64}' WHERE id = {vid}")
    assert not check_stored_visit(kit.laptop.db, vid).ok
    with kit.laptop.db.session() as s:  # the log vouches for a report only beside the record digest it noted
        assert sealed_report_digest(s, s.get(Visit, vid)) is None


def _kept_report(ctx, vid: int) -> str | None:
    from icvapp.sealing.seal import sealed_report_digest
    from icvapp.storage.model import Visit

    with ctx.db.session() as s:
        return sealed_report_digest(s, s.get(Visit, vid))


def test_an_audit_entry_the_log_cannot_read_is_passed_over_not_taken_as_the_end(kit):
    vid = kit.visits[0]
    report = _kept_report(kit.laptop, vid)
    assert report is not None
    with kit.laptop.db.session() as s:
        from icvapp.storage.model import Visit

        uid = s.get(Visit, vid).uid
    # An insider's entry for the same visit, ahead of the real one, whose detail is not JSON.
    _as_insider(kit.laptop, "INSERT INTO audit_event (id, at, event, visit_uid, actor, detail, prev_hash, hash) "
                            f"VALUES (-1, '2026-11-02 00:00:00', 'sealed', '{uid}', 'x', 'not json', '', '')")
    assert _kept_report(kit.laptop, vid) == report


def test_a_report_digest_that_is_not_text_is_no_report_digest(kit):
    from icvapp.sealing.seal import SEAL_FORMAT
    from icvapp.storage import audit
    from icvapp.storage.model import Visit

    vid = kit.submit(forgery.as_format_1(kit.payloads[0], kit.visitors, kit.trust.root))  # its entry names no report
    assert _kept_report(kit.office, vid) is None
    with kit.office.db.session() as s:
        v = s.get(Visit, vid)
        audit.append(s, audit.SEALED, actor="x", visit_uid=v.uid,
                     detail={"digest": v.record_digest, "seal": SEAL_FORMAT, "report": 5})
    assert _kept_report(kit.office, vid) is None
