"""Every icvapp benchmark in one command, with ratios against baselines from the same run.

    .venv/bin/python -m bench.run [--quick]

Start-up: the real app (keychain profile, main window with the visit list)
against a bare PySide6 window. Visit list: opening the list on a large
profile against a small one. Sign: sign_off + export of a visit report against
two bare pyHanko signatures of the same PDF. Import: import_files of sealed
submission files against bare verification of the same signatures. Prints a
table and writes bench/results/latest.json. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
RESULTS = BENCH / "results"
CACHE = RESULTS / "cache"
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON if VENV_PYTHON.exists() else Path(sys.executable))

SESSION_ENV = "BENCH_KEYRING_SESSION"      # set inside the dbus/gnome-keyring session
MARKER_ENV = "BENCH_SESSION_MARKER"        # proves the session started the child
KEYRING_PASSWORD = "bench"                 # unlocks a throwaway keyring in a temp folder
STARTUP_TIMEOUT = 60                       # seconds; a hung app is "not available", never a hang here
LIST_TIMEOUT = 300
SIGN_TIMEOUT = 900
IMPORT_TIMEOUT = 3 * 3600                   # 1,000 sealed visits of set-up take ~3 min on 2 cores
GOALS = {"startup": 1.3, "startup_usable": 2.0, "visit_list": 1.2, "sign": 1.5, "import": 0.6, "metrics": 2.0}
#: Goals the issue sets in absolute terms: per-keystroke p99 (s) on 100,000 visits; the demo ready (s).
ABSOLUTE_GOALS = {"keystroke": 0.016, "demo": 5.0}
KEYSTROKE_TIMEOUT = 600
DEMO_TIMEOUT = 900
GOAL_OPS = {"import": ">="}                 # a rate: the app should reach at least this share of the bare rate
BENCHMARKS = ("startup", "visit_list", "sign", "import", "metrics", "keystroke", "demo", "wording")


# --------------------------------------------------------------------------- keychain


def reexec_in_keyring_session(argv: list[str]) -> int | None:
    """Run this command again inside dbus-run-session with an unlocked gnome-keyring.

    Returns the child's exit code, or None when the session could not start
    (then the caller falls back to the file keyring in-process).
    """
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    tmp = Path(tempfile.mkdtemp(prefix="icvapp-bench-session-"))
    marker = tmp / "started"
    env = dict(os.environ, **{SESSION_ENV: "1", MARKER_ENV: str(marker), "XDG_DATA_HOME": str(tmp / "data"),
                              "BENCH_KEYRING_PW": KEYRING_PASSWORD})
    script = ('printf %s "$BENCH_KEYRING_PW" | gnome-keyring-daemon --unlock --components=secrets '
              '>/dev/null 2>&1; exec "$@"')
    cmd = ["dbus-run-session", "--", "sh", "-c", script, "sh", PYTHON, "-m", "bench.run", *argv]
    try:
        proc = subprocess.Popen(cmd, env=env, cwd=REPO, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        for line in proc.stderr:  # dbus-daemon's harmless fd-limit complaint is noise here
            if "Failed to set fd limit" not in line:
                sys.stderr.write(line)
        rc = proc.wait()
    except KeyboardInterrupt:
        proc.kill()
        raise
    finally:
        started = marker.exists()
        shutil.rmtree(tmp, ignore_errors=True)
    return rc if started else None


def setup_keyring(tmp: Path) -> str:
    """Make sure this process and its children reach a keychain; say which."""
    import keyring

    backend = keyring.get_keyring()
    if type(backend).__module__ == "keyring.backends.SecretService":
        try:
            keyring.set_password("icvapp-bench", "probe", "ok")
            if keyring.get_password("icvapp-bench", "probe") == "ok":
                return "SecretService (gnome-keyring in a private dbus session)"
        except Exception as exc:  # noqa: BLE001 - any failure means fall back
            print(f"Secret Service present but unusable ({type(exc).__name__}); falling back.", file=sys.stderr)
    use_file_keyring(tmp)
    return "FALLBACK bench.filekeyring.FileKeyring (hex key in a temp file: no Secret Service available)"


def use_file_keyring(tmp: Path) -> None:
    """Select the bench's file keyring here and, through the environment, in every child."""
    import keyring

    from bench.filekeyring import ENV, FileKeyring

    os.environ[ENV] = str(tmp / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "bench.filekeyring.FileKeyring"
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    keyring.set_keyring(FileKeyring())


# --------------------------------------------------------------------------- profiles


def ensure_profile(spec, log) -> tuple[Path, dict]:
    """A cached keychain profile for ``spec``; its key is (re)placed in this run's keychain."""
    import keyring

    from bench.generate import GENERATOR_VERSION, generate_profile
    from icvapp.storage.keys import SERVICE

    folder = CACHE / spec.cache_key()
    meta_path, data_dir = folder / "meta.json", folder / "profile"
    if meta_path.exists() and (data_dir / "icvapp.db").exists():
        meta = json.loads(meta_path.read_text("utf-8"))
        keyring.set_password(SERVICE, meta["profile_id"], meta["key_hex"])
        meta["cached"] = True
        return data_dir, meta
    shutil.rmtree(folder, ignore_errors=True)
    for stale in CACHE.glob("*-g*"):  # profiles from older generator versions are never reused
        if not stale.name.endswith(f"-g{GENERATOR_VERSION}"):
            shutil.rmtree(stale, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    log(f"Generating {spec.visits:,} visits (cached in {folder.relative_to(REPO)})")
    res = generate_profile(data_dir, spec, method="keychain", progress=log)
    meta = {"profile_id": res.profile_id, "key_hex": res.key_hex, "rows": res.rows, "total_rows": res.total_rows,
            "seconds": res.seconds, "load_seconds": res.load_seconds,
            "rows_per_second": res.rows_per_second, "load_rows_per_second": res.load_rows_per_second,
            "db_bytes": (data_dir / "icvapp.db").stat().st_size}
    # The key sits beside invented data only, so later runs can put it in a fresh keychain.
    fd = os.open(meta_path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=2)
    log(f"  {res.total_rows:,} rows: load {res.load_rows_per_second:,.0f} rows/s, "
        f"end to end {res.seconds:.1f} s, {meta['db_bytes'] / 1e6:.0f} MB")
    meta["cached"] = False
    return data_dir, meta


# --------------------------------------------------------------------------- start-up


def child_env(**extra: str) -> dict[str, str]:
    # A user's install has its bytecode (pip and PyInstaller compile it): so does the measured app, whatever
    # the shell says (PYTHONDONTWRITEBYTECODE would make every timed start compile the modules changed lately).
    env = {k: v for k, v in os.environ.items()
           if k not in ("ICVAPP_PASSPHRASE", "ICVAPP_DATA_DIR", "PYTHONDONTWRITEBYTECODE")}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def time_process(cmd: list[str], env: dict[str, str], timeout: float,
                 marker: str = "ICVAPP_READY") -> tuple[float | None, str, float | None]:
    """Seconds from spawn to exit, or None and why it is not available; and from spawn to the
    ``ICVAPP_READY <epoch>`` line the process prints once its window is shown and idle (None if none),
    or to another ``marker`` line (``ICVAPP_SHOWN``: the first window on screen, see ``time_markers``)."""
    spawned = time.time()
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout,
                              check=False)
    except subprocess.TimeoutExpired:
        return None, f"did not exit within {timeout:.0f} s", None
    elapsed = time.perf_counter() - t0
    err = proc.stderr.strip()
    if proc.returncode != 0 or "Traceback" in err:
        last = err.splitlines()[-1] if err else ""
        return None, f"exit code {proc.returncode}: {last[:200]}", None
    marks = {line.split()[0]: float(line.split()[1]) - spawned for line in proc.stdout.splitlines()
             if line.startswith("ICVAPP_") and len(line.split()) == 2}
    LAST_MARKS.clear()
    LAST_MARKS.update(marks)
    return elapsed, "", marks.get(marker)


#: Every ``ICVAPP_<NAME> <epoch>`` marker the last timed process printed, as seconds from its spawn.
LAST_MARKS: dict[str, float] = {}


def passphrase_profile(tmp: Path) -> Path:
    """A small passphrase profile: starting the app on it opens the unlock dialog (its first window)."""
    from icvapp.profile.context import create_profile

    data_dir = tmp / "passphrase-profile"
    create_profile(data_dir, "passphrase", "Bench scheme", "bench-passphrase-not-secret").close()
    return data_dir


def bench_startup(profiles: dict[str, Path], reps: int, log, tmp: Path | None = None) -> list[dict]:
    bare_cmd = [PYTHON, str(BENCH / "bare_window.py")]
    # run_gui lives in ui/ (installed as icvapp.ui): look for the hook in both trees.
    hook = any("ICVAPP_QUIT_WHEN_READY" in p.read_text("utf-8", errors="replace")
               for tree in ("icvapp", "ui") for p in (REPO / tree).rglob("*.py"))
    base_name = "bare PySide6 window (baseline)"
    cases = [(base_name, bare_cmd, child_env(), None),
             # What any passphrase dialog costs in PySide6 (a label, a password field, OK/Cancel): the floor
             # under icvapp's unlock dialog, so its ratio reads against what is possible.
             ("bare PySide6 passphrase dialog (floor)", [PYTHON, str(BENCH / "bare_dialog.py")], child_env(), None)]
    if tmp is not None:
        locked = passphrase_profile(tmp)
        cases.append(("icvapp to unlock dialog (passphrase profile)",
                      [PYTHON, "-m", "icvapp", "--data-dir", str(locked)], child_env(ICVAPP_QUIT_WHEN_READY="1"),
                      locked))
    if profiles:
        # What the chosen libraries cost to show a keychain profile's list with no icvapp code at all (keyring,
        # sqlcipher3, one query, a table): the floor under the main window's "usable" ratio.
        label, data_dir = next(iter(profiles.items()))
        profile_id = json.loads((data_dir / "keyinfo.json").read_text("utf-8"))["profile_id"]
        cases.append((f"bare PySide6 + keychain + SQLCipher list (floor), {label}",
                      [PYTHON, str(BENCH / "bare_stack.py"), str(data_dir), profile_id], child_env(), None))
    for label, data_dir in profiles.items():
        cases.append((f"icvapp to main window, {label}", [PYTHON, "-m", "icvapp", "--data-dir", str(data_dir)],
                      child_env(ICVAPP_QUIT_WHEN_READY="1"), data_dir))
    # Bytecode for the app's own sources, as an install has it (see child_env).
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(REPO / "icvapp"), str(REPO / "ui")], cwd=REPO,
                   env=child_env(), capture_output=True, check=False)
    samples: dict[str, list[float]] = {c[0]: [] for c in cases}
    ready: dict[str, list[float]] = {c[0]: [] for c in cases}
    # The first window on screen (ICVAPP_SHOWN): the unlock dialog, or the main window's frame saying
    # "Opening…" while the database opens; the bare window's first window is its only one.
    shown: dict[str, list[float]] = {c[0]: [] for c in cases}
    unavailable: dict[str, str] = {}
    if not hook:
        for c in cases[1:]:
            unavailable[c[0]] = "ICVAPP_QUIT_WHEN_READY is not implemented in icvapp/ or ui/ yet"
    # One warm-up each (also the availability probe), then interleaved repetitions.
    for name, cmd, env, _ in cases:
        if name in unavailable:
            continue
        t, why, _ready = time_process(cmd, env, STARTUP_TIMEOUT)
        if t is None:
            unavailable[name] = why
    for i in range(reps):
        for name, cmd, env, _ in cases:
            if name in unavailable:
                continue
            t, why, r = time_process(cmd, env, STARTUP_TIMEOUT)
            if t is None:
                unavailable[name] = f"repetition {i + 1}: {why}"
            else:
                samples[name].append(t)
                if r is not None:
                    ready[name].append(r)
                first = LAST_MARKS.get("ICVAPP_SHOWN", r)
                if first is not None:
                    shown[name].append(first)
        log(f"  start-up repetition {i + 1}/{reps} done")
    out = []
    # Headline: spawn to an interactive window (shown, event loop idle) -- what the goal is about.
    # Then spawn to exit, which adds the interpreter's teardown after the window has closed.
    # Goals: a window in front of the user within 1.3 x the bare window; the main window usable within 2 x.
    for measure, series, suffix in (("shown", shown, "spawn -> first window shown and idle"),
                                    ("ready", ready, "spawn -> window usable and idle"),
                                    ("exit", samples, "spawn -> process exit")):
        base = series[base_name]
        for name, *_ in cases:
            row = {"group": "startup", "name": f"{name} [{suffix}]", "unit": "s", "measure": measure}
            if name in unavailable:
                row.update(available=False, reason=unavailable[name])
            elif not series[name]:
                row.update(available=False, reason="printed no ICVAPP_READY line")
            else:
                row.update(available=True, samples=series[name], min=min(series[name]),
                           median=statistics.median(series[name]))
                if name != base_name and base:
                    row.update(baseline=f"{base_name} [{suffix}]", ratio=row["median"] / statistics.median(base),
                               ratio_min=row["min"] / min(base))
                    if "(floor)" in name:
                        pass  # a reference, not the app: no goal
                    elif measure == "shown" or (measure == "ready" and "unlock" in name):
                        row["goal"] = GOALS["startup"]
                    elif measure == "ready":
                        row["goal"] = GOALS["startup_usable"]
            out.append(row)
    return out


def bench_startup_phases(data_dir: Path, label: str, reps: int) -> list[dict]:
    """Diagnostic rows: the app's start-up steps timed inside one process (see startup_phases.py)."""
    cmd = [PYTHON, "-m", "bench.startup_phases", str(data_dir)]
    runs, walls, why = [], [], ""
    for _ in range(reps + 1):
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, check=False, env=child_env(), cwd=REPO, capture_output=True, text=True,
                                  timeout=STARTUP_TIMEOUT)
        except subprocess.TimeoutExpired:
            why = f"did not exit within {STARTUP_TIMEOUT} s"
            break
        if proc.returncode != 0:
            why = f"exit code {proc.returncode}: {(proc.stderr.strip().splitlines() or [''])[-1][:200]}"
            break
        walls.append(time.perf_counter() - t0)
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    runs, walls = runs[1:], walls[1:]  # the first was the warm-up
    if not runs:
        return [{"group": "startup_phases", "name": f"app start-up phases [{label}]", "available": False,
                 "reason": why or "no runs"}]
    rows = []
    for phase in runs[0]:
        xs = [r[phase] for r in runs]
        rows.append({"group": "startup_phases", "name": f"  {phase}", "unit": "s", "available": True,
                     "samples": xs, "min": min(xs), "median": statistics.median(xs), "profile": label})
    total = [sum(r.values()) for r in runs]
    rows.append({"group": "startup_phases", "name": f"  sum of phases (in-process, excludes interpreter start) [{label}]",
                 "unit": "s", "available": True, "samples": total, "min": min(total),
                 "median": statistics.median(total), "profile": label})
    rest = [w - t for w, t in zip(walls, total, strict=True)]
    rows.append({"group": "startup_phases", "name": "  interpreter start + teardown after quit (wall - sum)",
                 "unit": "s", "available": True, "samples": rest, "min": min(rest),
                 "median": statistics.median(rest), "profile": label})
    return rows


# --------------------------------------------------------------------------- visit list


def run_list_worker(data_dir: Path, reps: int) -> dict:
    cmd = [PYTHON, "-m", "bench.listbench", "--data-dir", str(data_dir), "--reps", str(reps)]
    try:
        proc = subprocess.run(cmd, check=False, env=child_env(), cwd=REPO, capture_output=True, text=True,
                              timeout=LIST_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"error": f"did not finish within {LIST_TIMEOUT} s"}
    if proc.returncode != 0:
        return {"error": f"exit code {proc.returncode}: {(proc.stderr.strip().splitlines() or [''])[-1][:300]}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_visit_list(small: tuple[str, Path], large: tuple[str, Path], reps: int, log) -> tuple[list, dict]:
    results = {}
    for label, data_dir in (small, large):
        log(f"  visit list on {label}")
        results[label] = run_list_worker(data_dir, reps)
    rows = []
    s, l = results[small[0]], results[large[0]]
    parts = [("core", "total", "open_profile + count_visits + first page (200)"),
             ("core", "open", "  of which open_profile (keychain, SQLCipher, schema check)"),
             ("core", "count", "  of which count_visits"),
             ("core", "first_page", "  of which list_visits first page"),
             ("core", "next_page", "list_visits second page (keyset, not in the total)"),
             ("gui", "model", "VisitListModel: construct + set_filter + data() 50 rows x all columns"),
             ("gui", "total", "open_profile + VisitListModel as above")]
    for section, key, desc in parts:
        for label, res in ((small[0], s), (large[0], l)):
            row = {"group": "visit_list", "name": f"{desc} [{label}]", "unit": "s", "key": f"{section}.{key}",
                   "profile": label}
            data = res.get(section, {}).get(key) if "error" not in res else None
            if data is None:
                row.update(available=False, reason=res.get("error") or res.get(f"{section}_error", "not measured"))
            else:
                row.update(available=True, samples=data["samples"], min=data["min"], median=data["median"])
                if res is l and s.get(section, {}).get(key):
                    sb = s[section][key]
                    row.update(baseline=f"{desc} [{small[0]}]", ratio=data["median"] / sb["median"],
                               ratio_min=data["min"] / sb["min"])
                    if key in ("total", "model"):
                        row["goal"] = GOALS["visit_list"]
            rows.append(row)
    plans = {label: res.get("plans") for label, res in results.items()}
    return rows, plans


# --------------------------------------------------------------------------- workers with progress


def run_worker(module: str, args: list[str], timeout: float, tmp: Path, log) -> dict:
    """Run ``python -m module args --json FILE``; its stderr is shown as it comes (progress)."""
    out = tmp / f"{module.rsplit('.', 1)[-1]}.json"
    out.unlink(missing_ok=True)
    cmd = [PYTHON, "-m", module, *args, "--json", str(out)]
    proc = subprocess.Popen(cmd, env=child_env(), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    tail: deque[str] = deque(maxlen=30)

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            tail.append(line.rstrip("\n"))
            log(line.rstrip("\n"))

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        rc = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return {"error": f"did not finish within {timeout:.0f} s"}
    except KeyboardInterrupt:
        proc.kill()
        raise
    reader.join(timeout=5)
    if rc != 0 or not out.exists():
        last = next((line for line in reversed(tail) if line.strip()), "")
        return {"error": f"exit code {rc}: {last[:300]}"}
    return json.loads(out.read_text("utf-8"))


def _row(group: str, name: str, samples: list[float] | None = None, **extra) -> dict:
    row = {"group": group, "name": name, "unit": "s", "available": True}
    if samples is not None:
        row.update(samples=samples, min=min(samples), median=statistics.median(samples))
    row.update(extra)
    return row


# --------------------------------------------------------------------------- sign


def bench_sign(reps: int, tmp: Path, log) -> tuple[list[dict], dict]:
    res = run_worker("bench.signbench", ["--reps", str(reps)], SIGN_TIMEOUT, tmp, log)
    if "error" in res:
        return [{"group": "sign", "name": "sign_off + export_visit_pdf vs bare pyHanko", "available": False,
                 "reason": res["error"]}], res
    app, base = res["app"], res["baseline"]
    base_name = "bare pyHanko: 2 PAdES signatures of the same unsigned PDF (baseline)"
    b_med, b_min = statistics.median(base["pyhanko_2"]), min(base["pyhanko_2"])

    def vs_base(row: dict, goal: bool = False) -> dict:
        row.update(baseline=base_name, ratio=row["median"] / b_med, ratio_min=row["min"] / b_min)
        if goal:
            row["goal"] = GOALS["sign"]
        return row

    sane = all(len(side["signatures"]) == 2 and not side["empty_fields"]
               and all(all(sig[1:]) for sig in side["signatures"]) for side in res["sanity"].values())
    rows = [
        _row("sign", base_name, base["pyhanko_2"]),
        vs_base(_row("sign", "icvapp sign_off + export_visit_pdf (render, 2 record sigs, 2 PAdES, DB, file)",
                     app["total"]), goal=True),
        vs_base(_row("sign", "  of which sign_off", app["sign_off"])),
        vs_base(_row("sign", "  of which export_visit_pdf (signed PDF from the database to a file)",
                     app["export"])),
        vs_base(_row("sign", "pades.sign_field x2 on the same PDF (the app's wrapper; diagnostic)",
                     base["pades_sign_field_2"])),
        _row("sign", "render_visit_pdf alone (in sign_off, not in the baseline)", base["render"]),
        _row("sign", "add_signature_fields alone (in sign_off, not in the baseline)", base["add_fields"]),
        _row("sign", "PIN unlock per signer (Argon2id, a human step; outside every timer)", res["unlock"]),
    ]
    paired = [a / b for a, b in zip(app["total"], base["pyhanko_2"], strict=True)]
    rows[1]["ratio_paired"] = statistics.median(paired)
    rows[1]["note"] = (f"median of the per-repetition ratios (app and baseline run back to back): "
                       f"{rows[1]['ratio_paired']:.2f}x; ratio of the minima {rows[1]['ratio_min']:.2f}x")
    if not sane:
        rows[1]["note"] += f"\n    WARNING: a signed PDF did not verify: {res.get('sanity')}"
    for phase, label in (("sign_off", "sign_off"), ("export", "export_visit_pdf")):
        parts = res["breakdown"][phase]
        total = parts.pop("total")
        rows.append(_row("sign_breakdown", f"{label}, instrumented (median of {reps})", min=None, median=total))
        for name, value in sorted(parts.items(), key=lambda kv: -kv[1]):
            rows.append(_row("sign_breakdown", f"  {name}", min=None, median=value, share=value / total))
    return rows, res


# --------------------------------------------------------------------------- import


def bench_import(files: int, tmp: Path, log) -> tuple[list[dict], dict]:
    res = run_worker("bench.importbench", ["--files", str(files)], IMPORT_TIMEOUT, tmp, log)
    if "error" in res:
        return [{"group": "import", "name": f"import_files vs bare verification, {files:,} files",
                 "available": False, "reason": res["error"]}], res
    passes = res["passes"]
    n = f"{files:,} files"

    def rate_row(key: str, name: str, baseline: str | None = None, goal: bool = False) -> dict:
        p = passes[key]
        row = {"group": "import", "name": name, "unit": "files/s", "available": True, "rate": p["rate"],
               "seconds": p["seconds"], "files": p["files"], "per_file_median": p["per_file_median"],
               "chunk_rates": p["chunk_rates"], "chunk": p["chunk"]}
        if baseline:
            row.update(baseline=rows_by_key[baseline]["name"], ratio=p["rate"] / passes[baseline]["rate"])
            if goal:
                row.update(goal=GOALS["import"], goal_op=GOAL_OPS["import"])
        rows_by_key[key] = row
        return row

    rows_by_key: dict[str, dict] = {}
    rows = [
        rate_row("bare", f"bare: decrypt, JSON, 2 certs, 2 ECDSA, pyHanko PDF check (baseline), {n}"),
        rate_row("app", f"icvapp import_files, {n}", "bare", goal=True),
        rate_row("bare_nopdf", f"bare without the PDF check (baseline), {n}"),
        rate_row("app_nopdf", f"icvapp import_files, PDF check stubbed out (bench only), {n}", "bare_nopdf"),
    ]
    for key, row in (("app", rows[1]), ("app_nopdf", rows[3])):
        app_c, bare_c = passes[key]["chunk_rates"], passes[key.replace("app", "bare")]["chunk_rates"]
        if len(app_c) >= 3:  # does the app slow down as the office database fills? (ratio cancels machine load)
            row["ratio_by_chunk"] = [a / b for a, b in zip(app_c, bare_c, strict=True)]
            row["note"] = (f"ratio by successive {passes[key]['chunk']:,}-file parts of the batch: "
                           + " ".join(f"{x:.2f}" for x in row["ratio_by_chunk"]))
    parts = dict(res["breakdown"])
    total = parts.pop("total")
    k = res["breakdown_files"]
    rows.append(_row("import_breakdown", f"import_files per file, instrumented (median of {k} files)",
                     min=None, median=total))
    for name, value in sorted(parts.items(), key=lambda kv: -kv[1]):
        rows.append(_row("import_breakdown", f"  {name}", min=None, median=value, share=value / total))
    rows.append(_row("import_breakdown", "once per import_files call: trust + inbox key (RSA-3072 load)",
                     min=None, median=res["breakdown_once"]))
    rows.append(_row("import_breakdown", "set-up: sign_off per visit on the laptop (median; not in the passes)",
                     min=None, median=res["setup"]["sign_off_median"]))
    return rows, res


# --------------------------------------------------------------------------- keystrokes and the demo


def bench_keystrokes(profiles: dict[str, Path], keys: int, tmp: Path, log) -> tuple[list[dict], dict]:
    """Per-keystroke work on the GUI thread in a new visit report, per profile (bench/keystrokes.py)."""
    raw, rows = {}, []
    for label, data_dir in profiles.items():
        log(f"  typing {keys} keys into a new visit on {label}")
        raw[label] = run_worker("bench.keystrokes", ["--data-dir", str(data_dir), "--keys", str(keys)],
                                KEYSTROKE_TIMEOUT, tmp, log)
    first = next(iter(raw.values()))
    if "error" in first:
        return [{"group": "keystroke", "name": "per-keystroke benchmark", "available": False,
                 "reason": first["error"]}], raw
    bare = first["bare"]
    rows.append(_row("keystroke", "bare QPlainTextEdit/QLineEdit, same keys (baseline)  p50 | p99",
                     min=bare["median"], median=bare["p99"]))
    small = None
    for label, res in raw.items():
        if "error" in res:
            rows.append({"group": "keystroke", "name": f"visit form keystroke, {label}", "available": False,
                         "reason": res["error"]})
            continue
        app = res["app"]
        row = _row("keystroke", f"visit form keystroke, {label}  p50 | p99", min=app["median"], median=app["p99"])
        goal = ABSOLUTE_GOALS["keystroke"]
        note = (f"p99 {app['p99'] * 1000:.1f} ms, max {app['max'] * 1000:.1f} ms: goal p99 <= {goal * 1000:.0f} ms "
                f"{'met' if app['p99'] <= goal else 'MISSED'}; {res['sql_per_key']:.2f} SQL statements per key; "
                f"validation_context+validate p50 {res['core_context_and_validate']['median'] * 1000:.2f} ms, "
                f"validate alone {res['core_validate_only']['median'] * 1000:.3f} ms")
        if small is None:
            small = (label, app)
        else:
            row.update(baseline=f"visit form keystroke, {small[0]} (p99)", ratio=app["p99"] / small[1]["p99"])
        row["note"] = note
        rows.append(row)
    return rows, raw


def bench_demo(reps: int, tmp: Path, log) -> tuple[list[dict], dict]:
    res = run_worker("bench.demobench", ["--reps", str(reps)], DEMO_TIMEOUT, tmp, log)
    if "error" in res:
        return [{"group": "demo", "name": "demo scheme creation", "available": False, "reason": res["error"]}], res
    base = res["argon2"]
    totals = [r["total"] for r in res["runs"]]
    goal = ABSOLUTE_GOALS["demo"]
    rows = [_row("demo", "one Argon2id at BOX_KDF, the unit every signing key pays (baseline)", base),
            _row("demo", "create_demo_office: both schemes (first-run door 'Explore the demo')", totals,
                 baseline="one Argon2id", ratio=statistics.median(totals) / statistics.median(base),
                 note=f"goal <= {goal:.0f} s {'met' if statistics.median(totals) <= goal else 'MISSED'} "
                      f"(absolute; on this run's machine load)")]
    run = res["runs"][len(res["runs"]) // 2]
    rows.append(_row("demo", f"  of which {run['argon2_count']} Argon2id derivations", min=None,
                     median=run["argon2_seconds"], share=run["argon2_seconds"] / run["total"]))
    rows.append(_row("demo", "  of which create_profile", min=None, median=run["create_profile"],
                     share=run["create_profile"] / run["total"]))
    for name, seconds in run["phases"].items():
        rows.append(_row("demo", f"  of which {name}", min=None, median=seconds, share=seconds / run["total"]))
    return rows, res


# --------------------------------------------------------------------------- report


def fmt_s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 1000:8.1f} ms" if x < 10 else f"{x:8.2f} s "


def meets(r: dict) -> bool:
    return r["ratio"] >= r["goal"] if r.get("goal_op") == ">=" else r["ratio"] <= r["goal"]


def print_table(rows: list[dict]) -> None:
    width = max(len(r["name"]) for r in rows)
    print(f"\n{'benchmark':<{width}}  {'min':>11}  {'median':>11}  {'ratio':>6}  {'goal':>6}  verdict")
    print("-" * (width + 52))
    group = None
    for r in rows:
        if r["group"] != group:
            group = r["group"]
            print(f"[{group}]" + (f"{'':<{width - len(group) - 2}}  {'per file':>11}  {'files/s':>11}"
                                  if r.get("unit") == "files/s" else ""))
        if not r.get("available"):
            print(f"{r['name']:<{width}}  {'not available':>11}  ({r['reason']})")
            continue
        ratio = f"{r['ratio']:5.2f}x" if "ratio" in r else ""
        op = r.get("goal_op", "<=")
        goal = f"{op}{r['goal']:.1f}x" if "goal" in r else ""
        verdict = ("" if "goal" not in r else ("meets goal" if meets(r) else "MISSES GOAL"))
        if "share" in r:
            verdict = f"{r['share'] * 100:4.0f} %"
        if r.get("unit") == "files/s":
            left, right = fmt_s(r["per_file_median"]), f"{r['rate']:8.1f}   "
        else:
            left, right = fmt_s(r["min"]), fmt_s(r["median"])
        print(f"{r['name']:<{width}}  {left:>11}  {right:>11}  {ratio:>6}  {goal:>6}  {verdict}")
        if r.get("note"):
            print(f"{'':<4}{r['note']}")
    print("ratio = median / median of the baseline row measured in this run "
          "(start-up: bare window; visit list: the small profile;\n"
          "  sign: two bare pyHanko signatures of the same PDF). import: rate = files / summed per-file time, the two "
          "sides taking\n  turns file by file; ratio = app rate / bare rate (higher is better); 'per file' is the "
          "median file.\n"
          "startup_phases, sign_breakdown and import_breakdown are diagnostic (app functions wrapped and timed, "
          "innermost wins;\n  'other' is the unwrapped rest).")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.run", description="Run every icvapp benchmark.")
    p.add_argument("--quick", action="store_true", help="fewer repetitions; 20,000 instead of 100,000 visits")
    p.add_argument("--reps", type=int,
                   help="repetitions per measurement (default 7, quick 3; sign: default 20, quick 5)")
    p.add_argument("--import-files", type=int, metavar="N",
                   help="submission files for the import benchmark (default 1,000, quick 50)")
    p.add_argument("--keyring", choices=["auto", "file"], default="auto",
                   help="auto: a real Secret Service (gnome-keyring) if one can be started, else the file keyring")
    p.add_argument("--demo-reps", type=int, metavar="N", help="demo creations (default 3, quick 1; ~15 s each)")
    p.add_argument("--only", metavar="|".join(BENCHMARKS),
                   help="run only these benchmarks (comma-separated)")
    args = p.parse_args(argv)
    only = set(BENCHMARKS) if not args.only else {x.strip() for x in args.only.split(",") if x.strip()}
    if only - set(BENCHMARKS):
        p.error(f"--only: unknown {', '.join(sorted(only - set(BENCHMARKS)))}; choose from {', '.join(BENCHMARKS)}")
    needs_keychain = bool(only & {"startup", "visit_list", "keystroke"})  # sign and import use passphrase profiles

    if needs_keychain and args.keyring == "auto" and not os.environ.get(SESSION_ENV):
        rc = reexec_in_keyring_session(argv)
        if rc is not None:
            return rc
        print("Could not start a dbus session with gnome-keyring; using the file keyring.", file=sys.stderr)
    if os.environ.get(MARKER_ENV):
        Path(os.environ[MARKER_ENV]).touch()

    t_start = time.perf_counter()
    reps = args.reps or (3 if args.quick else 7)
    sign_reps = args.reps or (5 if args.quick else 20)
    import_files = args.import_files or (50 if args.quick else 1000)
    sizes = (1_000, 20_000 if args.quick else 100_000)
    tmp = Path(tempfile.mkdtemp(prefix="icvapp-bench-"))

    def log(msg: str) -> None:
        print(msg, flush=True)

    try:
        sys.path.insert(0, str(REPO))
        if not needs_keychain:
            keychain = "not used (sign and import use passphrase profiles)"
        elif args.keyring == "auto":
            keychain = setup_keyring(tmp)
        else:
            keychain = setup_keyring_file(tmp)
        log(f"Keychain: {keychain}")
        from bench.generate import GenSpec

        profiles, generated = {}, {}
        for n in sizes if needs_keychain else ():
            spec = GenSpec(visits=n, seed=1)
            data_dir, meta = ensure_profile(spec, log)
            label = f"{n:,} visits"
            profiles[label] = data_dir
            generated[label] = {k: v for k, v in meta.items() if k != "key_hex"} | {"cache_key": spec.cache_key()}
        rows: list[dict] = []
        plans = {}
        if "startup" in only:
            log(f"Start-up: {reps} repetitions (+1 warm-up) of each process")
            rows += bench_startup(profiles, reps, log, tmp)
            label, data_dir = next(iter(profiles.items()))
            log(f"Start-up phases on {label}: {reps} repetitions (+1 warm-up)")
            rows += bench_startup_phases(data_dir, label, reps)
        if "visit_list" in only:
            log(f"Visit list: {reps} repetitions (+1 warm-up) per profile, each in its own process")
            small, large = list(profiles.items())
            list_rows, plans = bench_visit_list(small, large, reps, log)
            rows += list_rows
        raw = {}
        if "sign" in only:
            log(f"Sign: {sign_reps} repetitions (+2 warm-up), app and bare pyHanko in turn, in one process")
            sign_rows, raw["sign"] = bench_sign(sign_reps, tmp, log)
            rows += sign_rows
        if "import" in only:
            log(f"Import: {import_files:,} submission files (+2 warm-up), in one process")
            import_rows, raw["import"] = bench_import(import_files, tmp, log)
            rows += import_rows
        if "metrics" in only:
            from bench.metricsbench import run as metrics_run

            n = 20_000 if args.quick else 100_000
            log(f"Metrics: quarterly summary vs one SQL aggregate on {n:,} visits (10 conversations each; cached)")
            keep = CACHE / f"metrics-v{n}-c10"
            keep.mkdir(parents=True, exist_ok=True)
            m = metrics_run(n, 5 if args.quick else 15, keep)
            raw["metrics"] = m
            rows.append(_row("metrics", f"one hand-written SQL aggregate, {m['quarter']}", min=None,
                             median=m["baseline_ms"] / 1000))
            rows.append(_row("metrics", f"metrics.summary (every figure), {m['visits']:,} visits / "
                             f"{m['conversations']:,} conversations", min=None, median=m["summary_ms"] / 1000,
                             ratio=m["ratio"], goal=GOALS["metrics"]))
            rows.append(_row("metrics", f"Board PDF for a whole financial year ({m['board_pdf_pages']} pages)",
                             min=None, median=m["board_pdf_year_ms"] / 1000))
        if "keystroke" in only:
            log("Keystrokes: a new visit report typed into on each profile, each in its own process")
            key_rows, raw["keystroke"] = bench_keystrokes(profiles, 150 if args.quick else 400, tmp, log)
            rows += key_rows
        if "wording" in only:
            log("Wording: Qt's translate() with a kind's own wording asked first, against the catalogues alone")
            code = f"import json, bench.wordingbench as w; print(json.dumps(w.run(reps={3 if args.quick else 7})))"
            out = subprocess.run([sys.executable, "-c", code],
                                 cwd=REPO, capture_output=True, text=True, check=True,
                                 env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            w = raw["wording"] = json.loads(out.stdout.strip().splitlines()[-1])
            # per 1,000 sentences: about what building the main window asks of translate()
            rows.append(_row("wording", "1,000 sentences through translate(), the catalogues alone", min=None,
                             median=w["catalogues_us"] / 1e3))
            rows.append(_row("wording", "1,000 sentences, the kind's own wording asked first (custody, Welsh)",
                             min=None, median=w["with_kind_us"] / 1e3, ratio=w["ratio"]))
        if "demo" in only:
            demo_reps = args.demo_reps or (1 if args.quick else 3)
            log(f"Demo: {demo_reps} creation(s) of the demo scheme, in one process")
            demo_rows, raw["demo"] = bench_demo(demo_reps, tmp, log)
            rows += demo_rows
        print_table(rows)
        report = {
            "when": dt.datetime.now().isoformat(timespec="seconds"), "code": code_version(),
            "quick": args.quick, "repetitions": reps, "sign_repetitions": sign_reps,
            "import_files": import_files, "keychain": keychain,
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
            "profiles": generated, "results": rows, "query_plans": plans, "raw": raw,
            "seconds": time.perf_counter() - t_start,
        }
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "latest.json").write_text(json.dumps(report, indent=2), "utf-8")
        log(f"\nCode: {report['code']['commit']}"
            + (" with uncommitted changes to icvapp/" if report["code"]["icvapp_uncommitted"] else ""))
        log(f"Keychain: {keychain}")
        log(f"Wrote {(RESULTS / 'latest.json').relative_to(REPO)} in {report['seconds']:.0f} s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def code_version() -> dict:
    """The commit measured, and whether the working tree had uncommitted changes to icvapp/."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10,
                                  check=False).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    return {"commit": git("rev-parse", "--short", "HEAD"),
            "icvapp_uncommitted": bool(git("status", "--porcelain", "--", "icvapp", "db"))}


def setup_keyring_file(tmp: Path) -> str:
    use_file_keyring(tmp)
    return "FILE bench.filekeyring.FileKeyring (chosen with --keyring file; not a real keychain)"


if __name__ == "__main__":
    sys.exit(main())
