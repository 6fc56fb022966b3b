"""Which scheme kinds this app knows, and where each one's definition is, read without parsing them.

Light on purpose: the window's first frame asks which language to speak before anything else loads,
and the profile registry checks a profile's kind; neither needs a definition parsed and checked
(:mod:`icvapp.scheme.config` does that, with the kind's wording).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from icvapp.resources import path as shipped
from icvapp.storage import released

#: The language a scheme's labels fall back to when a language has none.
ENGLISH = "en"
#: The first kind: a profile or a signed document from before kinds existed is one of its.
FIRST_KIND = released.FIRST_KIND
#: Folders (separated like PATH) of further kinds' definitions beside the shipped ones: a scheme office's own
#: kind, or a test's invented one. The shipped kinds cannot be replaced from there.
KINDS_ENV = "ICVAPP_SCHEME_KINDS"


def resource_text(*parts: str) -> str:
    """Read a text file shipped under resources/ (checkout, wheel or bundle)."""
    return shipped(*parts).read_bytes().decode("utf-8")  # UTF-8 whatever the locale says


def kind_files() -> dict[str, Path | None]:
    """Each known kind by name: None for a shipped one, else the file that defines it."""
    folder = shipped("schemes")
    kinds: dict[str, Path | None] = {entry.name.removesuffix(".json"): None
                                     for entry in folder.iterdir() if entry.name.endswith(".json")}
    for extra in filter(None, os.environ.get(KINDS_ENV, "").split(os.pathsep)):
        for path in sorted(Path(extra).glob("*.json")):
            kinds.setdefault(path.stem, path)
    return kinds


def scheme_kinds() -> list[str]:
    """The kinds this app knows: shipped (the first kind, ``dog_unit``), then any in :data:`KINDS_ENV`'s folders."""
    return sorted(kind_files())


def definition_text(kind: str) -> str:
    """The text of ``kind``'s definition file (KeyError: no such kind)."""
    path = kind_files()[kind]
    return path.read_bytes().decode("utf-8") if path is not None else resource_text("schemes", f"{kind}.json")


def language_in(data: dict) -> str:
    """The language a definition asks a new visit (and the window) to start in: its ``default_language``,
    else the first of its languages."""
    return data.get("default_language") or next(iter(data.get("languages") or ()), ENGLISH)


def default_language(kind: str = FIRST_KIND) -> str:
    """The language ``kind``'s definition asks for, English when it cannot be read; the definition is not
    checked here (:func:`icvapp.scheme.config.load_config` does that when the kind is used)."""
    try:
        data = json.loads(definition_text(kind))
    except (OSError, KeyError, ValueError):
        return ENGLISH
    language = language_in(data) if isinstance(data, dict) else ENGLISH
    return language if isinstance(language, str) else ENGLISH
