"""The delivery rows of ``app_state`` (``delivery.*``): small JSON values, encrypted with the profile."""

from __future__ import annotations

import json

from icvapp.storage.database import Database
from icvapp.storage.model import AppState


def read_json(db: Database, key: str) -> dict | None:
    with db.session() as s:
        row = s.get(AppState, key)
        return json.loads(row.value) if row is not None and row.value else None


def write_json(db: Database, key: str, value: dict) -> None:
    with db.session() as s:
        row = s.get(AppState, key)
        if row is None:
            s.add(AppState(key=key, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
