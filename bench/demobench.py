"""Worker for the demo benchmark: how long a newcomer waits for "Explore the demo". Run by ``bench.run``.

Times what the first-run door runs off the GUI thread (``ui/app.py: _create_demo``):
``create_demo_office`` with a passphrase, which makes the custody demo in this process
(``create_profile`` then ``create_demo``, split by the demo's own progress steps) and, when
two cores are free, the dog unit demo in a spawned process of its own (``icvapp.demo.worker``),
else after it here. It reports which, the two sides, how long they ran at once, and the CPU
each process used: on a quiet machine with two cores the wait is about the larger of the two.
``--compare`` also times the office forced each way, in the same run. The same-run baseline is the demo's
unit of unavoidable work: one Argon2id derivation at the production cost (``pki.BOX_KDF``),
which every signing key sealed or opened pays; the process also counts how many the custody
side runs (the count is read by wrapping ``pki._box_key`` in this process only).

    python -m bench.demobench [--reps 1] [--today YYYY-MM-DD] [--way auto|two|one] [--compare] --json OUT
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.output import emit

PASSPHRASE = "bench-passphrase-not-secret"
#: The custody demo's progress steps (``create_demo`` reports n of 10) grouped into what they do.
PHASES = {1: "history import (a year and more of visits)", 2: "scheme root + 9 signing keys, each unlocked",
          9: "this quarter's visits: complete, sign and seal", 10: "issues' follow-up and the rota"}
DOGS = "the dog unit demo, in its own process, beside the custody demo"
DOGS_HERE = "the dog unit demo, after the custody demo, in this process (too few cores free)"
BOTH = "both demos at once (the two overlap)"
WAITED = "the dog unit after the custody demo (waiting for it, or making it)"


def argon2_once() -> float:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from icvapp.trust import pki

    iterations, lanes, memory = pki.BOX_KDF
    t0 = time.perf_counter()
    Argon2id(salt=b"\0" * 16, length=32, iterations=iterations, lanes=lanes, memory_cost=memory).derive(b"demo-pin")
    return time.perf_counter() - t0


def demo_once(today: dt.date | None = None, way: str = "auto") -> dict:
    """One ``create_demo_office``, as the door runs it (``way`` "auto": two processes where there are two cores),
    or forced to two processes ("two") or one ("one")."""
    from icvapp.demo import schemes
    from icvapp.trust import pki

    derives, seen = [], {}
    real = {name: getattr(schemes, name) for name in ("create_profile", "create_demo", "create_dog_unit_profile",
                                                      "cores_here")}
    real_box, real_close = pki._box_key, schemes.DogUnitWorker.close

    def counted(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real_box(*args, **kwargs)
        finally:
            derives.append(time.perf_counter() - t0)

    def profile(*args, **kwargs):
        seen.setdefault("profile", time.monotonic())
        return real["create_profile"](*args, **kwargs)

    def demo(ctx, *, progress, **kwargs):
        seen["demo"], marks = time.monotonic(), seen.setdefault("marks", [])

        def step(n, total):
            marks.append((n, time.monotonic()))
            progress(n, total)

        real["create_demo"](ctx, progress=step, **kwargs)
        seen["custody_end"] = time.monotonic()

    def dogs_here(*args, **kwargs):
        t0 = time.monotonic()
        try:
            return real["create_dog_unit_profile"](*args, **kwargs)
        finally:
            seen["dogs"], seen["processes"] = (t0, time.monotonic()), 1

    def close(worker):
        if worker.ran:
            seen["dogs"], seen["processes"] = worker.ran, 2
        real_close(worker)

    pki._box_key, schemes.DogUnitWorker.close = counted, close
    schemes.create_profile, schemes.create_demo, schemes.create_dog_unit_profile = profile, demo, dogs_here
    if way != "auto":
        schemes.cores_here = lambda: 2 if way == "two" else 1
    folder = Path(tempfile.mkdtemp(prefix="icvapp-demobench-"))
    try:
        cpu0, t0 = os.times(), time.monotonic()
        ctx = schemes.create_demo_office(folder / "profile", "passphrase", PASSPHRASE, today=today)
        t1, cpu1 = time.monotonic(), os.times()
        ctx.close()
    finally:
        pki._box_key, schemes.DogUnitWorker.close = real_box, real_close
        for name, fn in real.items():
            setattr(schemes, name, fn)
        shutil.rmtree(folder, ignore_errors=True)
    phases, last = {}, seen["demo"]
    for key, name in PHASES.items():
        at = max((t for n, t in seen["marks"] if n <= key), default=last)
        phases[name] = at - last
        last = at
    dogs_start, dogs_end = seen["dogs"]
    phases[DOGS if seen["processes"] == 2 else DOGS_HERE] = dogs_end - dogs_start
    phases[BOTH] = max(0.0, min(dogs_end, seen["custody_end"]) - max(dogs_start, t0))
    phases[WAITED] = t1 - seen["custody_end"]
    return {"total": t1 - t0, "create_profile": seen["demo"] - t0, "create_demo": seen["custody_end"] - seen["demo"],
            "phases": phases, "argon2_count": len(derives), "argon2_seconds": sum(derives),
            "processes": seen["processes"], "custody": seen["custody_end"] - t0, "dog_unit": dogs_end - dogs_start,
            "dog_unit_started": dogs_start - t0, "overlap": phases[BOTH],
            "cpu_this_process": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system),
            "cpu_dog_unit_process": (cpu1.children_user - cpu0.children_user)
                                    + (cpu1.children_system - cpu0.children_system)}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--reps", type=int, default=1)
    p.add_argument("--json", type=Path)
    p.add_argument("--today", type=dt.date.fromisoformat, help="the demo's today (default: today)")
    p.add_argument("--way", choices=("auto", "two", "one"), default="auto",
                   help="auto: as the door does (two processes when two cores are free); two or one: forced")
    p.add_argument("--compare", action="store_true", help="after each repetition, also make the office forced to two "
                                                          "processes and forced to one (the door before)")
    args = p.parse_args()
    argon2_once()  # warm-up
    base, runs, forced = [], [], {"two": [], "one": []}
    for i in range(args.reps):
        base.append(argon2_once())
        runs.append(demo_once(args.today, args.way))
        base.append(argon2_once())
        run = runs[-1]
        print(f"  demo repetition {i + 1}/{args.reps}, {run['processes']} process(es): {run['total']:.1f} s "
              f"(custody {run['custody']:.1f} s, "
              f"dog unit {run['dog_unit']:.1f} s from {run['dog_unit_started']:.1f} s, both at once "
              f"{run['overlap']:.1f} s; CPU {run['cpu_this_process']:.1f} s here + "
              f"{run['cpu_dog_unit_process']:.1f} s in the dog unit's process)", file=sys.stderr, flush=True)
        if args.compare:
            for way, label in (("two", "forced to two processes"), ("one", "forced to one process, in turn")):
                forced[way].append(demo_once(args.today, way)["total"])
                print(f"    {label}: {forced[way][-1]:.1f} s", file=sys.stderr, flush=True)
    result = {"argon2": base, "runs": runs, "argon2_median": statistics.median(base),
              "total_median": statistics.median(r["total"] for r in runs)}
    for way, totals in forced.items():
        if totals:
            result[f"forced_{way}"] = totals
            result[f"forced_{way}_median"] = statistics.median(totals)
    return emit(result, args.json)


if __name__ == "__main__":
    sys.exit(main())
