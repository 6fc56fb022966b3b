"""The generic code speaks of places, subjects and identifiers, never of custody.

Issue 13: a search of the generic modules finds no custody-only word outside the custody definition. The
model's names were renamed by migration 0009 (places, stages, subjects, areas); the sentences custody's
reports and windows have long said are its definition's own wording (``"wording"`` in
``resources/schemes/custody.json``). Custody's words stay only in the definition, in the upgrade code that
reads old records, and in the keys of the formats released before the rename.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The custody-only words, as whole words or word stems (suites, detainees, cells, custody_number…).
WORDS = re.compile(r"(?i)(?<![a-z])(custody|detainees?|suites?|cells?|solicitors?|sergeants?)(?![a-z])")
#: Where custody words belong: the definition itself, the upgrade code that reads old records, and the keys of
#: the formats released before the rename, which every file already written still carries.
EXEMPT = ("icvapp/resources/", "db/versions/", "icvapp/storage/released.py")


def counts() -> dict[str, int]:
    out = {}
    for base in ("icvapp", "ui"):
        for path in sorted((ROOT / base).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith(EXEMPT):
                continue
            n = len(WORDS.findall(path.read_text("utf-8")))
            if n:
                out[rel] = n
    return out


def test_no_generic_module_says_a_custody_word():
    assert counts() == {}, "take the noun from the definition, or word custody's sentence in its definition"


def test_the_search_finds_a_custody_word_in_any_form(tmp_path):
    """The search itself: each word, plural, capitalised, inside an identifier; not inside another word."""
    found = WORDS.findall("Custody suites; detainee_count; custody_number; a Cell; sergeants; SOLICITOR")
    assert [w.lower() for w in found] == ["custody", "suites", "detainee", "custody", "cell", "sergeants",
                                          "solicitor"]
    assert WORDS.findall("cancellation, excellent, suitable, pursuites") == []


def test_modules_written_for_every_kind_say_no_custody_word():
    """What was written for more than one kind from the start stays generic."""
    clean = ["ui/scheme_switcher.py", "ui/scheme_choice.py", "icvapp/cli/schemes.py", "icvapp/visits/document_reader.py",
             "ui/activities_section.py", "icvapp/profile/profiles.py"]
    now = counts()
    assert {m: now[m] for m in clean if m in now} == {}


def test_the_released_names_module_holds_only_the_names_of_released_keys():
    """The one generic module that may keep custody's words holds nothing but string constants, each named for
    the generic part it is the released key of: no code can hide there."""
    import ast

    tree = ast.parse((ROOT / "icvapp" / "storage" / "released.py").read_text("utf-8"))
    body = [node for node in tree.body
            if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))  # the docstring
            and not isinstance(node, ast.ImportFrom)]  # from __future__ import annotations
    assert body and all(isinstance(node, ast.Assign) for node in body)
    for node in body:
        [target] = node.targets
        assert isinstance(target, ast.Name) and not WORDS.search(target.id), ast.dump(target)
        values = (node.value.values + node.value.keys if isinstance(node.value, ast.Dict)
                  else node.value.elts if isinstance(node.value, ast.Tuple) else [node.value])
        assert all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in values), target.id
