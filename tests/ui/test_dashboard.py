"""The dashboard: the period's figures and charts, computed off the GUI thread, exportable."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from icvapp.metrics import summary
from icvapp.reports.figures import read_csv, rows
from icvapp.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.ui.test_desk import clashing_mnemonics, unnamed_controls


@pytest.fixture
def dashboard(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    board = window.dashboard
    board.today = DEMO_TODAY
    window.show_page(board)
    qtbot.waitUntil(lambda: board.summary is not None, timeout=20000)
    return window, board


def test_it_shows_the_metrics_for_the_chosen_quarter(qtbot, dashboard):
    window, board = dashboard
    figures = summary(window.ctx.db, window.ctx.config, board.selected_period(), today=DEMO_TODAY)
    assert f"<b>{figures.completed}</b> visits" in board.headline.text()
    assert set(board.charts) == {"coverage", "funnel", "requests", "days", "hours"}
    assert "In custody: " in board.charts["funnel"].accessibleDescription()
    assert board.weeks.rows and "weeks visited" in board.weeks.accessibleDescription()
    board.period.setCurrentIndex(1)  # the quarter before
    qtbot.waitUntil(lambda: board.summary.period == board.selected_period(), timeout=20000)
    assert board.summary.period.label in board.headline.text()


def test_custom_dates(qtbot, dashboard):
    from PySide6.QtCore import QDate

    _, board = dashboard
    board.period.setCurrentIndex(board.period.count() - 1)
    assert board.start.isVisible() and board.apply.isVisible()
    board.start.setDate(QDate(2026, 1, 1))
    board.end.setDate(QDate(2026, 3, 31))
    board.apply.click()
    qtbot.waitUntil(lambda: board.summary.period.start == dt.date(2026, 1, 1), timeout=20000)


def test_exports_csv_and_an_unsigned_board_pdf(qtbot, dashboard, tmp_path, monkeypatch):
    window, board = dashboard
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "f.csv"), ""))
    board.export_csv.click()
    assert read_csv(tmp_path / "f.csv") == rows(board.summary, window.ctx.config)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "board.pdf"), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))  # the co-ordinator declines to sign
    board.export_pdf.click()
    qtbot.waitUntil(lambda: (tmp_path / "board.pdf").exists(), timeout=30000)
    assert (tmp_path / "board.pdf").read_bytes().startswith(b"%PDF")


def test_every_control_is_named_and_no_alt_key_is_claimed_twice(dashboard):
    window, board = dashboard
    assert unnamed_controls(board) == []
    assert clashing_mnemonics(window, board) == []
