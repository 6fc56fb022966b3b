"""The one place a seal is stored: sign-off and the office's import both end in store_seal."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import select
from sqlcipher3.dbapi2 import IntegrityError

from icvapp.sealing.seal import Seal, SealSignature, digest, statement, store_seal
from icvapp.storage import audit
from icvapp.storage.model import SignedDocument, TrackedIssue, VisitSignature, VisitStatus
from icvapp.visits.store import complete_visit, load_row, load_visit, validation_context
from icvapp.visits.validation import errors
from tests.helpers import good_visit

SEALED_AT = dt.datetime(2026, 11, 2, 22, 50)
RECORD = b'{"format":"icvapp-visit/1","note":"stands in for the canonical record"}'
PDF = b"%PDF-1.7 stands in for the signed report"


def signatures(ctx, rec) -> list[SealSignature]:
    return [SealSignature(volunteer_id=vid, signer_name=name, certificate="PEM", signature=f"sig-{n}",
                          signed_at=SEALED_AT)
            for n, (vid, name) in enumerate(((rec.visitor_a_id, "Amrit Sandhu"), (rec.visitor_b_id, "Zoë Ó Briain")))]


@pytest.fixture
def completed(ctx):
    rec = good_visit(ctx)
    assert not errors(complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23))))
    return ctx, rec


def store(ctx, rec, *, imported: bool, pdf: bytes | None = PDF) -> None:
    with ctx.db.session() as s:
        v = load_row(s, rec.id)
        store_seal(s, v, Seal(RECORD, signatures(ctx, rec), pdf, sealed_at=SEALED_AT), actor="Office",
                   imported=imported)


@pytest.mark.parametrize(("imported", "events", "actors"), [
    (False, [audit.SIGNED, audit.SIGNED, audit.SEALED], ["Amrit Sandhu", "Zoë Ó Briain", "Office"]),
    (True, [audit.IMPORTED], ["Office"]),
])
def test_a_seal_is_stored_whole_with_its_audit_trail(completed, imported, events, actors):
    ctx, rec = completed
    store(ctx, rec, imported=imported)
    assert load_visit(ctx.db, rec.id).status == VisitStatus.SEALED
    with ctx.db.session() as s:
        v = load_row(s, rec.id)
        assert (v.sealed_record, v.record_digest, v.sealed_at) == (RECORD.decode(), digest(RECORD), SEALED_AT)
        sigs = s.scalars(select(VisitSignature).where(VisitSignature.visit_id == v.id)
                         .order_by(VisitSignature.position)).all()
        assert [(g.position, g.volunteer_id, g.signer_name, g.signature) for g in sigs] == [
            (1, rec.visitor_a_id, "Amrit Sandhu", "sig-0"), (2, rec.visitor_b_id, "Zoë Ó Briain", "sig-1")]
        assert s.get(SignedDocument, v.id).pdf == PDF
        # The issues the visit raised are tracked from the moment it is sealed.
        assert s.scalars(select(TrackedIssue).where(TrackedIssue.visit_id == v.id)).all()
    trail = [e for e in audit.history(ctx.db, rec.uid) if e.event in (audit.SIGNED, audit.SEALED, audit.IMPORTED)]
    assert [e.event for e in trail] == events
    assert [e.actor for e in trail] == actors
    assert f'"digest":"{digest(RECORD)}"' in trail[-1].detail
    # What each entry notes: which signature and version; then the record's digest (no report: format 1).
    assert [json.loads(e.detail) for e in trail] == [
        *({"position": n, "version": 1} for n in (1, 2) if not imported), {"digest": digest(RECORD), "version": 1}]
    with ctx.db.session() as s:
        assert s.get(SignedDocument, rec.id).created_at == SEALED_AT
    assert audit.verify_chain(ctx.db).ok


def test_a_seal_tracks_the_visits_issues_by_the_definition_it_is_given(completed):
    """The issues' categories are the scheme kind's own (here the dog unit's welfare for a subject's issue)."""
    from icvapp.scheme.config import load_config
    from icvapp.storage.model import TrackedIssue

    ctx, rec = completed
    with ctx.db.session() as s:
        v = load_row(s, rec.id)
        store_seal(s, v, Seal(RECORD, signatures(ctx, rec), PDF, sealed_at=SEALED_AT), actor="Office",
                   config=load_config("dog_unit"))
    with ctx.db.session() as s:
        categories = {t.source: t.category for t in s.scalars(select(TrackedIssue)
                                                              .where(TrackedIssue.visit_id == rec.id))}
    assert categories.get("conversation") == "welfare", categories


def test_the_digest_is_the_records_sha256():
    assert digest(RECORD) == hashlib.sha256(RECORD).hexdigest()


def test_what_a_visitor_signs_is_fixed_byte_for_byte():
    """The statement is a format: an office running another version of icvapp must build the very same bytes."""
    assert statement("a" * 64, "b" * 64) == (b'{"format":"icvapp-seal/2","record":"' + b"a" * 64 + b'","report":"'
                                             + b"b" * 64 + b'"}')


def test_a_seal_without_a_signed_report_stores_no_document(completed):
    ctx, rec = completed
    store(ctx, rec, imported=True, pdf=None)
    with ctx.db.session() as s:
        assert s.get(SignedDocument, rec.id) is None
        assert load_row(s, rec.id).is_sealed


def test_a_seal_is_written_in_the_callers_transaction(completed):
    ctx, rec = completed
    with pytest.raises(RuntimeError), ctx.db.session() as s:
        store_seal(s, load_row(s, rec.id), Seal(RECORD, signatures(ctx, rec), PDF, sealed_at=SEALED_AT),
                   actor="Office")
        raise RuntimeError("the caller fails after storing")
    assert load_visit(ctx.db, rec.id).status == VisitStatus.COMPLETE
    with ctx.db.session() as s:
        assert not s.scalars(select(VisitSignature).where(VisitSignature.visit_id == rec.id)).all()
        assert s.get(SignedDocument, rec.id) is None


def test_once_stored_the_database_refuses_a_second_seal(completed):
    ctx, rec = completed
    store(ctx, rec, imported=False)
    with pytest.raises(IntegrityError, match="sealed visit cannot be changed"):  # the triggers of migration 0002
        store(ctx, rec, imported=False)
    with ctx.db.session() as s:
        assert len(s.scalars(select(VisitSignature).where(VisitSignature.visit_id == rec.id)).all()) == 2
