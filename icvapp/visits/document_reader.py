"""Typed access to an untrusted document (a signed visit record from a file), naming the field that is wrong."""

from __future__ import annotations

import datetime as dt

from icvapp.errors import QT_TRANSLATE_NOOP, InvalidInput


class Reader:
    """Typed access to an untrusted document, naming the field that is wrong."""

    def __init__(self, data, path: str = "") -> None:
        if not isinstance(data, dict):
            raise self.bad(path or "record", QT_TRANSLATE_NOOP("Visits", "is not an object"))
        self.data, self.path = data, path

    @staticmethod
    def bad(path: str, what: str) -> InvalidInput:
        return InvalidInput(QT_TRANSLATE_NOOP("Visits", "The visit record is malformed: '{path}' {what}.")
                            .format(path=path, what=what))

    def _get(self, key: str, types, *, optional: bool = False):
        where = f"{self.path}.{key}" if self.path else key
        if key not in self.data:
            raise self.bad(where, QT_TRANSLATE_NOOP("Visits", "is missing"))
        value = self.data[key]
        if value is None and optional:
            return None
        # bool is an int in Python; a count of True is not a count.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in as_tuple(types)):
            raise self.bad(where, QT_TRANSLATE_NOOP("Visits", "has the wrong type"))
        return value

    def text(self, key: str, *, optional: bool = False, limit: int = 20000) -> str | None:
        value = self._get(key, str, optional=optional)
        if value is not None and len(value) > limit:
            raise self.bad(f"{self.path}.{key}".lstrip("."), QT_TRANSLATE_NOOP("Visits", "is too long"))
        return value

    def integer(self, key: str, *, optional: bool = False) -> int | None:
        return self._get(key, int, optional=optional)

    def flag(self, key: str, *, optional: bool = False) -> bool | None:
        return self._get(key, bool, optional=optional)

    def obj(self, key: str, *, optional: bool = False) -> Reader | None:
        value = self._get(key, dict, optional=optional)
        return None if value is None else Reader(value, f"{self.path}.{key}".lstrip("."))

    def items(self, key: str) -> list:
        return self._get(key, list)

    def when(self, key: str, kind=dt.datetime, *, optional: bool = True):
        value = self.text(key, optional=optional)
        if value is None:
            return None
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise self.bad(f"{self.path}.{key}".lstrip("."),
                           QT_TRANSLATE_NOOP("Visits", "is not a valid date or time")) from None


def as_tuple(types) -> tuple:
    return types if isinstance(types, tuple) else (types,)


def count_value(value, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100000:
        raise Reader.bad(where, QT_TRANSLATE_NOOP("Visits", "is not a count"))
    return value
