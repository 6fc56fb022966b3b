"""``icvapp`` commands for keeping data safe: backups, restore, recovery, passphrase and key changes."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from icvapp.cli.common import (
    EXIT_OK,
    cli_language,
    date_arg,
    months_arg,
    profile_dir,
    secret,
    show_recovery,
    with_context,
)
from icvapp.errors import QT_TRANSLATE_NOOP, in_language
from icvapp.history.retention import purge, purge_expired
from icvapp.i18n import translate, translator
from icvapp.profile.backup import make_backup, restore_backup
from icvapp.profile.security import change_passphrase, create_recovery_key, recover_profile, rotate_database_key
from icvapp.profile.settings import set_retention_months
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE, keychain_usable


def add_commands(sub) -> None:
    b = sub.add_parser("backup", help=QT_TRANSLATE_NOOP("CliHelp", "write an encrypted backup of the whole profile"))
    b.add_argument("--out", type=Path, required=True)
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help=QT_TRANSLATE_NOOP("CliHelp", "restore a backup with its recovery key (into "
                                                                    "--data-dir)"))
    r.add_argument("file", type=Path)
    r.add_argument("--replace", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "replace a profile already in the folder (kept aside)"))
    r.add_argument("--overwrite-newer", action="store_true",
                   help=QT_TRANSLATE_NOOP("CliHelp", "even if that profile changed after the backup was made"))
    r.set_defaults(func=cmd_restore)
    sec = sub.add_parser("security", help=QT_TRANSLATE_NOOP("CliHelp", "recovery key, passphrase, key rotation"))
    ssub = sec.add_subparsers(dest="security_command", metavar="ACTION", required=True)
    ssub.add_parser("recover", help=QT_TRANSLATE_NOOP("CliHelp", "open with the recovery key and protect the profile "
                                                                 "afresh")).set_defaults(
        func=cmd_recover)
    ssub.add_parser("change-passphrase", help=QT_TRANSLATE_NOOP("CliHelp", "choose a new passphrase")).set_defaults(
        func=cmd_change_passphrase)
    ssub.add_parser("rotate-key", help=QT_TRANSLATE_NOOP("CliHelp", "re-encrypt the database under a new key")
                    ).set_defaults(func=cmd_rotate)
    ssub.add_parser("new-recovery-key", help=QT_TRANSLATE_NOOP("CliHelp", "replace the recovery key (the old one "
                                                                          "stops working)")).set_defaults(
        func=cmd_new_recovery)
    add_retention_commands(sub)


def _new_protection(language: str) -> tuple[str, str | None]:
    if keychain_usable() and not os.environ.get("ICVAPP_PASSPHRASE"):
        return KEYCHAIN, None
    return PASSPHRASE, secret("ICVAPP_PASSPHRASE", QT_TRANSLATE_NOOP("Cli", "New passphrase (8 characters or more)"),
                              language=language)


def cmd_backup(args: argparse.Namespace) -> int:
    info = with_context(args, lambda ctx: make_backup(ctx, args.out))
    lang, visits, out = cli_language(args), info.visits, args.out
    print(translate("Cli", "Wrote {out}: %n visit(s), encrypted. Keep it somewhere other than this computer.", None,
                    visits, language=lang).format(out=out))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    method, passphrase = _new_protection(lang)
    ctx = restore_backup(args.file, profile_dir(args),
                         secret("ICVAPP_RECOVERY_KEY", QT_TRANSLATE_NOOP("Cli", "Recovery key"), language=lang),
                         method, passphrase, replace=args.replace, overwrite_newer=args.overwrite_newer)
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Restored into {data_dir}. {protection}.").format(
        data_dir=ctx.data_dir, protection=in_language(ctx.protection, tr)))
    ctx.close()
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    method, passphrase = _new_protection(lang)
    ctx = recover_profile(profile_dir(args),
                          secret("ICVAPP_RECOVERY_KEY", QT_TRANSLATE_NOOP("Cli", "Recovery key"), language=lang),
                          method, passphrase)
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Recovered. {protection}.").format(protection=in_language(ctx.protection, tr)))
    ctx.close()
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    lang = cli_language(args)
    new = secret("ICVAPP_NEW_PASSPHRASE", QT_TRANSLATE_NOOP("Cli", "New passphrase"), language=lang)
    with_context(args, lambda ctx: change_passphrase(
        ctx, secret("ICVAPP_PASSPHRASE", QT_TRANSLATE_NOOP("Cli", "Current passphrase"), language=lang), new))
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "Passphrase changed."))
    return EXIT_OK


def cmd_rotate(args: argparse.Namespace) -> int:
    def work(ctx):
        passphrase = (secret("ICVAPP_PASSPHRASE", QT_TRANSLATE_NOOP("Cli", "Passphrase"), language=cli_language(args))
                      if ctx.keyinfo.method == PASSPHRASE else None)
        rotate_database_key(ctx, passphrase)

    with_context(args, work)
    tr = translator(cli_language(args))
    print(tr.translate("Cli", "The database is now encrypted under a new key. Your passphrase and recovery key are "
                              "unchanged."))
    return EXIT_OK


def cmd_new_recovery(args: argparse.Namespace) -> int:
    show_recovery(with_context(args, create_recovery_key), cli_language(args))
    return EXIT_OK


def add_retention_commands(sub) -> None:
    r = sub.add_parser("retention", help=QT_TRANSLATE_NOOP("CliHelp", "how long conversation-level detail is kept"))
    rsub = r.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    s = rsub.add_parser("set", help=QT_TRANSLATE_NOOP("CliHelp", "set the retention period in months (0 = keep "
                                                                 "everything)"))
    s.add_argument("--months", type=months_arg, required=True)
    s.set_defaults(func=cmd_retention_set)
    p = rsub.add_parser("purge", help=QT_TRANSLATE_NOOP("CliHelp", "remove detail older than the period (or --before "
                                                                   "DATE) now"))
    p.add_argument("--before", type=date_arg, metavar="YYYY-MM-DD")
    p.set_defaults(func=cmd_retention_purge)


def cmd_retention_set(args: argparse.Namespace) -> int:
    with_context(args, lambda ctx: set_retention_months(ctx.db, args.months or None))
    lang, months = cli_language(args), args.months
    tr = translator(lang)
    print(translate("Cli", "Conversation detail is kept for %n month(s).", None, months, language=lang) if months
          else tr.translate("Cli", "Everything is kept."))
    return EXIT_OK


def cmd_retention_purge(args: argparse.Namespace) -> int:
    n = with_context(args, lambda ctx: purge(ctx.db, args.before) if args.before else purge_expired(ctx.db))
    lang = cli_language(args)
    print(translate("Cli", "Removed conversation-level detail from %n visit(s); every count is kept.", None, n,
                    language=lang))
    return EXIT_OK
