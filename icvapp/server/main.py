"""``icvapp-server``: serve, migrate, host a scheme, make the server's key.

    icvapp-server new-key --key server.key --public server.pub
    icvapp-server migrate --database postgresql://owner@/icvapp_server --app-role icvapp_app
    icvapp-server add-scheme --database postgresql://owner@/icvapp_server --scheme-file scheme.json \
        --certificate server.pem
    icvapp-server --database postgresql://icvapp_app@/icvapp_server --listen 127.0.0.1:8443 \
        --key server.key --certificate server.pem
    icvapp-server --database postgresql://icvapp_national@/icvapp_server returns
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from icvapp.errors import InvalidInput, UserFacingError
from icvapp.server.app import Server
from icvapp.server.database import check_ready, in_scheme, make_engine, migrate
from icvapp.server.returns import national_returns
from icvapp.server.store import register_scheme
from icvapp.server.workers import default_workers, listening_socket, run_workers
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import parse_json, read_bounded
from icvapp.trust import pki

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: Database connections per serving process, kept open; as many requests as this work at once in each.
DB_CONNECTIONS = 12


def listen_address(text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"{text!r} is not HOST:PORT (for example 127.0.0.1:8443)")
    return host.strip("[]"), int(port)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="icvapp-server", description="The scheme server: sealed visits in, "
                                "ciphertext and routing facts kept on PostgreSQL, receipts out.")
    p.add_argument("--database", metavar="URL", default=os.environ.get("ICVAPP_SERVER_DATABASE"),
                   help="postgresql://… address (as the app role when serving, as the owner for migrate)")
    p.add_argument("--listen", type=listen_address, default=("127.0.0.1", 8443), metavar="HOST:PORT")
    p.add_argument("--key", type=Path, metavar="server.key", help="the server's private key (PEM)")
    p.add_argument("--certificate", type=Path, metavar="server.pem",
                   help="the server's certificate, issued by the scheme root (PEM)")
    p.add_argument("--workers", type=int, default=0, metavar="N",
                   help="serving processes (default: one per core, at most four)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    m = sub.add_parser("migrate", help="create or upgrade the tables (as the database owner)")
    m.add_argument("--app-role", required=True, help="the role the server connects as; it is granted access")
    m.add_argument("--national-role", help="a role that may read every scheme's national returns, and nothing else")
    a = sub.add_parser("add-scheme", help="host a scheme (as the database owner)")
    a.add_argument("--scheme-file", type=Path, required=True, help="the scheme file the office exported")
    sub.add_parser("returns", help="print the national returns this role may read, as JSON (national role)")
    k = sub.add_parser("new-key", help="make the server's private key and write its public key")
    k.add_argument("--public", type=Path, required=True, metavar="server.pub")
    return p


def load_key(path: Path):
    try:
        return serialization.load_pem_private_key(read_bounded(path, 64 * 1024, "a key file"), password=None)
    except ValueError:
        raise InvalidInput(f"{path} is not a private key in PEM.") from None


def new_key(args) -> int:
    if args.key is None:
        raise InvalidInput("Say where to write the key with --key.")
    key = ec.generate_private_key(ec.SECP256R1())
    write_atomic(args.key, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
    os.chmod(args.key, 0o600)
    write_atomic(args.public, key.public_key().public_bytes(serialization.Encoding.PEM,
                                                           serialization.PublicFormat.SubjectPublicKeyInfo))
    print(f"Wrote {args.key} (keep it on this host only) and {args.public} (give it to the scheme office).")
    return EXIT_OK


def add_scheme(args) -> int:
    if args.certificate is None:
        raise InvalidInput("Give the server certificate the scheme office issued with --certificate.")
    try:
        package = parse_json(read_bounded(args.scheme_file, 5 * 1024 * 1024, "a scheme file"))
    except ValueError:
        raise InvalidInput(f"{args.scheme_file} is not a scheme file.") from None
    cert_pem = pki.pem(pki.load_cert(read_bounded(args.certificate, 64 * 1024, "a certificate")))
    uid = str(package.get("payload", {}).get("scheme", {}).get("uid", "")) if isinstance(package, dict) else ""
    engine = make_engine(args.database, pool_size=1)
    try:
        with in_scheme(engine, uid) as conn:
            register_scheme(conn, package, cert_pem)
    finally:
        engine.dispose()
    print(f"The server now hosts scheme {uid}.")
    return EXIT_OK


def print_returns(args) -> int:
    engine = make_engine(args.database, pool_size=1)
    try:
        with engine.connect() as conn:
            print(json.dumps(national_returns(conn), indent=2, ensure_ascii=False))
    finally:
        engine.dispose()
    return EXIT_OK


def serve(args) -> int:
    import uvicorn  # deferred: only the serving command needs the web server

    if args.key is None or args.certificate is None:
        raise InvalidInput("The server needs its key and certificate: --key server.key --certificate server.pem.")
    engine = make_engine(args.database, pool_size=1)
    try:
        check_ready(engine)
    finally:
        engine.dispose()  # each worker opens its own pool: a connection must not cross a fork
    key = load_key(args.key)
    cert = pki.load_cert(read_bounded(args.certificate, 64 * 1024, "a certificate"))
    if cert.public_key() != key.public_key():
        raise InvalidInput(f"{args.certificate} is not the certificate of {args.key}.",
                           hint="Use the certificate the scheme office issued for this key.")
    host, port = args.listen
    sock = listening_socket(host, port)

    def work(listening) -> None:
        # Each worker opens its own pool, in its own event loop (Server.lifespan), after the fork.
        # No proxy headers: the server never uses a client's address, so it need not parse X-Forwarded-For.
        config = uvicorn.Config(Server(args.database, key, connections=DB_CONNECTIONS).app(),
                                ssl_keyfile=str(args.key), ssl_certfile=str(args.certificate), log_level="warning",
                                access_log=False, proxy_headers=False, server_header=False, lifespan="on")
        uvicorn.Server(config).run(sockets=[listening])

    workers = args.workers or default_workers()
    print(f"icvapp-server listening on https://{host}:{port} ({workers} worker process(es))", flush=True)
    if workers == 1:
        work(sock)
        return EXIT_OK
    return run_workers(sock, workers, work)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        if args.command == "new-key":
            return new_key(args)
        if not args.database:
            raise InvalidInput("Say which database with --database postgresql://… (or ICVAPP_SERVER_DATABASE).")
        if args.command == "migrate":
            migrate(args.database, args.app_role, args.national_role)
            print("The server's database is up to date.")
            return EXIT_OK
        if args.command == "add-scheme":
            return add_scheme(args)
        if args.command == "returns":
            return print_returns(args)
        return serve(args)
    except UserFacingError as exc:
        print(f"icvapp-server: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
