"""Alembic environment: migrations run on the connection icvapp hands over.

icvapp opens the encrypted database itself (one place opens it) and passes the
connection in ``config.attributes["connection"]``, already inside the single
transaction that the whole upgrade runs in.
"""

from alembic import context

from icvapp.storage.model import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through icvapp.storage.open_database, not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
