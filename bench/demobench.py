"""Worker for the demo benchmark: how long a newcomer waits for "Explore the demo". Run by ``bench.run``.

Times what the first-run door runs off the GUI thread (``ui/app.py: _create_demo``):
``create_profile`` (passphrase) then ``create_demo``, split by the demo's own
progress steps. The same-run baseline is the demo's unit of unavoidable work: one
Argon2id derivation at the production cost (``pki.BOX_KDF``), which every signing
key sealed or opened pays; the process also counts how many the demo runs (the
count is read by wrapping ``pki._box_key`` in this process only).

    python -m bench.demobench [--reps 1] --json OUT
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.output import emit

PASSPHRASE = "bench-passphrase-not-secret"
#: The demo's progress steps (``create_demo`` reports n of 10) grouped into what they do.
PHASES = {1: "history import (a year and more of visits)", 2: "scheme root + 9 signing keys, each unlocked",
          9: "this quarter's visits: complete, sign and seal", 10: "issues' follow-up and the rota"}


def argon2_once() -> float:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from icvapp.trust import pki

    iterations, lanes, memory = pki.BOX_KDF
    t0 = time.perf_counter()
    Argon2id(salt=b"\0" * 16, length=32, iterations=iterations, lanes=lanes, memory_cost=memory).derive(b"demo-pin")
    return time.perf_counter() - t0


def demo_once() -> dict:
    from icvapp.demo.create import DEMO_SCHEME, create_demo
    from icvapp.profile.context import create_profile
    from icvapp.trust import pki

    derives = []
    real = pki._box_key

    def counted(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            derives.append(time.perf_counter() - t0)

    pki._box_key = counted
    folder = Path(tempfile.mkdtemp(prefix="icvapp-demobench-"))
    try:
        t0 = time.perf_counter()
        ctx = create_profile(folder / "profile", "passphrase", DEMO_SCHEME, PASSPHRASE)
        t1 = time.perf_counter()
        marks: list[tuple[int, float]] = []
        create_demo(ctx, progress=lambda n, _total: marks.append((n, time.perf_counter())))
        t2 = time.perf_counter()
        ctx.close()
    finally:
        pki._box_key = real
        shutil.rmtree(folder, ignore_errors=True)
    phases, last = {}, t1
    for key, name in PHASES.items():
        at = max((t for n, t in marks if n <= key), default=last)
        phases[name] = at - last
        last = at
    return {"total": t2 - t0, "create_profile": t1 - t0, "create_demo": t2 - t1, "phases": phases,
            "argon2_count": len(derives), "argon2_seconds": sum(derives)}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--reps", type=int, default=1)
    p.add_argument("--json", type=Path)
    args = p.parse_args()
    argon2_once()  # warm-up
    base, runs = [], []
    for i in range(args.reps):
        base.append(argon2_once())
        runs.append(demo_once())
        base.append(argon2_once())
        print(f"  demo repetition {i + 1}/{args.reps}: {runs[-1]['total']:.1f} s", file=sys.stderr, flush=True)
    result = {"argon2": base, "runs": runs, "argon2_median": statistics.median(base),
              "total_median": statistics.median(r["total"] for r in runs)}
    return emit(result, args.json)


if __name__ == "__main__":
    sys.exit(main())
