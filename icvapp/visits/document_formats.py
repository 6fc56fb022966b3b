"""The two formats of the signed visit document, and what an amendment changes between two documents.

``icvapp-visit/1`` is the first kind's (every document of which is written in it) and every
kind's before format 2 existed; ``icvapp-visit/2`` is every other kind's. They differ only in the names of
the parts :class:`Keys` lists; :mod:`icvapp.visits.canonical` writes and reads both.
"""

from __future__ import annotations

from dataclasses import dataclass

from icvapp.scheme.config import FIRST_KIND, SchemeConfig
from icvapp.storage import released
from icvapp.visits.record import plain_fields

FORMAT_1 = "icvapp-visit/1"
FORMAT_2 = "icvapp-visit/2"


@dataclass(frozen=True)
class Keys:
    """What a format calls the parts whose names differ between formats."""

    place: str
    subjects: str
    identifier: str
    location: str
    met: str
    checks: str
    flags: str


KEYS = {
    FORMAT_1: Keys(released.PLACE, "conversations", released.IDENTIFIER, released.LOCATION, "consent",
                   "entitlements", "vulnerabilities"),
    FORMAT_2: Keys("place", "subjects", "identifier", "location", "met", "subject_checks", "subject_flags"),
}


def format_for(config: SchemeConfig) -> str:
    """The format a new document of ``config``'s kind is written in."""
    return FORMAT_1 if config.kind == FIRST_KIND else FORMAT_2


#: The entries of one subject in both formats, beyond those :class:`Keys` names.
SUBJECT_KEYS = ("reason_not_seen", "requests", "issue_raised", "staff_response", "resolved_during_visit", "allegation",
                "notes")


# --------------------------------------------------------------------------- what an amendment changed


def in_format(doc: dict, form: str) -> dict:
    """``doc`` with its keys named as format ``form`` names them (to compare documents of two formats)."""
    was = doc.get("format")
    if was == form or was not in KEYS or form not in KEYS:
        return doc
    old, new = vars(KEYS[was]), vars(KEYS[form])
    renamed = {old[f]: new[f] for f in old}
    out = {renamed.get(k, k) if k in (old["place"], old["subjects"]) else k: v for k, v in doc.items()}
    out["format"] = form
    subjects = doc.get(old["subjects"])
    if isinstance(subjects, list):
        out[new["subjects"]] = [{renamed.get(k, k): v for k, v in s.items()} if isinstance(s, dict) else s
                                for s in subjects]
    return out


def changed_fields(before: dict, after: dict) -> list[str]:
    """Plain names of the parts of the record an amendment changes (not their content). ``before`` may be in an
    earlier format than ``after``: only what changed is named, not the names the formats give it."""
    before = in_format(before, after.get("format"))
    subjects = KEYS.get(after.get("format"), KEYS[FORMAT_1]).subjects
    skip = {"uid", "version", "amends", "officer"}
    out = []
    for key in sorted(set(before) | set(after)):
        if key in skip or before.get(key) == after.get(key):
            continue
        if key == subjects:
            b, a = before.get(key) or [], after.get(key) or []
            if len(a) != len(b):
                out.append(f"{key} ({len(b)} → {len(a)})")
            out += [f"{key[:-1]} {i + 1}" for i, (x, y) in enumerate(zip(b, a, strict=False)) if x != y]
        elif key in ("counts", "checks"):
            b, a = before.get(key) or {}, after.get(key) or {}
            out += [f"{key[:-1]}: {k.replace('_', ' ')}" for k in sorted(set(b) | set(a)) if b.get(k) != a.get(k)]
        else:
            out.append(key.replace("_", " "))
    bo, ao = before.get("officer") or {}, after.get("officer") or {}
    officer_keys = [f.key[1] for f in plain_fields() if f.key[0] == "officer"]
    out += [f"officer {k}" for k in officer_keys if bo.get(k) != ao.get(k)]
    return out
