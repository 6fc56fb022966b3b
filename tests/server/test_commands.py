"""The documented commands: `icvapp-server` in its own process, `icvapp sync` on a laptop and at the office."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from icvapp.cli.main import run_command
from icvapp.delivery.client import pinned_context
from icvapp.server.main import main as server_main
from tests.conftest import PASSPHRASE, ROOT_PIN
from tests.helpers import seal
from tests.server.cluster import APP, OWNER
from tests.server.conftest import free_port, make_laptop

SERVER = [sys.executable, "-m", "icvapp.server.main"]


@pytest.fixture
def served(fresh_host, cluster, tmp_path):
    """`icvapp-server` started as the documented command, on the fresh host's key and certificate."""
    port = free_port()
    process = subprocess.Popen([*SERVER, "--database", cluster.url(APP), "--listen", f"127.0.0.1:{port}",
                                "--key", str(fresh_host.folder / "server.key"),
                                "--certificate", str(fresh_host.folder / "server.pem")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    context = pinned_context(fresh_host.server_certificate)
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"https://127.0.0.1:{port}/v1/health", context=context, timeout=2) as r:
                assert json.load(r) == {"ok": True}
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"icvapp-server did not start: {process.communicate()[1]}")
            time.sleep(0.1)
    yield f"https://127.0.0.1:{port}"
    process.terminate()
    process.communicate(timeout=10)


def test_the_server_refuses_to_serve_as_the_tables_owner(cluster, capsys):
    assert server_main(["--database", cluster.url(OWNER), "--key", "k", "--certificate", "c"]) == 1
    assert "owner of its tables" in capsys.readouterr().err


def test_migrate_is_idempotent_and_refuses_a_bad_role_name(cluster, capsys):
    assert server_main(["--database", cluster.url(OWNER), "migrate", "--app-role", APP]) == 0
    assert server_main(["--database", cluster.url(OWNER), "migrate", "--app-role", "app; DROP TABLE x"]) == 1
    assert "not a PostgreSQL role name" in capsys.readouterr().err


def test_a_database_that_is_not_postgresql_is_refused_plainly(capsys):
    assert server_main(["--database", "sqlite:///server.db", "--key", "k", "--certificate", "c"]) == 1
    assert "PostgreSQL only" in capsys.readouterr().err


def test_laptop_and_office_sync_with_the_documented_commands(fresh_host, served, tmp_path, monkeypatch, capsys):
    office = fresh_host.office
    office_dir = office.data_dir
    laptop = make_laptop(office, tmp_path / "laptop")
    seal(laptop)
    laptop.close()
    office.close()
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_ROOT_PIN", ROOT_PIN)
    lap, off = ["--data-dir", str(tmp_path / "laptop")], ["--data-dir", str(office_dir)]
    files = {name: tmp_path / name for name in ("lap-request.json", "lap.json", "office-request.json", "office.json")}
    assert run_command([*lap, "sync", "request", "--name", "Amrit's laptop", "--volunteer", "Amrit Sandhu",
                        "--out", str(files["lap-request.json"])]) == 0
    assert run_command([*off, "sync", "request", "--name", "Office PC", "--office",
                        "--out", str(files["office-request.json"])]) == 0
    for who in ("lap", "office"):
        assert run_command([*off, "sync", "issue", str(files[f"{who}-request.json"]), "--server", served,
                            "--server-certificate", str(fresh_host.folder / "server.pem"),
                            "--out", str(files[f"{who}.json"])]) == 0
    assert run_command([*lap, "sync", "enrol", str(files["lap.json"])]) == 0
    assert run_command([*off, "sync", "enrol", str(files["office.json"])]) == 0
    capsys.readouterr()
    assert run_command([*lap, "sync"]) == 0
    assert "delivered" in capsys.readouterr().out
    assert run_command([*off, "sync"]) == 0
    assert "imported as visit no." in capsys.readouterr().out
    assert run_command([*lap, "sync", "status"]) == 0
    assert "1 delivered" in capsys.readouterr().out
    assert run_command([*off, "sync", "publish"]) == 0
    assert run_command([*off, "sync", "return", "--quarter", "2026-Q3"]) == 0
    assert "Sent the national return for 2026-Q3" in capsys.readouterr().out


def worker_pids(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
        except OSError:
            pass
    return found


def test_the_servers_workers_die_with_it_so_a_restart_gets_the_port(fresh_host, cluster):
    port = free_port()
    command = [*SERVER, "--database", cluster.url(APP), "--listen", f"127.0.0.1:{port}", "--workers", "2",
               "--key", str(fresh_host.folder / "server.key"), "--certificate", str(fresh_host.folder / "server.pem")]
    context = pinned_context(fresh_host.server_certificate)

    def start() -> subprocess.Popen:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"https://127.0.0.1:{port}/v1/health", context=context, timeout=2):
                    return process
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"icvapp-server did not start: {process.communicate()[1]}")
                time.sleep(0.1)

    first = start()
    workers = worker_pids(first.pid)
    assert len(workers) == 2
    first.kill()  # SIGKILL: the parent cannot pass anything on
    first.communicate(timeout=10)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "icvapp" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")
              for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived its killed parent"
        time.sleep(0.05)
    second = start()
    second.terminate()
    second.communicate(timeout=20)
    assert second.returncode == 0
