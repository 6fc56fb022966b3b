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
never cut off halfway (a backup or a key rotation finishes), unless the job
itself offers to stop: then Cancel asks it to, and it stops only where it
leaves nothing behind (:mod:`icvapp.storage.progress`).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from icvapp.errors import UserFacingError
from icvapp.storage.progress import Cancelled
from icvapp.ui.dialogs import show_error
from icvapp.ui.translation import translate


class _Mailbox(QObject):
    """Where jobs post their news, each item tagged with the job's number."""

    progress = Signal(int, int, int)  # job, done, total
    done = Signal(int, object)
    failed = Signal(int, object)
    #: The job stopped because it was asked to, leaving nothing behind.
    cancelled = Signal(int)
    #: After ``done``, ``failed`` or ``cancelled``: the pool lets the job go.
    finished = Signal(int)


class Job(QRunnable):
    """Runs ``fn(*args)`` on a pool thread and posts the outcome to ``mailbox`` as job ``number``."""

    def __init__(self, number: int, mailbox: _Mailbox, fn, *args, with_progress: bool = False,
                 stop: threading.Event | None = None) -> None:
        super().__init__()
        self.number, self.mailbox = number, mailbox
        self.fn, self.args = fn, args
        self.with_progress = with_progress
        #: Given to ``fn`` as ``stop=``: set when the user asks the job to stop.
        self.stop = stop

    def run(self) -> None:
        kwargs: dict = {}
        if self.with_progress:
            kwargs["progress"] = lambda n, total: self.mailbox.progress.emit(self.number, n, total)
        if self.stop is not None:
            kwargs["stop"] = self.stop
        try:
            result = self.fn(*self.args, **kwargs)
        except Cancelled:
            self.mailbox.cancelled.emit(self.number)
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

    def __init__(self, receiver: QObject, number: int, mailbox: _Mailbox, on_done, on_failed, on_progress,
                 on_cancelled=None) -> None:
        super().__init__(receiver)
        self.number = number
        self.on_done, self.on_failed, self.on_progress = on_done, on_failed, on_progress
        self.on_cancelled = on_cancelled
        mailbox.progress.connect(self.progress)
        mailbox.done.connect(self.done)
        mailbox.failed.connect(self.failed)
        mailbox.cancelled.connect(self.cancelled)

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

    @Slot(int)
    def cancelled(self, number: int) -> None:
        if number != self.number:
            return
        self.deleteLater()
        if self.on_cancelled is not None:
            self.on_cancelled()


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
              on_progress: Callable[[int, int], None] | None = None, receiver: QObject | None = None,
              stop: threading.Event | None = None, on_cancelled: Callable[[], None] | None = None) -> Job:
        """Run ``fn(*args)`` on a pool thread and report to ``receiver`` (the pool's window by default).

        With ``on_progress``, ``fn`` is given a ``progress(done, total)`` callback; with
        ``stop``, it is given ``stop=`` and may raise :class:`icvapp.storage.progress.Cancelled`
        once it is set, which calls ``on_cancelled``. A failure with no ``on_failed`` is
        shown plainly if the user can act on it, and re-raised if it is a bug. Nothing is
        reported once the receiver is deleted.
        """
        number = next(self._numbers)
        job = Job(number, self.mailbox, fn, *args, with_progress=on_progress is not None, stop=stop)
        _Relay(receiver if receiver is not None else self.parent(), number, self.mailbox,
               on_done, on_failed, on_progress, on_cancelled)
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


class JobProgress(QProgressDialog):
    """One job's window-modal progress: a bar that fills when the job counts its steps, busy when it
    cannot, and a button to stop it (Escape too) when stopping is safe.

    The bar and the button are set directly, never through ``QProgressDialog.setValue``, which runs
    the event loop from inside a modal dialog and could deliver the job's end (and delete this
    dialog) in the middle of its own update.
    """

    #: The user asked the job to stop (the button, Escape or closing the dialog).
    stop_asked = Signal()

    def __init__(self, parent: QWidget | None, label: str, stop_text: str | None = None,
                 stopping_text: str = "") -> None:
        super().__init__(label, "", 0, 0, parent)
        self.setWindowTitle(translate("Jobs", "Working"))
        self.setAccessibleName(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)  # room for a longer label (Welsh often is) without a cramped bar
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(translate("Jobs", "Progress"))
        self.bar.setAccessibleDescription(label)
        self.setBar(self.bar)
        self.stopping_text = stopping_text
        self._over = False
        self.button: QPushButton | None = None
        if stop_text is None:
            self.setCancelButton(None)
        else:
            self.button = QPushButton(stop_text, self)
            self.button.setAccessibleName(stop_text.replace("&", ""))
            self.button.setAccessibleDescription(label)
            # Drop the default button first: replacing it directly leaves its Escape shortcut behind, and
            # two Escape shortcuts are ambiguous, so Escape did nothing.
            self.setCancelButton(None)
            self.setCancelButton(self.button)
            # Keep the dialog up, saying it is stopping, until the job has really stopped.
            self.canceled.disconnect(self.cancel)
            self.canceled.connect(self._ask_to_stop)
        # The bar must stand at its minimum for the dialog's timer to show it after ``minimumDuration``
        # (a fresh bar stands below it, and the dialog would wait its default four seconds).
        self.bar.setValue(0)
        self.setMinimumDuration(300)

    def advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _ask_to_stop(self) -> None:
        if self.button is None or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        if self.stopping_text:
            self.setLabelText(self.stopping_text)
        self.stop_asked.emit()

    def reject(self) -> None:
        """Escape: stop the job if it can stop; a job that cannot keeps its dialog."""
        if self.button is not None:
            self._ask_to_stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._over:
            event.accept()
            return
        event.ignore()  # the job is still running: closing the dialog asks it to stop, if it can
        self.reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.button is not None:
            self.button.setFocus()

    def finish(self) -> None:
        """The job is over: the dialog goes."""
        self._over = True
        self.close()
        self.deleteLater()


def run_with_progress(parent: QWidget, label: str, fn, *args,
                      on_done: Callable[[object], None], steps: bool = False,
                      on_failed: Callable[[Exception], None] | None = None,
                      stop: threading.Event | None = None, cancellable: bool = False,
                      on_cancelled: Callable[[], None] | None = None) -> Job:
    """Start ``fn`` in ``parent``'s job pool behind a window-modal progress dialog.

    With ``steps``, ``fn`` is given a ``progress(done, total)`` callback and the
    bar fills as it goes; otherwise the bar is busy. With ``cancellable``, the
    dialog offers Cancel (Escape too) and ``fn`` is given ``stop=``, an event it
    polls where stopping leaves nothing behind: it then raises
    :class:`icvapp.storage.progress.Cancelled` and ``on_cancelled`` is called instead of
    ``on_done``. With ``stop`` (an event ``fn`` already holds), the dialog offers
    "Stop after this file", which sets it: ``fn`` returns what it has done. If
    ``parent`` is deleted first, neither the dialog nor the callbacks are touched again.
    """
    if cancellable:
        stop = stop or threading.Event()
        progress = JobProgress(parent, label, translate("Jobs", "&Cancel"), translate("Jobs", "Cancelling…"))
    elif stop is not None:
        progress = JobProgress(parent, label, translate("Jobs", "&Stop after this file"),
                               translate("Jobs", "Stopping after this file…"))
    else:
        progress = JobProgress(parent, label)
    if stop is not None:
        progress.stop_asked.connect(stop.set)

    # The callbacks hold the dialog, never ``parent``: a reference from here to a top-level
    # window kept it alive past its close and had it freed at the wrong moment (a crash).
    def done(result) -> None:
        progress.finish()
        on_done(result)

    def failed(exc) -> None:
        window = progress.parentWidget()
        progress.finish()
        if on_failed is not None:
            on_failed(exc)
        else:
            report_failure(window, exc)

    def cancelled() -> None:
        progress.finish()
        if on_cancelled is not None:
            on_cancelled()

    return job_pool(parent).start(fn, *args, on_done=done, on_failed=failed,
                                  on_progress=progress.advance if steps else None,
                                  receiver=parent, stop=stop if cancellable else None, on_cancelled=cancelled)


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
    progress = JobProgress(parent, label)
    progress.setWindowModality(Qt.WindowModality.NonModal)  # as before: its own event loop keeps it in front
    progress.setMinimumDuration(200)
    mailbox.progress.connect(lambda _n, done, total: progress.advance(done, total))
    threads.start(Job(1, mailbox, fn, *args, with_progress=steps))
    loop.exec()
    progress.finish()
    threads.waitForDone()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
