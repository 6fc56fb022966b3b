"""Scheme server throughput: simulated laptops delivering over real HTTPS, against bare psycopg inserts.

    .venv/bin/python -m bench.server_throughput                      # 40 laptops x 25 submissions (quick)
    .venv/bin/python -m bench.server_throughput --each 500           # the issue's figure: 40 x 500

A throwaway PostgreSQL cluster (as in tests/server) is started; ``icvapp-server`` runs as its own
process with its documented command; each laptop is a thread with its own device key and one
keep-alive HTTPS connection, and checks every receipt as ``icvapp sync`` does. The baseline inserts
the same blobs into the same table with bare psycopg, one connection and one transaction per
insert, from as many threads. ratio = server rate / bare rate (goal in the issue: at least 0.3).
Nothing here asserts on timing.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import resource
import secrets
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from icvapp.delivery.client import Client, pinned_context
from icvapp.delivery.device import Device
from icvapp.server import protocol
from icvapp.server.certificates import LAPTOP, issue_device, issue_server
from icvapp.server.database import in_scheme, make_engine, migrate
from icvapp.server.store import register_scheme
from icvapp.storage.encoding import canonical_json
from icvapp.trust import pki
from tests.server.cluster import APP, OWNER, remove_cluster, start_cluster


def scheme_package(root: pki.Authority, uid: str) -> dict:
    payload = {"scheme": {"uid": uid, "name": "Bench scheme", "kind": "custody"}, "root": pki.pem(root.cert),
               "inbox": pki.pem(root.cert), "crl": pki.pem(root.crl([])), "suites": [], "volunteers": [],
               "issued_at": "2026-11-30T00:00:00"}
    return {"format": "icvapp-scheme/1", "payload": payload,
            "signature": base64.b64encode(pki.sign_bytes(root.key, canonical_json(payload))).decode("ascii")}


def start_server(cluster, folder: Path, port: int, cert_pem: str, workers: int = 0) -> subprocess.Popen:
    """``icvapp-server`` with its documented command (``workers`` 0: its default, one per core)."""
    process = subprocess.Popen([sys.executable, "-m", "icvapp.server.main", "--database", cluster.url(APP),
                                "--listen", f"127.0.0.1:{port}", "--key", str(folder / "server.key"),
                                "--certificate", str(folder / "server.pem"), "--workers", str(workers)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"https://127.0.0.1:{port}/v1/health", context=pinned_context(cert_pem),
                                        timeout=2):
                return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(f"icvapp-server did not start: {process.communicate()[1]}") from None
            time.sleep(0.1)


def tree_cpu(root_pid: int) -> float:
    """CPU seconds (user + system) of a process and its descendants, including those already reaped."""
    tick, parents, own = os.sysconf("SC_CLK_TCK"), {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])
        own[pid] = sum(int(f) for f in fields[11:13]) + (sum(int(f) for f in fields[13:15]) if pid == root_pid else 0)
    total = 0
    for pid, ticks in own.items():
        p = pid
        while p > 1 and p != root_pid:
            p = parents.get(p, 0)
        total += ticks if p == root_pid else 0
    return total / tick


class CpuMeter:
    """CPU seconds spent by this process (the laptops or the bare client), the server and PostgreSQL."""

    def __init__(self, cluster, server_pid: int | None = None) -> None:
        self.postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
        self.server_pid = server_pid

    def read(self) -> dict[str, float]:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        got = {"client": usage.ru_utime + usage.ru_stime, "postgres": tree_cpu(self.postmaster)}
        if self.server_pid is not None:
            got["server"] = tree_cpu(self.server_pid)
        return got

    @staticmethod
    def spent(before: dict[str, float], after: dict[str, float], count: int) -> dict[str, float]:
        """Milliseconds of CPU per submission, by process."""
        return {k: round((after[k] - before[k]) * 1000 / count, 2) for k in before}


def through_server(devices: list[Device], blobs: list[list[bytes]], root) -> tuple[float, int]:
    bad = []

    def laptop(i: int) -> None:
        with Client(devices[i]) as client:
            for body in blobs[i]:
                visit = str(uuid.uuid4())
                reply = client.request("POST", "/v1/deliveries", body, {
                    protocol.VISIT: visit, protocol.SERIES: visit, protocol.VERSION: "1"})
                receipt = reply.json().get("receipt")
                if protocol.receipt_problem(receipt, root, {}, scheme_uid=devices[i].scheme_uid, visit_uid=visit,
                                            digest=protocol.body_digest(body)):
                    bad.append(visit)

    start = time.perf_counter()
    with ThreadPoolExecutor(len(devices)) as pool:
        list(pool.map(laptop, range(len(devices))))
    return time.perf_counter() - start, len(bad)


def bare_inserts(conninfo: str, scheme_uid: str, blobs: list[list[bytes]]) -> float:
    def laptop(i: int) -> None:
        with psycopg.connect(conninfo) as conn:
            for body in blobs[i]:
                with conn.transaction():
                    conn.execute("SELECT set_config('icvapp.scheme', %s, true)", (scheme_uid,))
                    visit = str(uuid.uuid4())
                    conn.execute("INSERT INTO delivery (scheme_uid, visit_uid, series_uid, version, content_digest, "
                                 "ciphertext, device_serial) VALUES (%s, %s, %s, 1, %s, %s, 'bare') "
                                 "ON CONFLICT DO NOTHING",
                                 (scheme_uid, visit, visit, protocol.body_digest(body), body))

    start = time.perf_counter()
    with ThreadPoolExecutor(len(blobs)) as pool:
        list(pool.map(laptop, range(len(blobs))))
    return time.perf_counter() - start


def worker_counts(text: str) -> list[int]:
    try:
        counts = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of worker counts such as 1,2") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("each worker count is at least 1")
    return counts


def set_up(cluster, laptops: int) -> tuple:
    """The scheme's root, the server's key and certificate on disk, the scheme hosted, the laptops' devices."""
    migrate(cluster.url(OWNER), APP)
    root, key = pki.new_root("Bench scheme"), ec.generate_private_key(ec.SECP256R1())
    cert = issue_server(root, key.public_key(), ["127.0.0.1"], scheme_name="Bench scheme")
    (cluster.folder / "server.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    (cluster.folder / "server.pem").write_text(pki.pem(cert))
    uid = str(uuid.uuid4())
    owner = make_engine(cluster.url(OWNER), pool_size=1)
    with in_scheme(owner, uid) as conn:
        register_scheme(conn, scheme_package(root, uid), pki.pem(cert))
    owner.dispose()
    keys = [ec.generate_private_key(ec.SECP256R1()) for _ in range(laptops)]
    certs = [issue_device(root, k.public_key(), scheme_name="Bench", device_name=f"laptop {i}", role=LAPTOP,
                          volunteer_uid=None) for i, k in enumerate(keys)]
    return root, cert, uid, list(zip(keys, certs, strict=True))


def served(cluster, cert, uid, laptops, blobs, root, workers: int) -> tuple[float, int, dict]:
    """One pass through a freshly started icvapp-server with ``workers`` processes."""
    port = 20000 + secrets.randbelow(20000)
    process = start_server(cluster, cluster.folder, port, pki.pem(cert), workers)
    try:
        devices = [Device(k, c, LAPTOP, f"https://127.0.0.1:{port}", pki.pem(cert), uid) for k, c in laptops]
        meter = CpuMeter(cluster, process.pid)
        before = meter.read()
        seconds, bad = through_server(devices, blobs, root.cert)
        return seconds, bad, CpuMeter.spent(before, meter.read(), sum(len(b) for b in blobs))
    finally:
        process.terminate()
        process.communicate(timeout=20)


def cpu_text(cpu: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in cpu.items()) + f" (total {sum(cpu.values()):.2f})"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--laptops", type=int, default=40)
    p.add_argument("--each", type=int, default=25, help="submissions per laptop (the issue: 500)")
    p.add_argument("--size", type=int, default=48 * 1024, help="bytes per submission (a sealed visit is ~30-60 KB)")
    p.add_argument("--workers", type=worker_counts, default=[1, 2], metavar="1,2",
                   help="server processes to measure, in turn, each followed by a bare pass (default 1,2)")
    p.add_argument("--out", type=Path, default=Path("bench/results/server_throughput.json"))
    args = p.parse_args(argv)
    cluster = start_cluster()
    total = args.laptops * args.each
    passes, bare_s, bare_cpu = [], [], []
    try:
        root, cert, uid, laptops = set_up(cluster, args.laptops)
        blobs = [[b"\x30\x82" + secrets.token_bytes(args.size) for _ in range(args.each)]
                 for _ in range(args.laptops)]
        for workers in args.workers:
            seconds, bad, cpu = served(cluster, cert, uid, laptops, blobs, root, workers)
            passes.append({"workers": workers, "seconds": round(seconds, 2), "per_second": round(total / seconds, 1),
                           "receipts_refused": bad, "cpu_ms_each": cpu})
            meter = CpuMeter(cluster)
            before = meter.read()
            bare_s.append(bare_inserts(cluster.url(APP), uid, blobs))
            bare_cpu.append(CpuMeter.spent(before, meter.read(), total))
    finally:
        remove_cluster(cluster)
    bare_rate = total / (sum(bare_s) / len(bare_s))
    for one in passes:
        one["ratio"] = round(one["per_second"] / bare_rate, 3)
    result = {"laptops": args.laptops, "each": args.each, "size": args.size, "submissions": total,
              "bare_seconds": [round(b, 2) for b in bare_s], "bare_per_second": round(bare_rate, 1),
              "bare_cpu_ms_each": bare_cpu,
              "server": passes}
    print(f"{total} submissions of {args.size} bytes from {args.laptops} laptops, each pass")
    for one in passes:
        print(f"  through icvapp-server, {one['workers']} worker(s) (HTTPS, signed, receipts checked): "
              f"{one['per_second']:8.1f}/s  ratio {one['ratio']:.3f}; receipts refused: {one['receipts_refused']}")
        print(f"      CPU ms per submission: {cpu_text(one['cpu_ms_each'])}")
    print(f"  bare psycopg inserts of the same blobs (mean of {len(bare_s)} passes): {bare_rate:8.1f}/s")
    print(f"      CPU ms per submission: {cpu_text(bare_cpu[-1])}")
    print("  (goal: ratio at least 0.3)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
