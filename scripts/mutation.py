"""Mutation testing of the modules that carry icvapp's promises (run through scripts/mutation).

For each target in scripts/mutation.toml, mutmut makes small bugs in the sources (a ``<`` for a
``<=``, a constant off by one, a dropped argument…) and runs the target's tests against each.
A mutant the tests catch is *killed*; one they miss *survived*, and is either a missing test or
an *equivalent* mutant — a change no caller can observe — listed with its reason in
scripts/mutation-equivalent.toml.

The work happens in a copy of the checkout under out/mutation/, so the working tree is never
touched. A target's score is killed / (all mutants − equivalent ones). A mutant counts as
equivalent only if it survived *and* is listed; a listed mutant that was killed, or that no longer
exists, is reported as a stale entry to prune. A mutant that no test covers, or that timed out,
counts as missed. Each target's report is out/mutation/<target>-report.md; report.md gathers every
target measured so far. docs/mutation.md says how to run it (a sample, survivors again) and read it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "scripts" / "mutation.toml"
EQUIVALENT = ROOT / "scripts" / "mutation-equivalent.toml"
WORK = ROOT / "out" / "mutation"
#: Seeds the sample of mutants --sample tests.
SEED = 15


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


#: A pytest plugin put in each copy: mutmut runs a mutant's tests with -x, so running the quickest
#: first (by the times mutmut measured) kills most mutants in a fraction of the time.
ORDER_PLUGIN = '''"""Run the quickest tests first (durations from mutmut's own measurements)."""
import json
from pathlib import Path


def pytest_collection_modifyitems(session, config, items):
    stats = Path("mutmut-stats.json")
    if stats.exists():
        took = json.loads(stats.read_text("utf-8"))["duration_by_test"]
        items.sort(key=lambda item: took.get(item.nodeid, 0.0))
'''


def configure(copy: Path, sources: list[str], tests: list[str]) -> None:
    """mutmut copies the whole package (so every import resolves inside the copy) but mutates only ``sources``."""
    chosen = {str(p.relative_to(copy)) for s in sources for p in ([copy / s] if s.endswith(".py")
                                                                   else (copy / s).rglob("*.py"))}
    spared = sorted(str(p.relative_to(copy)) for p in (copy / "icvapp").rglob("*.py")
                    if str(p.relative_to(copy)) not in chosen)
    (copy / "mutation_order.py").write_text(ORDER_PLUGIN, "utf-8")
    block = (
        "\n[tool.mutmut]\n"
        'source_paths = ["icvapp"]\n'
        f"do_not_mutate = {json.dumps(spared)}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        'also_copy = ["ui", "db", "resources", "tests", "setup.py", "docs", "mutation_order.py"]\n'
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q", "-p", "mutation_order"]\n'
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
                          text=True, check=False)
    return done.stdout.strip()


#: Runs in the copy's mutants/ folder: imports the tests once, then forks a child per mutant that runs
#: them with MUTANT_UNDER_TEST naming it (as mutmut's own workers do), and prints each exit code.
RETEST_WORKER = """
import json, os, sys
import pytest
job = json.loads(sys.argv[1])
sys.path.insert(0, os.getcwd())
args = ["-q", "-p", "no:cacheprovider", "-p", "no:randomly", *job["tests"]]
os.environ["MUTANT_UNDER_TEST"] = "none"
pytest.main(["--collect-only", *args])
for mutant in job["mutants"]:
    out = os.path.join(os.getcwd(), ".retest.out")
    pid = os.fork()
    if pid == 0:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.environ["MUTANT_UNDER_TEST"] = mutant
        os._exit(int(pytest.main(["-x", "--timeout", "120", *args])))
    code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    with open(out, "rb") as fh:
        timed_out = b"+ Timeout +" in fh.read()
    os.remove(out)
    print(json.dumps([mutant, 36 if timed_out else code]), flush=True)
"""


class RunFailed(Exception):
    """A target that could not be measured: its tests fail without any mutant."""


def retest(copy: Path, mutants: list[str], tests: list[str]) -> None:
    """Test each mutant again against the current tests, the way mutmut does, and record the outcome.

    mutmut's trampolines pick the mutant named by MUTANT_UNDER_TEST, so pytest run in the copy's
    mutants/ folder with it set tests exactly that mutant (one warm process forks a child per
    mutant); the exit code is stored in mutmut's own results, where the report reads it. Only the
    tests change: the sources must be as they were at the full run.
    """
    from mutmut.stats import status_by_exit_code

    for folder in (copy, copy / "mutants"):
        shutil.copytree(ROOT / "tests", folder / "tests", dirs_exist_ok=True)
    metas = {name: meta for meta in (copy / "mutants").rglob("*.meta")
             for name in json.loads(meta.read_text("utf-8"))["exit_code_by_key"]}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")

    # The tests written against survivors first: with -x, a mutant's run ends at its first failure.
    tests = sorted(tests, key=lambda path: "test_mutants_" not in path)

    def run(names: list[str]) -> Iterator[tuple[str, int]]:
        """Each mutant's exit code as soon as it is known, so a run stopped part-way keeps what it found."""
        job = json.dumps({"mutants": names, "tests": tests})
        with subprocess.Popen([sys.executable, "-c", RETEST_WORKER, job], cwd=copy / "mutants", env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as worker:
            for line in worker.stdout:
                if line.startswith('["'):
                    name, code = json.loads(line)
                    yield name, code

    # A test that fails on the unmutated copy would "kill" every mutant: the sources have moved on since
    # the full run (or the tests need code the copy lacks), and only a full run can say.
    if mutants and dict(run(["none"])).get("none") != 0:
        raise RunFailed(f"The current tests fail on {copy}'s sources, which have changed since its full run: "
                        "run the target in full.")
    for mutant, code in run(mutants):
        data = json.loads(metas[mutant].read_text("utf-8"))
        data["exit_code_by_key"][mutant] = code
        metas[mutant].write_text(json.dumps(data), "utf-8")
        print(f"  {mutant}: {status_by_exit_code[code]}", flush=True)


def mutmut_run(copy: Path, log: Path, children: int, names: list[str]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    with log.open("a" if names else "w") as fh:
        subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", str(children), *names],
                       cwd=copy, env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)


def score(status: dict[str, str], equivalent: dict[str, str], prefixes: tuple[str, ...],
          every: dict[str, str] | None = None) -> dict:
    """Count a target's mutants.

    A mutant is *equivalent* only if it survived and is listed with a reason: a listed mutant that the
    tests kill, or whose name no longer exists (mutmut renumbers a function's mutants when it changes),
    proves nothing and is reported as a stale entry instead. score = killed / (mutants - equivalent).
    ``every`` is every mutant's status when ``status`` holds only a sample: listed entries are judged on it.
    """
    every = status if every is None else every
    killed = sorted(m for m, s in status.items() if s == "killed")
    excused = {m: equivalent[m] for m, s in status.items() if s == "survived" and m in equivalent}
    missed = sorted(m for m, s in status.items() if s != "killed" and m not in excused)
    listed = [m for m in equivalent if m.startswith(prefixes)]
    counted = len(status) - len(excused)
    return {
        "mutants": len(status), "killed": len(killed), "equivalent": len(excused), "missed": missed,
        "score": (len(killed) / counted) if counted else 1.0,
        "statuses": {s: sum(1 for v in status.values() if v == s) for s in sorted(set(status.values()))},
        "stale_killed": sorted(m for m in listed if every.get(m) == "killed"),
        "stale_unknown": sorted(m for m in listed if m not in every),
        "stale_other": sorted(f"{m} ({every[m]})" for m in listed
                              if m in every and every[m] not in ("killed", "survived")),
    }


def tested_functions(copy: Path) -> set[str]:
    """The functions (mutmut's mangled names) that at least one of the target's tests calls."""
    stats = copy / "mutants" / "mutmut-stats.json"
    if not stats.exists():
        return set()
    return {f for f, tests in json.loads(stats.read_text("utf-8"))["tests_by_mangled_function_name"].items() if tests}


def pick(names: list[str], size: int) -> list[str]:
    """A fixed random sample (the same on every run of the same sources), so --again re-tests the same one."""
    return sorted(random.Random(SEED).sample(sorted(names), min(size, len(names))))


def run_sample(copy: Path, log: Path, children: int, size: int, fresh: bool, listed: list[str]) -> list[str]:
    """Make every mutant, and the map of which tests call which function, but test only a sample.

    The listed equivalents are tested too (they do not join the sample), so stale entries are found.
    """
    if fresh or not (copy / "mutants" / "mutmut-stats.json").exists():
        # No mutant has this name: mutmut makes the mutants, maps the tests, then stops before testing any.
        mutmut_run(copy, log, children, ["no.such.mutant__mutmut_0"])
    chosen = pick(list(results(copy)), size)
    tested, status = tested_functions(copy), results(copy)
    todo = [m for m in sorted(set(chosen) | (set(listed) & set(status)))
            if status[m] == "not run" and m.partition("__mutmut_")[0] in tested]
    if todo:
        mutmut_run(copy, log, children, todo)
    return chosen


def run_target(name: str, target: dict, equivalent: dict, children: int, again: bool, resume: bool,
               sample: int, again_tests: list[str] | None = None, score_only: bool = False) -> dict:
    """Mutate one target and score it.

    ``again`` re-tests only the mutants last run missed; ``resume`` goes on with a run that was
    stopped; ``sample`` tests that many mutants picked at random instead of all of them; ``score_only``
    tests nothing and reports what the copy holds (a run stopped part-way, say).
    """
    copy = WORK / name
    log = WORK / f"{name}.log"
    previous = WORK / f"{name}-report.json"
    kept = (copy / "mutants").is_dir()
    chosen = None
    if score_only and kept:
        chosen = pick(list(results(copy)), sample) if sample else None
    elif again and kept and previous.exists():
        last = json.loads(previous.read_text("utf-8"))
        chosen = last.get("sample")
        again_missed = ("survived", "timeout", "no tests", "not run")
        retest(copy, [m for m in last["missed"] if results(copy).get(m) in again_missed],
               again_tests or target["tests"])
    else:
        if not (resume and kept):
            checkout_copy(copy)
            configure(copy, target["sources"], target["tests"])
        if sample:
            listed = [m for m in equivalent if m.startswith(tuple(_prefixes(target)))]
            chosen = run_sample(copy, log, children, sample, fresh=not (resume and kept), listed=listed)
        else:
            mutmut_run(copy, log, children, [])
    tail = log.read_text("utf-8", "replace").splitlines()[-40:] if log.exists() else []
    failed = [line for line in tail
              if line.startswith(("failed to collect stats", "Failed to run clean test", "Failed to collect"))]
    if failed:
        # The tests fail, or cannot be collected, without any mutant: nothing the run says would mean anything.
        raise RunFailed(f"{name}: {failed[0]} before any mutant was tested; see {log}")
    every = results(copy)
    if chosen is not None:
        tested = tested_functions(copy)
        every = {m: ("no tests" if s == "not run" and m.partition("__mutmut_")[0] not in tested else s)
                 for m, s in every.items()}
    # A sampled run stopped before the end leaves some of its sample untested: they are left out.
    status = every if chosen is None else {m: every[m] for m in chosen if every[m] != "not run"}
    row = {"target": name, **score(status, equivalent, tuple(_prefixes(target)), every)}
    if chosen is not None:
        row["sample"] = chosen
        row["population"] = len(every)
        row["untested"] = len(chosen) - len(status)
    row["diffs"] = {m: show(copy, m) for m in row["missed"][:200]}
    return row


def _prefixes(target: dict) -> list[str]:
    return [source.removesuffix(".py").replace("/", ".") + "." for source in target["sources"]]


def report(rows: list[dict], minimum: float) -> str:
    lines = ["# Mutation testing report", "",
             ("score = killed / (mutants − equivalent); equivalent = survived *and* listed in "
             "scripts/mutation-equivalent.toml."), "",
             "| target | mutants | killed | equivalent | missed | score |", "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        flag = "" if r["score"] >= minimum else " ✗"
        sampled = (f" (sample of {r['population']}" + (f"; {r['untested']} more not tested" if r.get("untested")
                                                        else "") + ")") if "sample" in r else ""
        lines.append(f"| {r['target']} | {r['mutants']}{sampled} | {r['killed']} | {r['equivalent']} "
                     f"| {len(r['missed'])} | {r['score']:.1%}{flag} |")
    if any("sample" in r for r in rows):
        lines += ["", ("A row marked *sample* tested that many mutants, picked at random, of all the target's "
                      "mutants: its score estimates the full run's.")]
    for r in rows:
        if r["missed"]:
            lines += ["", f"## {r['target']}: mutants the tests missed", ""]
            for m in r["missed"]:
                lines += [f"### {m}", "", "```diff", r.get("diffs", {}).get(m, "(diff not shown)"), "```", ""]
        stale = [("listed but killed", r.get("stale_killed", [])),
                 ("listed but no such mutant", r.get("stale_unknown", [])),
                 ("listed but neither killed nor survived", r.get("stale_other", []))]
        if any(names for _, names in stale):
            lines += ["", f"## {r['target']}: stale equivalents (prune them from scripts/mutation-equivalent.toml)",
                      ""]
            lines += [f"- {m}: {why}" for why, names in stale for m in names]
    return "\n".join(lines) + "\n"


def write_reports(row: dict, minimum: float) -> None:
    """The target's own report, and report.md over every target measured so far."""
    (WORK / f"{row['target']}-report.md").write_text(report([row], minimum), "utf-8")
    (WORK / f"{row['target']}-report.json").write_text(json.dumps(row, indent=1), "utf-8")
    targets = tomllib.loads(CONFIG.read_text("utf-8"))["targets"]
    rows = [json.loads((WORK / f"{t}-report.json").read_text("utf-8")) for t in targets
            if (WORK / f"{t}-report.json").exists()]
    (WORK / "report.md").write_text(report(rows, minimum), "utf-8")
    (WORK / "report.json").write_text(json.dumps([{k: v for k, v in r.items() if k != "diffs"} for r in rows],
                                                 indent=1), "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help="target names from scripts/mutation.toml (default: all)")
    parser.add_argument("--min", type=float, default=0.90, help="the score each target must reach (0 to 1)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="mutants tested at once")
    parser.add_argument("--again", action="store_true",
                        help="re-test only the mutants missed last time (survived, timed out, or reached by no "
                             "test), against the current tests (sources unchanged since that run)")
    parser.add_argument("--tests", nargs="+", metavar="PATH",
                        help="with --again: the tests to try on each survivor (default: the target's own)")
    parser.add_argument("--score-only", action="store_true",
                        help="test nothing: report the results the target's copy holds (with --sample N, "
                             "for the same sample)")
    parser.add_argument("--resume", action="store_true",
                        help="go on with a run that was stopped, keeping the results it had")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="test N mutants picked at random (the same N each time), not all of them")
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
        try:
            row = run_target(name, targets[name], equivalent, args.jobs, args.again, args.resume, args.sample,
                             args.tests, args.score_only)
        except RunFailed as exc:
            print(f"  not measured: {exc}", flush=True)
            rows.append({"score": 0.0})
            continue
        rows.append(row)
        write_reports(row, args.min)
        stale = len(row["stale_killed"]) + len(row["stale_unknown"]) + len(row["stale_other"])
        print(f"  {row['killed']} of {row['mutants'] - row['equivalent']} killed ({row['score']:.1%}), "
              f"{row['equivalent']} equivalent, {stale} stale equivalent entries; {row['statuses']}", flush=True)
    print(f"\nReport: {WORK / 'report.md'}")
    return 0 if all(r["score"] >= args.min for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
