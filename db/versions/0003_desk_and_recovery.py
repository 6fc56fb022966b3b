"""the co-ordinator's desk (closures, rota, tracked issues, history) and key recovery

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the visit table's sealed-visit triggers stay as they are.
    op.add_column("visit", sa.Column("origin", sa.String(length=20), server_default="recorded", nullable=False))
    op.add_column("signing_key", sa.Column("recovery_box", sa.LargeBinary(), nullable=True))
    op.create_table(
        "suite_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suite_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["suite_id"], ["suite.id"], name="fk_suite_closure_suite_id_suite"),
        sa.PrimaryKeyConstraint("id", name="pk_suite_closure"),
    )
    op.create_index("ix_suite_closure_suite_id", "suite_closure", ["suite_id"], unique=False)
    op.create_table(
        "rota_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("suite_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("visitor_a_id", sa.Integer(), nullable=True),
        sa.Column("visitor_b_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["suite_id"], ["suite.id"], name="fk_rota_assignment_suite_id_suite"),
        sa.ForeignKeyConstraint(["visitor_a_id"], ["volunteer.id"], name="fk_rota_assignment_visitor_a_id_volunteer"),
        sa.ForeignKeyConstraint(["visitor_b_id"], ["volunteer.id"], name="fk_rota_assignment_visitor_b_id_volunteer"),
        sa.PrimaryKeyConstraint("id", name="pk_rota_assignment"),
        sa.UniqueConstraint("suite_id", "week_start", name="uq_rota_assignment_suite_week"),
    )
    op.create_index("ix_rota_assignment_suite_id", "rota_assignment", ["suite_id"], unique=False)
    op.create_table(
        "tracked_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_key", sa.String(length=60), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("suite_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("resolved_during_visit", sa.Boolean(), nullable=False),
        sa.Column("escalation", sa.String(length=20), nullable=False),
        sa.Column("police_response", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["suite_id"], ["suite.id"], name="fk_tracked_issue_suite_id_suite"),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"], name="fk_tracked_issue_visit_id_visit"),
        sa.PrimaryKeyConstraint("id", name="pk_tracked_issue"),
        sa.UniqueConstraint("visit_id", "source", "source_key", name="uq_tracked_issue_visit_source"),
    )
    op.create_index("ix_tracked_issue_visit_id", "tracked_issue", ["visit_id"], unique=False)
    op.create_index("ix_tracked_issue_suite_id", "tracked_issue", ["suite_id"], unique=False)
    op.create_index("ix_tracked_issue_status_raised", "tracked_issue", ["status", "raised_on"], unique=False)
    op.create_index("ix_conversation_visit_reason", "conversation", ["visit_id", "reason_not_seen"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
