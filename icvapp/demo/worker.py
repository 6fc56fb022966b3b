"""The demo's animal welfare scheme, made in a process of its own while the main scheme's demo is made in the app's.

The two schemes share nothing but the data folder, and the main scheme's demo keeps one core busy, so the
dog unit is made on the other: the first run's "Explore the demo" waits for the longer of the two, not
their sum (pure-Python PDF and signature code holds the interpreter's lock, so a thread would not help).

The child is started with "spawn", never "fork": the app's process has Qt's threads and an open SQLCipher
connection that a fork would copy. It gets its work, the passphrase with it, over the pipe
``multiprocessing`` opens to it: never on its command line, in its environment or on disk. It fills only
the folder it is given; the list of profiles (``profiles.json``) is written by the app's process alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import pickle
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from icvapp.demo.dog_unit import DOG_SCHEME, create_dog_unit_demo
from icvapp.errors import QT_TRANSLATE_NOOP, UserFacingError
from icvapp.profile.context import create_profile

#: What the child says: a step of its progress, its end, or why it failed.
STEP, DONE, FAILED = "step", "done", "failed"


@dataclass(frozen=True)
class DogUnitJob:
    """What the child makes: the dog unit demo in ``folder``, a profile folder listed by the parent."""

    folder: Path
    method: str
    passphrase: str | None = field(repr=False)
    today: dt.date


def fill_dog_unit_profile(job: DogUnitJob, progress=None) -> None:
    """Create the profile in the job's folder and fill it with the dog unit demo."""
    dogs = create_profile(job.folder, job.method, DOG_SCHEME, job.passphrase, "dog_unit")
    try:
        create_dog_unit_demo(dogs, today=job.today, progress=progress)
    finally:
        dogs.close()


def serve(conn) -> None:
    """The child's whole life: one job from ``conn``; its progress, then its end or its failure, back."""
    try:
        job = conn.recv()
        started = time.monotonic()
        conn.send((STEP, 0.0))  # it has the job: from here on, stopping without a word is a failure
        fill_dog_unit_profile(job, progress=lambda n, total: conn.send((STEP, n / total)))
        conn.send((DONE, (started, time.monotonic())))
    except BaseException as exc:  # noqa: BLE001 (every failure is the parent's to report)
        try:
            conn.send((FAILED, portable(exc)))
        except OSError:
            pass  # the parent has gone: nobody is waiting for the news
    finally:
        conn.close()


def portable(exc: BaseException) -> BaseException:
    """``exc`` as it can cross to the parent: a problem the user can act on as itself (the same message
    the demo gives when made in one process), anything else (a bug) as its traceback."""
    if isinstance(exc, UserFacingError):
        with contextlib.suppress(Exception):  # one that cannot cross goes as its traceback, as a bug's does
            return pickle.loads(pickle.dumps(exc))
    return RuntimeError("The dog unit demo failed in its own process:\n" + "".join(traceback.format_exception(exc)))


class DogUnitWorker:
    """The parent's side: starts the child at once (it loads its libraries while the parent works), hands it
    the job, and gathers its progress (a fraction, 0 to 1) and its outcome."""

    def __init__(self) -> None:
        spawn = multiprocessing.get_context("spawn")
        self._conn, child_end = spawn.Pipe()
        # ``serve`` is looked up here, when the worker starts, so a test can put a failing child in its place.
        self.process = spawn.Process(target=serve, args=(child_end,), name="icvapp-demo-dog-unit", daemon=True)
        self.process.start()
        child_end.close()
        self.fraction = 0.0
        #: (started, finished) on the ``time.monotonic`` clock, once done (the benchmark reads it).
        self.ran: tuple[float, float] | None = None
        #: The child stopped before it took the job (it could not start here): nothing of it to report.
        self.never_started = False
        self._started = False
        self._failure: BaseException | None = None

    def give(self, job: DogUnitJob) -> None:
        try:
            self._conn.send(job)
        except OSError:
            self.never_started = True

    def poll(self) -> float:
        """Take the child's news without waiting; its failure is raised here."""
        while self._open() and self._conn.poll():
            self._take()
        return self._result()

    def wait(self, progress) -> None:
        """Wait for the child to finish, ``progress(fraction)`` at each of its steps; its failure is raised."""
        while self._open():
            self._take()
            progress(self._result())

    def stop(self) -> None:
        """End the child (the demo failed or was abandoned) and wait until it has gone."""
        if self._conn.closed:
            return  # closed: it has gone already
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()

    def close(self) -> None:
        if not self._conn.closed:
            self._conn.close()
            self.process.join()
            self.process.close()

    def _open(self) -> bool:
        return self.ran is None and self._failure is None and not self.never_started

    def _take(self) -> None:
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError):
            if self._started:
                self._failure = lost()
            else:
                self.never_started = True
            return
        self._started = True
        if kind == STEP:
            self.fraction = max(self.fraction, min(1.0, value))
        elif kind == DONE:
            self.fraction, self.ran = 1.0, value
        else:
            self._failure = value

    def _result(self) -> float:
        if self._failure is not None:
            raise self._failure
        return self.fraction


def lost() -> UserFacingError:
    """The child stopped without a word (killed, out of memory)."""
    return UserFacingError(
        QT_TRANSLATE_NOOP("Demo", "The demo's animal welfare scheme could not be made: the process making it "
                                  "stopped unexpectedly."),
        hint=QT_TRANSLATE_NOOP("Demo", "Nothing of that scheme was kept."))
