"""The ``icvapp`` command: the GUI by default, and commands for automation.

Importing this module imports no widget code; the GUI is loaded only when it
is asked for.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from . import __version__
from .errors import UserFacingError

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="icvapp",
        description="Record, find and report Independent Custody Visits. With no command, opens the app.",
    )
    p.add_argument("--version", action="version", version=f"icvapp {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help="profile folder (default: $ICVAPP_DATA_DIR, else your user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create the demo scheme (suites, volunteers, sample visits)")
    demo.set_defaults(func=cmd_demo)
    init = sub.add_parser("init", help="create an empty scheme")
    init.add_argument("--name", required=True, help="the scheme's name")
    init.set_defaults(func=cmd_init)

    visits = sub.add_parser("visits", help="list and export visits")
    vsub = visits.add_subparsers(dest="visits_command", metavar="ACTION", required=True)
    ls = vsub.add_parser("list", help="list visits, newest first")
    ls.add_argument("--suite", help="only this suite (by name)")
    ls.add_argument("--fy", type=int, help="financial year, named by the year it starts (2025 = 2025/26)")
    ls.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="quarter of --fy")
    ls.add_argument("--status", choices=["draft", "complete", "sealed"])
    ls.set_defaults(func=cmd_visits_list)
    ex = vsub.add_parser("export", help="export a visit report as PDF")
    ex.add_argument("id", type=int, help="visit number, as shown by 'visits list'")
    ex.add_argument("--out", required=True, type=Path, help="PDF file to write")
    ex.set_defaults(func=cmd_visits_export)

    from . import cli_reports, cli_security, cli_signing

    cli_signing.add_commands(sub)
    cli_reports.add_commands(sub)
    cli_security.add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from .gui.app import run_gui

        return run_gui(args.data_dir)
    try:
        return args.func(args)
    except UserFacingError as exc:
        print(f"icvapp: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `icvapp visits list | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


# --------------------------------------------------------------------------- unlocking


def _passphrase(prompt: str, *, confirm: bool = False) -> str:
    env = os.environ.get("ICVAPP_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        from .errors import WrongPassphrase

        raise WrongPassphrase("This profile is protected by a passphrase.",
                              hint="Set ICVAPP_PASSPHRASE or run icvapp in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        from .errors import WrongPassphrase

        raise WrongPassphrase("The two passphrases differ; nothing was created.")
    return first


def open_context(args: argparse.Namespace):
    from .keys import PASSPHRASE, read_keyinfo
    from .profile import open_profile, profile_exists, resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if not profile_exists(data_dir):
        from .errors import NotFound

        raise NotFound(f"There is no icvapp profile in {data_dir}.",
                       hint="Run 'icvapp demo' or 'icvapp init --name NAME' first, or open the app.")
    info = read_keyinfo(data_dir)
    passphrase = _passphrase("Passphrase: ") if info is not None and info.method == PASSPHRASE else None
    return open_profile(data_dir, passphrase)


def new_context(args: argparse.Namespace, scheme_name: str):
    from .keys import KEYCHAIN, PASSPHRASE, keychain_usable
    from .profile import create_profile, resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if keychain_usable() and not os.environ.get("ICVAPP_PASSPHRASE"):
        ctx = create_profile(data_dir, KEYCHAIN, scheme_name)
    else:
        passphrase = _passphrase("Choose a passphrase (8 characters or more): ", confirm=True)
        ctx = create_profile(data_dir, PASSPHRASE, scheme_name, passphrase)
    print(f"Created a profile in {data_dir}. {ctx.protection}.")
    if ctx.new_recovery_key:
        from .cli_security import _show_recovery

        _show_recovery(ctx.new_recovery_key)
    return ctx


# --------------------------------------------------------------------------- commands


def cmd_init(args: argparse.Namespace) -> int:
    new_context(args, args.name).close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import DEMO_SCHEME, create_demo
    from .errors import InvalidInput
    from .profile import profile_exists, resolve_data_dir
    from .visits import count_visits

    if profile_exists(resolve_data_dir(args.data_dir)):
        ctx = open_context(args)
        if count_visits(ctx.db):
            ctx.close()
            raise InvalidInput("This profile already holds visits; the demo scheme goes in a new profile.",
                               hint="Use --data-dir to choose an empty folder.")
    else:
        ctx = new_context(args, DEMO_SCHEME)
    try:
        create_demo(ctx)
        print(f"Demo scheme ready: {count_visits(ctx.db)} visits. Open it with 'icvapp'.")
    finally:
        ctx.close()
    return EXIT_OK


def cmd_visits_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .errors import NotFound
    from .model import Suite
    from .periods import financial_year, quarter
    from .visits import VisitFilter, list_visits

    ctx = open_context(args)
    try:
        suite_id = None
        if args.suite:
            with ctx.db.session() as s:
                suite_id = s.scalar(select(Suite.id).where(Suite.name == args.suite))
            if suite_id is None:
                raise NotFound(f"There is no suite called {args.suite!r}.")
        start = end = None
        if args.fy is not None:
            period = quarter(args.fy, args.quarter) if args.quarter else financial_year(args.fy)
            start, end = period.start, period.end
        f = VisitFilter(suite_id=suite_id, start=start, end=end, status=args.status)
        print(f"{'ID':>6}  {'Date':<10}  {'Suite':<16}  {'Status':<10}  {'Custody':>7}  {'Seen':>4}  Pair")
        after = None
        while True:
            page = list_visits(ctx.db, f, after=after, limit=500)
            for v in page:
                status = "abandoned" if v.outcome == "abandoned" else {"complete": "unsigned"}.get(v.state, v.state)
                print(f"{v.id:>6}  {v.visit_date.isoformat() if v.visit_date else '—':<10}  {v.suite:<16}  "
                      f"{status:<10}  {_n(v.in_custody):>7}  {_n(v.seen):>4}  {v.pair}")
            if len(page) < 500:
                break
            after = (page[-1].visit_date, page[-1].id)
    finally:
        ctx.close()
    return EXIT_OK


def _n(value: int | None) -> str:
    return "—" if value is None else str(value)


def cmd_visits_export(args: argparse.Namespace) -> int:
    from .reports.visit_pdf import export_visit_pdf

    ctx = open_context(args)
    try:
        export_visit_pdf(ctx, args.id, args.out)
    finally:
        ctx.close()
    print(f"Wrote {args.out}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
