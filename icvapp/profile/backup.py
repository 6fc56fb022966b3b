"""Encrypted backups: one file to keep off the laptop, restored anywhere with the recovery key.

A backup (``.icvbackup``) is a zip of the encrypted database (a consistent
copy taken with ``VACUUM INTO``, still under the profile's key), the key
description (sealed material only) and a manifest. Nothing in it is readable
without the passphrase, the keychain or the recovery key.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput, StorageFault
from icvapp.i18n.formats import Moment
from icvapp.profile.context import AppContext, open_profile, profile_exists
from icvapp.profile.language import WINDOW_STATE
from icvapp.profile.profiles import REGISTRY, SCHEMES
from icvapp.profile.security import recover_profile
from icvapp.storage import audit
from icvapp.storage.atomic import write_atomic
from icvapp.storage.database import DB_NAME, SCHEMA_VERSION, known_error
from icvapp.storage.files import parse_json
from icvapp.storage.keys import KEYINFO
from icvapp.storage.model import AuditEvent, Visit

FORMAT = "icvapp-backup/1"
SUFFIX = ".icvbackup"
MANIFEST = "manifest.json"
# How a moment reads inside a message in a language other than English (CLDR).
AT_TIME = "d MMM y 'am' HH:mm"


@dataclass(frozen=True)
class BackupInfo:
    created_at: dt.datetime
    profile_id: str
    schema: int
    visits: int
    last_change: dt.datetime | None


def make_backup(ctx: AppContext, out: Path) -> BackupInfo:
    """Write a backup of the whole profile to ``out`` (atomically)."""
    import sqlcipher3.dbapi2 as sqlcipher

    copy = ctx.data_dir / f".backup-{os.getpid()}.db"
    copy.unlink(missing_ok=True)
    with ctx.db.session() as s:
        visits = s.scalar(select(func.count(Visit.id))) or 0
        last = s.scalar(select(func.max(AuditEvent.at)))
        audit.append(s, audit.BACKUP_MADE, actor=ctx.db.actor, detail={"visits": visits})
        log = audit.head(s)  # the backup's own entry included
    try:
        with ctx.db.engine.connect() as conn:
            try:
                conn.connection.driver_connection.execute("VACUUM INTO ?", (str(copy),))
            except sqlcipher.Error as exc:
                raise known_error(exc, ctx.db.path) from None
        info = BackupInfo(dt.datetime.now(dt.UTC).replace(microsecond=0), ctx.keyinfo.profile_id, SCHEMA_VERSION,
                          visits, last)
        manifest = {"format": FORMAT, "created_at": info.created_at.isoformat(), "profile_id": info.profile_id,
                    "schema": info.schema, "visits": visits, "last_change": last.isoformat() if last else None,
                    "audit_head": log.as_dict()}
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:  # encrypted data does not compress
            z.writestr(MANIFEST, json.dumps(manifest, indent=2))
            z.writestr(KEYINFO, (ctx.data_dir / KEYINFO).read_bytes())
            z.write(copy, DB_NAME)
        write_atomic(Path(out), buf.getvalue())
    finally:
        copy.unlink(missing_ok=True)
    return info


def read_backup(path: Path) -> tuple[BackupInfo, zipfile.ZipFile]:
    try:
        z = zipfile.ZipFile(path)
        manifest = parse_json(z.read(MANIFEST))
        names = set(z.namelist())
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        raise InvalidInput(QT_TRANSLATE_NOOP("Backup", "{name} is not an icvapp backup, or it is damaged.")
                           .format(name=Path(path).name)) from None
    if manifest.get("format") != FORMAT or not {KEYINFO, DB_NAME} <= names:
        z.close()
        raise InvalidInput(QT_TRANSLATE_NOOP("Backup", "{name} is not an icvapp backup.")
                           .format(name=Path(path).name))
    last = manifest.get("last_change")
    return BackupInfo(dt.datetime.fromisoformat(manifest["created_at"]), manifest["profile_id"],
                      int(manifest["schema"]), int(manifest["visits"]),
                      dt.datetime.fromisoformat(last) if last else None), z


def restore_backup(path: Path, data_dir: Path, recovery_text: str, method: str, passphrase: str | None = None, *,
                   replace: bool = False, overwrite_newer: bool = False) -> AppContext:
    """Restore a backup into ``data_dir`` with its recovery key, protected afresh on this computer.

    A profile already in ``data_dir`` is only replaced when asked, never if it
    changed after the backup was made unless asked again, and never deleted:
    it is moved aside to ``<folder>.replaced-<time>``.
    """

    info, z = read_backup(path)
    data_dir = Path(data_dir)
    aside = None
    with z:
        if profile_exists(data_dir):
            if not replace:
                raise InvalidInput(QT_TRANSLATE_NOOP("Backup", "{data_dir} already holds a profile; the backup was "
                                                               "not restored over it.").format(data_dir=data_dir),
                                   hint=QT_TRANSLATE_NOOP("Backup", "Restore into an empty folder, or choose to "
                                                                    "replace the profile."))
            changed = dt.datetime.fromtimestamp((data_dir / DB_NAME).stat().st_mtime, dt.UTC)
            if changed > info.created_at + dt.timedelta(seconds=5) and not overwrite_newer:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Backup", "The profile in {data_dir} changed on {changed} UTC, after this "
                                                "backup was made ({created_at} UTC). Restoring would lose those "
                                                "changes.")
                    .format(data_dir=data_dir, changed=Moment(changed, "%d %b %Y at %H:%M", AT_TIME),
                            created_at=Moment(info.created_at, "%d %b %Y at %H:%M", AT_TIME)),
                    hint=QT_TRANSLATE_NOOP("Backup", "Make a backup of the newer profile first, or choose to "
                                                     "overwrite newer data."))
        staging = data_dir.with_name(f".{data_dir.name}.restoring")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True, mode=0o700)
        try:
            for name in (DB_NAME, KEYINFO):
                target = staging / name
                target.write_bytes(z.read(name))
                os.chmod(target, 0o600)
            recover_profile(staging, recovery_text, method, passphrase).close()  # proves the key fits
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    try:
        if profile_exists(data_dir):
            aside = data_dir.with_name(f"{data_dir.name}.replaced-{dt.datetime.now():%Y%m%d-%H%M%S}")
            os.replace(data_dir, aside)
        elif data_dir.exists():
            data_dir.rmdir()
        os.replace(staging, data_dir)
        if aside is not None:
            # The main profile's folder also holds the other schemes' profiles and the window's settings:
            # only the main profile is replaced, the other schemes stay where they are.
            for name in (SCHEMES, REGISTRY, WINDOW_STATE):
                if (aside / name).exists():
                    os.replace(aside / name, data_dir / name)
    except OSError as exc:
        raise StorageFault(QT_TRANSLATE_NOOP("Backup", "The backup could not be put in place ({reason}).")
                           .format(reason=exc.strerror),
                           hint=QT_TRANSLATE_NOOP("Backup", "Nothing was lost; the restored copy is in {staging}.")
                                .format(staging=staging)) from None

    ctx = open_profile(data_dir, passphrase)
    with ctx.db.session() as s:
        audit.append(s, audit.RESTORED, actor=ctx.db.actor,
                     detail={"backup made": info.created_at.isoformat(), "previous profile kept": str(aside or "")})
    return ctx
