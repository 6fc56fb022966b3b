"""The demo's invented notes — observations, issues, officers' replies — kept as data beside the scheme
definitions (``resources/demo/<kind>.json``), so the code that makes a demo is the same for every kind."""

from __future__ import annotations

import json
from functools import cache

from icvapp.scheme.kinds import resource_text


@cache
def demo_texts(kind: str) -> dict:
    """The demo notes of scheme kind ``kind``."""
    return json.loads(resource_text("demo", f"{kind}.json"))
