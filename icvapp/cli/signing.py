"""``icvapp`` commands for trust and integrity: scheme root, enrolment,
submission files, verification and the audit log."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from icvapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    cli_language,
    pin,
    read_input,
    root_pin,
    visit_id_arg,
    volunteer_id,
    with_context,
    write_output,
)
from icvapp.errors import QT_TRANSLATE_NOOP, in_language
from icvapp.i18n import translate, translator
from icvapp.sealing.integrity import check_sealed_visits
from icvapp.sealing.laptop_logs import recorded_warnings
from icvapp.sealing.submission import export_submission, import_files, inbox_key_of
from icvapp.sealing.verify import trust_from_root_file, verify_file
from icvapp.storage.audit import verify_chain
from icvapp.storage.model import Volunteer
from icvapp.trust.enrolment import (
    is_scheme_office,
    require_trust,
    revoke_certificates,
    root_certificate_pem,
    set_up_scheme_root,
    signer_status,
)
from icvapp.trust.enrolment_files import (
    create_signing_key,
    export_scheme_file,
    import_certificate,
    import_scheme_file,
    issue_certificate,
)
from icvapp.trust.pki import fingerprint


def add_commands(sub) -> None:
    verify = sub.add_parser("verify", help=QT_TRANSLATE_NOOP("CliHelp", "check a signed report PDF or a submission "
                                                                        "file"))
    verify.add_argument("file", type=Path)
    verify.add_argument("--root", type=Path, metavar="ROOT.pem",
                        help=QT_TRANSLATE_NOOP("CliHelp", "trust this scheme root certificate instead of the "
                                                          "profile's"))
    verify.set_defaults(func=cmd_verify)

    audit = sub.add_parser("audit", help=QT_TRANSLATE_NOOP("CliHelp", "check the audit log"))
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    av = asub.add_parser("verify", help=QT_TRANSLATE_NOOP("CliHelp", "check every entry of the hash chain"))
    av.set_defaults(func=cmd_audit_verify)

    imp = sub.add_parser("import", help=QT_TRANSLATE_NOOP("CliHelp", "import submission files from volunteers (scheme "
                                                                     "office)"))
    imp.add_argument("files", nargs="+", type=Path)
    imp.set_defaults(func=cmd_import)

    scheme = sub.add_parser("scheme", help=QT_TRANSLATE_NOOP("CliHelp", "the scheme root and scheme files"))
    ssub = scheme.add_subparsers(dest="scheme_command", metavar="ACTION", required=True)
    setup = ssub.add_parser("setup-root",
                            help=QT_TRANSLATE_NOOP("CliHelp", "create the scheme's root certificate (co-ordinator, "
                                                              "once)"))
    setup.set_defaults(func=cmd_scheme_setup)
    root = ssub.add_parser("root-cert", help=QT_TRANSLATE_NOOP("CliHelp", "write the root certificate for PDF readers "
                                                                          "to trust"))
    root.add_argument("--out", required=True, type=Path)
    root.set_defaults(func=cmd_scheme_root_cert)
    export = ssub.add_parser("export", help=QT_TRANSLATE_NOOP("CliHelp", "write a scheme file for volunteers' laptops"))
    export.add_argument("--out", required=True, type=Path)
    export.set_defaults(func=cmd_scheme_export)
    join = ssub.add_parser("join", help=QT_TRANSLATE_NOOP("CliHelp", "join the scheme described by a scheme file"))
    join.add_argument("file", type=Path)
    join.set_defaults(func=cmd_scheme_join)

    signing = sub.add_parser("signing", help=QT_TRANSLATE_NOOP("CliHelp", "volunteers' signing keys and certificates"))
    gsub = signing.add_subparsers(dest="signing_command", metavar="ACTION", required=True)
    req = gsub.add_parser("request", help=QT_TRANSLATE_NOOP("CliHelp", "make a signing key and write the request file"))
    req.add_argument("--volunteer", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the volunteer's name"))
    req.add_argument("--out", required=True, type=Path)
    req.set_defaults(func=cmd_signing_request)
    issue = gsub.add_parser("issue", help=QT_TRANSLATE_NOOP("CliHelp", "answer a request file with a certificate file "
                                                                       "(co-ordinator)"))
    issue.add_argument("request", type=Path)
    issue.add_argument("--out", required=True, type=Path)
    issue.set_defaults(func=cmd_signing_issue)
    load = gsub.add_parser("import", help=QT_TRANSLATE_NOOP("CliHelp", "import the certificate file from the scheme "
                                                                       "office"))
    load.add_argument("file", type=Path)
    load.set_defaults(func=cmd_signing_import)
    revoke = gsub.add_parser("revoke", help=QT_TRANSLATE_NOOP("CliHelp", "revoke a volunteer's certificates "
                                                                         "(co-ordinator)"))
    revoke.add_argument("--volunteer", required=True)
    revoke.add_argument("--reason", default="")
    revoke.set_defaults(func=cmd_signing_revoke)
    status = gsub.add_parser("status", help=QT_TRANSLATE_NOOP("CliHelp", "who can sign on this computer"))
    status.set_defaults(func=cmd_signing_status)

    submit = sub.add_parser("submit", help=QT_TRANSLATE_NOOP("CliHelp", "write a sealed visit as a submission file "
                                                                        "for the scheme office"))
    submit.add_argument("id", type=visit_id_arg)
    submit.add_argument("--out", required=True, type=Path)
    submit.set_defaults(func=cmd_submit)


# --------------------------------------------------------------------------- commands


def cmd_verify(args: argparse.Namespace) -> int:
    if args.root:
        verdict = verify_file(args.file, trust_from_root_file(args.root), language=cli_language(args))
    else:
        def work(ctx):
            key = inbox_key_of(ctx.db) if is_scheme_office(ctx.db) else None
            return verify_file(args.file, require_trust(ctx.db), key, language=cli_language(args))

        verdict = with_context(args, work)
    print(verdict.text())
    return EXIT_OK if verdict.ok else EXIT_ERROR


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """The audit chain, every sealed visit against its signatures, and no laptop's log flagged on import."""
    report, sealed, laptops = with_context(args, lambda ctx: (verify_chain(ctx.db), check_sealed_visits(ctx.db),
                                                              recorded_warnings(ctx.db)))
    tr = translator(cli_language(args))
    if report.ok:
        print(tr.translate("Cli", "Audit log intact: {entries} entries, every link checked.").format(
            entries=report.entries))
    else:
        print(tr.translate("Cli", "Audit log BROKEN: {problems} problem(s) in {entries} entries.").format(
            problems=len(report.breaks), entries=report.entries))
        for b in report.breaks:
            print(f"  - {in_language(b, tr)}")
    if sealed.ok:
        print(tr.translate("Cli", "Sealed visits intact: {checked} checked against their signatures.").format(
            checked=sealed.checked))
    else:
        print(tr.translate("Cli", "Sealed visits ALTERED: {altered} of {checked} no longer match what their visitors "
                                  "signed. The first: {first}").format(
            altered=len(sealed.mismatches), checked=sealed.checked, first=in_language(sealed.mismatches[0], tr)))
        for m in sealed.mismatches[1:]:
            print(f"  - {in_language(m, tr)}")
    if laptops:
        print(tr.translate("Cli", "Laptops' audit logs: {count} warning(s) recorded when their submissions were "
                                  "imported:").format(count=len(laptops)))
        for w in laptops:
            print(f"  - {in_language(w, tr)}")
    return EXIT_OK if report.ok and sealed.ok and not laptops else EXIT_ERROR


def cmd_import(args: argparse.Namespace) -> int:
    results = with_context(args, lambda ctx: import_files(ctx, args.files))
    lang = cli_language(args)
    tr = translator(lang)
    for r in results:
        outcome = tr.translate("Cli", "imported") if r.ok else tr.translate("Cli", "REFUSED")
        print(f"{outcome:<8}  {r.path}: {in_language(r.message, tr)}")
    ok, total = sum(r.ok for r in results), len(results)
    print(translate("Cli", "{ok} of %n file(s) imported.", None, total, language=lang).format(ok=ok))
    return EXIT_OK if ok == len(results) else EXIT_ERROR


def cmd_scheme_setup(args: argparse.Namespace) -> int:
    cert = with_context(args, lambda ctx: set_up_scheme_root(ctx.db, root_pin(cli_language(args))))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Scheme root created. Fingerprint: {fingerprint}").format(fingerprint=fingerprint(cert)))
    return EXIT_OK


def cmd_scheme_root_cert(args: argparse.Namespace) -> int:
    write_output(args.out, with_context(args, lambda ctx: root_certificate_pem(ctx.db)).encode("ascii"),
                 cli_language(args))
    return EXIT_OK


def cmd_scheme_export(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    write_output(args.out, with_context(args, lambda ctx: export_scheme_file(ctx.db, root_pin(lang))), lang)
    return EXIT_OK


def cmd_scheme_join(args: argparse.Namespace) -> int:
    def join(ctx):
        fingerprint = import_scheme_file(ctx.db, read_input(args.file))
        ctx.reload_definition()  # a new profile takes up the joined scheme's kind
        return fingerprint

    fp = with_context(args, join)
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Joined the scheme. Root fingerprint: {fingerprint}").format(fingerprint=fp))
    print("  " + tr.translate("Cli", "Check it with your scheme office."))
    return EXIT_OK


def cmd_signing_request(args: argparse.Namespace) -> int:
    def work(ctx):
        return create_signing_key(ctx.db, volunteer_id(ctx, args.volunteer),
                                  pin("ICVAPP_PIN", QT_TRANSLATE_NOOP("Cli", "Choose a signing PIN for {name}")
                                      .format(name=args.volunteer), cli_language(args)))

    tr = translator(cli_language(args))
    write_output(args.out, with_context(args, work), tr.language)
    print(tr.translate("Cli", "Send this file to your scheme office; import the certificate file they send back."))
    return EXIT_OK


def cmd_signing_issue(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    reply, name = with_context(args, lambda ctx: issue_certificate(ctx.db, read_input(args.request), root_pin(lang)))
    tr = translator(cli_language(args))
    write_output(args.out, reply, tr.language)
    print(tr.translate("Cli", "Certificate issued to {name}.").format(name=name))
    return EXIT_OK


def cmd_signing_import(args: argparse.Namespace) -> int:
    name = with_context(args, lambda ctx: import_certificate(ctx.db, read_input(args.file)))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "{name} can now sign visit reports on this computer.").format(name=name))
    return EXIT_OK


def cmd_signing_revoke(args: argparse.Namespace) -> int:
    n = with_context(args, lambda ctx: revoke_certificates(ctx.db, volunteer_id(ctx, args.volunteer),
                                                            root_pin(cli_language(args)), args.reason))
    lang = cli_language(args)
    print(translate("Cli", "Revoked %n certificate(s). Send laptops a fresh scheme file so they learn of it.", None, n,
                    language=lang))
    return EXIT_OK


def cmd_signing_status(args: argparse.Namespace) -> int:
    def work(ctx):
        with ctx.db.session() as s:
            ids = s.scalars(select(Volunteer.id).order_by(Volunteer.name)).all()
        return [signer_status(ctx.db, i) for i in ids]

    for st in with_context(args, work):
        print(f"{st.name:<28} {st.state}")
    return EXIT_OK


def cmd_submit(args: argparse.Namespace) -> int:
    with_context(args, lambda ctx: export_submission(ctx, args.id, args.out))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Wrote {path}").format(path=args.out))
    return EXIT_OK
