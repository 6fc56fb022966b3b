"""What every command shares: finding and unlocking the profile, secrets from the
environment or the terminal, reading inputs and writing outputs."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from icvapp.cli.parsing import InvalidValue
from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, WrongPassphrase, in_language
from icvapp.i18n import translator
from icvapp.profile.context import (
    create_profile,
    create_scheme_profile,
    open_profile,
    profile_exists,
    resolve_data_dir,
)
from icvapp.profile.language import chosen_language
from icvapp.profile.profiles import DEFAULT_KIND, MAIN, find_profile, list_profiles
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import read_bounded
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, keychain_usable, read_keyinfo
from icvapp.storage.model import Volunteer
from icvapp.trust.enrolment_files import MAX_EXCHANGE_FILE

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# Scheme, request and certificate files are JSON of a few KB (the demo's scheme file is 6 KB; each
# volunteer adds ~150 bytes and each revoked certificate ~60): 2 MB is ample and bounds what is read.
MAX_SCHEME_FILE = MAX_EXCHANGE_FILE
# Years the command line accepts: schemes' records start in the 1980s; beyond 2100 is a typing slip.
FIRST_YEAR, LAST_YEAR = 1980, 2100
# SQLite's largest integer: a bigger visit number could not even be looked up.
MAX_ID = 2**63 - 1
# A retention period of a hundred years keeps everything; more is a typing slip.
MAX_MONTHS = 1200


# --------------------------------------------------------------------------- the volunteer's language


def cli_language(args: argparse.Namespace | None) -> str:
    """The language a command answers in: the one chosen for the window, ``ICVAPP_LANGUAGE``, else the scheme's."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    wanted = getattr(args, "scheme", None)
    kind = next((e.kind for e in list_profiles(data_dir) if wanted and e.id == wanted), None)
    return chosen_language(data_dir, kind)


def profile_dir(args: argparse.Namespace) -> Path:
    """The folder of the profile a command works on: ``--scheme ID``'s, else the data folder's main one."""
    data_dir = resolve_data_dir(args.data_dir)
    scheme = getattr(args, "scheme", None)
    return find_profile(data_dir, scheme).path if scheme and scheme != MAIN else data_dir


# --------------------------------------------------------------------------- command-line values
# A value refused here is an InvalidValue: argparse reads its message in the language the parser speaks.


def _whole_number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{value} is not a whole number ({what})")
                           .format(value=repr(text), what=what)) from None


def fy_arg(text: str) -> int:
    """``--fy``: a financial year, named by the calendar year it starts in."""
    year = _whole_number(text, QT_TRANSLATE_NOOP("Cli", "a year such as 2025"))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{year} is not a financial year icvapp knows; give a year from "
                                                    "{first} to {last}, such as 2025 for 2025/26")
                           .format(year=year, first=FIRST_YEAR, last=LAST_YEAR))
    return year


def visit_id_arg(text: str) -> int:
    """A visit's number, as 'visits list' shows it."""
    number = _whole_number(text, QT_TRANSLATE_NOOP("Cli", "a visit number from 'icvapp visits list'"))
    if not 1 <= number <= MAX_ID:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{number} is not a visit number; 'icvapp visits list' shows "
                                                    "them").format(number=number))
    return number


def months_arg(text: str) -> int:
    """A retention period in months (0 keeps everything)."""
    n = _whole_number(text, QT_TRANSLATE_NOOP("Cli", "months"))
    if not 0 <= n <= MAX_MONTHS:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{n} is not a retention period; give 0 (keep everything) to "
                                                    "{most} months").format(n=n, most=MAX_MONTHS))
    return n


def date_arg(text: str) -> dt.date:
    """A date written YYYY-MM-DD, within the years icvapp knows."""
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{value} is not a date written YYYY-MM-DD")
                           .format(value=repr(text))) from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InvalidValue(QT_TRANSLATE_NOOP("Cli", "{date} is outside the years icvapp knows ({first}–{last})")
                           .format(date=text, first=FIRST_YEAR, last=LAST_YEAR))
    return value


# --------------------------------------------------------------------------- profiles and secrets


def ask_passphrase(prompt: str, *, confirm: bool = False, language: str = "en") -> str:
    """The passphrase from ``ICVAPP_PASSPHRASE``, else typed after ``prompt`` (a marked text, shown translated)."""
    env = os.environ.get("ICVAPP_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Cli", "This profile is protected by a passphrase."),
                              hint=QT_TRANSLATE_NOOP("Cli", "Set ICVAPP_PASSPHRASE or run icvapp in a terminal."))
    tr = translator(language)
    first = getpass.getpass(f"{in_language(prompt, tr)}: ")
    if confirm and getpass.getpass(tr.translate("Cli", "Repeat the passphrase") + ": ") != first:
        raise WrongPassphrase(QT_TRANSLATE_NOOP("Cli", "The two passphrases differ; nothing was created."))
    return first


def open_context(args: argparse.Namespace):
    data_dir = profile_dir(args)
    if not profile_exists(data_dir):
        raise NotFound(QT_TRANSLATE_NOOP("Cli", "There is no icvapp profile in {data_dir}.")
                       .format(data_dir=data_dir),
                       hint=QT_TRANSLATE_NOOP("Cli", "Run 'icvapp demo' or 'icvapp init --name NAME' first, or "
                                                     "open the app."))
    info = read_keyinfo(data_dir)
    passphrase = (ask_passphrase(QT_TRANSLATE_NOOP("Cli", "Passphrase"), language=cli_language(args))
                  if info is not None and info.method == PASSPHRASE else None)
    return open_profile(data_dir, passphrase)


def new_context(args: argparse.Namespace, scheme_name: str, kind: str = DEFAULT_KIND):
    """A new profile for a scheme of ``kind``: the data folder's main one, or, when that exists, a further one
    beside it (``schemes/<id>``, chosen later with ``--scheme ID``)."""
    data_dir = resolve_data_dir(args.data_dir)
    further = profile_exists(data_dir)
    method, passphrase = new_protection(args)
    if further:
        ctx = create_scheme_profile(data_dir, kind, method, scheme_name, passphrase)
    else:
        ctx = create_profile(data_dir, method, scheme_name, passphrase, kind)
    announce_profile(args, ctx, further=further)
    return ctx


def new_protection(args: argparse.Namespace) -> tuple[str, str | None]:
    """How a new profile's key is kept: the keychain where one is usable (and no passphrase is given in the
    environment), else a passphrase chosen now."""
    if keychain_usable() and not os.environ.get("ICVAPP_PASSPHRASE"):
        return KEYCHAIN, None
    return PASSPHRASE, ask_passphrase(QT_TRANSLATE_NOOP("Cli", "Choose a passphrase (8 characters or more)"),
                                      confirm=True, language=cli_language(args))


def announce_profile(args: argparse.Namespace, ctx, *, further: bool) -> None:
    """Where a new profile is and how it is protected; for a further scheme, how to choose it; and the
    recovery key, shown this once."""
    language = cli_language(args)
    tr = translator(language)
    print(tr.translate("Cli", "Created a profile in {data_dir}. {protection}.").format(
        data_dir=ctx.data_dir, protection=in_language(ctx.protection, tr)))
    if further:
        print(tr.translate("Cli", "It is a further scheme beside the main one: choose it with --scheme {id}.")
              .format(id=ctx.data_dir.name))
    if ctx.new_recovery_key:
        show_recovery(ctx.new_recovery_key, language)


def secret(variable: str, prompt: str, *, what: str | None = None, language: str = "en") -> str:
    """A PIN, passphrase or key: from ``variable`` for scripts, else typed at a terminal after ``prompt``
    (a marked text, without its colon, shown in ``language``)."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(QT_TRANSLATE_NOOP("Cli", "{what} is needed.").format(what=what or prompt),
                           hint=QT_TRANSLATE_NOOP("Cli", "Set {variable} or run icvapp in a terminal.")
                                .format(variable=variable))
    return getpass.getpass(f"{in_language(prompt, translator(language))}: ")


def pin(variable: str, prompt: str, language: str = "en") -> str:
    return secret(variable, prompt, what=QT_TRANSLATE_NOOP("Cli", "A PIN"), language=language)


def root_pin(language: str = "en") -> str:
    return pin("ICVAPP_ROOT_PIN", QT_TRANSLATE_NOOP("Cli", "Scheme root PIN"), language)


def read_input(path: Path, what: str = QT_TRANSLATE_NOOP("Cli", "a scheme, request or certificate file")) -> bytes:
    """A small file from the scheme office or a volunteer (never more than :data:`MAX_SCHEME_FILE` is read)."""
    return read_bounded(path, MAX_SCHEME_FILE, what)


def write_output(path: Path, data: bytes, language: str) -> None:
    write_atomic(Path(path), data)
    tr = translator(language)
    print(tr.translate("Cli", "Wrote {path}").format(path=path))


def volunteer_id(ctx, name: str) -> int:
    with ctx.db.session() as s:
        ids = s.scalars(select(Volunteer.id).where(Volunteer.name == name)).all()
    if len(ids) != 1:
        raise NotFound(QT_TRANSLATE_NOOP("Cli", "There is no single volunteer called {name}.")
                       .format(name=repr(name)))
    return ids[0]


def with_context(args, work):
    ctx = open_context(args)
    try:
        return work(ctx)
    finally:
        ctx.close()


def show_recovery(text: str, language: str) -> None:
    tr = translator(language)
    print("\n" + tr.translate("Cli", "YOUR RECOVERY KEY (write it down; the scheme office should hold a copy):")
          + "\n")
    print(f"    {text}\n")
    print(tr.translate("Cli", "It opens this profile if the passphrase is forgotten or the keychain is lost. It is "
                              "shown only now."))
