"""``icvapp`` commands for trust and integrity: scheme root, enrolment,
submission files, verification and the audit log."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from .errors import InvalidInput, NotFound

EXIT_OK, EXIT_ERROR = 0, 1


def add_commands(sub) -> None:
    verify = sub.add_parser("verify", help="check a signed report PDF or a submission file")
    verify.add_argument("file", type=Path)
    verify.add_argument("--root", type=Path, metavar="ROOT.pem",
                        help="trust this scheme root certificate instead of the profile's")
    verify.set_defaults(func=cmd_verify)

    audit = sub.add_parser("audit", help="check the audit log")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    av = asub.add_parser("verify", help="check every entry of the hash chain")
    av.set_defaults(func=cmd_audit_verify)

    imp = sub.add_parser("import", help="import submission files from volunteers (scheme office)")
    imp.add_argument("files", nargs="+", type=Path)
    imp.set_defaults(func=cmd_import)

    scheme = sub.add_parser("scheme", help="the scheme root and scheme files")
    ssub = scheme.add_subparsers(dest="scheme_command", metavar="ACTION", required=True)
    setup = ssub.add_parser("setup-root", help="create the scheme's root certificate (co-ordinator, once)")
    setup.set_defaults(func=cmd_scheme_setup)
    root = ssub.add_parser("root-cert", help="write the root certificate for PDF readers to trust")
    root.add_argument("--out", required=True, type=Path)
    root.set_defaults(func=cmd_scheme_root_cert)
    export = ssub.add_parser("export", help="write a scheme file for volunteers' laptops")
    export.add_argument("--out", required=True, type=Path)
    export.set_defaults(func=cmd_scheme_export)
    join = ssub.add_parser("join", help="join the scheme described by a scheme file")
    join.add_argument("file", type=Path)
    join.set_defaults(func=cmd_scheme_join)

    signing = sub.add_parser("signing", help="volunteers' signing keys and certificates")
    gsub = signing.add_subparsers(dest="signing_command", metavar="ACTION", required=True)
    req = gsub.add_parser("request", help="make a signing key and write the request file")
    req.add_argument("--volunteer", required=True, help="the volunteer's name")
    req.add_argument("--out", required=True, type=Path)
    req.set_defaults(func=cmd_signing_request)
    issue = gsub.add_parser("issue", help="answer a request file with a certificate file (co-ordinator)")
    issue.add_argument("request", type=Path)
    issue.add_argument("--out", required=True, type=Path)
    issue.set_defaults(func=cmd_signing_issue)
    load = gsub.add_parser("import", help="import the certificate file from the scheme office")
    load.add_argument("file", type=Path)
    load.set_defaults(func=cmd_signing_import)
    revoke = gsub.add_parser("revoke", help="revoke a volunteer's certificates (co-ordinator)")
    revoke.add_argument("--volunteer", required=True)
    revoke.add_argument("--reason", default="")
    revoke.set_defaults(func=cmd_signing_revoke)
    status = gsub.add_parser("status", help="who can sign on this computer")
    status.set_defaults(func=cmd_signing_status)

    submit = sub.add_parser("submit", help="write a sealed visit as a submission file for the scheme office")
    submit.add_argument("id", type=int)
    submit.add_argument("--out", required=True, type=Path)
    submit.set_defaults(func=cmd_submit)


def secret(variable: str, prompt: str, *, what: str | None = None) -> str:
    """A PIN, passphrase or key: from ``variable`` for scripts, else typed at a terminal prompt."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(f"{what or prompt.rstrip(': ')} is needed.",
                           hint=f"Set {variable} or run icvapp in a terminal.")
    return getpass.getpass(prompt)


def _pin(variable: str, prompt: str) -> str:
    return secret(variable, prompt, what="A PIN")


def _root_pin() -> str:
    return _pin("ICVAPP_ROOT_PIN", "Scheme root PIN: ")


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise NotFound(f"{path} could not be read ({exc.strerror or exc}).") from None


def _write(path: Path, data: bytes) -> None:
    from .atomic import write_atomic

    write_atomic(Path(path), data)
    print(f"Wrote {path}")


def _volunteer_id(ctx, name: str) -> int:
    from sqlalchemy import select

    from .model import Volunteer

    with ctx.db.session() as s:
        ids = s.scalars(select(Volunteer.id).where(Volunteer.name == name)).all()
    if len(ids) != 1:
        raise NotFound(f"There is no single volunteer called {name!r}.")
    return ids[0]


def _with_context(args, work):
    from .cli import open_context

    ctx = open_context(args)
    try:
        return work(ctx)
    finally:
        ctx.close()


# --------------------------------------------------------------------------- commands


def cmd_verify(args: argparse.Namespace) -> int:
    from .verify import trust_from_root_file, verify_file

    if args.root:
        verdict = verify_file(args.file, trust_from_root_file(args.root))
    else:
        def work(ctx):
            from .enrolment import is_scheme_office, require_trust
            from .submission import _inbox_key

            key = _inbox_key(ctx.db) if is_scheme_office(ctx.db) else None
            return verify_file(args.file, require_trust(ctx.db), key)

        verdict = _with_context(args, work)
    print(verdict.text())
    return EXIT_OK if verdict.ok else EXIT_ERROR


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from .audit import verify_chain

    report = _with_context(args, lambda ctx: verify_chain(ctx.db))
    if report.ok:
        print(f"Audit log intact: {report.entries} entries, every link checked.")
        return EXIT_OK
    print(f"Audit log BROKEN: {len(report.breaks)} problem(s) in {report.entries} entries.")
    for b in report.breaks:
        print(f"  - {b}")
    return EXIT_ERROR


def cmd_import(args: argparse.Namespace) -> int:
    from .submission import import_files

    results = _with_context(args, lambda ctx: import_files(ctx, args.files))
    for r in results:
        print(f"{'imported' if r.ok else 'REFUSED '}  {r.path}: {r.message}")
    ok = sum(r.ok for r in results)
    print(f"{ok} of {len(results)} file(s) imported.")
    return EXIT_OK if ok == len(results) else EXIT_ERROR


def cmd_scheme_setup(args: argparse.Namespace) -> int:
    from .enrolment import set_up_scheme_root
    from .pki import fingerprint

    cert = _with_context(args, lambda ctx: set_up_scheme_root(ctx.db, _root_pin()))
    print(f"Scheme root created. Fingerprint: {fingerprint(cert)}")
    return EXIT_OK


def cmd_scheme_root_cert(args: argparse.Namespace) -> int:
    from .enrolment import root_certificate_pem

    _write(args.out, _with_context(args, lambda ctx: root_certificate_pem(ctx.db)).encode("ascii"))
    return EXIT_OK


def cmd_scheme_export(args: argparse.Namespace) -> int:
    from .enrolment import export_scheme_file

    _write(args.out, _with_context(args, lambda ctx: export_scheme_file(ctx.db, _root_pin())))
    return EXIT_OK


def cmd_scheme_join(args: argparse.Namespace) -> int:
    from .enrolment import import_scheme_file

    fp = _with_context(args, lambda ctx: import_scheme_file(ctx.db, _read(args.file)))
    print(f"Joined the scheme. Root fingerprint: {fp}\n  Check it with your scheme office.")
    return EXIT_OK


def cmd_signing_request(args: argparse.Namespace) -> int:
    from .enrolment import create_signing_key

    def work(ctx):
        return create_signing_key(ctx.db, _volunteer_id(ctx, args.volunteer),
                                  _pin("ICVAPP_PIN", f"Choose a signing PIN for {args.volunteer}: "))

    _write(args.out, _with_context(args, work))
    print("Send this file to your scheme office; import the certificate file they send back.")
    return EXIT_OK


def cmd_signing_issue(args: argparse.Namespace) -> int:
    from .enrolment import issue_certificate

    reply, name = _with_context(args, lambda ctx: issue_certificate(ctx.db, _read(args.request), _root_pin()))
    _write(args.out, reply)
    print(f"Certificate issued to {name}.")
    return EXIT_OK


def cmd_signing_import(args: argparse.Namespace) -> int:
    from .enrolment import import_certificate

    name = _with_context(args, lambda ctx: import_certificate(ctx.db, _read(args.file)))
    print(f"{name} can now sign visit reports on this computer.")
    return EXIT_OK


def cmd_signing_revoke(args: argparse.Namespace) -> int:
    from .enrolment import revoke_certificates

    n = _with_context(args, lambda ctx: revoke_certificates(ctx.db, _volunteer_id(ctx, args.volunteer),
                                                            _root_pin(), args.reason))
    print(f"Revoked {n} certificate(s). Send laptops a fresh scheme file so they learn of it.")
    return EXIT_OK


def cmd_signing_status(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .enrolment import signer_status
    from .model import Volunteer

    def work(ctx):
        with ctx.db.session() as s:
            ids = s.scalars(select(Volunteer.id).order_by(Volunteer.name)).all()
        return [signer_status(ctx.db, i) for i in ids]

    for st in _with_context(args, work):
        print(f"{st.name:<28} {st.state}")
    return EXIT_OK


def cmd_submit(args: argparse.Namespace) -> int:
    from .submission import export_submission

    _with_context(args, lambda ctx: export_submission(ctx, args.id, args.out))
    print(f"Wrote {args.out}")
    return EXIT_OK
