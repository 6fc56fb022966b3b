"""The ``icvapp`` commands, for automation and for every figure without the GUI.

Importing this module loads nothing heavy: ``icvapp`` with no command opens the
window (see :mod:`icvapp.__main__`) without paying for the commands' libraries.
"""

from __future__ import annotations

import argparse
import os
import sys

from icvapp import __version__
from icvapp.errors import QT_TRANSLATE_NOOP, UserFacingError
from icvapp.profile.paths import resolve_data_dir


def build_parser(language: str = "en") -> argparse.ArgumentParser:
    """Every command, its help and argparse's own words in ``language``."""
    # deferred: opening the GUI loads none of the commands' libraries
    from icvapp.cli import reports, schemes, security, signing, sync, visits
    from icvapp.cli.parsing import Parser  # deferred: as above (the core's translator)

    p = Parser(
        prog="icvapp",
        description=QT_TRANSLATE_NOOP("CliHelp", "Record, find and report the visits of a lay visiting scheme. "
                                                 "With no command, opens the app."),
        language=language,
    )
    p.add_argument("--version", action="version", version=f"icvapp {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help=QT_TRANSLATE_NOOP("CliHelp", "profile folder (default: $ICVAPP_DATA_DIR, else your user "
                                                     "data folder)"))
    p.add_argument("--scheme", metavar="ID", help=QT_TRANSLATE_NOOP("CliHelp", "which scheme's profile ('icvapp "
                                                                               "schemes' lists them; default: the "
                                                                               "main one)"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    for commands in (visits, schemes, signing, reports, security, sync):
        commands.add_commands(sub)
    return p


def gui_requested(argv: list[str]) -> tuple[bool, str | None]:
    """No command word (only ``--data-dir``): the user wants the app's window."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir")
    known, rest = options.parse_known_args(argv)
    return not rest, known.data_dir


def options_before_parsing(argv: list[str]) -> argparse.Namespace:
    """``--data-dir`` and ``--scheme`` as far as they can be read before the commands are parsed (to know the
    language the help and argparse's errors are in); neither when the command line is not readable."""
    options = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    options.add_argument("--data-dir")
    options.add_argument("--scheme")
    try:
        return options.parse_known_args(argv)[0]
    except argparse.ArgumentError:
        return argparse.Namespace(data_dir=None, scheme=None)


def run_command(argv: list[str] | None = None) -> int:
    """Run one command; problems a user can act on are printed plainly, never as a traceback."""
    # deferred: the window (no command) opens without the commands' libraries (SQLAlchemy, babel…)
    from icvapp.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, cli_language
    from icvapp.i18n import translator  # deferred: as above (babel)
    from icvapp.profile.language import chosen_language  # deferred: as above

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(cli_language(options_before_parsing(argv)))
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except UserFacingError as exc:
        tr = translator(chosen_language(resolve_data_dir(args.data_dir)))
        print(f"icvapp: {exc.message_in(tr)}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint_in(tr)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `icvapp visits list | head`: the reader left; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK



