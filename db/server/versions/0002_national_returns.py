"""National returns: a scheme's signed quarterly counts, the only rows a national role may read.

The table is scheme-owned like the others (row-level security enabled and forced, the scheme's own
policy). A national reader role, if the host has one, gets a second, read-only policy of its own
from ``icvapp-server migrate --national-role`` (roles are the host's, not the schema's).

Revision ID: s0002
Revises: s0001
"""

from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE TABLE national_return (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_uid text NOT NULL REFERENCES scheme (scheme_uid),
    quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    body jsonb NOT NULL,
    signature text NOT NULL,
    content_digest text NOT NULL CHECK (content_digest ~ '^[0-9a-f]{64}$'),
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT uq_national_return_scheme_quarter_digest UNIQUE (scheme_uid, quarter, content_digest)
)""")
    op.execute("ALTER TABLE national_return ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE national_return FORCE ROW LEVEL SECURITY")
    op.execute("CREATE POLICY national_return_of_scheme ON national_return "
               "USING (scheme_uid = current_setting('icvapp.scheme', true)) "
               "WITH CHECK (scheme_uid = current_setting('icvapp.scheme', true))")


def downgrade() -> None:
    op.execute("DROP TABLE national_return")
