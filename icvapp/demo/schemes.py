"""The whole demo office: the first kind's scheme in the main profile and the animal welfare scheme beside it.

One profile per scheme (see docs/architecture.md): the demo makes both, protected the same way, so the
office can switch between them from the first run. With two cores or more the two are made at once, the
animal welfare scheme in a process of its own (:mod:`icvapp.demo.worker`), so the wait is the longer of
the two; otherwise one after the other, here.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from pathlib import Path

from icvapp.demo.create import DEMO_SCHEME, create_demo
from icvapp.demo.worker import DogUnitJob, DogUnitWorker, fill_dog_unit_profile
from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext, create_profile
from icvapp.profile.profiles import add_profile, forget_profile

log = logging.getLogger(__name__)

#: The dog unit gets a process of its own where the app may run on this many cores. Measured on two cores
#: (bench/demobench.py --compare): with the machine otherwise quiet, as it is when a newcomer first opens the
#: app, two processes took 3.2-4.0 s where one took 4.4-5.5 s; only on a machine already busy with other work
#: does the child's start-up (~1.2 s of CPU) make two slower than one. The load average is not consulted: it
#: trails the last minute (the app's own start-up included), so it would mostly choose the slower way.
CORES_NEEDED = 2
#: Share of the progress bar the main scheme's demo fills (its share of the work); the dog unit's is the rest.
MAIN_SHARE = 0.7


class _Bar:
    """Both demos' progress as one bar, counting to 100 and never going back."""

    def __init__(self, progress) -> None:
        self.progress = progress or (lambda _n, _total: None)
        self.shown = -1

    def show(self, main: float, dogs: float) -> None:
        n = min(100, int(100 * (MAIN_SHARE * main + (1 - MAIN_SHARE) * dogs)))
        if n > self.shown:
            self.shown = n
            self.progress(n, 100)


def create_demo_office(data_dir: Path, method: str, passphrase: str | None = None, *,
                       today: dt.date | None = None, progress=None) -> AppContext:
    """Create the first kind's demo in ``data_dir`` and the dog unit demo as a second profile; hand back the first,
    open. ``progress(done, total)`` counts to 100.

    If either cannot be made, the error is raised as it would be in one process and the dog unit's
    profile is taken off the list and removed.
    """
    today = today or dt.date.today()
    bar = _Bar(progress)
    if cores_here() < CORES_NEEDED:
        return _one_after_the_other(data_dir, method, passphrase, today, bar)
    try:
        worker = DogUnitWorker()  # loads its libraries while the main profile is made
    except OSError:  # no process could be started (too many open, a locked-down system): the slower way
        return _one_after_the_other(data_dir, method, passphrase, today, bar)
    dogs: Path | None = None
    ctx: AppContext | None = None
    try:
        ctx = create_profile(data_dir, method, DEMO_SCHEME, passphrase)
        # Listed here, before the child has its job: profiles.json is only ever written by this process.
        dogs = add_profile(data_dir, "dog_unit")
        worker.give(DogUnitJob(dogs, method, passphrase, today))
        # The child's failure is raised at the main demo's next step, which then stops too.
        create_demo(ctx, today=today, progress=lambda n, total: bar.show(n / total, worker.poll()))
        worker.wait(lambda fraction: bar.show(1.0, fraction))
        if worker.never_started:  # the child could not run here (see worker.DogUnitWorker): the slower way
            log.warning("The demo's dog unit process stopped before it started; making the dog unit here.")
            worker.close()
            discard(data_dir, dogs)
            dogs = None  # create_dog_unit_profile lists its own, and discards it if it fails
            create_dog_unit_profile(data_dir, method, passphrase, today=today,
                                    progress=lambda n, total: bar.show(1.0, n / total))
        bar.show(1.0, 1.0)
    except BaseException:
        worker.stop()
        if dogs is not None:
            discard(data_dir, dogs)
        if ctx is not None:
            ctx.close()
        raise
    finally:
        worker.close()
    return ctx


def cores_here() -> int:
    """How many cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _one_after_the_other(data_dir: Path, method: str, passphrase: str | None, today: dt.date, bar: _Bar) -> AppContext:
    ctx = create_profile(data_dir, method, DEMO_SCHEME, passphrase)
    try:
        create_demo(ctx, today=today, progress=lambda n, total: bar.show(n / total, 0.0))
        create_dog_unit_profile(data_dir, method, passphrase, today=today,
                                progress=lambda n, total: bar.show(1.0, n / total))
        bar.show(1.0, 1.0)
    except BaseException:
        ctx.close()
        raise
    return ctx


def create_dog_unit_profile(data_dir: Path, method: str, passphrase: str | None = None, *,
                            today: dt.date | None = None, progress=None) -> Path:
    """The demo's animal welfare scheme, as a profile of its own beside ``data_dir``'s, made in this process;
    returns its folder. Nothing of it is left listed if it cannot be made."""
    dogs = add_profile(data_dir, "dog_unit")
    try:
        fill_dog_unit_profile(DogUnitJob(dogs, method, passphrase, today or dt.date.today()), progress=progress)
    except BaseException:
        discard(data_dir, dogs)
        raise
    return dogs


def discard(data_dir: Path, folder: Path) -> None:
    """Take a dog unit profile that was not finished off the list, then remove its folder."""
    try:
        forget_profile(data_dir, folder.name)
    except UserFacingError:
        pass  # a damaged list is never written over; the folder goes all the same
    shutil.rmtree(folder, ignore_errors=True)
