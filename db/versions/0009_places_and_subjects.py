"""the model speaks of places, stages, subjects and areas, not of custody

Revision ID: 0009
Revises: 0008

The tables and columns that were named for custody visiting are renamed for what they hold in any
kind of scheme (docs/scheme-kinds.md):

====================================  ==================================
``suite``                              ``place`` (``cells`` → ``locations``)
``suite_closure``                      ``place_closure``
``detainee_count``                     ``stage_count``
``detainee_request``                   ``subject_request``
``suite_check``                        ``area_check``
``suite_id`` (visit, rota, closures,   ``place_id``
issues)
``conversation.custody_number``, ``cell``  ``identifier``, ``location``
====================================  ==================================

Only renames: no row is written, so a sealed visit's guards (which refuse any UPDATE of its rows)
are not involved, and the signed documents, which name their parts in their own words, are
untouched. ``ALTER TABLE … RENAME`` is the same statement on SQLite and PostgreSQL. SQLite also
rewrites every trigger, index and foreign key that names a renamed table or column; what it cannot
rename (indexes, triggers, the names of constraints) is renamed here without rebuilding a table,
so every guard stays exactly the one its migration wrote:

- an index is dropped and created again under its new name;
- a trigger is dropped and created again from its own SQL (already rewritten by SQLite) under its
  new name;
- a constraint's name is only text in its table's SQL on SQLite; it is rewritten in the schema
  with ``writable_schema``, the procedure SQLite documents for changes that leave the stored rows
  as they are (https://sqlite.org/lang_altertable.html#otheralter), and checked by
  ``PRAGMA integrity_check`` before the upgrade commits. PostgreSQL renames constraints itself.
"""
import re

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = {
    "suite": "place",
    "suite_closure": "place_closure",
    "detainee_count": "stage_count",
    "detainee_request": "subject_request",
    "suite_check": "area_check",
}
#: (table, as it is now named) → its renamed columns.
COLUMNS = {
    "place": {"cells": "locations"},
    "place_closure": {"suite_id": "place_id"},
    "rota_assignment": {"suite_id": "place_id"},
    "visit": {"suite_id": "place_id"},
    "tracked_issue": {"suite_id": "place_id"},
    "conversation": {"custody_number": "identifier", "cell": "location"},
}
#: old index name → (new name, table, columns, unique)
INDEXES = {
    "ix_suite_uid": ("ix_place_uid", "place", "uid", True),
    "ix_suite_closure_suite_id": ("ix_place_closure_place_id", "place_closure", "place_id", False),
    "ix_rota_assignment_suite_id": ("ix_rota_assignment_place_id", "rota_assignment", "place_id", False),
    "ix_tracked_issue_suite_id": ("ix_tracked_issue_place_id", "tracked_issue", "place_id", False),
    "ix_visit_suite_date": ("ix_visit_place_date", "visit", "place_id, visit_date", False),
    "ix_detainee_count_visit_id": ("ix_stage_count_visit_id", "stage_count", "visit_id", False),
    "ix_detainee_request_visit_id": ("ix_subject_request_visit_id", "subject_request", "visit_id", False),
    "ix_detainee_request_conversation_id": ("ix_subject_request_conversation_id", "subject_request",
                                            "conversation_id", False),
    "ix_suite_check_visit_id": ("ix_area_check_visit_id", "area_check", "visit_id", False),
}
#: The words of an old name and their new ones, for the names of constraints and triggers.
NAME_WORDS = [("detainee_count", "stage_count"), ("detainee_request", "subject_request"),
              ("suite_closure", "place_closure"), ("suite_check", "area_check"), ("suite_id", "place_id"),
              ("suite", "place")]


def new_name(name: str) -> str:
    for old, new in NAME_WORDS:
        name = name.replace(old, new)
    return name


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for old, new in TABLES.items():
        op.execute(f"ALTER TABLE {old} RENAME TO {new}")
    for table, columns in COLUMNS.items():
        for old, new in columns.items():
            op.execute(f"ALTER TABLE {table} RENAME COLUMN {old} TO {new}")
    for old, (new, table, columns, unique) in INDEXES.items():
        if sqlite:
            op.execute(f"DROP INDEX {old}")
            op.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX {new} ON {table} ({columns})")
        else:
            op.execute(f"ALTER INDEX {old} RENAME TO {new}")
    if sqlite:
        _rename_sqlite_triggers(bind)
        _rename_sqlite_constraints(bind)
    else:
        _rename_constraints(bind)


def _rename_sqlite_triggers(bind) -> None:
    triggers = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, sql in triggers:
        renamed = new_name(name)
        if renamed == name:
            continue
        head = re.match(r"CREATE TRIGGER\s+\"?" + re.escape(name) + r"\"?", sql)
        if head is None:
            raise RuntimeError(f"cannot rename trigger {name}: unexpected SQL")
        op.execute(f"DROP TRIGGER {name}")
        op.execute(f"CREATE TRIGGER {renamed}" + sql[head.end():])


def _rename_sqlite_constraints(bind) -> None:
    tables = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    changed = {}
    for table, sql in tables:
        renamed = re.sub(r"CONSTRAINT (\w+)", lambda m: "CONSTRAINT " + new_name(m.group(1)), sql or "")
        if renamed != sql:
            changed[table] = renamed
    if not changed:
        return
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    try:
        for table, sql in changed.items():
            bind.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql, table))
        bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA integrity_check").fetchall()
    if problems != [("ok",)]:
        raise RuntimeError(f"the schema failed its integrity check after renaming constraints: {problems[:5]}")


def _rename_constraints(bind) -> None:
    rows = bind.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace").fetchall()
    for table, name in rows:
        renamed = new_name(name)
        if renamed != name:
            op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{name}" TO "{renamed}"')


def downgrade() -> None:
    raise NotImplementedError("icvapp never downgrades a database; restore the pre-upgrade backup instead.")
