"""the funnel holds in every sealed visit; the office's register of laptops' audit-log heads

Revision ID: 0007
Revises: 0006

``stage_limit`` lists each detainee stage with every stage it lies within (written from the scheme
definition when a profile opens). A visit whose counts put a stage above one it lies within - in
the total or in any group - cannot be sealed: the database refuses to set ``sealed_at``. Drafts are
not checked (a volunteer may type 7 seen before correcting 3 in custody, and must not lose it);
the form, the history import and the submission import refuse such a visit with the reason first.

``laptop_log`` is where the office keeps the audit-log heads each laptop's submissions carried, so
a log that was cut short or rewritten since is flagged (icvapp.sealing.laptop_logs).
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FUNNEL = "icvapp: a stage of the detainee funnel is larger than a stage it lies within"

GROUPS = ("total", "female", "male", "juvenile")

BREACH = " OR ".join(f"c.{g} > p.{g}" for g in GROUPS)

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER visit_funnel_sealed BEFORE UPDATE OF sealed_at ON visit
        WHEN NEW.sealed_at IS NOT NULL AND EXISTS (
            SELECT 1 FROM detainee_count c
            JOIN stage_limit l ON l.stage = c.stage
            JOIN detainee_count p ON p.visit_id = c.visit_id AND p.stage = l.within
            WHERE c.visit_id = NEW.id AND ({BREACH}))
        BEGIN SELECT RAISE(ABORT, '{FUNNEL}'); END""",
]


def upgrade() -> None:
    op.create_table(
        "stage_limit",
        sa.Column("stage", sa.String(30), primary_key=True),
        sa.Column("within", sa.String(30), primary_key=True),
    )
    op.create_table(
        "laptop_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("signer", sa.String(64), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("visit_uid", sa.String(36), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("signer", "last_id", name="uq_laptop_log_signer_last_id"),
    )
    op.create_index("ix_laptop_log_signer", "laptop_log", ["signer"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
