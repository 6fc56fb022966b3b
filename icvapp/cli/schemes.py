"""``icvapp schemes``: the schemes kept in the data folder, one profile each, by id and kind.

Nothing is unlocked to list them, so no scheme's name is shown: only what ``profiles.json``
records (an id and a kind), the kind named by its definition's title.
"""

from __future__ import annotations

import argparse
import sys

from icvapp.cli.common import EXIT_OK, cli_language
from icvapp.errors import QT_TRANSLATE_NOOP, NotFound
from icvapp.i18n import translator
from icvapp.profile.paths import resolve_data_dir
from icvapp.profile.profiles import list_profiles, registry_problem
from icvapp.scheme.config import load_config

HEADINGS = (QT_TRANSLATE_NOOP("Cli", "Scheme"), QT_TRANSLATE_NOOP("Cli", "Kind"))


def add_commands(sub) -> None:
    schemes = sub.add_parser("schemes", help=QT_TRANSLATE_NOOP("CliHelp", "list the schemes kept here (choose one "
                                                                          "with --scheme ID)"))
    schemes.set_defaults(func=cmd_schemes)


def cmd_schemes(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    language = cli_language(args)
    tr = translator(language)
    problem = registry_problem(data_dir)
    if problem is not None:
        print(f"icvapp: {problem.message_in(tr)}\n  {problem.hint_in(tr)}", file=sys.stderr)
    entries = list_profiles(data_dir)
    if not entries:
        raise NotFound(QT_TRANSLATE_NOOP("Cli", "There is no icvapp profile in {data_dir}.")
                       .format(data_dir=data_dir),
                       hint=QT_TRANSLATE_NOOP("Cli", "Run 'icvapp demo' or 'icvapp init --name NAME' first, or "
                                                     "open the app."))
    heads = [tr.translate("Cli", h) for h in HEADINGS]
    width = max(16, len(heads[0]))
    print(f"{heads[0]:<{width}}  {heads[1]}")
    for entry in entries:
        print(f"{entry.id:<{width}}  {load_config(entry.kind).title_in(language)}")
    return EXIT_OK
