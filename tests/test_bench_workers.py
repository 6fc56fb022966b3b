"""The benchmarks' workers still run against today's code: a worker that breaks reports "not available" in
the table, which a run can pass over unseen (the visit list's model row did, for many stops)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.generate import BENCH_PASSPHRASE, GenSpec, generate_profile

ROOT = Path(__file__).resolve().parents[1]


def test_the_visit_list_benchmark_measures_the_core_and_the_windows_model(tmp_path):
    generate_profile(tmp_path / "profile", GenSpec(visits=60, places=3, volunteers=6), method="passphrase")
    env = {**os.environ, "ICVAPP_PASSPHRASE": BENCH_PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.listbench", "--data-dir", str(tmp_path / "profile"),
                           "--reps", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "gui_error" not in result, result.get("gui_error")
    assert result["core"] and result["gui"]
