"""packaging/server/backup.md, followed step by step on the test cluster."""

from __future__ import annotations

from icvapp.delivery.sync import sync
from icvapp.server.main import main as server_main
from tests.helpers import seal
from tests.server.cluster import APP, DATABASE, OWNER, PORT


def test_the_backup_recipe_restores_every_delivery_with_its_walls(cluster, host, laptop):
    seal(laptop)
    assert sync(laptop).delivered
    dump = cluster.folder / "server.dump"  # where the cluster's user may write
    socket = ["-h", str(cluster.folder), "-p", str(PORT)]
    # As the owner, bound by the forced policies, pg_dump refuses rather than dump rows partially.
    refused = cluster.run("pg_dump", *socket, "-U", OWNER, "--format=custom", f"--file={dump}", DATABASE,
                          check=False)
    assert refused.returncode != 0 and "row-level security" in refused.stderr
    cluster.run("pg_dump", *socket, "-U", "postgres", "--format=custom", f"--file={dump}", DATABASE)
    cluster.run("createdb", *socket, "-U", "postgres", "-O", OWNER, "restored")
    try:
        cluster.run("pg_restore", *socket, "-U", "postgres", "--dbname=restored", "--no-owner", f"--role={OWNER}",
                    str(dump))
        assert server_main(["--database", cluster.url(OWNER, "restored"), "migrate", "--app-role", APP]) == 0
        count = "SELECT count(*) FROM delivery"
        assert cluster.psql(count, database="restored") == cluster.psql(count, database=DATABASE) != "0"
        assert cluster.psql("SELECT bool_and(relforcerowsecurity) FROM pg_class WHERE relname IN "
                            "('scheme', 'delivery', 'request_nonce', 'rota')", database="restored") == "t"
        assert cluster.psql(count, role=APP, database="restored") == "0"  # no scheme set: nothing visible
    finally:
        cluster.run("dropdb", *socket, "-U", "postgres", "restored", check=False)
