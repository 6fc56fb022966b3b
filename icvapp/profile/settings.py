"""The app's own settings, kept encrypted in the profile's database (the ``app_state`` table).

This module reads and writes the settings' rows of that table (the keys below).
The only other rows are the scheme server's, named ``delivery.*`` and kept by
:mod:`icvapp.delivery`: this computer's device key and server (``delivery.device``),
the outbox (``delivery.outbox.<visit uid>``) and the last sync (``delivery.last_sync``).
Each setting has a typed getter and setter, and every value is a whole number the
app chooses — minutes, months, a visit's id. Nothing a volunteer types is stored
here: their words belong in the visit record, under its own rules for sealing and retention.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput
from icvapp.storage import audit
from icvapp.storage.database import Database
from icvapp.storage.model import AppState

# The settings' keys in ``app_state``; this module writes no other key.
LOCK_MINUTES = "lock_after_minutes"
RETENTION_MONTHS = "retention_months"
EDITING_VISIT = "editing_visit"

DEFAULT_LOCK_MINUTES = 10
# The longest idle time that can be chosen before the window locks (0 = never lock).
MAX_LOCK_MINUTES = 240


def _read(db: Database, key: str) -> int | None:
    with db.session() as s:
        row = s.get(AppState, key)
        # An empty value is how older versions stored "not set".
        return int(row.value) if row is not None and row.value else None


def _write(s: Session, key: str, value: int | None) -> None:
    """Store one setting inside the caller's transaction; None removes it."""
    if value is not None and type(value) is not int:
        raise TypeError(f"the setting {key!r} holds a whole number, not {type(value).__name__}")
    row = s.get(AppState, key)
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(AppState(key=key, value=str(value)))
    else:
        row.value = str(value)


# --------------------------------------------------------------------------- the idle lock


def lock_minutes(db: Database) -> int:
    """Idle minutes before the window locks itself (0 = never)."""
    minutes = _read(db, LOCK_MINUTES)
    return DEFAULT_LOCK_MINUTES if minutes is None else minutes


def set_lock_minutes(db: Database, minutes: int) -> None:
    if not 0 <= minutes <= MAX_LOCK_MINUTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Settings", "The window can lock after 1 to {max_lock_minutes} idle "
                                                         "minutes, or never (0).")
                           .format(max_lock_minutes=MAX_LOCK_MINUTES))
    with db.session() as s:
        _write(s, LOCK_MINUTES, minutes)


# --------------------------------------------------------------------------- retention


def retention_months(db: Database) -> int | None:
    """How long conversation-level detail is kept; None keeps everything."""
    return _read(db, RETENTION_MONTHS)


def set_retention_months(db: Database, months: int | None) -> None:
    """Set (or, with None, lift) the retention period; the audit log records the change."""
    if months is not None and months < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("Settings", "A retention period is at least one month."))
    with db.session() as s:
        _write(s, RETENTION_MONTHS, months)
        audit.append(s, audit.RETENTION_SET, actor=db.actor, detail={"months": months})


# --------------------------------------------------------------------------- the draft being edited


def editing_visit(db: Database) -> int | None:
    """The id of the draft open in the form, if one is (kept so a crash can offer it back)."""
    return _read(db, EDITING_VISIT)


def set_editing_visit(db: Database, visit_id: int | None) -> None:
    with db.session() as s:
        _write(s, EDITING_VISIT, visit_id)
