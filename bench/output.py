"""How a bench worker hands its figures back: JSON to the file ``bench.run`` named, or to stdout."""

from __future__ import annotations

import json
from pathlib import Path


def emit(result: dict, path: Path | None) -> int:
    """Write ``result`` as JSON to ``path`` (or print it) and return the worker's exit status, 0."""
    text = json.dumps(result)
    if path:
        path.write_text(text, "utf-8")
    else:
        print(text)
    return 0
