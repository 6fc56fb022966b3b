"""The audit log: every event appended, chained by hash, and any break located."""

from __future__ import annotations

import json

import pytest
from sqlalchemy.exc import IntegrityError

from icvapp.cli.main import run_command as main
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.sealing.signoff import start_amendment
from icvapp.storage import audit
from icvapp.storage.audit import verify_chain
from icvapp.visits.store import complete_visit, delete_draft, load_visit, save_draft, validation_context
from tests.conftest import PASSPHRASE
from tests.helpers import good_visit, seal


def events(ctx, uid):
    return [e.event for e in audit.history(ctx.db, uid)]


def test_a_visit_life_is_logged_in_order(signed_ctx, tmp_path):
    rec = save_draft(signed_ctx.db, good_visit(signed_ctx))
    rec.observations = "More detail."
    save_draft(signed_ctx.db, rec)  # autosave: noted once, not every few seconds
    save_draft(signed_ctx.db, rec)
    vid = seal(signed_ctx, rec)
    export_visit_pdf(signed_ctx, vid, tmp_path / "v.pdf")
    uid = load_visit(signed_ctx.db, vid).uid
    assert events(signed_ctx, uid) == ["created", "edited", "completed", "signed", "signed", "sealed",
                                       "issues tracked", "exported"]
    signers = [e.actor for e in audit.history(signed_ctx.db, uid) if e.event == "signed"]
    assert signers == ["Amrit Sandhu", "Zoë Ó Briain"]
    amendment = start_amendment(signed_ctx.db, vid, "Cell number was wrong.")
    assert events(signed_ctx, load_visit(signed_ctx.db, amendment).uid) == ["amendment started"]
    assert verify_chain(signed_ctx.db).ok


def test_the_log_holds_no_conversation_content(signed_ctx):
    seal(signed_ctx)
    with signed_ctx.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT event, actor, detail FROM audit_event").fetchall()
    text = json.dumps([list(r) for r in rows])
    for secret in ("BL/10432/26", "hot drink", "Out-of-date", "Calm suite"):
        assert secret not in text


def test_deleting_a_draft_is_logged(ctx):
    rec = save_draft(ctx.db, good_visit(ctx))
    delete_draft(ctx.db, rec.id)
    assert events(ctx, rec.uid) == ["created", "draft deleted"]


@pytest.mark.parametrize("sql", ["UPDATE audit_event SET actor = 'someone' WHERE id = 1",
                                 "DELETE FROM audit_event WHERE id = 1"])
def test_no_code_path_can_update_or_delete_an_entry(ctx, sql):
    save_draft(ctx.db, good_visit(ctx))
    with pytest.raises(IntegrityError, match="append-only"):
        with ctx.db.engine.begin() as conn:
            conn.exec_driver_sql(sql)


def _break(ctx, sql):
    """What someone with the key and a SQL shell could do: drop the guard, then edit."""
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_append_only_update")
        conn.exec_driver_sql("DROP TRIGGER audit_event_append_only_delete")
        conn.exec_driver_sql(sql)


def _three_entries(ctx):
    for _ in range(3):
        save_draft(ctx.db, good_visit(ctx))
    assert verify_chain(ctx.db).entries == 3


def test_an_altered_entry_is_found_and_located(ctx):
    _three_entries(ctx)
    _break(ctx, "UPDATE audit_event SET actor = 'someone else' WHERE id = 2")
    report = verify_chain(ctx.db)
    assert not report.ok
    assert [b.entry_id for b in report.breaks] == [2]
    assert "altered" in report.breaks[0].reason


def test_a_removed_entry_is_found_and_located(ctx):
    _three_entries(ctx)
    _break(ctx, "DELETE FROM audit_event WHERE id = 2")
    report = verify_chain(ctx.db)
    assert [b.entry_id for b in report.breaks] == [3, 3]
    assert "missing" in str(report.breaks[0])


def test_audit_verify_command_reports_the_break(ctx, capsys, monkeypatch):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    _three_entries(ctx)
    assert main(["--data-dir", str(ctx.data_dir), "audit", "verify"]) == 0
    assert "intact: 3 entries" in capsys.readouterr().out
    _break(ctx, "UPDATE audit_event SET detail = '{}' WHERE id = 3")
    assert main(["--data-dir", str(ctx.data_dir), "audit", "verify"]) == 1
    assert "entry 3" in capsys.readouterr().out


def test_completing_is_logged(ctx):
    import datetime as dt

    rec = good_visit(ctx)
    complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23)))
    assert events(ctx, rec.uid) == ["created", "completed"]


# Every stored field of an entry, each changed the way an insider with the key might change it.
TAMPERING = [
    ("at", "at = '2001-01-01 00:00:00.000000'"),
    ("event", "event = 'exported'"),
    ("visit_uid", "visit_uid = '00000000-0000-0000-0000-000000000000'"),
    ("actor", "actor = 'someone else'"),
    ("detail", "detail = '{\"version\":2}'"),
]


@pytest.mark.parametrize(("field", "change"), TAMPERING, ids=[f for f, _ in TAMPERING])
def test_every_field_of_an_entry_is_covered_by_its_hash(ctx, field, change):
    _three_entries(ctx)
    _break(ctx, f"UPDATE audit_event SET {change} WHERE id = 2")
    report = verify_chain(ctx.db)
    assert [b.entry_id for b in report.breaks] == [2], field
    assert report.breaks[0].reason.startswith("was altered after it was written ("), field


def test_a_rewritten_link_is_located_where_the_chain_no_longer_follows(ctx):
    _three_entries(ctx)
    _break(ctx, "UPDATE audit_event SET prev_hash = hash WHERE id = 3")
    report = verify_chain(ctx.db)
    assert [b.entry_id for b in report.breaks] == [3, 3]
    assert report.breaks[0].reason == "does not follow the entry before it"
    assert report.breaks[1].reason.startswith("was altered after it was written (")


def test_a_removed_run_of_entries_is_named_by_its_numbers(ctx):
    for _ in range(2):
        _three_entries_more(ctx)
    _break(ctx, "DELETE FROM audit_event WHERE id IN (2, 3, 4)")
    report = verify_chain(ctx.db)
    assert [str(b) for b in report.breaks] == [
        "entry 5: entries 2–4 are missing", "entry 5: does not follow the entry before it"]


def _three_entries_more(ctx):
    for _ in range(3):
        save_draft(ctx.db, good_visit(ctx))


def test_an_entry_without_detail_stores_an_empty_object_and_a_long_actor_is_cut_consistently(ctx):
    with ctx.db.session() as s:
        audit.append(s, audit.EXPORTED, actor="A" * 200)
    with ctx.db.session() as s:
        entry = s.query(audit.AuditEvent).one()
        assert entry.detail == "{}" and entry.actor == "A" * 120
    assert verify_chain(ctx.db).ok  # the hash covers exactly what was stored


def test_each_entry_links_to_the_newest_before_it(ctx):
    _three_entries(ctx)
    with ctx.db.session() as s:
        rows = s.query(audit.AuditEvent).order_by(audit.AuditEvent.id).all()
    assert rows[0].prev_hash == audit.GENESIS
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]


def test_a_break_is_worded_in_english_and_renders_in_welsh(ctx):
    from icvapp.errors import in_language
    from icvapp.i18n import translator

    _three_entries(ctx)
    _break(ctx, "DELETE FROM audit_event WHERE id = 2")
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET actor = 'someone else' WHERE id = 3")
    breaks = verify_chain(ctx.db).breaks
    assert [str(b) for b in breaks][:2] == ["entry 3: entries 2–2 are missing",  # English as ever
                                            "entry 3: does not follow the entry before it"]
    assert str(breaks[2]).startswith("entry 3: was altered after it was written (")
    welsh = [in_language(b, translator("cy")) for b in breaks]
    assert welsh[:2] == ["cofnod 3: mae cofnodion 2–2 ar goll", "cofnod 3: nid yw'n dilyn y cofnod o'i flaen"]
    assert welsh[2].startswith("cofnod 3: cafodd ei newid ar ôl ei ysgrifennu (")
