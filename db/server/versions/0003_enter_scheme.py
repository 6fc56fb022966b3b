"""One round trip to start a request: set the transaction's scheme, record the request's nonce, read the scheme.

Before this, a request set the scheme with one statement and read it (recording the nonce) with a second.
``icvapp_enter`` does both in order inside one call. It runs with the caller's rights (``SECURITY INVOKER``),
so row-level security applies to it exactly as to the statements it replaces: the ``set_config`` is
``SET LOCAL`` (the third argument), and the query after it sees only that scheme's row.

Revision ID: s0003
Revises: s0002
"""

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""
CREATE FUNCTION icvapp_enter(scheme_wanted text, request_nonce text)
RETURNS TABLE (scheme_uid text, name text, root_certificate text, server_certificate text, crl text, fresh bigint)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
#variable_conflict use_column
BEGIN
    PERFORM set_config('icvapp.scheme', scheme_wanted, true);
    RETURN QUERY
        WITH recorded AS (
            INSERT INTO request_nonce (scheme_uid, nonce)
            SELECT s.scheme_uid, request_nonce FROM scheme s WHERE request_nonce IS NOT NULL
            ON CONFLICT DO NOTHING RETURNING request_nonce.nonce)
        SELECT s.scheme_uid, s.name, s.root_certificate, s.server_certificate, s.crl,
               (SELECT count(*) FROM recorded)
        FROM scheme s;
END
$$""")


def downgrade() -> None:
    op.execute("DROP FUNCTION icvapp_enter(text, text)")
