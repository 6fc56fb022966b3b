"""The profiles in a data folder: one per scheme, each its own encrypted database and key.

The first profile lives in the data folder itself (``icvapp.db``, ``keyinfo.json``): it is the
``main`` one, and every profile made before schemes had kinds is it. Each further scheme the
office runs (an animal welfare scheme beside the first) gets a folder of its own,
``schemes/<random id>/``, with its own database and key, so one scheme's data cannot be read
with another's key. ``profiles.json`` lists those folders by id with only their kind — never a
name anyone typed: a scheme's own name is inside its database, read after unlocking.

A damaged or altered ``profiles.json`` costs nothing: the main profile still opens, the folders
stay where they are, :func:`registry_problem` says what is wrong, and nothing writes over it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, DatabaseUnreadable, InvalidInput, NotFound, UserFacingError
from icvapp.profile.paths import profile_exists
from icvapp.scheme.kinds import FIRST_KIND, scheme_kinds
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import parse_json, read_bounded

REGISTRY = "profiles.json"
SCHEMES = "schemes"
MAIN = "main"
DEFAULT_KIND = FIRST_KIND  # a profile whose kind is not recorded in profiles.json
REGISTRY_VERSION = 1
#: A list of ids and kinds is well under a kilobyte a profile.
MAX_REGISTRY = 64 * 1024
#: A further profile's id: random, and a safe folder name (never ``..``, never a path).
_ID = re.compile(r"[0-9a-f]{16}")


@dataclass(frozen=True)
class ProfileEntry:
    """One profile: its id ("main" or a random one), its scheme's kind, and its folder."""

    id: str
    kind: str
    path: Path


def list_profiles(data_dir: Path) -> list[ProfileEntry]:
    """The data folder's profiles, the main one first; a damaged ``profiles.json`` lists only the main one
    (see :func:`registry_problem` for what is wrong with it)."""
    data_dir = Path(data_dir)
    try:
        recorded = _read(data_dir)
    except UserFacingError:
        recorded = []
    kinds = {entry["id"]: entry["kind"] for entry in recorded if _usable(entry)}
    out = [ProfileEntry(MAIN, kinds.get(MAIN, DEFAULT_KIND), data_dir)] if profile_exists(data_dir) else []
    for entry_id, kind in kinds.items():
        path = data_dir / SCHEMES / entry_id
        if entry_id != MAIN and profile_exists(path):
            out.append(ProfileEntry(entry_id, kind, path))
    return out


def registry_problem(data_dir: Path) -> UserFacingError | None:
    """What is wrong with ``profiles.json``, said so a co-ordinator can act on it; None when nothing is."""
    try:
        recorded = _read(Path(data_dir))
    except UserFacingError as exc:
        return exc
    unknown = sorted({entry["kind"] for entry in recorded if entry["kind"] not in scheme_kinds()})
    if unknown:
        return DatabaseUnreadable(
            QT_TRANSLATE_NOOP("Profiles", "{path} lists a scheme of a kind this icvapp does not know ({kinds}); "
                                          "that scheme is left out.")
            .format(path=Path(data_dir) / REGISTRY, kinds=", ".join(unknown)),
            hint=QT_TRANSLATE_NOOP("Profiles", "Install the icvapp that made it. Its data is untouched."))
    return None


def find_profile(data_dir: Path, profile_id: str | None) -> ProfileEntry:
    """The profile with ``profile_id`` (the main one when None), or a plain error naming the choices."""
    entries = list_profiles(data_dir)
    wanted = profile_id or MAIN
    # The whole id, or its first characters as the switcher shows them (when they name only one).
    found = [e for e in entries if e.id == wanted] or [e for e in entries if len(wanted) >= 4
                                                         and e.id.startswith(wanted)]
    if len(found) == 1:
        return found[0]
    raise NotFound(QT_TRANSLATE_NOOP("Profiles", "There is no scheme {id} in {data_dir}.")
                   .format(id=repr(wanted), data_dir=data_dir),
                   hint=QT_TRANSLATE_NOOP("Profiles", "'icvapp schemes' lists the schemes kept here."))


def add_profile(data_dir: Path, kind: str) -> Path:
    """Make the folder of a further profile for a scheme of ``kind`` and list it; the caller creates the
    profile in it (see :func:`icvapp.profile.context.create_scheme_profile`)."""
    check_kind(kind)
    data_dir = Path(data_dir)
    recorded = _read(data_dir)  # a damaged list is never written over
    profile_id = os.urandom(8).hex()  # as secrets.token_hex, without loading hmac and hashlib first
    path = data_dir / SCHEMES / profile_id
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    (data_dir / SCHEMES).mkdir(exist_ok=True, mode=0o700)
    path.mkdir(mode=0o700)
    _write(data_dir, [*recorded, {"id": profile_id, "kind": kind}])
    return path


def forget_profile(data_dir: Path, profile_id: str) -> None:
    """Take a profile that was never finished off the list (its folder is removed by the caller)."""
    recorded = _read(Path(data_dir))
    _write(Path(data_dir), [entry for entry in recorded if entry["id"] != profile_id])


def note_main_kind(profile_dir: Path, kind: str) -> None:
    """Record the kind of a main profile just created, when it is not the default (a further profile's kind
    was recorded by :func:`add_profile`)."""
    profile_dir = Path(profile_dir)
    if kind == DEFAULT_KIND or data_folder_of(profile_dir) != profile_dir:
        return
    recorded = [entry for entry in _read(profile_dir) if entry["id"] != MAIN]
    _write(profile_dir, [{"id": MAIN, "kind": kind}, *recorded])


def note_kind(profile_dir: Path, kind: str) -> None:
    """Record a profile's kind when it changed (a new profile that joined a scheme of another kind), so the
    switcher and ``icvapp schemes`` name it right. A damaged list is left as it is (see :func:`registry_problem`)."""
    profile_dir = Path(profile_dir)
    root = data_folder_of(profile_dir)
    profile_id = MAIN if root == profile_dir else profile_dir.name
    try:
        recorded = _read(root)
    except UserFacingError:
        return
    held = next((e["kind"] for e in recorded if e["id"] == profile_id), DEFAULT_KIND)
    if held == kind:
        return
    if profile_id == MAIN:
        _write(root, [{"id": MAIN, "kind": kind}, *(e for e in recorded if e["id"] != MAIN)])
    else:
        _write(root, [{"id": e["id"], "kind": kind if e["id"] == profile_id else e["kind"]} for e in recorded])


def data_folder_of(profile_dir: Path) -> Path:
    """The data folder a profile belongs to: its own folder for the main one, the folder holding
    ``schemes/`` for a further one."""
    profile_dir = Path(profile_dir)
    root = profile_dir.parent.parent
    if profile_dir.parent.name == SCHEMES and _ID.fullmatch(profile_dir.name):
        try:
            if any(entry["id"] == profile_dir.name for entry in _read(root)):
                return root
        except UserFacingError:
            pass
    return profile_dir


def check_kind(kind: str) -> None:
    """Refuse a kind that has no shipped definition, naming the ones there are."""
    if kind not in scheme_kinds():
        raise InvalidInput(QT_TRANSLATE_NOOP("Profiles", "There is no scheme kind {kind}; icvapp knows {kinds}.")
                           .format(kind=repr(kind), kinds=", ".join(scheme_kinds())))


def _usable(entry: dict) -> bool:
    return entry["kind"] in scheme_kinds()


def _read(data_dir: Path) -> list[dict]:
    """The entries of ``profiles.json`` ([] when there is none), or an error saying why it cannot be trusted."""
    path = data_dir / REGISTRY
    if not path.exists():
        return []
    try:
        data = parse_json(read_bounded(path, MAX_REGISTRY, QT_TRANSLATE_NOOP("Profiles", "the list of schemes")))
    except (InvalidInput, ValueError) as exc:
        raise _damaged(path, getattr(exc, "message", exc.__class__.__name__)) from None
    if not isinstance(data, dict) or set(data) != {"version", "profiles"} or not isinstance(data["profiles"], list):
        raise _damaged(path, QT_TRANSLATE_NOOP("Profiles", "not a list of schemes"))
    if type(data["version"]) is not int or data["version"] > REGISTRY_VERSION:
        raise _damaged(path, QT_TRANSLATE_NOOP("Profiles", "written by a newer icvapp"))
    seen: set[str] = set()
    for entry in data["profiles"]:
        # Only an id and a kind: anything more (a name someone typed) was not written by icvapp.
        if not isinstance(entry, dict) or set(entry) != {"id", "kind"} or not all(
                isinstance(v, str) for v in entry.values()):
            raise _damaged(path, QT_TRANSLATE_NOOP("Profiles", "an entry holds more than an id and a kind"))
        if not (entry["id"] == MAIN or _ID.fullmatch(entry["id"])) or entry["id"] in seen:
            raise _damaged(path, QT_TRANSLATE_NOOP("Profiles", "an id is not one icvapp made: {id}")
                           .format(id=repr(entry["id"][:40])))
        if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", entry["kind"]):
            raise _damaged(path, QT_TRANSLATE_NOOP("Profiles", "a kind is not a kind's name"))
        seen.add(entry["id"])
    return data["profiles"]


def _write(data_dir: Path, entries: list[dict]) -> None:
    document = {"version": REGISTRY_VERSION, "profiles": entries}
    write_atomic(data_dir / REGISTRY, (json.dumps(document, indent=2) + "\n").encode("utf-8"))


def _damaged(path: Path, why: str) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        QT_TRANSLATE_NOOP("Profiles", "The list of schemes {path} is damaged ({why}), so only the main scheme is "
                                      "offered.").format(path=path, why=why),
        hint=QT_TRANSLATE_NOOP("Profiles", "Restore it from a backup of the data folder. The schemes' own data "
                                           "is untouched."))
