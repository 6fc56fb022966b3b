"""No SQL verb or conflict clause changes what the database guards.

A sealed visit and its parts, the audit log, the stored revocation list and a
volunteer's identity are attacked with every verb — INSERT, INSERT OR REPLACE,
REPLACE, INSERT OR IGNORE, an upsert, UPDATE, UPDATE OR REPLACE, DELETE — and
with a draft's rows moved onto them, through a bare driver connection keyed
like icvapp's own, with foreign keys on (their cascades are part of the attack).
Every guarded row is compared before and after each statement. The guards must
hold whether or not ``recursive_triggers`` is on: icvapp turns it on, but an
attacker's own SQL client need not.
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from icvapp.storage.database import DB_NAME, connect_raw
from tests.conftest import PASSPHRASE, PINS, ROOT_PIN

#: Each guarded table: which of its rows are guarded, its key, and what an attacker would change.
TARGETS = {
    "visit": ("id = :sealed", "id", {"observations": "rewritten", "sealed_at": None}),
    "conversation": ("visit_id = :sealed", "id", {"identifier": "FORGED", "issue_raised": ""}),
    "stage_count": ("visit_id = :sealed", "id", {"total": 99}),
    "subject_request": ("visit_id = :sealed", "id", {"quantity": 99}),
    "area_check": ("visit_id = :sealed", "id", {"note": "nothing wrong"}),
    "visit_signature": ("visit_id = :sealed", "id", {"signer_name": "Someone else"}),
    "signed_document": ("visit_id = :sealed", "visit_id", {"pdf": b"%PDF-1.7 forged"}),
    "audit_event": ("1 = 1", "id", {"detail": '{"forged":true}'}),
    "scheme_authority": ("1 = 1", "id", {"crl": None}),
    # Hannah has signed nothing, so she may still adopt a scheme's uid (see the last test).
    "volunteer": ("id <> :hannah", "id", {"uid": "forged-uid"}),
}
VERBS = ("INSERT", "INSERT OR REPLACE", "REPLACE", "INSERT OR IGNORE", "UPSERT", "UPDATE", "UPDATE OR REPLACE",
         "DELETE")
PARTS_WITH_ID = ("conversation", "stage_count", "subject_request", "area_check", "visit_signature")


@pytest.fixture(scope="module")
def guarded_profile(tmp_path_factory):
    """A sealed visit, a draft with every kind of part, and Hannah, who has signed nothing."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place, Volunteer
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here
    from icvapp.visits.store import save_draft
    from tests.helpers import good_visit, names_to_ids, seal

    folder = tmp_path_factory.mktemp("guards") / "profile"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        ctx = create_profile(folder, "passphrase", "Test scheme", PASSPHRASE)
        try:
            with ctx.db.session() as s:
                s.add_all([Place(name="Beaumont Leys", locations=14), Volunteer(name="Amrit Sandhu"),
                           Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
            set_up_scheme_root(ctx.db, ROOT_PIN)
            for name, vid in names_to_ids(ctx, Volunteer).items():
                enrol_here(ctx.db, vid, PINS[name], ROOT_PIN)
            with ctx.db.session() as s:
                s.add(Volunteer(name="Hannah Kowalski"))
            people = names_to_ids(ctx, Volunteer)
            ids = {"sealed": seal(ctx), "draft": save_draft(ctx.db, good_visit(ctx, visit_date=dt.date(2026, 11, 3))).id,
                   "hannah": people["Hannah Kowalski"], "amrit": people["Amrit Sandhu"]}
            with ctx.db.engine.begin() as conn:  # a draft's signature and document, to move onto the sealed ones
                conn.exec_driver_sql(
                    "INSERT INTO visit_signature (visit_id, position, volunteer_id, signer_name, certificate, "
                    "signature, signed_at) VALUES (?, 1, NULL, 'x', 'x', 'x', '2026-11-03 00:00:00')", (ids["draft"],))
                conn.exec_driver_sql("INSERT INTO signed_document (visit_id, pdf, created_at) "
                                     "VALUES (?, x'00', '2026-11-03 00:00:00')", (ids["draft"],))
            ctx.db.checkpoint()
            key = ctx.db.key
        finally:
            ctx.close()
    return folder, key, ids


@pytest.fixture(params=["recursive_triggers ON", "recursive_triggers OFF"])
def raw(request, guarded_profile, tmp_path):
    """A bare, keyed connection to a fresh copy of the guarded profile, foreign keys on."""
    folder, key, ids = guarded_profile
    copy = tmp_path / "profile"
    shutil.copytree(folder, copy)
    conn = connect_raw(copy / DB_NAME, key)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA {request.param.replace(' ', ' = ')}")
    yield conn, ids, copy
    conn.close()


def snapshot(conn, ids) -> dict[str, list[tuple]]:
    """Every guarded row of every guarded table."""
    return {table: conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY 1", ids).fetchall()
            for table, (where, _key, _changes) in TARGETS.items()}


def first_row(conn, table: str, ids) -> dict:
    where, key, _changes = TARGETS[table]
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY {key} LIMIT 1", ids)
    return dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))


def statement(verb: str, table: str, row: dict, changes: dict) -> tuple[str, dict]:
    """``verb`` aimed at ``row``, carrying ``changes``."""
    key = TARGETS[table][1]
    new = {**row, **changes}
    names, values = ", ".join(new), ", ".join(f":{c}" for c in new)
    if verb in ("INSERT", "UPSERT"):
        sql = f"INSERT INTO {table} ({names}) VALUES ({values})"
        if verb == "UPSERT":
            sql += f" ON CONFLICT ({key}) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in changes)
        return sql, new
    if verb.startswith(("INSERT", "REPLACE")):
        return f"{verb} INTO {table} ({names}) VALUES ({values})", new
    sets = ", ".join(f"{c} = :{c}" for c in changes)
    if verb.startswith("UPDATE"):
        return f"{verb} {table} SET {sets} WHERE {key} = :row_key", {**changes, "row_key": row[key]}
    return f"DELETE FROM {table} WHERE {key} = :row_key", {"row_key": row[key]}


def moves(table: str, row: dict) -> list[tuple[str, dict]]:
    """The same attack made from another row: a draft's (or a new one) landing on the guarded one."""
    if table in PARTS_WITH_ID:
        sealed_id, draft_id = (f"(SELECT min(id) FROM {table} WHERE visit_id = :{v})" for v in ("sealed", "draft"))
        copied = ", ".join(sealed_id if c == "id" else c for c in row)
        return [statement("INSERT", table, row, {"id": None}),  # a new row in the sealed visit
                (f"UPDATE OR REPLACE {table} SET id = {sealed_id} WHERE id = {draft_id}", {}),
                (f"UPDATE OR REPLACE {table} SET visit_id = :sealed WHERE id = {draft_id}", {}),
                (f"UPDATE {table} SET visit_id = :sealed WHERE id = {draft_id}", {}),
                (f"INSERT OR REPLACE INTO {table} ({', '.join(row)}) SELECT {copied} FROM {table} WHERE id = {draft_id}",
                 {})]
    return {
        "visit": [statement("INSERT OR REPLACE", "visit", row, {"id": None, "sealed_at": None}),  # same uid
                  ("UPDATE OR REPLACE visit SET uid = (SELECT uid FROM visit WHERE id = :sealed) WHERE id = :draft",
                   {}),
                  ("UPDATE OR REPLACE visit SET id = :sealed WHERE id = :draft", {})],
        "signed_document": [
            ("UPDATE OR REPLACE signed_document SET visit_id = :sealed WHERE visit_id = :draft", {}),
            (("INSERT OR REPLACE INTO signed_document (visit_id, pdf, created_at) "
              "SELECT :sealed, pdf, created_at FROM signed_document WHERE visit_id = :draft"), {})],
        "audit_event": [statement("INSERT", "audit_event", row, {"id": 0}),  # an entry before the first
                        statement("INSERT", "audit_event", row, {"id": -1}),
                        ("UPDATE OR REPLACE audit_event SET id = 1 WHERE id = 2", {})],
        "scheme_authority": [("UPDATE scheme_authority SET crl = ''", {}), ("UPDATE scheme_authority SET crl = '  '", {}),
                             statement("INSERT OR REPLACE", "scheme_authority", row, {"inbox_certificate": "x"}),
                             statement("UPSERT", "scheme_authority", row, {"crl": ""})],
        "volunteer": [(("UPDATE OR REPLACE volunteer SET uid = (SELECT uid FROM volunteer WHERE id = :amrit) "
                        "WHERE id = :hannah"), {}),
                      statement("INSERT OR REPLACE", "volunteer", row, {"id": None, "name": "Impostor"}),
                      ("UPDATE volunteer SET id = 999 WHERE id = :amrit", {}),
                      ("UPDATE OR REPLACE volunteer SET id = :amrit WHERE id = :hannah", {})],
    }[table]


@pytest.mark.parametrize("table", list(TARGETS))
def test_no_verb_changes_a_guarded_row(raw, table):
    import sqlcipher3.dbapi2 as sqlcipher

    conn, ids, _copy = raw
    row = first_row(conn, table, ids)
    before = snapshot(conn, ids)
    assert before[table] and before["conversation"] and before["signed_document"]
    attacks = [statement(verb, table, row, TARGETS[table][2]) for verb in VERBS] + moves(table, row)
    for sql, params in attacks:
        try:
            conn.execute(sql, {**ids, **params})
        except sqlcipher.Error:
            pass  # refused: by a guard, or by a constraint the guard relies on
        assert snapshot(conn, ids) == before, sql


def test_after_every_attack_the_sealed_visit_and_the_log_still_verify(guarded_profile, tmp_path):
    import sqlcipher3.dbapi2 as sqlcipher

    from icvapp.profile.context import open_profile
    from icvapp.sealing.signoff import check_stored_visit
    from icvapp.storage.audit import verify_chain
    from icvapp.trust.enrolment import require_trust

    folder, key, ids = guarded_profile
    copy = tmp_path / "profile"
    shutil.copytree(folder, copy)
    conn = connect_raw(copy / DB_NAME, key)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = OFF")
    for table in TARGETS:
        row = first_row(conn, table, ids)
        for sql, params in [statement(v, table, row, TARGETS[table][2]) for v in VERBS] + moves(table, row):
            try:
                conn.execute(sql, {**ids, **params})
            except sqlcipher.Error:
                pass
    conn.close()
    ctx = open_profile(copy, PASSPHRASE)
    try:
        assert check_stored_visit(ctx.db, ids["sealed"]).ok
        assert verify_chain(ctx.db).ok
        assert require_trust(ctx.db).root is not None
    finally:
        ctx.close()


def test_the_guards_name_what_they_protect(raw):
    import sqlcipher3.dbapi2 as sqlcipher

    conn, ids, _copy = raw
    for sql, words in [
        ("REPLACE INTO signed_document (visit_id, pdf, created_at) VALUES (:sealed, x'00', '2026-01-01')",
         "sealed visit cannot be changed"),
        ("UPDATE OR REPLACE conversation SET visit_id = :sealed WHERE visit_id = :draft", "sealed visit"),
        ("INSERT OR REPLACE INTO audit_event SELECT * FROM audit_event WHERE id = 1", "append-only"),
        ("UPDATE scheme_authority SET crl = NULL", "revocation list cannot be removed"),
        ("UPDATE volunteer SET uid = 'someone-else' WHERE id = :amrit", "volunteer's identity cannot be changed"),
    ]:
        with pytest.raises(sqlcipher.IntegrityError, match=words):
            conn.execute(sql, ids)


def test_a_volunteer_nothing_signed_depends_on_may_adopt_the_schemes_uid(raw):
    """Joining a scheme gives a volunteer typed in locally the scheme's uid for them."""
    conn, ids, _copy = raw
    conn.execute("UPDATE volunteer SET uid = 'the-schemes-uid' WHERE id = :hannah", ids)
    assert conn.execute("SELECT uid FROM volunteer WHERE id = :hannah", ids).fetchone() == ("the-schemes-uid",)
