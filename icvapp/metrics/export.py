"""Figures as plain JSON-ready data, for the CLI's ``--format json`` and other exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from icvapp.metrics.figures import Change
from icvapp.storage import released


def as_dict(obj: Any) -> dict:
    """A figures dataclass as nested dicts and lists: dates as ISO strings, floats to 1 dp. Fields are named as the
    export has always named them (:data:`icvapp.storage.released.FIGURE_KEYS`), so scripts reading it keep working."""
    plain = _plain(obj)
    if not isinstance(plain, dict):
        raise TypeError(f"as_dict takes a figures dataclass, not {type(obj).__name__}.")
    return plain


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {released.FIGURE_KEYS.get(f.name, f.name): _plain(getattr(value, f.name))
               for f in dataclasses.fields(value)}
        if isinstance(value, Change):
            out["delta"] = _plain(value.delta)
        return out
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):  # datetimes are dates too
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 1)
    return value
