"""Mutation testing of the modules that carry icvapp's promises (run through scripts/mutation).

For each target in scripts/mutation.toml, mutmut makes small bugs in the sources (a ``<`` for a
``<=``, a constant off by one, a dropped argument…) and runs the target's tests against each.
A mutant the tests catch is *killed*; one they miss *survived*, and is either a missing test or
an *equivalent* mutant — a change no caller can observe — listed with its reason in
scripts/mutation-equivalent.toml.

The work happens in a copy of the checkout under out/mutation/, so the working tree is never
touched. A target's score is killed / (all mutants − equivalent ones); a mutant that no test
covers, or that timed out, counts as missed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "scripts" / "mutation.toml"
EQUIVALENT = ROOT / "scripts" / "mutation-equivalent.toml"
WORK = ROOT / "out" / "mutation"


def checkout_copy(dest: Path) -> None:
    """The files git knows (tracked, or new and not ignored), as they are in the working tree."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    if dest.exists():
        shutil.rmtree(dest)
    for name in filter(None, listed):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def configure(copy: Path, sources: list[str], tests: list[str]) -> None:
    """mutmut copies the whole package (so every import resolves inside the copy) but mutates only ``sources``."""
    chosen = {str(p.relative_to(copy)) for s in sources for p in ([copy / s] if s.endswith(".py")
                                                                   else (copy / s).rglob("*.py"))}
    spared = sorted(str(p.relative_to(copy)) for p in (copy / "icvapp").rglob("*.py")
                    if str(p.relative_to(copy)) not in chosen)
    block = (
        "\n[tool.mutmut]\n"
        'source_paths = ["icvapp"]\n'
        f"do_not_mutate = {json.dumps(spared)}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        'also_copy = ["ui", "db", "resources", "tests", "setup.py", "docs"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
    )
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8") + block, "utf-8")


def results(copy: Path) -> dict[str, str]:
    """Every mutant's status, by mutmut's own reading of its exit codes."""
    from mutmut.stats import status_by_exit_code

    out = {}
    for meta in (copy / "mutants").rglob("*.meta"):
        for name, code in json.loads(meta.read_text("utf-8"))["exit_code_by_key"].items():
            out[name] = "not run" if code is None else status_by_exit_code.get(code, f"exit {code}")
    return out


def show(copy: Path, mutant: str) -> str:
    done = subprocess.run([sys.executable, "-m", "mutmut", "show", mutant], cwd=copy, capture_output=True,
                          text=True)
    return done.stdout.strip()


def run_target(name: str, target: dict, equivalent: dict, children: int) -> dict:
    copy = WORK / name
    checkout_copy(copy)
    configure(copy, target["sources"], target["tests"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    log = WORK / f"{name}.log"
    with log.open("w") as fh:
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children)], cwd=copy,
                       env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
    status = results(copy)
    killed = [m for m, s in status.items() if s == "killed"]
    excused = {m: equivalent[m] for m in status if m in equivalent}
    missed = sorted(m for m, s in status.items() if s != "killed" and m not in excused)
    counted = len(status) - len(excused)
    return {
        "target": name, "mutants": len(status), "killed": len(killed), "equivalent": len(excused),
        "missed": missed, "score": (len(killed) / counted) if counted else 1.0,
        "statuses": {s: sum(1 for v in status.values() if v == s) for s in sorted(set(status.values()))},
        "diffs": {m: show(copy, m) for m in missed[:200]},
        "stale_equivalents": sorted(m for m in equivalent if m.startswith(tuple(_prefixes(target)))
                                    and m not in status),
    }


def _prefixes(target: dict) -> list[str]:
    out = []
    for source in target["sources"]:
        out.append(source.removesuffix(".py").replace("/", ".") + ".")
    return out


def report(rows: list[dict], minimum: float) -> str:
    lines = ["# Mutation testing report", "",
             "| target | mutants | killed | equivalent | missed | score |", "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        flag = "" if r["score"] >= minimum else " ✗"
        lines.append(f"| {r['target']} | {r['mutants']} | {r['killed']} | {r['equivalent']} | {len(r['missed'])} "
                     f"| {r['score']:.1%}{flag} |")
    for r in rows:
        if r["missed"]:
            lines += ["", f"## {r['target']}: mutants the tests missed", ""]
            for m in r["missed"]:
                lines += [f"### {m}", "", "```diff", r["diffs"].get(m, "(diff not shown)"), "```", ""]
        if r["stale_equivalents"]:
            lines += ["", f"Stale entries in mutation-equivalent.toml for {r['target']}: "
                          + ", ".join(r["stale_equivalents"])]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help="target names from scripts/mutation.toml (default: all)")
    parser.add_argument("--min", type=float, default=0.90, help="the score each target must reach (0 to 1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    args = parser.parse_args(argv)
    targets = tomllib.loads(CONFIG.read_text("utf-8"))["targets"]
    unknown = [t for t in args.targets if t not in targets]
    if unknown:
        parser.error(f"unknown target(s) {unknown}; choose from {sorted(targets)}")
    equivalent = {k: v["reason"] for k, v in tomllib.loads(EQUIVALENT.read_text("utf-8")).items()} \
        if EQUIVALENT.exists() else {}
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in args.targets or list(targets):
        print(f"mutating {name}…", flush=True)
        row = run_target(name, targets[name], equivalent, args.jobs)
        rows.append(row)
        print(f"  {row['killed']} of {row['mutants'] - row['equivalent']} killed ({row['score']:.1%}), "
              f"{row['equivalent']} equivalent; {row['statuses']}", flush=True)
    text = report(rows, args.min)
    (WORK / "report.md").write_text(text, "utf-8")
    (WORK / "report.json").write_text(json.dumps([{k: v for k, v in r.items() if k != "diffs"} for r in rows],
                                                 indent=1), "utf-8")
    print(f"\nReport: {WORK / 'report.md'}")
    return 0 if all(r["score"] >= args.min for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
