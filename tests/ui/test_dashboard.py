"""The dashboard: the period's figures and charts, computed off the GUI thread, exportable."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from icvapp.metrics import summary
from icvapp.reports.figures import read_csv, rows
from icvapp.scheme.rota import rota_grid
from icvapp.ui.chart_table import chart_view, figure_text
from icvapp.ui.dashboard import GRID_STATES
from icvapp.ui.main_window import MainWindow
from icvapp.ui.palette import contrast_ratio
from tests.conftest import DEMO_TODAY
from tests.ui.test_accessibility_colours import PALETTES, make_palette
from tests.ui.test_desk import clashing_mnemonics, unnamed_controls


@pytest.fixture
def dashboard(qtbot, demo_ctx):
    window = MainWindow(demo_ctx, today=DEMO_TODAY)  # the demo's quarter, whatever the calendar says
    qtbot.addWidget(window)
    window.show()
    board = window.dashboard
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


@pytest.mark.parametrize("choice, expected, absent", [
    (None, "Report to the Strategic Assurance Board", "Bwrdd Sicrwydd"),  # English unless another is chosen
    ("cy", "Adroddiad i'r Bwrdd Sicrwydd Strategol", "Report to the Strategic Assurance Board"),
])
def test_the_board_pdf_is_written_in_the_language_chosen_beside_it(qtbot, dashboard, tmp_path, monkeypatch,
                                                                   choice, expected, absent):
    import subprocess

    _window, board = dashboard
    assert board.report_language.isVisibleTo(board)  # the demo scheme offers English and Welsh
    assert board.report_language.currentData() == "en"
    if choice:
        board.report_language.setCurrentIndex(board.report_language.findData(choice))
    out = tmp_path / "board.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    board.export_pdf.click()
    qtbot.waitUntil(out.exists, timeout=30000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert expected in text and absent not in text


def test_every_control_is_named_and_no_alt_key_is_claimed_twice(dashboard):
    window, board = dashboard
    assert unnamed_controls(board) == []
    assert clashing_mnemonics(window, board) == []


# --------------------------------------------------------------------------- readable without colour or sight

SYMBOL_WORDS = {"covered": ("✓", "visited"), "missed": ("✗", "missed"), "abandoned": ("~", "abandoned only"),
                "closed": ("–", "closed"), "optional": ("○", "not expected"), "to_come": ("·", "still to come")}


def test_each_grid_cell_says_its_state_in_a_symbol_and_words_not_only_a_colour(dashboard, demo_ctx):
    _, board = dashboard
    grid = rota_grid(demo_ctx.db, board.selected_period(), today=DEMO_TODAY)
    model = board.weeks.model()
    assert model.rowCount() == len(grid.places) and model.columnCount() == len(grid.weeks)
    seen = set()
    for row, (place_id, name, _) in enumerate(grid.places):
        for col, week in enumerate(grid.weeks):
            state = GRID_STATES[grid.slot(place_id, week).state]
            index = model.index(row, col)
            mark, words = SYMBOL_WORDS[state]
            assert model.data(index) == mark, (name, week, state)
            spoken = f"{name}, week of {week.day} {week:%B}: {words}"
            assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == spoken
            assert model.data(index, Qt.ItemDataRole.ToolTipRole) == spoken
            seen.add(state)
    assert {"covered", "missed", "abandoned", "optional", "to_come"} <= seen  # the demo quarter has them all
    marks = [m for m, _ in SYMBOL_WORDS.values()]
    assert len(set(marks)) == len(marks)  # no two states share a symbol: the symbol alone tells them apart
    key = board.weeks_key.accessibleDescription()
    for mark, words in SYMBOL_WORDS.values():
        assert f"{mark} {words[0].upper()}{words[1:]}" in key
        assert mark in board.weeks_key.text()


def test_the_grid_names_its_weeks_and_suites_for_a_screen_reader(dashboard):
    _, board = dashboard
    model = board.weeks.model()
    first = board.weeks.grid_model.weeks[0]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == \
        f"Week of Monday {first.day} {first:%B %Y}"
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole) == board.weeks.rows[0][0]
    assert board.weeks.accessibleName() == "Coverage by suite and week"


@pytest.mark.parametrize(("value", "percent", "locale", "text"), [
    (88.88888, True, "en_GB", "88.9%"),
    (88.85, True, "en_GB", "88.8%"),   # binary 88.85 is a shade below: rounds down, as the PDF does
    (99.96, True, "en_GB", "100%"),
    (100.0, True, "en_GB", "100%"),
    (0.04, True, "en_GB", "0%"),
    (None, True, "en_GB", "—"),
    (1035, False, "en_GB", "1,035"),
    (7, False, "en_GB", "7"),
    (88.88888, True, "de_DE", "88,9%"),
    (1035, False, "de_DE", "1.035"),
])
def test_figures_are_rounded_and_formatted_through_the_locale(value, percent, locale, text):
    assert figure_text(value, percent=percent, locale=QLocale(locale)) == text


def test_no_chart_says_an_unrounded_figure(dashboard):
    _, board = dashboard
    assert "<b>91.7%</b> of expected weeks" in board.headline.text()  # 22 of 24 weeks, not 91.6667
    for key, panel in board.panels.items():
        description = panel.chart.accessibleDescription()
        assert description and not re.search(r"\d[.,]\d{2,}", description), (key, description)
        for bars in panel.chart.chart().series()[0].barSets():
            assert all(round(bars.at(i), 1) == bars.at(i) for i in range(bars.count())), key
    unrounded = chart_view("t", ["a", "b"], [100, 88.88888], percent=True)
    bars = unrounded.chart().series()[0].barSets()[0]
    assert [bars.at(0), bars.at(1)] == [100.0, 88.9]
    assert unrounded.chart().localizeNumbers()
    assert unrounded.accessibleDescription() == "a: 100%; b: 88.9%"


def label_pixels_above(view, index: int, value: float) -> int:
    """How many pixels of the label's colour lie between the top of a bar and the top of the plot."""
    chart, series = view.chart(), view.chart().series()[0]
    top = view.mapFromScene(chart.mapToScene(chart.mapToPosition(QPointF(index, value), series)))
    plot_top = view.mapFromScene(chart.mapToScene(chart.plotArea().topLeft())).y()
    image = view.grab().toImage()
    ink = QApplication.palette().color(QPalette.ColorRole.Text)
    return sum(1 for x in range(top.x() - 20, top.x() + 20) for y in range(plot_top, top.y() - 1)
               if contrast_ratio(image.pixelColor(x, y), ink) < 2)


def test_a_full_bars_label_sits_above_the_bar_on_the_charts_background(qtbot):
    view = chart_view("Weeks visited by suite (%)", ["Beaumont Leys", "Keyham Lane"], [100, 75], percent=True)
    qtbot.addWidget(view)
    view.resize(540, 220)  # the dashboard's size for it: the "100" used to fall inside the dark bar
    view.show()
    qtbot.waitExposed(view)
    assert label_pixels_above(view, 0, 100) > 10
    assert label_pixels_above(view, 1, 75) > 10
    chart = view.chart()
    assert contrast_ratio(chart.series()[0].barSets()[0].labelColor(), chart.backgroundBrush().color()) >= 4.5


def tab_order_from(start, steps: int = 80) -> list:
    seen, widget = [], start
    start.setFocus()
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or widget is start:
            break
        seen.append(widget)
    return seen


def test_every_chart_has_a_table_of_the_same_figures_reached_by_tab(qtbot, dashboard):
    window, board = dashboard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert all(not p.table.isVisible() for p in board.panels.values())
    board.as_tables.setFocus()
    QTest.keyClick(board.as_tables, Qt.Key.Key_Space)  # the keyboard switches charts to tables
    assert board.as_tables.isChecked()
    order = tab_order_from(board.as_tables)
    assert board.weeks in order
    for key, panel in board.panels.items():
        assert panel.table.isVisible() and panel.table in order, key
        assert panel.table.accessibleName() == f"{panel.chart.accessibleName()} (table)"
        model = panel.table.model()
        cells = "; ".join(f"{model.index(r, 0).data()}: {model.index(r, 1).data()}" for r in range(model.rowCount()))
        assert cells == panel.chart.accessibleDescription(), key  # the same figures, in the same words
    coverage = board.panels["coverage"].table.model()
    places = [x for x in board.summary.places if not x.occasional]
    assert [coverage.index(r, 1).data() for r in range(coverage.rowCount())] == \
        [figure_text(x.coverage_pct or 0, percent=True) for x in places]
    board.period.setCurrentIndex(1)  # a new period keeps the choice of tables
    qtbot.waitUntil(lambda: board.summary.period == board.selected_period(), timeout=20000)
    qtbot.waitUntil(lambda: all(p.table.isVisible() for p in board.panels.values()))  # shown on the next loop turn
    QTest.keyClick(board.as_tables, Qt.Key.Key_Space)
    assert all(p.chart.isVisible() and not p.table.isVisible() for p in board.panels.values())


def test_a_dark_palette_restyles_the_dashboard(qtbot, dashboard):
    _, board = dashboard
    before = QApplication.palette()
    try:
        QApplication.setPalette(make_palette(*PALETTES["dark"]))
        qtbot.waitUntil(lambda: "#1e1e1e" in board.panels["coverage"].chart.chart().backgroundBrush().color().name())
        window = QApplication.palette().color(QPalette.ColorRole.Window)
        warn = QColor(re.search(r"color: (#\w+)", board.warnings.styleSheet()).group(1))
        assert contrast_ratio(warn, window) >= 4.5
        panel_bg = QColor(re.search(r"background: (#\w+)", board.headline.styleSheet()).group(1))
        ink = QColor(re.search(r"[^-]color: (#\w+)", board.headline.styleSheet()).group(1))
        assert contrast_ratio(ink, panel_bg) >= 4.5
        model = board.weeks.model()
        cell = model.index(0, 0)
        assert contrast_ratio(model.data(cell, Qt.ItemDataRole.ForegroundRole).color(),
                              model.data(cell, Qt.ItemDataRole.BackgroundRole).color()) >= 4.5
    finally:
        QApplication.setPalette(before)


def test_the_board_pdf_can_be_cancelled_and_last_quarters_file_is_kept(qtbot, dashboard, tmp_path, monkeypatch):
    import threading

    from icvapp.ui import dashboard as dashboard_module
    from icvapp.ui.jobs import JobProgress

    window, board = dashboard
    out = tmp_path / "board.pdf"
    out.write_bytes(b"%PDF the report the Board already has")
    real, reached, release = dashboard_module.export_board_pdf, threading.Event(), threading.Event()

    def held_after_the_first_step(*args, progress, stop, **kwargs):
        def step(done, total):
            progress(done, total)
            if done == 1:
                reached.set()
                release.wait(10)
        return real(*args, progress=step, stop=stop, **kwargs)

    monkeypatch.setattr(dashboard_module, "export_board_pdf", held_after_the_first_step)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    said = []
    board.status_message.connect(said.append)
    board.export_pdf.click()
    assert reached.wait(10)
    dialog = window.findChild(JobProgress)
    qtbot.waitUntil(lambda: dialog.bar.maximum() > 1 and dialog.bar.value() == 1)
    dialog.button.click()
    release.set()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0].startswith("Cancelled: the Board report was not written")
    assert out.read_bytes() == b"%PDF the report the Board already has"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".board")) == []
