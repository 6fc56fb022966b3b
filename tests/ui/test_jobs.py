"""Background jobs: one pool per window, several jobs at once, and nothing touched after their window goes."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from icvapp.errors import StorageFault, UserFacingError
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
    dialog = window.findChild(jobs.QProgressDialog)
    qtbot.waitUntil(lambda: dialog.maximum() == 3)
    [button] = [b for b in dialog.findChildren(jobs.QWidget) if type(b).__name__ == "QPushButton"]
    assert button.text() == "&Stop after this file"
    button.click()
    assert stop.is_set()
    release.set()
    qtbot.waitUntil(lambda: finished == ["stopped"])
