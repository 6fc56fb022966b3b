"""The one byte form of structured data that hashes and signatures cover."""

from __future__ import annotations

import json


def canonical_json(data) -> bytes:
    """Sorted keys, no spaces, UTF-8, and no floats anywhere (NaN refused)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
