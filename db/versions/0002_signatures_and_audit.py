"""signatures, sealing, amendments and the audit log

Revision ID: 0002
Revises: 0001
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SEALED_PARTS = ("conversation", "detainee_count", "detainee_request", "suite_check",
                "visit_signature", "signed_document")

# The storage layer itself refuses to change a sealed visit or the audit log,
# whatever code path (or hand-typed SQL) tries. PostgreSQL gets the same rules
# as PL/pgSQL triggers when the scheme server arrives.
SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'icvapp: the audit log is append-only'); END""",
    """CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'icvapp: the audit log is append-only'); END""",
    """CREATE TRIGGER visit_sealed_update BEFORE UPDATE ON visit WHEN OLD.sealed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'icvapp: a sealed visit cannot be changed'); END""",
    """CREATE TRIGGER visit_sealed_delete BEFORE DELETE ON visit WHEN OLD.sealed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'icvapp: a sealed visit cannot be changed'); END""",
]
for _table in SEALED_PARTS:
    for _when, _row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        SQLITE_TRIGGERS.append(
            f"""CREATE TRIGGER {_table}_sealed_{_when.lower()} BEFORE {_when} ON {_table}
                WHEN (SELECT sealed_at FROM visit WHERE id = {_row}.visit_id) IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'icvapp: a sealed visit cannot be changed'); END"""
        )


def _add_uid(table: str) -> None:
    op.add_column(table, sa.Column("uid", sa.String(length=36), nullable=True))
    conn = op.get_bind()
    ids = [r[0] for r in conn.execute(sa.text(f"SELECT id FROM {table}"))]
    for row_id in ids:
        conn.execute(sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                     {"uid": str(uuid.uuid4()), "id": row_id})
    with op.batch_alter_table(table) as batch:
        batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch.create_index(f"ix_{table}_uid", ["uid"], unique=True)


def upgrade() -> None:
    _add_uid("suite")
    _add_uid("volunteer")

    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("officer_ack_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("officer_signature", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("supersedes_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("amendment_reason", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("amendment_changes", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("sealed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("sealed_record", sa.Text(), nullable=True))
        batch.add_column(sa.Column("record_digest", sa.String(length=64), nullable=True))
        batch.create_index("ix_visit_supersedes_id", ["supersedes_id"], unique=False)
        batch.create_foreign_key("fk_visit_supersedes_id_visit", "visit", ["supersedes_id"], ["id"])

    op.create_table(
        "visit_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("signer_name", sa.String(length=120), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name="fk_visit_signature_visit_id_visit"),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteer.id"],
                                name="fk_visit_signature_volunteer_id_volunteer"),
        sa.PrimaryKeyConstraint("id", name="pk_visit_signature"),
        sa.UniqueConstraint("visit_id", "position", name="uq_visit_signature_visit_position"),
    )
    op.create_index("ix_visit_signature_visit_id", "visit_signature", ["visit_id"], unique=False)
    op.create_table(
        "signed_document",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name="fk_signed_document_visit_id_visit"),
        sa.PrimaryKeyConstraint("visit_id", name="pk_signed_document"),
    )
    op.create_table(
        "scheme_authority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("root_certificate", sa.Text(), nullable=False),
        sa.Column("inbox_certificate", sa.Text(), nullable=False),
        sa.Column("root_key", sa.LargeBinary(), nullable=True),
        sa.Column("inbox_key", sa.LargeBinary(), nullable=True),
        sa.Column("crl", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheme_authority"),
    )
    op.create_table(
        "signing_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("sealed_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.Text(), nullable=False),
        sa.Column("request", sa.Text(), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteer.id"], name="fk_signing_key_volunteer_id_volunteer"),
        sa.PrimaryKeyConstraint("id", name="pk_signing_key"),
    )
    op.create_index("ix_signing_key_volunteer_id", "signing_key", ["volunteer_id"], unique=False)
    op.create_table(
        "issued_certificate",
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revocation_reason", sa.String(length=60), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteer.id"],
                                name="fk_issued_certificate_volunteer_id_volunteer"),
        sa.PrimaryKeyConstraint("serial", name="pk_issued_certificate"),
    )
    op.create_index("ix_issued_certificate_volunteer_id", "issued_certificate", ["volunteer_id"], unique=False)
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("event", sa.String(length=30), nullable=False),
        sa.Column("visit_uid", sa.String(length=36), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_event"),
    )
    op.create_index("ix_audit_event_visit_uid", "audit_event", ["visit_uid"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
