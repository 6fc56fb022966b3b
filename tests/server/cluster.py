"""A throwaway PostgreSQL cluster for the scheme server's tests and benchmarks.

initdb refuses to run as root, so as root the cluster belongs to the ``postgres``
user (``runuser``); it listens on a Unix socket in its own folder only. Anything
that stops it from starting fails loudly: the server's tests never fall back to a
stand-in.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path(os.environ.get("ICVAPP_PG_BIN", "/usr/lib/postgresql/15/bin"))
OWNER, APP = "icvapp_owner", "icvapp_app"
DATABASE = "icvapp_server"
PORT = 5432


@dataclass
class Cluster:
    folder: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, role: str, database: str = DATABASE) -> str:
        return f"postgresql://{role}@/{database}?host={self.folder}&port={PORT}"

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=60)

    def psql(self, sql: str, *, role: str = "postgres", database: str = "postgres") -> str:
        done = self.run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.folder),
                        "-p", str(PORT), "-U", role, "-d", database, "-c", sql)
        return done.stdout.strip()

    def start(self) -> None:
        done = self.run("pg_ctl", "-D", str(self.data), "-w", "-t", "30", "-l", str(self.folder / "log"), "-o",
                        f"-c listen_addresses='' -k {self.folder} -p {PORT} -c fsync=off "
                        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start",
                        check=False)
        if done.returncode:
            log = (self.folder / "log").read_text(errors="replace") if (self.folder / "log").exists() else ""
            raise RuntimeError(f"PostgreSQL did not start: {done.stderr}\n{log[-2000:]}")

    def stop(self, mode: str = "fast") -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)


def start_cluster() -> Cluster:
    if not (PG_BIN / "initdb").exists():
        raise RuntimeError(f"PostgreSQL is not installed ({PG_BIN}/initdb is missing): "
                           "apt-get install postgresql (scripts/test does).")
    folder = Path(tempfile.mkdtemp(prefix="icvapp-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder)
    cluster.run("initdb", "-D", str(cluster.data), "-U", "postgres", "--auth=trust", "--no-sync",
                "--encoding=UTF8", "--locale=C")
    cluster.start()
    cluster.psql(f"CREATE ROLE {OWNER} LOGIN; CREATE ROLE {APP} LOGIN NOSUPERUSER NOBYPASSRLS;")
    cluster.psql(f"CREATE DATABASE {DATABASE} OWNER {OWNER}")
    cluster.psql(f"ALTER SCHEMA public OWNER TO {OWNER}", database=DATABASE)
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    cluster.stop("immediate")
    shutil.rmtree(cluster.folder, ignore_errors=True)
