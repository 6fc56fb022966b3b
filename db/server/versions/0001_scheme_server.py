"""The scheme server: schemes, deliveries (ciphertext and routing facts), nonces, rotas.

Every table carries ``scheme_uid`` and is under row-level security, enabled and
forced (so even the tables' owner sees only the scheme set for the transaction);
with no scheme set, ``current_setting('icvapp.scheme', true)`` is NULL or empty
and no row matches.

Revision ID: s0001
Revises:
"""

from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("scheme", "delivery", "request_nonce", "rota")

SCHEMA = """
CREATE TABLE scheme (
    scheme_uid text PRIMARY KEY CHECK (scheme_uid <> ''),
    name text NOT NULL,
    root_certificate text NOT NULL,
    -- The server's key as this scheme's root certified it: receipts are signed with it.
    server_certificate text NOT NULL,
    -- The latest scheme file (suites, volunteers, revocations), signed by the root, and its CRL.
    scheme_package text,
    package_issued_at text,
    crl text,
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE delivery (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scheme_uid text NOT NULL REFERENCES scheme (scheme_uid),
    visit_uid text NOT NULL,
    series_uid text NOT NULL,
    version integer NOT NULL CHECK (version >= 1),
    content_digest text NOT NULL CHECK (content_digest ~ '^[0-9a-f]{64}$'),
    ciphertext bytea NOT NULL,
    device_serial text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    CONSTRAINT uq_delivery_scheme_visit_digest UNIQUE (scheme_uid, visit_uid, content_digest)
);
CREATE INDEX ix_delivery_pending ON delivery (scheme_uid, id) WHERE acknowledged_at IS NULL;
CREATE INDEX ix_delivery_series ON delivery (scheme_uid, series_uid, version);

CREATE TABLE request_nonce (
    scheme_uid text NOT NULL REFERENCES scheme (scheme_uid),
    nonce text NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scheme_uid, nonce)
);
CREATE INDEX ix_request_nonce_seen ON request_nonce (seen_at);

-- Suite-weeks and pairs only, never a day or a time: {"weeks": [{"week", "suite", "visitors"}]}.
CREATE TABLE rota (
    scheme_uid text PRIMARY KEY REFERENCES scheme (scheme_uid),
    weeks jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);
"""

# A delivery is never changed except to record the office's acknowledgement, and never removed.
GUARDS = """
CREATE FUNCTION delivery_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'deliveries are never deleted';
    END IF;
    IF (NEW.scheme_uid, NEW.visit_uid, NEW.series_uid, NEW.version, NEW.content_digest, NEW.ciphertext,
        NEW.device_serial, NEW.received_at)
       IS DISTINCT FROM
       (OLD.scheme_uid, OLD.visit_uid, OLD.series_uid, OLD.version, OLD.content_digest, OLD.ciphertext,
        OLD.device_serial, OLD.received_at) THEN
        RAISE EXCEPTION 'a delivery is stored as received; only its acknowledgement may be set';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER delivery_guard BEFORE UPDATE OR DELETE ON delivery
    FOR EACH ROW EXECUTE FUNCTION delivery_guard();
"""


def upgrade() -> None:
    op.execute(SCHEMA)
    op.execute(GUARDS)
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_of_scheme ON {table} "
                   "USING (scheme_uid = current_setting('icvapp.scheme', true)) "
                   "WITH CHECK (scheme_uid = current_setting('icvapp.scheme', true))")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP FUNCTION delivery_guard()")
