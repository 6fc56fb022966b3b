"""Errors a user can act on, and the words they are explained in.

Each error carries a plain-language message for the person at the keyboard. Anything
that is not one of these is a bug and goes to the crash handler instead.

The core does not know who reads an error, so it cannot translate it when raising
it. It marks the words instead — ``QT_TRANSLATE_NOOP("Context", "Text with {name}")
.format(name=value)`` — and the result is a :class:`Translatable`: a ``str`` that is
the English text, as every log, test and ``str(exc)`` sees it, and that remembers its
context, source and values so the window or the command line can render it in its
reader's language (``exc.message_in(tr)`` with ``tr = icvapp.i18n.translator("cy")``).
This module sits below :mod:`icvapp.i18n`, so it translates through whatever
translator it is handed (anything with ``translate(context, source, disambiguation, n)``,
like :class:`icvapp.i18n.Translator` or ``QCoreApplication``) and imports none.
"""

from __future__ import annotations

from typing import Any, Protocol


class Translates(Protocol):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class Translatable(str):
    """English text that can be rendered again in another language.

    Make one with :func:`QT_TRANSLATE_NOOP` (and ``.format(name=value)`` for its
    placeholders) or, for a count, with ``later.translate(...)``; ``pyside6-lupdate``
    finds both, so the source reaches the catalogues.
    """

    context: str
    source: str
    n: int | None
    values: dict[str, Any]
    disambiguation: str | None

    @classmethod
    def make(cls, context: str, source: str, n: int | None = None, values: dict[str, Any] | None = None,
             disambiguation: str | None = None) -> Translatable:
        values = dict(values or {})
        made = super().__new__(cls, _render(source, n, values, None, context, disambiguation))
        made.context, made.source, made.n, made.values = context, source, n, values
        made.disambiguation = disambiguation
        return made

    def __reduce__(self):
        return Translatable.make, (self.context, self.source, self.n, self.values, self.disambiguation)

    def format(self, *args: Any, **values: Any) -> str:
        """The text with its ``{placeholders}`` filled, still translatable (named placeholders only)."""
        if args:
            return str(self).format(*args, **values)
        return Translatable.make(self.context, self.source, self.n, {**self.values, **values}, self.disambiguation)

    def in_language(self, tr: Translates | None) -> str:
        """The text rendered by ``tr`` (English when ``tr`` is None)."""
        return _render(self.source, self.n, self.values, tr, self.context, self.disambiguation)


def _render(source: str, n: int | None, values: dict[str, Any], tr: Translates | None, context: str,
            disambiguation: str | None) -> str:
    if tr is None:
        text = source if n is None else source.replace("%n", f"{n:,}").replace("(s)", "" if n == 1 else "s")
    else:
        text = tr.translate(context, source, disambiguation, -1 if n is None else n)
    if not values:
        return text
    return text.format(**{k: in_language(v, tr) for k, v in values.items()})


def in_language(text: Any, tr: Translates | None) -> Any:
    """``text`` rendered by ``tr`` when it can be (a :class:`Translatable`, or a value such as a date that
    knows how each language writes it: anything with ``in_language(tr)``); anything else as it is."""
    render = getattr(text, "in_language", None)
    return render(tr) if callable(render) and not isinstance(text, type) else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> Translatable:
    """Mark ``source`` for translation in ``context``; it is translated when its reader is known."""
    return Translatable.make(context, source)


def joined(*parts: str, sep: str = " ") -> str:
    """``parts`` joined by ``sep``; translatable when any part is (each part is rendered in its reader's language)."""
    if not any(isinstance(part, Translatable) for part in parts):
        return sep.join(parts)
    names = [f"part{i}" for i in range(len(parts))]
    source = sep.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Translatable.make("", source, None, dict(zip(names, parts, strict=True)))


class _Later:
    """``later.translate("Context", "%n file(s) in {folder}", None, count, folder=folder)``: a count's text.

    ``pyside6-lupdate`` marks the call as a plural (numerus) only when an argument follows the
    count and the count and what follows are plain names, so pass the placeholders by keyword
    from plain names (``count=count`` when there are none).
    """

    @staticmethod
    def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1, /,
                  **values: Any) -> Translatable:
        return Translatable.make(context, source, None if n < 0 else n, values, disambiguation)


later = _Later()


class UserFacingError(Exception):
    """A problem in the environment or the input, explained in plain words.

    ``message``, ``hint``, ``title`` and ``str(exc)`` are English; ``message_in(tr)``,
    ``hint_in(tr)``, ``title_in(tr)`` and ``text_in(tr)`` are the same in ``tr``'s language.
    """

    title = QT_TRANSLATE_NOOP("Errors", "Something needs your attention")

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    @property
    def text(self) -> str:
        """Message and hint together: ``str(exc)``, still translatable."""
        return joined(self.message, self.hint) if self.hint else self.message

    def message_in(self, tr: Translates | None) -> str:
        return in_language(self.message, tr)

    def hint_in(self, tr: Translates | None) -> str:
        return in_language(self.hint, tr)

    def title_in(self, tr: Translates | None) -> str:
        return in_language(self.title, tr)

    def text_in(self, tr: Translates | None) -> str:
        """Message and hint together, as ``str(exc)`` is in English."""
        return in_language(self.text, tr)


class WrongPassphrase(UserFacingError):
    title = QT_TRANSLATE_NOOP("Errors", "Wrong passphrase")


class KeyUnavailable(UserFacingError):
    title = QT_TRANSLATE_NOOP("Errors", "Key not available")


class DatabaseUnreadable(UserFacingError):
    """Not an icvapp database: plain SQLite, damaged, truncated or another file."""

    title = QT_TRANSLATE_NOOP("Errors", "The database cannot be opened")


class DatabaseTooNew(UserFacingError):
    title = QT_TRANSLATE_NOOP("Errors", "Database from a newer icvapp")


class StorageFault(UserFacingError):
    """Disk full, read-only, locked by another program."""

    title = QT_TRANSLATE_NOOP("Errors", "Could not save")


class InvalidInput(UserFacingError):
    title = QT_TRANSLATE_NOOP("Errors", "Invalid input")


class NotFound(UserFacingError):
    title = QT_TRANSLATE_NOOP("Errors", "Not found")
