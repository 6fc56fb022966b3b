"""The house plan holds: layers import only downwards, no module imports in a circle,
no module reaches for another's private names, and the core never imports Qt.

The graph is read from the source with :mod:`ast` (every import, at module
level or inside a function), so it sees what a running program could load.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Bottom to top. A package may import its own modules and any package below it.
LAYERS = ["errors", "i18n", "storage", "scheme", "profile", "visits", "history", "metrics", "trust", "reports",
          "sealing", "server", "delivery", "demo", "cli", "ui"]
#: Third-party libraries slow enough to load on first use, inside the function that needs them
#: (import times measured here; see docs/architecture.md).
DEFERRED_LIBRARIES = {"reportlab", "pyhanko", "pyhanko_certvalidator", "asn1crypto", "alembic", "openpyxl",
                      "keyring", "sqlcipher3", "PySide6"}


def module_files() -> dict[str, Path]:
    files = {}
    for base, package in ((ROOT / "icvapp", "icvapp"), (ROOT / "ui", "icvapp.ui"), (ROOT / "db", "icvapp.db")):
        for path in base.rglob("*.py"):
            parts = list(path.relative_to(base).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join([package, *parts])] = path
    return files


FILES = module_files()


def imports(name: str) -> list[tuple[ast.AST, str, list[str], bool]]:
    """(node, imported module, names, inside a function) for each icvapp import in module ``name``."""
    path = FILES[name]
    tree = ast.parse(path.read_text("utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base]) if base else ".".join(anchor)
                found.append((child, base, [a.name for a in child.names], in_function))
            elif isinstance(child, ast.Import):
                for a in child.names:
                    found.append((child, a.name, [], in_function))
            visit(child, nested)

    visit(tree, False)
    return found


def targets(name: str) -> set[str]:
    out = set()
    for _node, module, names, _inner in imports(name):
        for candidate in [f"{module}.{n}" for n in names] + [module]:
            if candidate in FILES:
                out.add(candidate)
                break
    out.discard(name)
    return out


def layer(name: str) -> int:
    parts = name.split(".")
    if len(parts) == 1:
        return len(LAYERS)
    if parts[1] == "db":
        return LAYERS.index("storage")
    if len(parts) == 2 and parts[1] in ("__init__", "__main__"):
        return len(LAYERS)
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else -1


def test_every_core_module_belongs_to_a_layer():
    loose = [n for n in FILES if layer(n) < 0 and n not in ("icvapp", "icvapp.__main__")]
    assert not loose, f"modules outside the layers of docs/architecture.md: {loose}"


def test_layers_import_only_downwards():
    upward = [f"{a} -> {b}" for a in FILES for b in targets(a)
              if layer(a) >= 0 and b != "icvapp" and layer(b) > layer(a)]
    assert not upward, "\n".join(upward)


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def dfs(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := dfs(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := dfs(start)):
            return found
    return None


def test_no_import_cycles():
    graph = {name: targets(name) for name in FILES}
    cycle = find_cycle(graph)
    assert cycle is None, " -> ".join(cycle)


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_imports_another_modules_private_names():
    private = [f"{FILES[n].relative_to(ROOT)}:{node.lineno} {module}.{x}"
               for n in FILES for node, module, names, _ in imports(n)
               for x in names if x.startswith("_") and not x.startswith("__")]
    assert not private, "\n".join(private)


def test_imports_inside_functions_say_why():
    """Own modules are imported at the top; a deferred one carries a ``# deferred:`` reason."""
    bare = []
    for name, path in FILES.items():
        lines = path.read_text("utf-8").splitlines()
        for node, module, _names, inner in imports(name):
            if not inner or module.split(".")[0] in DEFERRED_LIBRARIES:
                continue
            here = lines[node.lineno - 1]
            above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
            if "# deferred:" not in here and not above.startswith("# deferred:"):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno} {module}")
    assert not bare, "imports inside functions without a reason:\n" + "\n".join(bare)


@pytest.mark.parametrize("name", sorted(n for n in FILES if not n.startswith("icvapp.ui")))
def test_the_core_imports_no_widgets(name):
    qt = [m for _n, m, _names, _inner in imports(name) if m.startswith("PySide6")]
    assert not qt, f"{name} imports {qt}"


def test_no_module_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in FILES.values()
            if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert not long, long


def test_the_architecture_page_draws_the_layers_the_code_has():
    """docs/architecture.md lists the layers top first; it must be the order this test holds."""
    text = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    block = text.split("<!-- layers:", 1)[1].split("```", 2)[1]
    drawn = [line.split()[0] for line in block.strip().splitlines()]
    assert drawn == list(reversed(LAYERS))


#: What the Qt layer may not touch: it reads and writes through core functions, never the ORM or a session.
STORAGE_INTERNALS = ("sqlalchemy", "icvapp.storage.model", "icvapp.storage.database")


def test_the_qt_layer_runs_no_queries_of_its_own():
    reaching = sorted({f"{FILES[n].relative_to(ROOT)}:{node.lineno} {module}"
                       for n in FILES if n.startswith("icvapp.ui")
                       for node, module, _names, _inner in imports(n)
                       if any(module == m or module.startswith(f"{m}.") for m in STORAGE_INTERNALS)})
    assert not reaching, "the GUI imports the database layer:\n" + "\n".join(reaching)
