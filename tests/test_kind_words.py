"""The generic code is on its way to speaking of places, subjects and identifiers, not of custody.

Issue 13: a search of the generic modules must find no custody-only word outside the custody
definition. The model's names were renamed by migration 0009 (places, stages, subjects, areas); what
is left is custody's own sentences, still chosen in the generic modules (docs/scheme-kinds.md, "Still
to do"), so this test is a ratchet: the count of custody words in each module may only fall. A module
not in the ledger must have none; a module whose count fell must have its ledger entry lowered (or
removed at zero), so the ledger always says exactly how far there is to go.

Refresh the ledger after a cleanup with ``ICVAPP_KIND_WORDS_UPDATE=1 pytest tests/test_kind_words.py``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEDGER = ROOT / "tests" / "data" / "kind_words.json"
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


def test_custody_words_in_generic_modules_only_fall():
    now = counts()
    if os.environ.get("ICVAPP_KIND_WORDS_UPDATE"):
        LEDGER.write_text(json.dumps({"total": sum(now.values()), "modules": now}, indent=1, sort_keys=True) + "\n")
    ledger = json.loads(LEDGER.read_text("utf-8"))["modules"]
    rose = {m: (ledger.get(m, 0), n) for m, n in now.items() if n > ledger.get(m, 0)}
    fell = {m: (n, now.get(m, 0)) for m, n in ledger.items() if now.get(m, 0) < n}
    assert not rose, f"custody words added to generic code (ledger, now): {rose}; take the noun from the definition"
    assert not fell, f"custody words removed — lower the ledger (ledger, now): {fell}"


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
