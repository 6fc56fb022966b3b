"""The office's views of an animal welfare scheme: months, not weeks; the dog unit, not suites.

A real encrypted profile of the dog unit's kind, with a quarter of monthly visits (November missed),
shown in the dashboard, the coverage grid, the rota, the visit list and the issues list. Nothing
a user reads there — labels, headings, column titles, accessible names — speaks of suites, custody,
detainees or cells.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from icvapp.profile.context import create_profile
from icvapp.scheme.periods import quarter
from icvapp.storage.model import Place, Volunteer
from icvapp.ui.dashboard import Dashboard
from icvapp.ui.issues_view import IssuesView
from icvapp.ui.rota_view import RotaView
from icvapp.ui.visit_list import VisitListView
from tests.conftest import PASSPHRASE
from tests.metrics.test_performance import Records

FY = 2025
TODAY = dt.date(2026, 1, 12)  # Q4 2025/26; the quarter before (Q3, October–December) is over
CUSTODY_WORDS = re.compile(r"suite|custody|detainee|\bcells?\b|solicitor", re.IGNORECASE)


@pytest.fixture(scope="module")
def unit(tmp_path_factory):
    ctx = create_profile(tmp_path_factory.mktemp("dog-views") / "p", "passphrase", "Animal Welfare", PASSPHRASE,
                         kind="dog_unit")
    with ctx.db.session() as s:
        s.add_all([Place(name="Northshire Police Dog Unit", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    records = Records(ctx)
    for day in (dt.date(FY, 10, 1), dt.date(FY, 12, 31)):
        records.visit("Northshire Police Dog Unit", day, counts={"at_unit": 9, "seen": 7, "not_seen": 2})
    yield ctx
    ctx.close()


def words_shown(widget: QWidget) -> list[str]:
    """Every label, button, combo entry and accessible name in ``widget`` and its children."""
    out = [widget.accessibleName(), widget.accessibleDescription()]
    for child in widget.findChildren(QWidget):
        out += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QLabel | QAbstractButton):
            out.append(child.text())
        if isinstance(child, QComboBox):
            out += [child.itemText(i) for i in range(child.count())]
    return [w for w in out if w]


def custody_words_in(texts: list[str]) -> list[str]:
    return [t for t in texts if CUSTODY_WORDS.search(t)]


def headers(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


@pytest.fixture
def dashboard(qtbot, unit):
    board = Dashboard(unit, today=TODAY)
    qtbot.addWidget(board)
    board.period.setCurrentIndex(1)  # Q3: October to December
    qtbot.waitUntil(lambda: board.summary is not None and board.summary.period == quarter(FY, 3), timeout=20000)
    return board


def test_the_dashboard_shows_the_dog_unit_month_by_month(qtbot, dashboard):
    board = dashboard
    assert board.grid_title.text() == "<b>Coverage month by month</b>"
    assert board.weeks.grid_model.weeks == [dt.date(FY, 10, 1), dt.date(FY, 11, 1), dt.date(FY, 12, 1)]
    assert board.weeks.rows == [("Northshire Police Dog Unit", ["covered", "missed", "covered"])]
    assert "2 months visited, 1 missed" in board.weeks.accessibleDescription()
    assert board.weeks.grid_model.describe(0, 1) == "Northshire Police Dog Unit, November 2025: missed"
    headline = board.headline.text()
    assert "of expected months visited" in headline and "dogs at the unit: <b>18</b>" in headline
    assert "requests" not in headline
    assert board.warnings.text().startswith("Months missed — Northshire Police Dog Unit: November 2025")
    assert board.panels["coverage"].accessibleName() == "Months visited (%)"
    assert board.panels["funnel"].accessibleName() == "Dogs at the time of visits"
    assert board.panels["requests"].isHidden()
    assert custody_words_in(words_shown(board) + [headline]) == []


def test_the_rota_runs_by_month(qtbot, unit):
    view = RotaView(unit, today=TODAY)
    qtbot.addWidget(view)
    view.quarter.setCurrentIndex(2)  # the quarter before this one: Q3
    assert view.period == quarter(FY, 3)
    assert [h.split("\n")[0] for h in headers(view.model)] == ["Oct", "Nov", "Dec"]
    assert view.model.grid.every == "month"
    view.table.setCurrentIndex(view.model.index(0, 1))
    assert "November 2025" in view.detail.text() and "Missed" in view.detail.text()
    assert custody_words_in(words_shown(view)) == []


def test_the_visit_list_and_issues_name_the_dog_unit(qtbot, unit):
    visits = VisitListView(unit)
    qtbot.addWidget(visits)
    visits.load()
    assert headers(visits.model)[1] == "Dog unit"
    assert visits.place_filter.itemText(0) == "All: dog units"
    issues = IssuesView(unit)
    qtbot.addWidget(issues)
    assert headers(issues.model)[1] == "Dog unit"
    assert custody_words_in(words_shown(visits) + headers(visits.model)) == []
    assert custody_words_in(words_shown(issues) + headers(issues.model)) == []
