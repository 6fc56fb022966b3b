"""Slow core work off the GUI thread, with a progress dialog, so the window never freezes.

Each main window has one :class:`JobPool`: it owns the threads and every job
still running, so several can run at once and a finished one is let go. Jobs
post their news to the pool's mailbox, which lives on the GUI thread as long as
the pool does (the pool waits for its threads before the mailbox goes), so no
worker ever emits on an object that could be deleted under it.

A job reports to a widget (its *receiver*) through a small relay object that is
that widget's child. When the widget goes — its dialog closed and deleted, or
the whole window — the relay goes with it, and Qt drops its connections and any
news already on its way: nothing touches a deleted widget. The work itself is
never cut off halfway (a backup or a key rotation finishes).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from icvapp.errors import UserFacingError
from icvapp.ui.dialogs import show_error
from icvapp.ui.translation import translate


class _Mailbox(QObject):
    """Where jobs post their news, each item tagged with the job's number."""

    progress = Signal(int, int, int)  # job, done, total
    done = Signal(int, object)
    failed = Signal(int, object)
    #: After ``done`` or ``failed``: the pool lets the job go.
    finished = Signal(int)


class Job(QRunnable):
    """Runs ``fn(*args)`` on a pool thread and posts the outcome to ``mailbox`` as job ``number``."""

    def __init__(self, number: int, mailbox: _Mailbox, fn, *args, with_progress: bool = False) -> None:
        super().__init__()
        self.number, self.mailbox = number, mailbox
        self.fn, self.args = fn, args
        self.with_progress = with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args,
                                 progress=lambda n, total: self.mailbox.progress.emit(self.number, n, total))
            else:
                result = self.fn(*self.args)
        except Exception as exc:  # a UserFacingError is shown plainly; anything else is a bug, re-raised
            self.mailbox.failed.emit(self.number, exc)
        else:
            self.mailbox.done.emit(self.number, result)
        finally:
            self.mailbox.finished.emit(self.number)


def report_failure(parent: QWidget | None, exc: Exception) -> None:
    """A problem the user can act on is shown plainly; anything else is a bug and goes on up."""
    if not isinstance(exc, UserFacingError):
        raise exc
    show_error(parent, exc)


class _Relay(QObject):
    """Carries one job's news to its receiver; a child of the receiver, so it dies with it."""

    def __init__(self, receiver: QObject, number: int, mailbox: _Mailbox, on_done, on_failed, on_progress) -> None:
        super().__init__(receiver)
        self.number = number
        self.on_done, self.on_failed, self.on_progress = on_done, on_failed, on_progress
        mailbox.progress.connect(self.progress)
        mailbox.done.connect(self.done)
        mailbox.failed.connect(self.failed)

    @Slot(int, int, int)
    def progress(self, number: int, n: int, total: int) -> None:
        if number == self.number and self.on_progress is not None:
            self.on_progress(n, total)

    @Slot(int, object)
    def done(self, number: int, result) -> None:
        if number != self.number:
            return
        self.deleteLater()
        if self.on_done is not None:
            self.on_done(result)

    @Slot(int, object)
    def failed(self, number: int, exc) -> None:
        if number != self.number:
            return
        self.deleteLater()
        receiver = self.parent()
        if self.on_failed is not None:
            self.on_failed(exc)
        else:
            report_failure(receiver if isinstance(receiver, QWidget) else None, exc)


class JobPool(QObject):
    """One main window's background work: the threads, and every job that is still running."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        # The threads first: children go in the order they came, so deleting the pool waits for
        # every running job before the mailbox they post to is deleted.
        self.threads = QThreadPool(self)
        # At least two at once, so a quick job (the dashboard's figures) need not wait behind a backup.
        self.threads.setMaxThreadCount(max(2, self.threads.maxThreadCount()))
        self.mailbox = _Mailbox(self)
        self.mailbox.finished.connect(self._release)
        #: Every job still running, by number; a job leaves when it has finished.
        self.running: dict[int, Job] = {}
        self._numbers = itertools.count(1)

    def start(self, fn, *args, on_done: Callable[[object], None] | None = None,
              on_failed: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None, receiver: QObject | None = None) -> Job:
        """Run ``fn(*args)`` on a pool thread and report to ``receiver`` (the pool's window by default).

        With ``on_progress``, ``fn`` is given a ``progress(done, total)`` callback. A
        failure with no ``on_failed`` is shown plainly if the user can act on it, and
        re-raised if it is a bug. Nothing is reported once the receiver is deleted.
        """
        number = next(self._numbers)
        job = Job(number, self.mailbox, fn, *args, with_progress=on_progress is not None)
        _Relay(receiver if receiver is not None else self.parent(), number, self.mailbox,
               on_done, on_failed, on_progress)
        self.running[number] = job
        self.threads.start(job)
        return job

    @Slot(int)
    def _release(self, number: int) -> None:
        self.running.pop(number, None)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every running job has finished (or ``msecs`` pass); True if they all did."""
        return self.threads.waitForDone(msecs)


def job_pool(widget: QWidget) -> JobPool:
    """The pool of the main window ``widget`` sits in; a widget shown on its own gets one of its own."""
    node: QObject | None = widget
    while node is not None:
        pool = node.findChild(JobPool, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if pool is not None:
            return pool
        node = node.parent()
    return JobPool(widget.window())


def run_with_progress(parent: QWidget, label: str, fn, *args,
                      on_done: Callable[[object], None], steps: bool = False,
                      on_failed: Callable[[Exception], None] | None = None,
                      stop: threading.Event | None = None) -> Job:
    """Start ``fn`` in ``parent``'s job pool behind a window-modal progress dialog.

    With ``steps``, ``fn`` is given a ``progress(done, total)`` callback and the
    bar fills as it goes; otherwise the bar is busy. With ``stop``, the dialog
    offers Cancel, which sets the event: ``fn`` checks it where stopping is safe
    (between two files) and returns what it has done. If ``parent`` is deleted
    first, neither the dialog nor the callbacks are touched again.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(translate("Jobs", "Working"))
    if stop is None:
        progress.setCancelButton(None)
    else:
        progress.setCancelButtonText(translate("Jobs", "&Stop after this file"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(stop.set)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAccessibleName(label)

    def finish() -> None:
        progress.close()
        progress.deleteLater()

    def advance(n: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(n)

    def done(result) -> None:
        finish()
        on_done(result)

    def failed(exc) -> None:
        finish()
        if on_failed is not None:
            on_failed(exc)
        else:
            report_failure(parent, exc)

    return job_pool(parent).start(fn, *args, on_done=done, on_failed=failed, on_progress=advance if steps else None,
                                  receiver=parent)


def wait_for(parent: QWidget | None, label: str, fn, *args, steps: bool = False):
    """Run ``fn`` off the GUI thread and return its result, keeping the window painted meanwhile.

    For steps the user must wait for anyway (creating the demo scheme): a progress
    dialog shows, the event loop keeps running, and errors are re-raised here. With
    ``steps``, ``fn`` is given a ``progress(done, total)`` callback and the bar fills.
    """
    threads = QThreadPool()
    mailbox = _Mailbox(threads)  # deleted with the threads, after they have finished
    loop = QEventLoop()
    outcome: dict = {}
    mailbox.done.connect(lambda _n, r: (outcome.setdefault("value", r), loop.quit()))
    mailbox.failed.connect(lambda _n, e: (outcome.setdefault("error", e), loop.quit()))
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle(translate("Jobs", "Working"))
    progress.setCancelButton(None)
    progress.setAccessibleName(label)
    progress.setMinimumDuration(200)
    mailbox.progress.connect(lambda _n, done, total: (progress.setMaximum(total), progress.setValue(done)))
    threads.start(Job(1, mailbox, fn, *args, with_progress=steps))
    loop.exec()
    progress.close()
    threads.waitForDone()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
