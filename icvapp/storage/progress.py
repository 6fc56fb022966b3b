"""Long jobs in the core: how far they are, and stopping them where stopping is safe.

A job that can take a while (a year's Board report, a backup, the demo) takes
``progress`` — called with ``(done, total)`` after each step — and ``stop``,
which the job polls between steps: a :class:`threading.Event` or any callable
that returns True once the user has asked to stop. A job that stops raises
:class:`Cancelled` and leaves nothing behind; the caller tells the user it was
cancelled, never that it failed. Neither needs Qt, so the command line and the
window drive the same job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancelled(Exception):
    """The user asked the job to stop and it stopped cleanly: nothing half-written was left."""


class _Event(Protocol):
    def is_set(self) -> bool: ...


Stop = _Event | Callable[[], bool] | None
Progress = Callable[[int, int], None] | None


def stop_requested(stop: Stop) -> bool:
    """True once ``stop`` (an event, a callable or None) says the user wants the job to stop."""
    if stop is None:
        return False
    is_set = getattr(stop, "is_set", None)
    return bool(is_set() if is_set is not None else stop())


class Steps:
    """A job of ``total`` steps: :meth:`begin` before each (stops here if asked), :meth:`done` after it."""

    def __init__(self, total: int, progress: Progress = None, stop: Stop = None) -> None:
        self.total, self.count = total, 0
        self.progress, self.stop = progress, stop

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user has asked to stop; call it only where stopping leaves nothing."""
        if stop_requested(self.stop):
            raise Cancelled

    def begin(self) -> None:
        self.check()

    def done(self) -> None:
        self.count = min(self.total, self.count + 1)
        if self.progress is not None:
            self.progress(self.count, self.total)
