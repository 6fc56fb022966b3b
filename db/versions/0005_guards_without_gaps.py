"""guards no SQL verb or conflict clause gets round: REPLACE, upserts, moved rows, identities, the CRL

Revision ID: 0005
Revises: 0004

The guards of 0002 fire on UPDATE and DELETE of a sealed visit's rows. SQLite's
REPLACE conflict resolution (``INSERT OR REPLACE``, ``REPLACE``, ``UPDATE OR
REPLACE``) deletes the row it collides with *without* firing delete triggers
unless ``recursive_triggers`` is on - and with foreign keys on, that delete
cascades away the sealed visit's conversations, counts and checks. icvapp turns
``recursive_triggers`` on for every connection it opens, but a guard must hold
for any SQL client with the key, so these triggers do not rely on it: before a
row goes in (or a key column changes) they refuse it if it would take the place
of a guarded row. BEFORE INSERT triggers also fire before an upsert's
``ON CONFLICT DO UPDATE``, and a RAISE is not a conflict that ``OR IGNORE``
ignores.

Triggers are SQLite's; PostgreSQL gets the same rules as PL/pgSQL when the
scheme server arrives. No table is rebuilt, so the 0002 guards stay as they are.
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SEALED = "icvapp: a sealed visit cannot be changed"
APPEND_ONLY = "icvapp: the audit log is append-only"
CRL = "icvapp: the revocation list cannot be removed"
IDENTITY = "icvapp: a volunteer's identity cannot be changed"

#: A sealed visit's parts that have their own ``id`` (signed_document's key is its visit_id).
PARTS_WITH_ID = ("conversation", "detainee_count", "detainee_request", "suite_check", "visit_signature")


def _raise(message: str) -> str:
    quoted = message.replace("'", "''")
    return f"BEGIN SELECT RAISE(ABORT, '{quoted}'); END"


def _sealed_visit(visit_id: str) -> str:
    return f"(SELECT sealed_at FROM visit WHERE id = {visit_id}) IS NOT NULL"


def _sealed_part(table: str, part_id: str, other_than: str | None = None) -> str:
    """A row of ``table`` with id ``part_id`` (other than ``other_than``) belongs to a sealed visit."""
    besides = f" AND p.id <> {other_than}" if other_than else ""
    return (f"EXISTS (SELECT 1 FROM {table} p JOIN visit v ON v.id = p.visit_id "
            f"WHERE p.id = {part_id}{besides} AND v.sealed_at IS NOT NULL)")


#: Something signed depends on the volunteer: named on a sealed visit, a signature, a certificate.
#: (A key still awaiting its certificate does not count: joining a scheme adopts its uid for a
#: volunteer typed in locally, and nothing anyone vouches for carries the old one yet.)
VOUCHED_FOR = """(EXISTS (SELECT 1 FROM visit WHERE visitor_a_id = OLD.id AND sealed_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM visit WHERE visitor_b_id = OLD.id AND sealed_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM visit_signature WHERE volunteer_id = OLD.id)
    OR EXISTS (SELECT 1 FROM issued_certificate WHERE volunteer_id = OLD.id)
    OR EXISTS (SELECT 1 FROM signing_key WHERE volunteer_id = OLD.id AND certificate IS NOT NULL))"""

HAS_CRL = "crl IS NOT NULL AND trim(crl) <> ''"

SQLITE_TRIGGERS = [
    # A sealed visit: nothing may take its place, by its id or by its uid.
    f"""CREATE TRIGGER visit_sealed_replace BEFORE INSERT ON visit
        WHEN EXISTS (SELECT 1 FROM visit WHERE id = NEW.id AND sealed_at IS NOT NULL)
          OR EXISTS (SELECT 1 FROM visit WHERE uid = NEW.uid AND sealed_at IS NOT NULL)
        {_raise(SEALED)}""",
    f"""CREATE TRIGGER visit_sealed_collide BEFORE UPDATE OF id, uid ON visit
        WHEN EXISTS (SELECT 1 FROM visit WHERE id = NEW.id AND id <> OLD.id AND sealed_at IS NOT NULL)
          OR EXISTS (SELECT 1 FROM visit WHERE uid = NEW.uid AND id <> OLD.id AND sealed_at IS NOT NULL)
        {_raise(SEALED)}""",
    # signed_document is keyed by its visit: 0002's insert guard already covers a collision.
    f"""CREATE TRIGGER signed_document_sealed_move BEFORE UPDATE OF visit_id ON signed_document
        WHEN {_sealed_visit("NEW.visit_id")}
        {_raise(SEALED)}""",
    # The audit log: nothing takes an entry's place, and entries are added only at the end.
    f"""CREATE TRIGGER audit_event_append_only_replace BEFORE INSERT ON audit_event
        WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)
        {_raise(APPEND_ONLY)}""",
    f"""CREATE TRIGGER audit_event_append_only_order AFTER INSERT ON audit_event
        WHEN NEW.id < 1 OR EXISTS (SELECT 1 FROM audit_event WHERE id > NEW.id)
        {_raise(APPEND_ONLY)}""",
    # The stored revocation list: once there, never emptied, removed or replaced by SQL
    # (that a new one is signed by the scheme root is checked in Python, see trust.enrolment).
    f"""CREATE TRIGGER scheme_authority_crl_update BEFORE UPDATE OF crl ON scheme_authority
        WHEN OLD.crl IS NOT NULL AND trim(OLD.crl) <> '' AND (NEW.crl IS NULL OR trim(NEW.crl) = '')
        {_raise(CRL)}""",
    f"""CREATE TRIGGER scheme_authority_crl_collide BEFORE UPDATE OF id ON scheme_authority
        WHEN EXISTS (SELECT 1 FROM scheme_authority WHERE id = NEW.id AND id <> OLD.id AND {HAS_CRL})
        {_raise(CRL)}""",
    f"""CREATE TRIGGER scheme_authority_crl_delete BEFORE DELETE ON scheme_authority
        WHEN OLD.crl IS NOT NULL AND trim(OLD.crl) <> ''
        {_raise(CRL)}""",
    f"""CREATE TRIGGER scheme_authority_crl_replace BEFORE INSERT ON scheme_authority
        WHEN EXISTS (SELECT 1 FROM scheme_authority WHERE id = NEW.id AND {HAS_CRL})
        {_raise(CRL)}""",
    # A volunteer's identity: the id and uid stay paired once anything signed depends on them.
    f"""CREATE TRIGGER volunteer_identity_update BEFORE UPDATE OF id, uid ON volunteer
        WHEN NEW.id IS NOT OLD.id
          OR EXISTS (SELECT 1 FROM volunteer WHERE uid = NEW.uid AND id <> OLD.id)
          OR (NEW.uid IS NOT OLD.uid AND {VOUCHED_FOR})
        {_raise(IDENTITY)}""",
    f"""CREATE TRIGGER volunteer_identity_replace BEFORE INSERT ON volunteer
        WHEN EXISTS (SELECT 1 FROM volunteer WHERE id = NEW.id)
          OR EXISTS (SELECT 1 FROM volunteer WHERE uid = NEW.uid)
        {_raise(IDENTITY)}""",
    f"""CREATE TRIGGER volunteer_identity_delete BEFORE DELETE ON volunteer
        WHEN {VOUCHED_FOR}
        {_raise(IDENTITY)}""",
]
for _table in PARTS_WITH_ID:
    SQLITE_TRIGGERS += [
        # A new row must not take the place of a sealed visit's row (REPLACE, upsert).
        f"""CREATE TRIGGER {_table}_sealed_replace BEFORE INSERT ON {_table}
            WHEN {_sealed_part(_table, "NEW.id")}
            {_raise(SEALED)}""",
        # A row may not be moved into a sealed visit, nor onto a sealed row's id (UPDATE OR REPLACE).
        f"""CREATE TRIGGER {_table}_sealed_move BEFORE UPDATE OF id, visit_id ON {_table}
            WHEN {_sealed_visit("NEW.visit_id")} OR {_sealed_part(_table, "NEW.id", "OLD.id")}
            {_raise(SEALED)}""",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
