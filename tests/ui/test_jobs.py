"""Background jobs: one pool per window, several jobs at once, and nothing touched after their window goes."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from icvapp.errors import StorageFault, UserFacingError
from icvapp.storage.progress import Cancelled
from icvapp.ui import jobs
from icvapp.ui.jobs import JobPool, job_pool, run_with_progress

#: How long a worker waits for the test before giving up; reached only when something is broken.
WAIT = 10


def deliver_everything() -> None:
    """Run every queued delivery from the job threads now."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def test_two_jobs_run_at_once_and_each_is_let_go_when_it_finishes(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    pool = JobPool(window)
    together = threading.Barrier(2, timeout=WAIT)  # opens only while both jobs are running
    results = []
    for name in ("backup", "figures"):
        pool.start(lambda name=name: (together.wait(), name)[1], on_done=results.append)
    assert len(pool.running) == 2
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT * 1000)
    assert sorted(results) == ["backup", "figures"]
    qtbot.waitUntil(lambda: not pool.running)


def test_closing_the_window_while_its_job_runs_touches_nothing_afterwards(qtbot):
    window = QMainWindow()
    window.jobs = JobPool(window)
    window.show()
    started, window_gone = threading.Event(), threading.Event()
    heard = []

    def write_backup(progress):
        started.set()
        window_gone.wait(WAIT)
        progress(1, 2)  # the progress dialog has gone by now
        return "written"

    window.destroyed.connect(window_gone.set)
    run_with_progress(window, "Writing the encrypted backup…", write_backup, steps=True,
                      on_done=lambda result: heard.append((result, window.windowTitle())), on_failed=heard.append)
    assert started.wait(WAIT)
    window.close()
    shiboken6.delete(window)  # with its progress dialog, while the backup is still being written
    deliver_everything()  # the backup finished while the window was deleted (it is never cut off)
    assert heard == []


def test_a_dialog_deleted_while_its_job_runs_hears_nothing_and_the_window_carries_on(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    pool = JobPool(window)
    dialog = QDialog(window)
    release = threading.Event()
    heard = []
    run_with_progress(dialog, "Signing and sealing the report…", lambda: release.wait(WAIT) and "sealed",
                      on_done=lambda result: heard.append((result, dialog.result())), on_failed=heard.append)
    assert job_pool(dialog) is pool and len(pool.running) == 1
    shiboken6.delete(dialog)
    release.set()
    qtbot.waitUntil(lambda: not pool.running)  # the job is let go when it finishes...
    deliver_everything()
    assert heard == []  # ...and its news went nowhere
    done = []
    run_with_progress(window, "Writing the visit report…", lambda: "report.pdf", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["report.pdf"])


def test_problems_are_shown_plainly_and_bugs_are_raised(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    JobPool(window)
    shown: list[UserFacingError] = []
    monkeypatch.setattr(jobs, "show_error", lambda parent, exc: shown.append(exc))

    def disk_full():
        raise StorageFault("The disk is full.", hint="Free some space and try again.")

    run_with_progress(window, "Writing the encrypted backup…", disk_full, on_done=pytest.fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], StorageFault)

    def bug():
        raise KeyError("a bug")

    with qtbot.captureExceptions() as raised:
        run_with_progress(window, "Writing the encrypted backup…", bug, on_done=pytest.fail)
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], KeyError) and len(shown) == 1


def test_stopping_an_import_keeps_the_files_done_and_checks_no_more(qtbot, signed_ctx, tmp_path, monkeypatch):
    """Stop is safe between files: each file is whole or not at all, and the ones not reached are named."""
    from icvapp.ui import report_actions  # deferred: only this test needs the import's pieces

    done, stop = [], threading.Event()

    def one_file(ctx, paths):
        done.append(paths[0])
        if len(done) == 2:
            stop.set()  # the volunteer presses Stop while the second file is being checked
        return [report_actions_result(paths[0])]

    monkeypatch.setattr(report_actions, "import_files", one_file)
    paths = [tmp_path / f"visit-{n}.icvsub" for n in range(5)]
    seen = []
    results = report_actions.import_until_stopped(signed_ctx, paths, stop, lambda n, total: seen.append((n, total)))
    assert done == paths[:2] and len(results) == 2 and seen == [(1, 5), (2, 5)]
    dialog = report_actions.ResultsDialog(results, None, total=5)
    qtbot.addWidget(dialog)
    assert "3 files not checked" in dialog.text.toPlainText()


def report_actions_result(path):
    # deferred: the result type of an import
    from icvapp.sealing.submission import ImportResult

    return ImportResult(path, True, "imported")


def test_a_job_that_can_stop_offers_stop_and_is_told(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    stop, release = threading.Event(), threading.Event()
    finished = []

    def work(progress):
        progress(1, 3)
        release.wait(5)
        return "stopped" if stop.is_set() else "all done"

    run_with_progress(window, "Importing…", work, on_done=finished.append, steps=True, stop=stop)
    dialog = window.findChild(jobs.JobProgress)
    qtbot.waitUntil(lambda: dialog.maximum() == 3)
    assert dialog.button.text() == "&Stop after this file"
    dialog.button.click()
    assert stop.is_set() and dialog.labelText() == "Stopping after this file…"
    release.set()
    qtbot.waitUntil(lambda: finished == ["stopped"])


def test_a_plain_top_level_widget_can_host_jobs_and_goes_as_soon_as_it_is_dropped(qtbot):
    """Regression: with plain QWidgets (not a QMainWindow) as parents, the process crashed at the end of
    this test in 6 runs out of 6 ("shared QObject was deleted directly", then heap corruption). The job's
    callbacks held the widget, and Qt held the callbacks: a cycle only the garbage collector could
    break, at any moment and on any thread, deleting a widget away from the GUI thread."""
    results, widgets = [], []
    for n in range(8):
        widget = QWidget()
        qtbot.addWidget(widget)
        widget.show()
        widgets.append(widget)
        run_with_progress(widget, "Writing the encrypted backup…", lambda n=n: n, on_done=results.append)
    qtbot.waitUntil(lambda: sorted(results) == list(range(8)))
    gone = [weakref.ref(w) for w in widgets]
    gc.disable()  # the point: freed at once, on this thread, not whenever the collector runs
    try:
        del widget
        widgets.clear()
        assert [ref() for ref in gone] == [None] * 8
    finally:
        gc.enable()


class Gate:
    """A job's steps, held at a chosen step until the test lets it go on."""

    def __init__(self, total: int, hold_at: int) -> None:
        self.total, self.hold_at = total, hold_at
        self.reached, self.release = threading.Event(), threading.Event()
        self.steps_done = 0

    def job(self, *, progress, stop):
        for n in range(1, self.total + 1):
            if stop.is_set():
                raise Cancelled
            self.steps_done = n
            progress(n, self.total)
            if n == self.hold_at:
                self.reached.set()
                self.release.wait(WAIT)
        return "written"


def progress_dialog(window) -> jobs.JobProgress:
    dialog = window.findChild(jobs.JobProgress)
    assert dialog is not None
    return dialog


def test_a_cancellable_job_counts_its_steps_and_escape_cancels_it(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    gate, heard = Gate(total=5, hold_at=2), []
    run_with_progress(window, "Writing the Board report…", gate.job, steps=True, cancellable=True,
                      on_done=lambda r: heard.append(("done", r)), on_cancelled=lambda: heard.append("cancelled"),
                      on_failed=heard.append)
    assert gate.reached.wait(WAIT)
    dialog = progress_dialog(window)
    qtbot.waitUntil(lambda: (dialog.bar.value(), dialog.bar.maximum()) == (2, 5))  # determinate, not busy
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.button.accessibleName() == "Cancel" and dialog.focusWidget() is dialog.button
    assert dialog.bar.accessibleName() == "Progress"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.button.isEnabled()  # stays up, saying so, until the job stops
    assert dialog.labelText() == "Cancelling…"
    gate.release.set()
    qtbot.waitUntil(lambda: heard == ["cancelled"])
    assert gate.steps_done == 2  # stopped before the third step
    qtbot.waitUntil(lambda: window.findChild(jobs.JobProgress) is None)


def test_cancel_pressed_after_the_last_step_still_finishes_the_job(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    gate, heard = Gate(total=3, hold_at=3), []
    run_with_progress(window, "Writing the Board report…", gate.job, steps=True, cancellable=True,
                      on_done=lambda r: heard.append(("done", r)), on_cancelled=lambda: heard.append("cancelled"))
    assert gate.reached.wait(WAIT)
    progress_dialog(window).button.click()  # too late: the last step is under way and finishes whole
    gate.release.set()
    qtbot.waitUntil(lambda: heard == [("done", "written")])


def test_a_cancellable_job_that_fails_still_reports_its_error(qtbot, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(jobs, "show_error", lambda parent, exc: shown.append((parent, exc)))

    def disk_full(*, progress, stop):
        progress(1, 3)
        raise StorageFault("The disk is full; board.pdf was not written.", hint="Free some space and try again.")

    run_with_progress(window, "Writing the Board report…", disk_full, steps=True, cancellable=True,
                      on_done=pytest.fail, on_cancelled=pytest.fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] is window and isinstance(shown[0][1], StorageFault)


def test_escape_does_not_hide_a_job_that_cannot_stop(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    release, finished = threading.Event(), []
    run_with_progress(window, "Re-encrypting the database under a new key…", lambda: release.wait(WAIT) and "done",
                      on_done=finished.append)
    dialog = progress_dialog(window)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.button is None
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: finished == ["done"])
