"""Slow core work off the GUI thread, with a progress dialog, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from icvapp.errors import UserFacingError
from icvapp.ui.dialogs import show_error


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Job(QRunnable):
    """Runs ``fn(*args)`` on a pool thread; ``done``/``failed`` arrive on the GUI thread."""

    def __init__(self, fn, *args, with_progress: bool = False) -> None:
        super().__init__()
        self.fn, self.args = fn, args
        self.signals = _Signals()
        self.with_progress = with_progress

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.fn(*self.args, progress=lambda n, total: self.signals.progress.emit(n, total))
            else:
                result = self.fn(*self.args)
        except Exception as exc:  # a UserFacingError is shown plainly; anything else is a bug, re-raised
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_with_progress(parent: QWidget, pool: QThreadPool, label: str, fn, *args,
                      on_done: Callable[[object], None], steps: bool = False,
                      on_failed: Callable[[Exception], None] | None = None) -> Job:
    """Start ``fn`` on ``pool`` behind a window-modal progress dialog.

    With ``steps``, ``fn`` is given a ``progress(done, total)`` callback and the
    bar fills as it goes; otherwise the bar is busy.
    """
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle("Working")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAccessibleName(label)
    job = Job(fn, *args, with_progress=steps)

    def advance(n: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(n)

    def done(result) -> None:
        progress.close()
        on_done(result)

    def failed(exc) -> None:
        progress.close()
        if on_failed is not None:
            on_failed(exc)
        elif isinstance(exc, UserFacingError):
            show_error(parent, exc)
        else:
            raise exc

    job.signals.progress.connect(advance)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    parent._current_job = job  # keep the Python wrapper (and its signals) alive until it finishes
    pool.start(job)
    return job


def wait_for(parent: QWidget | None, label: str, fn, *args):
    """Run ``fn`` off the GUI thread and return its result, keeping the window painted meanwhile.

    For steps the user must wait for anyway (creating the demo scheme): a busy
    dialog shows, the event loop keeps running, and errors are re-raised here.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}
    job = Job(fn, *args)
    job.signals.done.connect(lambda r: (outcome.setdefault("value", r), loop.quit()))
    job.signals.failed.connect(lambda e: (outcome.setdefault("error", e), loop.quit()))
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setWindowTitle("Working")
    progress.setCancelButton(None)
    progress.setAccessibleName(label)
    progress.setMinimumDuration(200)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    progress.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
