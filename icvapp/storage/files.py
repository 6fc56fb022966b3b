"""Reading what someone else made: bounded file reads and bounded JSON.

Every file a user hands icvapp (a report to verify, a submission, a history
spreadsheet, a scheme or certificate file) is read through :func:`read_bounded`:
it refuses a device, pipe or folder before reading a byte and never reads more
than the limit plus one byte, so ``/dev/zero`` or a 10 GB file costs nothing.
Every JSON document from outside is parsed through :func:`parse_json`, which
refuses absurd nesting before the parser can recurse into it.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from itertools import accumulate
from operator import sub
from pathlib import Path

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput

# Deeper than any document icvapp writes (a submission nests 7 levels) by a wide margin,
# and far below the depth at which Python's parser runs out of stack.
MAX_JSON_DEPTH = 64

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISFIFO, "a pipe"), (stat.S_ISSOCK, "a socket"))


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((words for test, words in _KINDS if test(mode)), "not an ordinary file")


def size_text(n: int, *, up: bool = False) -> str:
    """``n`` bytes in MB from 1 MB, else in KB; ``up`` rounds up, so a file one byte over a limit of whole
    units never reads as the limit itself ("65 KB; … at most 64 KB", not "64 KB; … at most 64 KB")."""
    unit, name = (2**20, "MB") if n >= 2**20 else (2**10, "KB")
    return f"{max(1, -(-n // unit) if up else n // unit)} {name}"


def read_bounded(path: str | Path, limit: int, what: str, *, hint: str = "") -> bytes:
    """The bytes of ``path``, which must be an ordinary file of at most ``limit`` bytes.

    ``what`` names the kind of file in messages ("a history file"); ``hint``
    says what to do with one that is too large. Raises :class:`InvalidInput`.
    """
    path = Path(path)
    try:
        # O_NONBLOCK: opening a pipe must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(QT_TRANSLATE_NOOP("Files", "{path} is {kind}, not a file icvapp can read.")
                               .format(path=path, kind=kind_of(info.st_mode)),
                               hint=QT_TRANSLATE_NOOP("Files", "Choose {what} saved on disk.").format(what=what))
        too_big = InvalidInput(QT_TRANSLATE_NOOP("Files", "{name} is {size}; {what} can be at most {limit}.")
                               .format(name=path.name, size=size_text(max(info.st_size, limit + 1), up=True), what=what,
                                       limit=size_text(limit)), hint=hint)
        if info.st_size > limit:
            raise too_big
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew while being read, or its size was not what it said
        raise too_big
    return data


def _unreadable(path: Path, exc: OSError) -> InvalidInput:
    if exc.errno == errno.EISDIR:
        return InvalidInput(QT_TRANSLATE_NOOP("Files", "{path} is a folder, not a file icvapp can read.")
                            .format(path=path))
    return InvalidInput(QT_TRANSLATE_NOOP("Files", "{name} could not be read ({reason}).")
                        .format(name=path.name, reason=exc.strerror or exc),
                        hint=QT_TRANSLATE_NOOP("Files", "Check the file name and that the file is not open in "
                                                        "another program."))


# --------------------------------------------------------------------------- JSON

# Escapes first (so no quote is left inside a string), then whole strings: both passes are linear.
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_NOT_BRACKETS = bytes(sorted(set(range(256)) - set(b"[]{}")))
_OPENERS = bytes.maketrans(b"[{]}", b"\x01\x01\x00\x00")
_CLOSERS = bytes.maketrans(b"[{]}", b"\x00\x00\x01\x01")


def json_depth(data: bytes) -> int:
    """How deeply arrays and objects nest in ``data``, counted without parsing it."""
    brackets = _STRING.sub(b"", _ESCAPE.sub(b"", data)).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    # The running depth is openers so far minus closers so far; every step runs in C.
    return max(map(sub, accumulate(brackets.translate(_OPENERS)), accumulate(brackets.translate(_CLOSERS))))


def parse_json(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH):
    """``json.loads`` for input from outside: refuses nesting deeper than ``max_depth`` first.

    Raises ``ValueError`` (as ``json.loads`` does for any other damage), so a
    caller's existing ``except ValueError`` already covers it.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if json_depth(raw) > max_depth:
        raise ValueError(f"JSON nested more than {max_depth} levels deep")
    return json.loads(raw.decode("utf-8"))
