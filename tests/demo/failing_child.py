"""Children the demo office's tests start in the worker's place; the spawned process imports them by name."""

from __future__ import annotations

import os

from icvapp.demo import worker
from icvapp.errors import StorageFault

DISK_FULL = "The disk is full, so the dog unit's visits could not be saved."


def fails_half_way(conn) -> None:
    """The real child, whose dog unit profile is made and then cannot be filled."""

    def half_way(ctx, **_kwargs) -> None:
        raise StorageFault(DISK_FULL, hint="Free some space and try again.")

    worker.create_dog_unit_demo = half_way
    worker.serve(conn)


def has_a_bug(conn) -> None:
    """The real child, with a bug in the dog unit demo."""

    def broken(ctx, **_kwargs) -> None:
        raise KeyError("kennel")

    worker.create_dog_unit_demo = broken
    worker.serve(conn)


def cannot_start(_conn) -> None:
    """A child that stops before it takes its job, as one that cannot run on this system would."""
    os._exit(3)
