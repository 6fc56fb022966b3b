"""Errors a user can act on.

Each carries a plain-language message for the person at the keyboard. Anything
that is not one of these is a bug and goes to the crash handler instead.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A problem in the environment or the input, explained in plain words."""

    title = "Something needs your attention"

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class WrongPassphrase(UserFacingError):
    title = "Wrong passphrase"


class KeyUnavailable(UserFacingError):
    title = "Key not available"


class DatabaseUnreadable(UserFacingError):
    """Not an icvapp database: plain SQLite, damaged, truncated or another file."""

    title = "The database cannot be opened"


class DatabaseTooNew(UserFacingError):
    title = "Database from a newer icvapp"


class StorageFault(UserFacingError):
    """Disk full, read-only, locked by another program."""

    title = "Could not save"


class InvalidInput(UserFacingError):
    title = "Invalid input"


class NotFound(UserFacingError):
    title = "Not found"
