"""Alembic environment for the scheme server: migrations run on the connection handed over.

:func:`icvapp.server.database.migrate` connects as the database's owner and passes the
connection in ``config.attributes["connection"]``; PostgreSQL runs the whole upgrade in
one transaction, DDL included, so a failed migration leaves nothing half done.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run the server's migrations with `icvapp-server migrate`, not the alembic CLI.")

context.configure(connection=connection, target_metadata=None, transactional_ddl=True,
                  version_table="alembic_version")
with context.begin_transaction():
    context.run_migrations()
