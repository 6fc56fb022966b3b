"""The server cannot open what it stores: it imports nothing that decrypts, and no inbox key reaches it."""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "icvapp" / "server"
#: What decrypting a submission would need: the sealing layer, CMS decryption, an inbox key.
FORBIDDEN_MODULES = ("icvapp.sealing", "icvapp.visits", "icvapp.profile",
                     "cryptography.hazmat.primitives.serialization.pkcs7")
FORBIDDEN_NAMES = ("pkcs7", "decrypt", "inbox_key")


def imported(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_no_server_module_imports_what_could_decrypt_a_submission():
    modules = sorted(SERVER.glob("*.py"))
    assert len(modules) >= 6
    reaching = {f"{p.name}: {m}" for p in modules for m in imported(p)
                if m.startswith(FORBIDDEN_MODULES) or any(n in m.lower() for n in FORBIDDEN_NAMES)}
    assert not reaching, reaching


def test_the_check_sees_a_forbidden_import(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("from icvapp.sealing.submission import decrypt\n")
    assert "icvapp.sealing.submission.decrypt" in imported(sneaky)
