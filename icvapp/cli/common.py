"""What every command shares: finding and unlocking the profile, secrets from the
environment or the terminal, reading inputs and writing outputs."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlalchemy import select

from icvapp.errors import InvalidInput, NotFound, WrongPassphrase
from icvapp.profile.context import create_profile, open_profile, profile_exists, resolve_data_dir
from icvapp.storage.atomic import write_atomic
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, keychain_usable, read_keyinfo
from icvapp.storage.model import Volunteer

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def ask_passphrase(prompt: str, *, confirm: bool = False) -> str:
    env = os.environ.get("ICVAPP_PASSPHRASE")
    if env:
        return env
    if not sys.stdin.isatty():
        raise WrongPassphrase("This profile is protected by a passphrase.",
                              hint="Set ICVAPP_PASSPHRASE or run icvapp in a terminal.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise WrongPassphrase("The two passphrases differ; nothing was created.")
    return first


def open_context(args: argparse.Namespace):
    data_dir = resolve_data_dir(args.data_dir)
    if not profile_exists(data_dir):
        raise NotFound(f"There is no icvapp profile in {data_dir}.",
                       hint="Run 'icvapp demo' or 'icvapp init --name NAME' first, or open the app.")
    info = read_keyinfo(data_dir)
    passphrase = ask_passphrase("Passphrase: ") if info is not None and info.method == PASSPHRASE else None
    return open_profile(data_dir, passphrase)


def new_context(args: argparse.Namespace, scheme_name: str):
    data_dir = resolve_data_dir(args.data_dir)
    if keychain_usable() and not os.environ.get("ICVAPP_PASSPHRASE"):
        ctx = create_profile(data_dir, KEYCHAIN, scheme_name)
    else:
        passphrase = ask_passphrase("Choose a passphrase (8 characters or more): ", confirm=True)
        ctx = create_profile(data_dir, PASSPHRASE, scheme_name, passphrase)
    print(f"Created a profile in {data_dir}. {ctx.protection}.")
    if ctx.new_recovery_key:
        show_recovery(ctx.new_recovery_key)
    return ctx


def secret(variable: str, prompt: str, *, what: str | None = None) -> str:
    """A PIN, passphrase or key: from ``variable`` for scripts, else typed at a terminal prompt."""
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InvalidInput(f"{what or prompt.rstrip(': ')} is needed.",
                           hint=f"Set {variable} or run icvapp in a terminal.")
    return getpass.getpass(prompt)


def pin(variable: str, prompt: str) -> str:
    return secret(variable, prompt, what="A PIN")


def root_pin() -> str:
    return pin("ICVAPP_ROOT_PIN", "Scheme root PIN: ")


def read_input(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise NotFound(f"{path} could not be read ({exc.strerror or exc}).") from None


def write_output(path: Path, data: bytes) -> None:
    write_atomic(Path(path), data)
    print(f"Wrote {path}")


def volunteer_id(ctx, name: str) -> int:
    with ctx.db.session() as s:
        ids = s.scalars(select(Volunteer.id).where(Volunteer.name == name)).all()
    if len(ids) != 1:
        raise NotFound(f"There is no single volunteer called {name!r}.")
    return ids[0]


def with_context(args, work):
    ctx = open_context(args)
    try:
        return work(ctx)
    finally:
        ctx.close()


def show_recovery(text: str) -> None:
    print("\nYOUR RECOVERY KEY (write it down; the scheme office should hold a copy):\n")
    print(f"    {text}\n")
    print("It opens this profile if the passphrase is forgotten or the keychain is lost. It is shown only now.")
