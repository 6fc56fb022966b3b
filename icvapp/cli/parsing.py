"""argparse in the reader's language: the commands' help texts and argparse's own words and errors.

The commands mark their help texts with ``QT_TRANSLATE_NOOP("CliHelp", …)``; the formatter renders
them. argparse words its usage line, headings and errors through its module's ``gettext`` (``_``
and ``ngettext``), so :class:`Parser` lends it the translator while it builds, parses and prints,
and puts argparse's own back afterwards (the command line runs in one thread). The English reads exactly
as argparse's.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
from collections.abc import Iterator

from icvapp.errors import QT_TRANSLATE_NOOP, Translatable, in_language
from icvapp.i18n import Translator, translator

ARGPARSE = "Argparse"
# argparse's words a user of icvapp can meet (Python 3.11+), marked for the catalogues. Each is looked
# up without its surrounding spaces and line ends, which stay as argparse wrote them.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage:"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    # The placeholders the commands name their subcommands by (``metavar``), in the usage lines and errors.
    QT_TRANSLATE_NOOP("Argparse", "COMMAND"),
    QT_TRANSLATE_NOOP("Argparse", "ACTION"),
)


def argparse_text(tr: Translator, text: str) -> str:
    """``text`` in ``tr``'s language: a marked text as marked, any other as one of argparse's words."""
    if isinstance(text, Translatable):
        return in_language(text, tr)
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + tr.translate(ARGPARSE, core) + text[start + len(core):]


@contextlib.contextmanager
def argparse_speaking(tr: Translator) -> Iterator[None]:
    """argparse words what it says with ``tr`` until the block ends (then with its own gettext again)."""
    saved = argparse._, argparse.ngettext
    argparse._ = functools.partial(argparse_text, tr)
    argparse.ngettext = lambda singular, plural, n: argparse_text(tr, singular if n == 1 else plural)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class InvalidValue(argparse.ArgumentTypeError):
    """A command-line value a type function refuses, with a marked message: argparse reads it while it
    parses, so it reads it in the parser's language."""

    def __str__(self) -> str:
        return str(argparse._(self.args[0]))


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, with the commands' marked texts rendered in ``tr``'s language."""

    def __init__(self, prog: str, *, tr: Translator, **kwargs) -> None:
        super().__init__(prog, **kwargs)
        self.tr = tr

    def _get_help_string(self, action: argparse.Action) -> str:
        return argparse_text(self.tr, action.help)

    def add_text(self, text: str | None) -> None:
        super().add_text(text if text is None or text is argparse.SUPPRESS else argparse_text(self.tr, text))


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks ``language``, and makes its subcommands' parsers speak it too."""

    def __init__(self, *args, language: str = "en", **kwargs) -> None:
        self.tr = translator(language)
        kwargs.setdefault("formatter_class", functools.partial(Formatter, tr=self.tr))
        with argparse_speaking(self.tr):
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("parser_class", functools.partial(Parser, language=self.tr.language))
        if kwargs.get("metavar"):
            kwargs["metavar"] = argparse_text(self.tr, kwargs["metavar"])
        with argparse_speaking(self.tr):
            return super().add_subparsers(**kwargs)

    def parse_known_args(self, args=None, namespace=None):
        with argparse_speaking(self.tr):
            return super().parse_known_args(args, namespace)

    def parse_args(self, args=None, namespace=None):
        with argparse_speaking(self.tr):
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with argparse_speaking(self.tr):
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_speaking(self.tr):
            return super().format_help()

    def error(self, message: str):
        with argparse_speaking(self.tr):
            super().error(message)
