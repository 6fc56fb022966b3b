"""Profiles and visits from the command line: demo, init, list and export."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from icvapp.cli.common import (
    EXIT_OK,
    announce_profile,
    cli_language,
    fy_arg,
    new_context,
    new_protection,
    open_context,
    visit_id_arg,
)
from icvapp.demo.create import create_demo
from icvapp.demo.schemes import create_demo_office
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from icvapp.i18n import translator
from icvapp.profile.context import open_profile, profile_exists, resolve_data_dir
from icvapp.profile.profiles import DEFAULT_KIND, list_profiles
from icvapp.reports.nouns import Nouns
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.scheme.kinds import scheme_kinds
from icvapp.scheme.periods import financial_year, quarter
from icvapp.scheme.wording import worded
from icvapp.storage import released
from icvapp.storage.model import Place, VisitStatus
from icvapp.visits.store import VisitFilter, count_visits, list_visits

# The columns of `icvapp visits list`, translated for the reader (the English is the heading).
# The place and the count at the first stage are headed by the kind's own nouns.
LIST_HEADINGS = (QT_TRANSLATE_NOOP("Cli", "ID"), QT_TRANSLATE_NOOP("Cli", "Date"), "",
                 QT_TRANSLATE_NOOP("Cli", "Status"), "", "", QT_TRANSLATE_NOOP("Cli", "Pair"))
# A visit's standing in the list: a completed visit not yet signed is "unsigned".
STATUS_WORDS = {"abandoned": QT_TRANSLATE_NOOP("Cli", "abandoned"), VisitStatus.DRAFT: QT_TRANSLATE_NOOP("Cli", "draft"),
                VisitStatus.COMPLETE: QT_TRANSLATE_NOOP("Cli", "unsigned"),
                VisitStatus.SEALED: QT_TRANSLATE_NOOP("Cli", "sealed")}


def add_commands(sub) -> None:
    demo = sub.add_parser("demo", help=QT_TRANSLATE_NOOP("CliHelp", "create the demo scheme (places, volunteers, "
                                                                    "sample visits)"))
    demo.set_defaults(func=cmd_demo)
    init = sub.add_parser("init", help=QT_TRANSLATE_NOOP("CliHelp", "create an empty scheme (a further one if a "
                                                                    "profile exists)"))
    init.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("CliHelp", "the scheme's name"))
    init.add_argument("--kind", default=DEFAULT_KIND, choices=scheme_kinds(),
                      help=QT_TRANSLATE_NOOP("CliHelp", "the kind of visiting (default: %(default)s)"))
    init.set_defaults(func=cmd_init)

    visits = sub.add_parser("visits", help=QT_TRANSLATE_NOOP("CliHelp", "list and export visits"))
    vsub = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    ls = vsub.add_parser("list", help=QT_TRANSLATE_NOOP("CliHelp", "list visits, newest first"))
    ls.add_argument("--place", released.CLI_PLACE_OPTION, dest="place", help=QT_TRANSLATE_NOOP("CliHelp", "only this place (by name)"))
    ls.add_argument("--fy", type=fy_arg, help=QT_TRANSLATE_NOOP("CliHelp", "financial year, named by the year it "
                                                                           "starts (2025 = 2025/26)"))
    ls.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help=QT_TRANSLATE_NOOP("CliHelp", "quarter of --fy"))
    ls.add_argument("--status", choices=[s.value for s in VisitStatus])
    ls.set_defaults(func=cmd_visits_list)
    ex = vsub.add_parser("export", help=QT_TRANSLATE_NOOP("CliHelp", "export a visit report as PDF"))
    ex.add_argument("id", type=visit_id_arg,
                    help=QT_TRANSLATE_NOOP("CliHelp", "visit number, as shown by 'visits list'"))
    ex.add_argument("--out", required=True, type=Path, help=QT_TRANSLATE_NOOP("CliHelp", "PDF file to write"))
    ex.set_defaults(func=cmd_visits_export)


def cmd_init(args: argparse.Namespace) -> int:
    new_context(args, args.name, args.kind).close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    tr = translator(cli_language(args))
    beside = None  # the animal welfare scheme's folder, when the demo makes the whole office
    if profile_exists(data_dir):  # an empty scheme gets the main demo; never an office that has visits
        ctx = open_context(args)
        try:
            if count_visits(ctx.db):
                raise InvalidInput(QT_TRANSLATE_NOOP("Cli", "This profile already holds visits; the demo scheme "
                                                            "goes in a new profile."),
                                   hint=QT_TRANSLATE_NOOP("Cli", "Use --data-dir to choose an empty folder."))
            create_demo(ctx)
        except BaseException:
            ctx.close()
            raise
    else:
        # A demo made from nothing is the whole office, as the first-run door makes it: the main scheme and the
        # animal welfare scheme beside it (made at once where there are two cores; icvapp.demo.schemes).
        method, passphrase = new_protection(args)
        ctx = create_demo_office(data_dir, method, passphrase)
        announce_profile(args, ctx, further=False)
        beside = list_profiles(data_dir)[1].path
    try:
        print(tr.translate("Cli", "Demo scheme ready: {visits} visits. Open it with 'icvapp'.").format(
            visits=count_visits(ctx.db)))
    finally:
        ctx.close()
    if beside is not None:
        dogs = open_profile(beside, passphrase)
        try:
            announce_profile(args, dogs, further=True)
            print(tr.translate("Cli", "Animal welfare scheme ready beside it: {visits} visits.").format(
                visits=count_visits(dogs.db)))
        finally:
            dogs.close()
    return EXIT_OK


def cmd_visits_list(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        place_id = None
        if args.place:
            with ctx.db.session() as s:
                place_id = s.scalar(select(Place.id).where(Place.name == args.place))
            if place_id is None:
                raise NotFound(QT_TRANSLATE_NOOP("Cli", "There is no place called {place}.")
                               .format(place=repr(args.place)))
        start = end = None
        if args.fy is not None:
            period = quarter(args.fy, args.quarter) if args.quarter else financial_year(args.fy)
            start, end = period.start, period.end
        f = VisitFilter(place_id=place_id, start=start, end=end, status=args.status)
        tr = worded(translator(cli_language(args)), ctx.config)
        heads = [tr.translate("Cli", h) if h else h for h in LIST_HEADINGS]
        nouns = Nouns(ctx.config, cli_language(args))
        heads[2], heads[4] = nouns.place, nouns.stage("root")
        heads[5] = tr.translate("Cli", "{stage}", "the list's seen column").format(stage=nouns.stage("seen"))
        # Each column at least as wide as its heading in this language (the English widths as before).
        w = [max(len(h), n) for h, n in zip(heads, (6, 10, 16, 10, 7, 4), strict=False)]
        print(f"{heads[0]:>{w[0]}}  {heads[1]:<{w[1]}}  {heads[2]:<{w[2]}}  {heads[3]:<{w[3]}}  "
              f"{heads[4]:>{w[4]}}  {heads[5]:>{w[5]}}  {heads[6]}")
        after = None
        while True:
            page = list_visits(ctx.db, f, after=after, limit=500, config=ctx.config)
            for v in page:
                status = tr.translate("Cli", STATUS_WORDS.get("abandoned" if v.outcome == "abandoned" else v.state,
                                                              v.state))
                print(f"{v.id:>{w[0]}}  {v.visit_date.isoformat() if v.visit_date else '—':<{w[1]}}  "
                      f"{v.place:<{w[2]}}  {status:<{w[3]}}  {_n(v.present):>{w[4]}}  {_n(v.seen):>{w[5]}}  "
                      f"{v.pair}")
            if len(page) < 500:
                break
            after = (page[-1].visit_date, page[-1].id)
    finally:
        ctx.close()
    return EXIT_OK


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)


def cmd_visits_export(args: argparse.Namespace) -> int:
    ctx = open_context(args)
    try:
        export_visit_pdf(ctx, args.id, args.out)
    finally:
        ctx.close()
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Wrote {path}").format(path=args.out))
    return EXIT_OK
