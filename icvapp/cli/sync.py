"""``icvapp sync``: deliver sealed visits to the scheme server, pull what the office published,
and (at the office) pull, import and acknowledge deliveries.

    icvapp sync                                   # a laptop delivers and pulls; the office pulls and imports
    icvapp sync status                            # what is queued, delivered, refused
    icvapp sync request --name "Amrit's laptop" --volunteer "Amrit Sandhu" --out device-request.json
    icvapp sync issue device-request.json --server https://host:8443 --server-certificate server.pem \
        --out device.json                         # office (root PIN)
    icvapp sync enrol device.json                 # laptop
    icvapp sync certify-server server.pub --host 127.0.0.1 --out server.pem   # office (root PIN)
    icvapp sync publish                           # office: scheme file (revocations) and rota
    icvapp sync devices                           # office: the device and server certificates issued
    icvapp sync revoke-device 5f3a… --reason "office PC stolen"   # office (root PIN), then publish
    icvapp sync return --quarter 2026-Q3          # office: the quarter's national return (root PIN)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from icvapp.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    cli_language,
    read_input,
    root_pin,
    volunteer_id,
    with_context,
    write_output,
)
from icvapp.cli.parsing import InvalidValue
from icvapp.delivery import outbox
from icvapp.delivery.device import (
    certify_server,
    device_request,
    enrol_device,
    issue_device_file,
    issued_devices,
    this_device,
)
from icvapp.delivery.refusals import server_reason
from icvapp.delivery.returns import send_return
from icvapp.delivery.sync import SyncReport, publish_rota, publish_scheme, pull_deliveries, sync
from icvapp.errors import QT_TRANSLATE_NOOP, in_language
from icvapp.i18n import translate, translator
from icvapp.server.certificates import LAPTOP, OFFICE
from icvapp.storage.model import Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import revoke_certificate

# The columns of `icvapp sync devices` and the kinds of computer it lists, translated for the reader.
DEVICE_HEADINGS = (QT_TRANSLATE_NOOP("Cli", "Serial number"), QT_TRANSLATE_NOOP("Cli", "Computer"),
                   QT_TRANSLATE_NOOP("Cli", "Issued"), QT_TRANSLATE_NOOP("Cli", "Certificate for"),
                   QT_TRANSLATE_NOOP("Cli", "Revoked"))
ROLE_WORDS = {LAPTOP: QT_TRANSLATE_NOOP("Cli", "laptop"), OFFICE: QT_TRANSLATE_NOOP("Cli", "office"),
              "server": QT_TRANSLATE_NOOP("Cli", "server")}
# An outbox entry's state as `icvapp sync status` prints it.
OUTBOX_WORDS = {outbox.State.QUEUED: QT_TRANSLATE_NOOP("Cli", "queued"),
                outbox.State.DELIVERED: QT_TRANSLATE_NOOP("Cli", "delivered"),
                outbox.State.REFUSED: QT_TRANSLATE_NOOP("Cli", "refused")}


def add_commands(sub) -> None:
    p = sub.add_parser("sync", help=QT_TRANSLATE_NOOP("CliHelp", "deliver sealed visits to the scheme server and pull "
                                                                 "what the office sent"))
    p.set_defaults(func=cmd_sync)
    actions = p.add_subparsers(dest="sync_command", metavar="ACTION")
    actions.add_parser("status", help=QT_TRANSLATE_NOOP("CliHelp", "what is queued, delivered and refused")
                       ).set_defaults(func=cmd_status)
    r = actions.add_parser("request", help=QT_TRANSLATE_NOOP("CliHelp", "make this computer's device key and a "
                                                                        "request for the office"))
    r.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "what to call this computer"))
    r.add_argument("--volunteer", metavar="NAME",
                   help=QT_TRANSLATE_NOOP("CliHelp", "whose laptop it is (their name, as in the scheme)"))
    r.add_argument("--office", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "this is the scheme office's computer"))
    r.add_argument("--out", type=Path, required=True)
    r.set_defaults(func=cmd_request)
    i = actions.add_parser("issue", help=QT_TRANSLATE_NOOP("CliHelp", "answer a device request (scheme office, root "
                                                                      "PIN)"))
    i.add_argument("request", type=Path)
    i.add_argument("--server", required=True, metavar="URL",
                   help=QT_TRANSLATE_NOOP("CliHelp", "https://host:port of the scheme server"))
    i.add_argument("--server-certificate", type=Path, required=True, metavar="server.pem")
    i.add_argument("--out", type=Path, required=True)
    i.set_defaults(func=cmd_issue)
    e = actions.add_parser("enrol", help=QT_TRANSLATE_NOOP("CliHelp", "import the device file the office sent"))
    e.add_argument("file", type=Path)
    e.set_defaults(func=cmd_enrol)
    c = actions.add_parser("certify-server",
                           help=QT_TRANSLATE_NOOP("CliHelp", "issue the scheme server's certificate (office, root "
                                                             "PIN)"))
    c.add_argument("public_key", type=Path, metavar="server.pub")
    c.add_argument("--host", action="append", required=True,
                   help=QT_TRANSLATE_NOOP("CliHelp", "a host name or address the server answers on"))
    c.add_argument("--out", type=Path, required=True)
    c.set_defaults(func=cmd_certify_server)
    actions.add_parser("publish", help=QT_TRANSLATE_NOOP("CliHelp", "send the scheme file and the rota to the server "
                                                                    "(office, root PIN)")
                       ).set_defaults(func=cmd_publish)
    actions.add_parser("devices", help=QT_TRANSLATE_NOOP("CliHelp", "the device and server certificates the scheme "
                                                                    "issued (office)")
                       ).set_defaults(func=cmd_devices)
    v = actions.add_parser("revoke-device",
                           help=QT_TRANSLATE_NOOP("CliHelp", "revoke one device's certificate by serial number "
                                                             "(office, root PIN); the server refuses it once the "
                                                             "office publishes"))
    v.add_argument("serial", help=QT_TRANSLATE_NOOP("CliHelp", "the certificate's serial number, as `icvapp sync "
                                                               "devices` shows it"))
    v.add_argument("--reason", default="")
    v.set_defaults(func=cmd_revoke_device)
    n = actions.add_parser("return", help=QT_TRANSLATE_NOOP("CliHelp", "send a quarter's national return, counts only "
                                                                       "(office, root PIN)"))
    n.add_argument("--quarter", required=True, type=quarter_arg, metavar="2026-Q3",
                   help=QT_TRANSLATE_NOOP("CliHelp", "financial year (as it starts) and quarter; Q1 is April to June"))
    n.set_defaults(func=cmd_return)


def print_report(report: SyncReport, language: str = "en") -> int:
    tr = translator(language)
    for uid, answer in report.delivered:
        print(tr.translate("Cli", "delivered  {uid}: {answer} (receipt checked)").format(
            uid=uid, answer=in_language(answer, tr)))
    for uid, reason in report.refused:
        print(tr.translate("Cli", "REFUSED    {uid}: {reason}").format(uid=uid, reason=in_language(reason, tr)))
    for number, message in report.imported:
        print(tr.translate("Cli", "imported   delivery {number}: {message}").format(
            number=number, message=in_language(message, tr)))
    for number, reason in report.not_imported:
        print(tr.translate("Cli", "NOT IMPORTED delivery {number}: {reason}").format(
            number=number, reason=in_language(reason, tr)))
    if report.scheme_updated:
        print(tr.translate("Cli", "The scheme file is up to date."))
    weeks, queued = report.rota_weeks, report.queued
    if weeks:
        print(translate("Cli", "%n rota week(s) received.", None, weeks, language=language))
    if queued:
        print(translate("Cli", "%n visit(s) still queued for the next sync.", None, queued, language=language))
    if report.stopped:
        print(tr.translate("Cli", "The sync stopped: {reason}").format(reason=in_language(report.stopped, tr)))
        return EXIT_ERROR
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    def work(ctx):
        if this_device(ctx.db).role == OFFICE:
            return pull_deliveries(ctx)
        return sync(ctx)

    return print_report(with_context(args, work), cli_language(args))


def cmd_status(args: argparse.Namespace) -> int:
    entries = with_context(args, lambda ctx: outbox.entries(ctx.db))
    tr = translator(cli_language(args))
    words = {s: tr.translate("Cli", OUTBOX_WORDS[s]) for s in outbox.State}
    width = max(9, *(len(w) for w in words.values()))
    for e in entries:
        detail = e.answer if e.state is outbox.State.DELIVERED else server_reason(e.reason)
        visit = tr.translate("Cli", "visit no. {number}").format(number=e.visit_id)
        print(f"{words[e.state]:{width}}  {visit}  {e.visit_uid}  {in_language(detail, tr)}".rstrip())
    counts = {s: sum(e.state is s for e in entries) for s in outbox.State}
    print(", ".join(f"{n} {words[s]}" for s, n in counts.items()))
    return EXIT_OK


def cmd_request(args: argparse.Namespace) -> int:
    def work(ctx):
        uid = None
        if args.volunteer:
            with ctx.db.session() as s:
                uid = s.get(Volunteer, volunteer_id(ctx, args.volunteer)).uid
        return device_request(ctx.db, args.name, role=OFFICE if args.office else LAPTOP, volunteer_uid=uid)

    tr = translator(cli_language(args))
    write_output(args.out, with_context(args, work), tr.language)
    print(tr.translate("Cli", "Give this file to the scheme office; import its answer with `icvapp sync enrol`."))
    return EXIT_OK


def cmd_issue(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    request = read_input(args.request, QT_TRANSLATE_NOOP("Cli", "a device request"))
    cert = pki.pem(pki.load_cert(read_input(args.server_certificate,
                                            QT_TRANSLATE_NOOP("Cli", "the server's certificate"))))
    write_output(args.out, with_context(args, lambda ctx: issue_device_file(
        ctx.db, request, root_pin(lang), server_url=args.server, server_certificate=cert)), lang)
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    data = read_input(args.file, QT_TRANSLATE_NOOP("Cli", "a device file"))
    device = with_context(args, lambda ctx: enrol_device(ctx, data))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "This computer is enrolled ({role}); it delivers to {url}.").format(
        role=device.role, url=device.server_url))
    return EXIT_OK


def cmd_certify_server(args: argparse.Namespace) -> int:
    public = read_input(args.public_key, QT_TRANSLATE_NOOP("Cli", "the server's public key"))
    pem = with_context(args, lambda ctx: certify_server(ctx.db, root_pin(cli_language(args)), public, args.host))
    write_output(args.out, pem.encode("ascii"), cli_language(args))
    return EXIT_OK


def quarter_arg(text: str) -> tuple[int, int]:
    year, _, q = text.partition("-Q")
    if not (year.isdigit() and len(year) == 4 and q in ("1", "2", "3", "4")):
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{value} is not a quarter such as 2026-Q3")
                           .format(value=repr(text)))
    return int(year), int(q)


def cmd_return(args: argparse.Namespace) -> int:
    fy, q = args.quarter
    doc = with_context(args, lambda ctx: send_return(ctx, fy, q, root_pin(cli_language(args))))
    figures = doc["payload"]
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Sent the national return for {quarter}: {visits} visit(s), {covered} of {expected} "
                              "expected visit periods covered.").format(quarter=figures["quarter"], visits=figures["visits"],
                                                             covered=figures["covered_weeks"],
                                                             expected=figures["expected_weeks"]))
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    def work(ctx):
        issued = publish_scheme(ctx, root_pin(cli_language(args)))
        return issued, publish_rota(ctx)

    issued, weeks = with_context(args, work)
    lang = cli_language(args)
    print(translate("Cli", "Published the scheme file of {issued} and %n rota week(s).", None, weeks,
                    language=lang).format(issued=issued))
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    devices = with_context(args, lambda ctx: issued_devices(ctx.db))
    tr = translator(cli_language(args))
    heads = [tr.translate("Cli", h) for h in DEVICE_HEADINGS]
    roles = {role: tr.translate("Cli", word) for role, word in ROLE_WORDS.items()}
    rows = [(d.serial, roles.get(d.role, d.role), in_language(d.issued_at, tr), d.subject, in_language(d.revoked, tr))
            for d in devices]
    # Each column as wide as its widest entry in this language; nothing at all while none was issued.
    w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads[:4])] if rows else []
    for row in (heads, *rows) if rows else ():
        print(f"{row[0]:{w[0]}}  {row[1]:{w[1]}}  {row[2]:{w[2]}}  {row[3]:{w[3]}}  {row[4]}".rstrip())
    return EXIT_OK


def cmd_revoke_device(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    subject = with_context(args, lambda ctx: revoke_certificate(ctx.db, args.serial, root_pin(lang), args.reason))
    tr = translator(lang)
    print(tr.translate("Cli", "Revoked {subject}. Run `icvapp sync publish`: the server refuses it from then on.")
          .format(subject=subject))
    return EXIT_OK
