"""The office's pull: deliveries pulled from the scheme server and imported, against importing files.

    .venv/bin/python -m bench.server_pull                 # 1,000 visits (the issue's figure; ~10 min)
    .venv/bin/python -m bench.server_pull --visits 100    # a quick look

Set-up (not measured): a throwaway PostgreSQL cluster (as in tests/server); an office profile and a
volunteer laptop that joined it by files (as bench/importbench.py makes them); the laptop seals the
visits and exports each as a submission file (``export_submission``). ``icvapp-server`` runs as its
own process with its documented command, its certificate issued by the office's root; the office's
computer and the laptop are enrolled as devices.

Measured, in chunks that take turns so a slow spell on a shared machine hits both sides:

* files (**baseline**): ``icvapp.sealing.submission.import_files`` over the chunk's files, into one
  copy of the office profile;
* pull: the laptop first delivers the same files, byte for byte, to the server (not timed); then
  ``icvapp.delivery.sync.pull_deliveries`` into a second copy of the office profile: signed HTTPS
  requests, the deliveries' ciphertext, each imported all or nothing, acknowledged.

ratio = pull rate / files rate (goal in the issue: at least 0.8). Writes
``bench/results/server_pull.json``. Nothing here asserts on timing.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bench.importbench import WARMUP, make_files
from bench.server_throughput import start_server
from bench.signing_setup import PASSPHRASE, ROOT_PIN, log
from icvapp.delivery.client import Client
from icvapp.delivery.device import certify_server, device_request, import_device_file, issue_device_file, this_device
from icvapp.delivery.sync import pull_deliveries
from icvapp.profile.context import open_profile
from icvapp.sealing.submission import import_files
from icvapp.server import protocol
from icvapp.server.certificates import LAPTOP, OFFICE
from icvapp.server.database import in_scheme, make_engine, migrate
from icvapp.server.store import register_scheme
from icvapp.storage.model import Visit
from icvapp.trust.enrolment import require_trust, unlock_authority
from icvapp.trust.enrolment_files import scheme_package
from tests.server.cluster import APP, OWNER, remove_cluster, start_cluster
from tests.server.conftest import write_server_key


def enrol(office, ctx, name: str, role: str, url: str, cert_pem: str) -> None:
    request = device_request(ctx.db, name, role=role)
    import_device_file(ctx.db, issue_device_file(office.db, request, ROOT_PIN, server_url=url,
                                                 server_certificate=cert_pem))


def host_scheme(cluster, office, folder: Path) -> tuple[object, str]:
    """Certify a server key with the office's root and host the scheme; returns the server process and URL."""
    _key, _key_path, public = write_server_key(folder)
    cert_pem = certify_server(office.db, ROOT_PIN, public, ["127.0.0.1"])
    (folder / "server.pem").write_text(cert_pem)
    owner = make_engine(cluster.url(OWNER), pool_size=1)
    with in_scheme(owner, require_trust(office.db).scheme_uid) as conn:
        register_scheme(conn, scheme_package(office.db, unlock_authority(office.db, ROOT_PIN)), cert_pem)
    owner.dispose()
    port = 20000 + secrets.randbelow(20000)
    return start_server(cluster, folder, port, cert_pem), f"https://127.0.0.1:{port}", cert_pem


def visit_uids(lap, count: int) -> list[str]:
    """The laptop's sealed visits in the order make_files exported them (one file per visit, by id)."""
    with lap.db.session() as s:
        uids = list(s.scalars(select(Visit.uid).where(Visit.sealed_at.is_not(None)).order_by(Visit.id)))
    if len(uids) != count:
        raise RuntimeError(f"{len(uids)} sealed visits on the laptop, {count} files")
    return uids


def deliver(client: Client, paths: list[Path], uids: list[str]) -> None:
    """The laptop delivers each file as it is (originals: each visit is its own series)."""
    for path, uid in zip(paths, uids, strict=True):
        reply = client.request("POST", "/v1/deliveries", path.read_bytes(),
                               {protocol.VISIT: uid, protocol.SERIES: uid, protocol.VERSION: "1"})
        if reply.status != 201:
            raise RuntimeError(f"delivery of {path.name} refused: {reply.refused_reason}")


def pull_once(office, expected: int) -> float:
    t0 = time.perf_counter()
    report = pull_deliveries(office)
    seconds = time.perf_counter() - t0
    if report.stopped or report.not_imported or len(report.imported) != expected:
        raise RuntimeError(f"pull: {len(report.imported)} imported of {expected}; stopped: {report.stopped!r}; "
                           f"not imported: {report.not_imported[:2]}")
    return seconds


def files_once(office, paths: list[Path]) -> float:
    t0 = time.perf_counter()
    results = import_files(office, paths)
    seconds = time.perf_counter() - t0
    bad = [r for r in results if not r.ok]
    if bad:
        raise RuntimeError(f"{len(bad)} files refused, e.g. {bad[0].path.name}: {bad[0].message}")
    return seconds


def profile_pull(office, client: Client, paths: list[Path], uids: list[str], top: int = 25) -> str:
    """Where a pull spends its time (cProfile, cumulative), for a few more deliveries."""
    deliver(client, paths, uids)
    profiler = cProfile.Profile()
    profiler.enable()
    pull_once(office, len(paths))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def measure(tmp: Path, cluster, n: int, chunk: int, profile: int) -> dict:
    log(f"  set-up: sealing {n + WARMUP + profile:,} visits on a laptop profile (~0.2 s each; not measured)")
    all_paths, setup = make_files(n + WARMUP + profile, tmp / "files", tmp)
    office = open_profile(tmp / "office", PASSPHRASE)
    process, url, cert_pem = host_scheme(cluster, office, tmp)
    try:
        lap = open_profile(tmp / "laptop", PASSPHRASE)
        uids = visit_uids(lap, len(all_paths))
        enrol(office, lap, "Bench laptop", LAPTOP, url, cert_pem)
        enrol(office, office, "Office PC", OFFICE, url, cert_pem)
        office.close()
        for name in ("files", "pull"):
            shutil.copytree(tmp / "office", tmp / f"office-{name}")
        by_files, by_pull = (open_profile(tmp / f"office-{name}", PASSPHRASE) for name in ("files", "pull"))
        with Client(this_device(lap.db)) as client:
            deliver(client, all_paths[:WARMUP], uids[:WARMUP])  # warm-up, both sides
            pull_once(by_pull, WARMUP)
            files_once(by_files, all_paths[:WARMUP])
            files_s, pull_s = [], []
            for start in range(WARMUP, WARMUP + n, chunk):
                paths, chunk_uids = all_paths[start:start + chunk], uids[start:start + chunk]
                deliver(client, paths, chunk_uids)
                pull_s.append(pull_once(by_pull, len(paths)))
                files_s.append(files_once(by_files, paths))
                log(f"    {start - WARMUP + len(paths):,}/{n:,}: files {len(paths) / files_s[-1]:.1f}/s, "
                    f"pull {len(paths) / pull_s[-1]:.1f}/s")
            rest = slice(WARMUP + n, None)
            profiled = profile_pull(by_pull, client, all_paths[rest], uids[rest]) if profile else ""
        lap.close()
        by_files.close()
        by_pull.close()
    finally:
        process.terminate()
        process.communicate(timeout=10)
    return {"visits": n, "chunk": chunk, "setup": setup, "files_seconds": files_s, "pull_seconds": pull_s,
            "files_per_second": n / sum(files_s), "pull_per_second": n / sum(pull_s),
            "ratio": sum(files_s) / sum(pull_s), "profile": profiled}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--visits", type=int, default=1000, help="visits pulled, and files imported (the issue: 1,000)")
    p.add_argument("--chunk", type=int, default=100, help="visits per turn (files, then pull)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="then profile a pull of N more visits")
    p.add_argument("--out", type=Path, default=Path("bench/results/server_pull.json"))
    args = p.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="icvapp-bench-pull-"))
    cluster = start_cluster()
    try:
        migrate(cluster.url(OWNER), APP)
        result = measure(tmp, cluster, args.visits, max(1, min(args.chunk, args.visits)), args.profile)
    finally:
        remove_cluster(cluster)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.visits} sealed visits, imported by the office two ways (chunks of {result['chunk']}, in turn)")
    print(f"  import_files from submission files (baseline): {result['files_per_second']:7.1f}/s")
    print(f"  pulled from icvapp-server and imported:        {result['pull_per_second']:7.1f}/s")
    print(f"  ratio: {result['ratio']:.3f} (goal at least 0.8)")
    if result["profile"]:
        print(result["profile"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
