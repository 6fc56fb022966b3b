"""The scheme server's Alembic environment (PostgreSQL), apart from the laptop's (``db/versions``)."""
