"""The encrypted store: the database, its schema, its keys and the append-only audit log."""
