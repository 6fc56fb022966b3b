"""Server kills and a database restart mid-delivery: every receipted delivery survives, none twice.

    .venv/bin/python -m bench.server_kills                 # 10 SIGKILLs and 1 PostgreSQL restart (quick)
    .venv/bin/python -m bench.server_kills --kills 50      # the issue's figure

Laptop threads deliver without pause; each retries a delivery (the same bytes) until it holds a
receipt that verifies against the scheme root, as ``icvapp sync`` would at its next run. Meanwhile the
server process is killed with SIGKILL and started again, and PostgreSQL is restarted once. At the end,
every delivery that got a receipt must be on the server, and no visit may be stored twice.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import signal
import sys
import threading
import time
import uuid
from pathlib import Path

from sqlalchemy import text

from bench.server_throughput import set_up, start_server
from icvapp.delivery.client import Client, ServerUnreachable
from icvapp.delivery.device import Device
from icvapp.server import protocol
from icvapp.server.certificates import LAPTOP
from icvapp.server.database import in_scheme, make_engine
from icvapp.trust import pki
from tests.server.cluster import OWNER, remove_cluster, start_cluster


class Laptop(threading.Thread):
    def __init__(self, device: Device, root, stop: threading.Event, size: int) -> None:
        super().__init__(daemon=True)
        self.device, self.root, self.stop, self.size = device, root, stop, size
        self.receipted: list[tuple[str, str]] = []
        self.retries = 0

    def deliver(self, client: Client, visit: str, body: bytes) -> bool:
        try:
            reply = client.request("POST", "/v1/deliveries", body, {
                protocol.VISIT: visit, protocol.SERIES: visit, protocol.VERSION: "1"})
        except ServerUnreachable:
            return False
        if reply.status not in (200, 201):
            return False
        receipt = reply.json().get("receipt")
        return protocol.receipt_problem(receipt, self.root, {}, scheme_uid=self.device.scheme_uid, visit_uid=visit,
                                        digest=protocol.body_digest(body)) is None

    def run(self) -> None:
        client = Client(self.device, timeout=5)
        while not self.stop.is_set():
            visit, body = str(uuid.uuid4()), b"\x30\x82" + secrets.token_bytes(self.size)
            while not self.deliver(client, visit, body):
                self.retries += 1
                if self.stop.is_set():
                    return  # never receipted: the laptop would still hold it queued
                time.sleep(0.05)
            self.receipted.append((visit, protocol.body_digest(body)))
        client.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=10)
    p.add_argument("--laptops", type=int, default=8)
    p.add_argument("--size", type=int, default=16 * 1024)
    p.add_argument("--out", type=Path, default=Path("bench/results/server_kills.json"))
    args = p.parse_args(argv)
    cluster = start_cluster()
    process = None
    try:
        root, cert, uid, devices = set_up(cluster, args.laptops)
        port = 20000 + secrets.randbelow(20000)
        process = start_server(cluster, cluster.folder, port, pki.pem(cert))
        stop = threading.Event()
        laptops = [Laptop(Device(k, c, LAPTOP, f"https://127.0.0.1:{port}", pki.pem(cert), uid),
                          root.cert, stop, args.size) for k, c in devices]
        for laptop in laptops:
            laptop.start()
        database_restarted_at, recovered = args.kills // 2, False
        for n in range(args.kills):
            time.sleep(random.uniform(0.3, 0.8))
            if n == database_restarted_at:
                # PostgreSQL restarts under the running server: its pooled connections fail once
                # (the laptops are told "unavailable" and retry), then it reconnects.
                cluster.stop("fast")
                cluster.start()
                before = sum(len(x.receipted) for x in laptops)
                deadline = time.monotonic() + 15
                while sum(len(x.receipted) for x in laptops) <= before + 10 and time.monotonic() < deadline:
                    time.sleep(0.1)
                recovered = sum(len(x.receipted) for x in laptops) > before + 10
            os.kill(process.pid, signal.SIGKILL)
            process.communicate()
            process = start_server(cluster, cluster.folder, port, pki.pem(cert))
            print(f"kill {n + 1}/{args.kills}: receipts so far {sum(len(x.receipted) for x in laptops)}", flush=True)
        time.sleep(1)
        stop.set()
        for laptop in laptops:
            laptop.join(30)
        receipted = [r for laptop in laptops for r in laptop.receipted]
        owner = make_engine(cluster.url(OWNER), pool_size=1)
        with in_scheme(owner, uid) as conn:
            held = conn.execute(text("SELECT visit_uid, content_digest FROM delivery")).all()
        owner.dispose()
    finally:
        if process is not None:
            process.terminate()
            process.communicate(timeout=10)
        remove_cluster(cluster)
    stored = {(v, d) for v, d in held}
    lost = [r for r in receipted if r not in stored]
    duplicates = len(held) - len({v for v, _d in held})
    result = {"kills": args.kills, "database_restarts": 1, "server_recovered_from_database_restart": recovered, "laptops": args.laptops, "receipted": len(receipted),
              "stored": len(held), "lost_after_receipt": len(lost), "duplicates": duplicates,
              "retries": sum(x.retries for x in laptops)}
    print(json.dumps(result, indent=2))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0 if not lost and not duplicates and recovered else 1


if __name__ == "__main__":
    sys.exit(main())
