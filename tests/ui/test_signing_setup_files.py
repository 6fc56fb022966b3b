"""Files chosen in the signing set-up, or typed in the join dialog, are read with a bound: a device, a
pipe or a huge file picked by mistake is refused at once with a reason, and nothing changes."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from icvapp.trust import enrolment, enrolment_files
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.signing_setup import SigningSetupDialog


@pytest.fixture
def shown_errors(monkeypatch):
    """Every error the dialog shows, instead of a modal box the test would wait on."""
    seen = []
    monkeypatch.setattr("icvapp.ui.signing_setup.show_error", lambda parent, exc: seen.append(exc))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: pytest.fail(f"unexpected success: {a[2]}"))
    return seen


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def join_problem(qtbot, ctx, path) -> str:
    """What the join dialog says when ``path`` is typed as the scheme file and Enter pressed."""
    dialog = JoinSchemeDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.next.click()
    assert dialog.pages.currentIndex() == 0 and enrolment.trust(ctx.db) is None
    return dialog.file_problem.text()


@pytest.mark.timeout(20)
def test_importing_from_an_endless_device_is_refused_at_once(qtbot, ctx, monkeypatch, shown_errors):
    dialog = SigningSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, "/dev/zero")
    dialog._run(dialog.import_certificate)
    [error] = shown_errors
    assert "/dev/zero" in error.message and "not a file icvapp can read" in error.message


@pytest.mark.timeout(20)
def test_joining_from_an_endless_device_is_refused_at_once(qtbot, ctx):
    problem = join_problem(qtbot, ctx, "/dev/zero")
    assert "/dev/zero" in problem and "not a file icvapp can read" in problem


def test_join_in_the_signing_set_up_opens_the_two_page_join_dialog(qtbot, ctx, monkeypatch):
    opened = []
    monkeypatch.setattr(JoinSchemeDialog, "exec", lambda self: opened.append(self.pages.count()) or 0)
    dialog = SigningSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.join_button.click()
    assert opened == [2] and enrolment.trust(ctx.db) is None


@pytest.mark.parametrize("extra, refused", [(-1, False), (0, False), (1, True)])
def test_a_file_over_the_limit_is_refused_before_it_is_read(qtbot, ctx, monkeypatch, shown_errors, tmp_path,
                                                            extra, refused):
    path = tmp_path / "big.icvcert"
    with open(path, "wb") as f:
        f.truncate(enrolment_files.MAX_EXCHANGE_FILE + extra)
    dialog = SigningSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, path)
    dialog._run(dialog.import_certificate)
    [error] = shown_errors
    # At or below the limit the file is read and refused as a certificate file (all zeros); above, by size.
    assert ("can be at most" in error.message) is refused, error.message
    # The join dialog reads a typed scheme file with the same bound.
    assert ("can be at most" in join_problem(qtbot, ctx, path)) is refused


def test_a_pipe_is_refused_without_waiting_for_a_writer(qtbot, ctx, monkeypatch, shown_errors, tmp_path):
    fifo = tmp_path / "scheme.icvscheme"
    os.mkfifo(fifo)
    dialog = SigningSetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    choose(monkeypatch, fifo)
    dialog._run(dialog.import_certificate)
    [error] = shown_errors
    assert "not a file icvapp can read" in error.message
    assert "not a file icvapp can read" in join_problem(qtbot, ctx, fifo)
