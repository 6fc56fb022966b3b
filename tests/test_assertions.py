"""No test in the suite can pass while asserting nothing.

A test *checks something* when its body (decorators aside) does at least one of:

- an ``assert`` statement, ``pytest.fail(...)`` or ``raise AssertionError``;
- a ``raise`` in its own body, outside any branch, so it can never pass (a to-do marked
  ``xfail(strict=True)`` that raises ``NotImplementedError``);
- ``pytest.raises``, ``pytest.warns`` or ``pytest.deprecated_call`` (the test fails if nothing is raised);
- a pytest-qt wait that fails on timeout: ``qtbot.waitUntil``, ``waitSignal``, ``waitSignals``,
  ``waitCallback``, ``waitExposed``, ``waitActive``, ``assertNotEmitted`` (a bare ``qtbot.wait(ms)`` only
  sleeps, so it does not count);
- calls a helper that checks something: a function defined anywhere under ``tests/`` whose own body
  checks something by these same rules (followed through helpers of helpers), or, for helpers from
  elsewhere, one whose name starts with ``assert``, ``check_`` or ``expect_``.

Helpers are matched by their name alone (``kit.refused(...)`` finds ``def refused``), which errs on the
side of trusting a helper; the rule is there to catch tests that only run code, not to prove a
helper sound.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

FAILING_CALLS = {"raises", "warns", "deprecated_call", "fail"}
QT_WAITS = {"waitUntil", "waitSignal", "waitSignals", "waitCallback", "waitExposed", "waitActive",
            "assertNotEmitted"}
HELPER_PREFIXES = ("assert", "check_", "expect_")


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _body_nodes(fn: ast.FunctionDef | ast.AsyncFunctionDef):
    """Every node of the function's body, leaving out its decorators (``mark.xfail(raises=…)`` is no check)."""
    for statement in fn.body:
        yield from ast.walk(statement)


def _checks_directly(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    if any(isinstance(statement, ast.Raise) for statement in fn.body):
        return True  # it cannot pass at all: a placeholder marked xfail(strict=True), say
    for node in _body_nodes(fn):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Raise) and node.exc is not None and "AssertionError" in ast.unparse(node.exc):
            return True
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in QT_WAITS:
                return True
            if name in FAILING_CALLS and isinstance(node.func, ast.Attribute) \
                    and ast.unparse(node.func.value) == "pytest":
                return True
    return False


def _calls(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    return {name for node in _body_nodes(fn) if isinstance(node, ast.Call) and (name := _called_name(node))}


def _functions(tree: ast.Module):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text("utf-8"), str(path)) for path in sorted(TESTS.rglob("*.py"))}


def checking_helpers(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of the functions under tests/ that check something, directly or through another helper."""
    defined = [fn for tree in trees.values() for fn in _functions(tree)]
    checking = {fn.name for fn in defined if _checks_directly(fn)}
    changed = True
    while changed:
        changed = False
        for fn in defined:
            if fn.name not in checking and _calls(fn) & checking:
                checking.add(fn.name)
                changed = True
    return checking


def _test_functions(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test"):
            yield node
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            yield from (item for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                        and item.name.startswith("test"))


def silent_tests(trees: dict[Path, ast.Module]) -> list[str]:
    checking = checking_helpers(trees)
    found = []
    for path, tree in trees.items():
        if not path.name.startswith("test_"):
            continue
        for fn in _test_functions(tree):
            called = _calls(fn)
            if _checks_directly(fn) or called & checking or any(n.startswith(HELPER_PREFIXES) for n in called):
                continue
            found.append(f"{path.relative_to(TESTS.parent)}:{fn.lineno} {fn.name}")
    return found


def test_every_test_checks_something():
    found = silent_tests(_trees())
    assert not found, ("these tests can pass while checking nothing (no assert, no pytest.raises/warns, "
                       "no failing qtbot wait, no checking helper):\n" + "\n".join(found))


RULE_CASES = [
    ("def test_x():\n    assert 1\n", True),
    ("def test_x():\n    with pytest.raises(ValueError):\n        f()\n", True),
    ("def test_x():\n    with pytest.warns(UserWarning):\n        f()\n", True),
    ("def test_x():\n    if bad():\n        pytest.fail('bad')\n", True),
    ("def test_x():\n    if bad():\n        raise AssertionError('bad')\n", True),
    ("def test_x(qtbot):\n    qtbot.waitUntil(done)\n", True),
    ("def test_x(qtbot):\n    with qtbot.waitSignal(w.done):\n        go()\n", True),
    ("def helper():\n    assert 1\ndef test_x():\n    helper()\n", True),
    ("def inner():\n    assert 1\ndef outer():\n    inner()\ndef test_x():\n    kit.outer()\n", True),
    ("def test_x():\n    assert_same(a, b)\n", True),
    ("def test_x():\n    f()\n", False),
    ("def test_x(qtbot):\n    qtbot.wait(100)\n", False),
    ("def test_x():\n    write_counts()\n", False),
    ("def helper():\n    return 1\ndef test_x():\n    helper()\n", False),
    ("def raises():\n    return 1\ndef test_x():\n    other.raises()\n", False),
    ("@pytest.mark.xfail(raises=ValueError)\ndef test_x():\n    f()\n", False),
    ("class TestX:\n    def test_y(self):\n        f()\n", False),
    ("class TestX:\n    def test_y(self):\n        assert f()\n", True),
    ("@pytest.mark.xfail(strict=True)\ndef test_x():\n    raise NotImplementedError\n", True),
    ("def test_x():\n    if bad():\n        raise ValueError('bad')\n", False),
]


def test_the_rule_tells_a_checking_test_from_one_that_only_runs_code():
    """The walk itself, on small sources: each case says whether its test checks something."""
    for number, (source, checks) in enumerate(RULE_CASES):
        found = silent_tests({TESTS / f"test_case_{number}.py": ast.parse(source)})
        assert (not found) == checks, f"case {number} should {'pass' if checks else 'be reported'}:\n{source}"
