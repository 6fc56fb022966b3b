"""``icvapp`` commands for the co-ordinator's figures: Board reports, annual summary, history import."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sqlalchemy import select

from icvapp.cli.common import EXIT_ERROR, EXIT_OK, cli_language, date_arg, fy_arg, pin, with_context
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, in_language
from icvapp.history.csv_import import import_history_csv
from icvapp.i18n import LANGUAGES, translate, translator
from icvapp.i18n.formats import Moment
from icvapp.metrics import as_dict, summary
from icvapp.profile.language import chosen_language
from icvapp.reports.annual import export_annual
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.figures import export_csv, export_xlsx
from icvapp.scheme.periods import Period, quarter
from icvapp.storage.atomic import write_atomic
from icvapp.storage.model import Volunteer
from icvapp.trust.enrolment import signer_status, unlock_signer


def add_commands(sub) -> None:
    report = sub.add_parser("report", help=QT_TRANSLATE_NOOP("CliHelp", "compliance figures and reports for the Board"))
    rsub = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    q = rsub.add_parser("quarterly", help=QT_TRANSLATE_NOOP("CliHelp", "the quarterly Board report"))
    q.add_argument("--fy", type=fy_arg, required=True,
                   help=QT_TRANSLATE_NOOP("CliHelp", "financial year, by the year it starts (2025 = 2025/26)"))
    q.add_argument("--quarter", type=int, required=True, choices=[1, 2, 3, 4])
    _output_options(q, ("pdf", "csv", "xlsx", "json"))
    q.set_defaults(func=cmd_report_quarterly)
    a = rsub.add_parser("annual", help=QT_TRANSLATE_NOOP("CliHelp", "the annual summary in the shape of the PCC's "
                                                                    "annual report"))
    a.add_argument("--fy", type=fy_arg, required=True)
    a.add_argument("--format", choices=("json", "csv", "pdf"), default="pdf")
    a.add_argument("--out", type=Path, required=True)
    _language_option(a)
    a.set_defaults(func=cmd_report_annual)
    c = rsub.add_parser("summary", help=QT_TRANSLATE_NOOP("CliHelp", "the compliance summary for any dates"))
    c.add_argument("--from", dest="start", type=date_arg, required=True, metavar="YYYY-MM-DD")
    c.add_argument("--to", dest="end", type=date_arg, required=True, metavar="YYYY-MM-DD")
    _output_options(c, ("pdf", "csv", "xlsx", "json"))
    c.set_defaults(func=cmd_report_summary)

    imp = sub.add_parser("import-csv", help=QT_TRANSLATE_NOOP("CliHelp", "import past visits from a spreadsheet "
                                                                         "(CSV); see docs/history-import.md"))
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=cmd_import_csv)


def _output_options(p, formats) -> None:
    p.add_argument("--format", choices=formats, default=None,
                   help=QT_TRANSLATE_NOOP("CliHelp", "default: from the --out file's extension"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--unsigned", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "do not sign the PDF with the co-ordinator's key"))
    _language_option(p)


def _language_option(p) -> None:
    p.add_argument("--language", choices=tuple(LANGUAGES), default="en",
                   help=QT_TRANSLATE_NOOP("CliHelp", "the PDF's language: en (English, the default) or cy (Cymraeg); "
                                                     "figures files stay English"))


def _format(args, allowed) -> str:
    fmt = args.format or args.out.suffix.lstrip(".").lower()
    if fmt not in allowed:
        raise InvalidInput(QT_TRANSLATE_NOOP("Cli", "Say which format to write with --format ({names}).")
                           .format(names=', '.join(allowed)))
    return fmt


def _coordinator_signer(ctx):
    with ctx.db.session() as s:
        ids = s.scalars(select(Volunteer.id).where(Volunteer.is_coordinator.is_(True))).all()
    ready = [i for i in ids if signer_status(ctx.db, i).state == "ready"]
    if not ready:
        raise NotFound(QT_TRANSLATE_NOOP("Cli", "No co-ordinator can sign on this computer."),
                       hint=QT_TRANSLATE_NOOP("Cli", "Set up the co-ordinator's signing key, or pass --unsigned."))
    prompt = QT_TRANSLATE_NOOP("Cli", "Co-ordinator's signing PIN")
    return unlock_signer(ctx.db, ready[0], pin("ICVAPP_PIN", prompt, chosen_language(ctx.data_dir)))


def _write_summary(ctx, period, args) -> None:
    fmt = _format(args, ("pdf", "csv", "xlsx", "json"))
    if fmt == "pdf":
        export_board_pdf(ctx, period, args.out, signer=None if args.unsigned else _coordinator_signer(ctx),
                         language=args.language)
    else:
        figures = summary(ctx.db, ctx.config, period)
        if fmt == "csv":
            export_csv(figures, ctx.config, args.out)
        elif fmt == "xlsx":
            export_xlsx(figures, ctx.config, args.out)
        else:
            write_atomic(args.out, json.dumps(as_dict(figures), indent=2, ensure_ascii=False).encode("utf-8"))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Wrote {out} ({period})").format(out=args.out, period=in_language(period.label, tr)))


def cmd_report_quarterly(args: argparse.Namespace) -> int:
    with_context(args, lambda ctx: _write_summary(ctx, quarter(args.fy, args.quarter), args))
    return EXIT_OK


def cmd_report_summary(args: argparse.Namespace) -> int:
    if args.end < args.start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Cli", "--to is before --from."))
    period = Period(args.start, args.end, QT_TRANSLATE_NOOP("Cli", "{start} to {end}").format(
        start=Moment(args.start, "%d %b %Y", "dd MMM y"), end=Moment(args.end, "%d %b %Y", "dd MMM y")))
    with_context(args, lambda ctx: _write_summary(ctx, period, args))
    return EXIT_OK


def cmd_report_annual(args: argparse.Namespace) -> int:
    with_context(args, lambda ctx: export_annual(ctx, args.fy, args.format, args.out, args.language))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Wrote {path}").format(path=args.out))
    return EXIT_OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    result = with_context(args, lambda ctx: import_history_csv(ctx.db, ctx.config, args.file))
    lang = cli_language(args)
    tr = translator(lang)
    if result.errors:
        count = len(result.errors)
        print(translate("Cli", "Nothing was imported: %n row(s) to fix.", None, count, language=lang))
        for e in result.errors:
            print("  " + tr.translate("Cli", "row {row}: {reason}").format(row=e.row, reason=in_language(e.reason, tr)))
        return EXIT_ERROR
    imported, file = result.imported, args.file
    print(translate("Cli", "Imported %n past visit(s) from {file}.", None, imported, language=lang).format(file=file))
    return EXIT_OK
