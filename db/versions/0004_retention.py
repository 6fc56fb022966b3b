"""retention: when a visit's conversation-level detail was purged

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: the visit table (and its sealed-visit triggers) is not rebuilt.
    op.add_column("visit", sa.Column("purged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
