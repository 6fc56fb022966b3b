"""Atomic file writes: a reader sees the old file or the new one, never half."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, StorageFault
from icvapp.storage.files import kind_of


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Permissions are set before any byte is written, the data is fsynced, then
    the temporary file replaces the target. On failure nothing is left behind.
    Only an ordinary file (or a new name) is written: a device, pipe or folder
    at ``path`` is refused, never replaced by a file.
    """
    path = Path(path)
    refuse_special(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise storage_fault(exc, path) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise storage_fault(exc, path) from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def refuse_special(path: Path) -> None:
    """Refuse a target that exists and is not an ordinary file (``/dev/full``, a pipe, a folder)."""
    try:
        mode = os.stat(path).st_mode  # follows a link: a link to a file is fine, a link to a device is not
    except OSError:
        return  # nothing there (or not reachable): creating the file reports any real problem
    if stat.S_ISDIR(mode):
        raise StorageFault(QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file name.").format(path=path),
                           hint=QT_TRANSLATE_NOOP("Files", "Choose a file name."))
    if not stat.S_ISREG(mode):
        raise StorageFault(QT_TRANSLATE_NOOP("Files", "{path} is {kind}, not an ordinary file, so icvapp will not "
                                                      "write to it.").format(path=path, kind=kind_of(mode)),
                           hint=QT_TRANSLATE_NOOP("Files", "Choose a file name in a folder on disk."))


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def storage_fault(exc: OSError, path: Path) -> StorageFault:
    """Translate an OS error into a message a volunteer can act on."""
    if exc.errno == errno.ENOSPC:
        return StorageFault(QT_TRANSLATE_NOOP("Files", "The disk is full; {name} was not written.")
                            .format(name=path.name),
                            hint=QT_TRANSLATE_NOOP("Files", "Free some space and try again. Nothing already saved "
                                                            "was lost."))
    if exc.errno == errno.ENOENT:
        return StorageFault(QT_TRANSLATE_NOOP("Files", "The folder {parent} does not exist; {name} was not written.")
                            .format(parent=path.parent, name=path.name),
                            hint=QT_TRANSLATE_NOOP("Files", "Choose an existing folder."))
    if exc.errno == errno.EISDIR:
        return StorageFault(QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file name.").format(path=path),
                           hint=QT_TRANSLATE_NOOP("Files", "Choose a file name."))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageFault(QT_TRANSLATE_NOOP("Files", "icvapp may not write to {parent}.")
                            .format(parent=path.parent),
                            hint=QT_TRANSLATE_NOOP("Files", "Choose another folder or check its permissions."))
    return StorageFault(QT_TRANSLATE_NOOP("Files", "Could not write {name}: {reason}.")
                        .format(name=path.name, reason=exc.strerror or exc))
