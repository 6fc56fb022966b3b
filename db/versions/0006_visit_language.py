"""visit language: the language a visit report was written in, and is printed in

Revision ID: 0006
Revises: 0005

Every visit before this revision was written in English, so the column's server default is
``'en'``: existing rows (sealed ones included) need no UPDATE, which their guards would refuse,
and rebuild the same signed bytes (the canonical document leaves an English visit's language out).
A plain ADD COLUMN with a constant default, the same on SQLite and PostgreSQL; no table is rebuilt,
so the sealed-visit triggers stay as they are.
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("visit", sa.Column("language", sa.String(8), nullable=False, server_default="en"))


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
