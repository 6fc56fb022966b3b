"""visit activities: what the visitors observed beyond the lists (the dog unit's training, with the methods seen)

Revision ID: 0008
Revises: 0007

One nullable JSON column, ``{activity key: {"observed": bool | null, "choices": [keys], "note": str}}``, keyed
by the scheme definition's activities. Every visit before this revision has none, so existing rows (sealed ones
included) keep NULL and need no UPDATE, which their guards would refuse; the signed document leaves a visit's
activities out while it has none, so they rebuild the same bytes. Batch mode keeps it one statement on any
dialect: adding a nullable column needs no table rebuild on SQLite ("auto"), so the sealed-visit triggers stay.
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("activities", sa.JSON(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
