"""The co-ordinator's desk: the rota, issues to outcome, and scheme set-up, driven like a person would."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from icvapp.scheme.periods import quarter, week_start
from icvapp.scheme.places import active_volunteers, add_closure, closures, list_places
from icvapp.scheme.rota import ASSIGNED, CLOSED, MISSED, OPTIONAL, UNCOVERED, VISITED, assign_pair, rota_grid
from icvapp.storage.model import Place, Volunteer
from icvapp.ui.issues_view import DAYS, IssuesView
from icvapp.ui.main_window import MainWindow
from icvapp.ui.palette import Role, text_colour
from icvapp.ui.rota_view import STATE_STYLE, RotaView
from icvapp.ui.scheme_view import SchemeView
from icvapp.visits.issues import IssueFilter, list_issues
from icvapp.visits.store import complete_visit, validation_context
from icvapp.visits.validation import errors
from tests.helpers import good_visit, names_to_ids

TODAY = dt.date(2026, 11, 23)  # the demo fixture's "today": a Monday in Q3 2026/27
THIS_WEEK = week_start(TODAY)
Q3 = quarter(2026, 3)
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole


def inside_a_composite(w: QWidget) -> bool:
    """Part of a combo box, spin box or date edit, which carries the name itself."""
    parent = w.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parent()
    return False


def unnamed_controls(widget: QWidget) -> list[str]:
    """Controls a screen reader could not name (Qt's own internals aside)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTabWidget)
    out = []
    for w in widget.findChildren(QWidget):
        if not isinstance(w, kinds) or isinstance(w, QHeaderView) or w.objectName().startswith("qt_"):
            continue
        if type(w).__name__ in ("QToolButton", "QTabBar") or inside_a_composite(w):
            continue
        text = w.text().replace("&", "").strip() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or text):
            out.append(f"{type(w).__name__} in {type(w.parent()).__name__}")
    return out


def clashing_mnemonics(window: MainWindow, page: QWidget) -> list[str]:
    """Alt+letter keys claimed twice among the menus and the page's visible controls."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel) if w.isVisible()]
    texts += [t.tabText(i) for t in page.findChildren(QTabWidget) for i in range(t.count())]
    keys = [m.lower() for text in texts for m in re.findall(r"&(?!#?\w+;)([^&\s])", text)]
    return sorted({k for k in keys if keys.count(k) > 1})


def header(view, col: int) -> str:
    return view.model.headerData(col, Qt.Orientation.Horizontal).replace("\n", " ")


def index_of(view: RotaView, place_id: int, week: dt.date):
    row = [s[0] for s in view.model.grid.places].index(place_id)
    return view.model.index(row, view.model.grid.weeks.index(week))


def background(view: RotaView, index) -> str:
    return view.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()


@pytest.fixture
def rota(qtbot, demo_ctx):
    view = RotaView(demo_ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


# --------------------------------------------------------------------------- the rota


def test_the_rota_shows_the_demo_quarter_as_the_core_sees_it(rota, demo_ctx):
    grid = rota_grid(demo_ctx.db, Q3, today=TODAY)
    assert rota.period == Q3 and rota.quarter.currentText() == "Q3 2026/27 (this quarter)"
    assert rota.model.rowCount() == len(grid.places) and rota.model.columnCount() == len(grid.weeks)
    assert header(rota, 1) == "w/c 5 Oct"
    assert "this week" in header(rota, grid.weeks.index(THIS_WEEK))
    assert "Wigston" in [name for _, name, _ in grid.places]
    seen = set()
    for row, (place_id, name, _) in enumerate(grid.places):
        for col, week in enumerate(grid.weeks):
            cell, index = grid.slot(place_id, week), rota.model.index(row, col)
            spoken = rota.model.data(index, ACCESSIBLE)
            assert spoken.startswith(f"{name}, week of {week.day} {week:%B}: {STATE_STYLE[cell.state][2].lower()}")
            assert background(rota, index) == STATE_STYLE[cell.state][0]
            shown = rota.model.data(index)
            for _, day, outcome in cell.visits:
                assert ("✖ " if outcome == "abandoned" else "✔ ") + f"{day:%a}" in shown
            seen.add(cell.state)
    assert {VISITED, OPTIONAL} <= seen
    assert f"{grid.count(MISSED)} missed · {grid.count(UNCOVERED)} without a pair" in rota.summary.text()
    assert rota.table.currentIndex().column() == grid.weeks.index(THIS_WEEK)  # opens on this week


def test_each_state_has_its_look_and_words(qtbot, ctx):
    places, people = names_to_ids(ctx, Place), names_to_ids(ctx, Volunteer)
    bl = places["Beaumont Leys"]
    rec = good_visit(ctx, visit_date=dt.date(2026, 10, 7))
    assert not errors(complete_visit(ctx.db, rec, validation_context(ctx.db, ctx.config, TODAY)))
    assign_pair(ctx.db, bl, dt.date(2026, 11, 30), people["Amrit Sandhu"], people["Łukasz Nowak"])
    add_closure(ctx.db, bl, dt.date(2026, 12, 14), None, "Refurbishment")
    view = RotaView(ctx, today=TODAY)
    qtbot.addWidget(view)
    expected = {dt.date(2026, 10, 5): (VISITED, "✔ Wed\n7 Oct"), dt.date(2026, 10, 12): (MISSED, "Missed"),
                dt.date(2026, 11, 30): (ASSIGNED, "Amrit\nŁukasz"), dt.date(2026, 12, 7): (UNCOVERED, "No pair"),
                dt.date(2026, 12, 14): (CLOSED, "Closed")}
    for week, (state, text) in expected.items():
        index = index_of(view, bl, week)
        assert view.model.data(index) == text
        assert background(view, index) == STATE_STYLE[state][0]
    assert view.model.data(index_of(view, bl, dt.date(2026, 10, 12)), ACCESSIBLE) == \
        "Beaumont Leys, week of 12 October: missed"
    assert view.model.data(index_of(view, bl, dt.date(2026, 10, 5)), ACCESSIBLE) == \
        "Beaumont Leys, week of 5 October: visited, visited Wednesday 7 October"
    assert view.model.data(index_of(view, bl, dt.date(2026, 12, 14)),
                           Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.BDiagPattern
    assert view.model.data(index_of(view, bl, dt.date(2026, 10, 12)), Qt.ItemDataRole.FontRole).bold()
    assert "Missed (" in view.legend.text() and "No pair yet (" in view.legend.text()


def test_a_pair_is_assigned_and_cleared_with_the_keyboard_alone(qtbot, rota, demo_ctx):
    place_id = rota.model.grid.places[1][0]  # the second suite
    next_week = THIS_WEEK + dt.timedelta(days=7)
    rota.table.setFocus()
    assert rota.table.currentIndex() == rota.model.index(0, rota.model.grid.weeks.index(THIS_WEEK))
    qtbot.keyClick(rota.table, Qt.Key.Key_Down)
    qtbot.keyClick(rota.table, Qt.Key.Key_Right)
    assert rota.selected_slot().place_id == place_id and rota.selected_slot().week == next_week
    qtbot.keyClick(rota.table, Qt.Key.Key_Delete)  # start from an empty week, whatever the demo planned
    assert rota_grid(demo_ctx.db, Q3, today=TODAY).slot(place_id, next_week).state == UNCOVERED

    qtbot.keyClick(rota.table, Qt.Key.Key_Return)
    dialog = rota.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.findChildren(QDateTimeEdit) and not dialog.findChildren(QTimeEdit)  # a week, never a day
    assert not unnamed_controls(dialog)
    (a, first), (b, second) = active_volunteers(demo_ctx.db, on=next_week)[:2]
    assert dialog.focusWidget() is dialog.first
    qtbot.keyClicks(dialog.first, first)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.second
    qtbot.keyClicks(dialog.second, second)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    assert rota.dialog is None
    cell = rota_grid(demo_ctx.db, Q3, today=TODAY).slot(place_id, next_week)
    assert cell.state == ASSIGNED and cell.pair == (a, b)
    shown = rota.model.data(rota.table.currentIndex())
    assert shown == f"{first.split()[0]}\n{second.split()[0]}"
    assert f"Pair: {first} and {second}" in rota.detail.text()
    assert rota.table.hasFocus() or rota.table.currentIndex().isValid()

    qtbot.keyClick(rota.table, Qt.Key.Key_Delete)
    assert rota_grid(demo_ctx.db, Q3, today=TODAY).slot(place_id, next_week).pair == (None, None)


def test_the_same_visitor_twice_is_refused_in_the_dialog(qtbot, rota, demo_ctx):
    rota.table.setFocus()
    qtbot.keyClick(rota.table, Qt.Key.Key_Right)
    qtbot.keyClick(rota.table, Qt.Key.Key_Return)
    dialog = rota.dialog
    name = active_volunteers(demo_ctx.db, on=rota.selected_slot().week)[0][1]
    qtbot.keyClicks(dialog.first, name)
    qtbot.keyClicks(dialog.second, name)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.isVisibleTo(dialog)
    assert "two different visitors" in dialog.message.text()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Escape)
    assert rota.dialog is None


def test_another_quarter_can_be_chosen(qtbot, rota, demo_ctx):
    rota.quarter.setCurrentIndex(0)  # next quarter, for planning ahead
    assert rota.period == quarter(2026, 4) and "(next)" in rota.quarter.currentText()
    grid = rota_grid(demo_ctx.db, quarter(2026, 4), today=TODAY)
    assert rota.model.columnCount() == len(grid.weeks)
    assert not {c.state for c in grid.slots.values()} & {VISITED, MISSED}


# --------------------------------------------------------------------------- issues


@pytest.fixture
def issues(qtbot, demo_ctx):
    view = IssuesView(demo_ctx, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    return view


def core_issues(ctx, **f):
    return list_issues(ctx.db, ctx.config, IssueFilter(**f), today=TODAY)


def shown_ids(view: IssuesView) -> list[int]:
    return [r.id for r in view.model.rows]


def select_issue(view: IssuesView, issue_id: int) -> None:
    view.table.selectRow(shown_ids(view).index(issue_id))


def test_the_list_filters_like_the_core_and_overdue_stands_out(issues, demo_ctx):
    assert shown_ids(issues) == [r.id for r in core_issues(demo_ctx)]  # open ones by default
    overdue = [r for r in core_issues(demo_ctx) if r.overdue]
    assert overdue, "the demo should have issues past the follow-up limit"
    row = shown_ids(issues).index(overdue[0].id)
    days = issues.model.index(row, DAYS)
    # In the palette's error colour, the one the rest of the app uses for what needs action.
    assert issues.model.data(days, Qt.ItemDataRole.ForegroundRole) == text_colour(Role.ERROR)
    assert issues.model.data(days, Qt.ItemDataRole.FontRole).bold()
    assert issues.model.data(issues.model.index(row, 7)) == "Overdue"
    assert f"{len(overdue)} overdue" in issues.count_label.text()

    issues.overdue_only.setChecked(True)
    assert shown_ids(issues) == [r.id for r in overdue]
    issues.overdue_only.setChecked(False)

    place = list_places(demo_ctx.db)[0]
    issues.place_filter.setCurrentIndex(issues.place_filter.findData(place.id))
    assert shown_ids(issues) == [r.id for r in core_issues(demo_ctx, place_id=place.id)]
    assert {issues.model.data(issues.model.index(i, 1)) for i in range(issues.model.rowCount())} <= {place.name}
    issues.place_filter.setCurrentIndex(0)

    issues.status_filter.setCurrentIndex(issues.status_filter.findText("All"))
    issues.category_filter.set_value("detainee_welfare")
    assert shown_ids(issues) == [r.id for r in core_issues(demo_ctx, status=None, category="detainee_welfare")]
    assert {issues.model.data(issues.model.index(i, 4)) for i in range(issues.model.rowCount())} <= {
        demo_ctx.config.label("issue_categories", "detainee_welfare")}
    issues.category_filter.set_value(None)
    issues.status_filter.setCurrentIndex(issues.status_filter.findText("Closed"))
    assert shown_ids(issues) == [r.id for r in core_issues(demo_ctx, status="closed")]


def test_closing_needs_an_outcome_shown_in_place_then_closes(qtbot, issues, demo_ctx):
    target = core_issues(demo_ctx)[0]
    select_issue(issues, target.id)
    d = issues.detail
    assert d.words.isReadOnly() and d.words.toPlainText() == target.text
    d.outcome.clear()
    qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)
    assert d.message.isVisibleTo(issues) and "Record the outcome before closing" in d.message.text()
    assert target.id in [r.id for r in core_issues(demo_ctx)]  # still open

    d.outcome.setFocus()
    qtbot.keyClicks(d.outcome, "Inspector confirmed the repair on 20 November.")
    qtbot.mouseClick(d.close_button, Qt.MouseButton.LeftButton)
    closed = {r.id: r for r in core_issues(demo_ctx, status="closed")}[target.id]
    assert closed.outcome == "Inspector confirmed the repair on 20 November."
    assert target.id not in shown_ids(issues)


def test_follow_up_is_saved_and_an_issue_can_be_reopened(qtbot, issues, demo_ctx):
    target = core_issues(demo_ctx)[-1]
    select_issue(issues, target.id)
    d = issues.detail
    d.escalation.set_value("board")
    d.police_response.setPlainText("Chief Inspector to report to the next Board.")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    saved = {r.id: r for r in core_issues(demo_ctx)}[target.id]
    assert saved.escalation == "board" and saved.police_response.startswith("Chief Inspector")
    row = shown_ids(issues).index(target.id)
    assert issues.model.data(issues.model.index(row, 5)) == "Strategic Assurance Board"

    issues.status_filter.setCurrentIndex(issues.status_filter.findText("Closed"))
    closed = shown_ids(issues)[0]
    select_issue(issues, closed)
    assert d.reopen_button.isVisibleTo(issues) and not d.close_button.isVisibleTo(issues)
    qtbot.mouseClick(d.reopen_button, Qt.MouseButton.LeftButton)
    assert closed in [r.id for r in core_issues(demo_ctx)]


def test_typing_is_kept_when_moving_to_another_issue(qtbot, issues, demo_ctx):
    first, second = core_issues(demo_ctx)[:2]
    select_issue(issues, first.id)
    issues.detail.police_response.setPlainText("Phoned the custody inspector.")
    issues.detail.outcome.setPlainText("Half-written outcome")
    select_issue(issues, second.id)
    assert {r.id: r for r in core_issues(demo_ctx)}[first.id].police_response == "Phoned the custody inspector."
    select_issue(issues, first.id)
    assert issues.detail.outcome.toPlainText() == "Half-written outcome"
    assert [r.id for r in core_issues(demo_ctx)].count(first.id) == 1  # still open: closing is deliberate


def test_the_visit_report_is_one_button_away(qtbot, issues, demo_ctx):
    target = core_issues(demo_ctx)[0]
    select_issue(issues, target.id)
    with qtbot.waitSignal(issues.open_visit_requested) as signal:
        qtbot.mouseClick(issues.detail.visit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [target.visit_id]


# --------------------------------------------------------------------------- scheme set-up


@pytest.fixture
def scheme(qtbot, ctx):
    view = SchemeView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_suite_is_added_with_its_problems_shown_in_place(qtbot, scheme, ctx):
    panel = scheme.places
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.name.text() == "" and not panel.closure_box.isEnabled()
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)  # Enter saves; a blank name is refused beside the form
    assert panel.place_message.isVisibleTo(scheme) and "needs a name" in panel.place_message.text()
    qtbot.keyClicks(panel.name, "Euston Street")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "already a place called" in panel.place_message.text()
    panel.name.clear()
    qtbot.keyClicks(panel.name, "Loughborough")
    panel.locations.setValue(20)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert not panel.place_message.isVisibleTo(scheme)
    saved = {s.name: s for s in list_places(ctx.db)}["Loughborough"]
    assert (saved.locations, saved.weekly_target, saved.active, saved.occasional) == (20, 1, True, False)
    assert panel.table.item(panel.table.currentRow(), 0).text() == "Loughborough"
    assert panel.closure_box.isEnabled()


def test_closures_are_added_and_removed(qtbot, scheme, ctx):
    panel = scheme.places
    bl = names_to_ids(ctx, Place)["Beaumont Leys"]
    panel.table.selectRow([panel.table.item(r, 0).text() for r in range(panel.table.rowCount())].index("Beaumont Leys"))
    panel.closure_start.setDate(QDate(2026, 12, 14))
    panel.closure_end.set_value(dt.date(2026, 12, 1))
    qtbot.mouseClick(panel.add_closure_button, Qt.MouseButton.LeftButton)
    assert "cannot end before it starts" in panel.closure_message.text() and closures(ctx.db, bl) == []
    panel.closure_end.blank.setChecked(True)  # until further notice
    qtbot.keyClicks(panel.reason, "Refurbishment")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    [c] = closures(ctx.db, bl)
    assert (c.start, c.end, c.reason) == (dt.date(2026, 12, 14), None, "Refurbishment")
    assert panel.closure_table.item(0, 1).text() == "until further notice"
    panel.closure_table.selectRow(0)
    qtbot.mouseClick(panel.remove_closure_button, Qt.MouseButton.LeftButton)
    assert closures(ctx.db, bl) == [] and panel.closure_table.rowCount() == 0


def test_a_volunteer_is_added(qtbot, scheme, ctx):
    scheme.tabs.setCurrentWidget(scheme.volunteers)
    panel = scheme.volunteers
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.name, "Priya Lad")
    panel.active_from.set_value(dt.date(2026, 1, 5))
    panel.active_to.set_value(dt.date(2025, 12, 1))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "cannot stop before they start" in panel.message.text()
    panel.active_to.blank.setChecked(True)  # still active
    panel.coordinator.setChecked(True)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert not panel.message.isVisibleTo(scheme)
    from sqlalchemy import select

    with ctx.db.session() as s:
        v = s.scalars(select(Volunteer).where(Volunteer.name == "Priya Lad")).one()
        assert (v.active_from, v.active_to, v.is_coordinator) == (dt.date(2026, 1, 5), None, True)
    assert "Priya Lad" in [n for _, n in active_volunteers(ctx.db, on=dt.date(2026, 2, 1))]


# --------------------------------------------------------------------------- every control named, in the window


@pytest.fixture
def window(qtbot, demo_ctx):
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def view_action(window: MainWindow, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_view_menu_switches_pages_with_their_shortcuts(qtbot, window):
    expected = {"Visits": ("Ctrl+1", window.list_view), "Rota": ("Ctrl+2", None), "Issues": ("Ctrl+3", None),
                "Scheme set-up": ("Ctrl+4", None)}
    for text, (keys, _) in expected.items():
        assert view_action(window, text).shortcut().toString() == keys
    assert window.stack.count() == 1  # desk views are built on first use
    view_action(window, "Rota").trigger()
    assert window.stack.currentWidget() is window.rota_view and window.rota_view.table.hasFocus()
    view_action(window, "Issues").trigger()
    assert window.stack.currentWidget() is window.issues_view
    view_action(window, "Scheme set-up").trigger()
    assert window.stack.currentWidget() is window.scheme_view
    view_action(window, "Visits").trigger()
    assert window.stack.currentWidget() is window.list_view


def test_leaving_the_form_for_the_rota_keeps_the_draft_and_issues_open_their_visit(qtbot, window, demo_ctx):
    draft = next(v.id for v in window.list_view.model.rows if v.status == "draft")
    window.open_visit(draft)
    assert window.editing()
    view_action(window, "Rota").trigger()
    assert window.stack.currentWidget() is window.rota_view and not window.editing()
    view_action(window, "Issues").trigger()
    target = window.issues_view.model.rows[0]
    qtbot.mouseClick(window.issues_view.detail.visit_button, Qt.MouseButton.LeftButton)
    assert window.editing() and window.form.record.id == target.visit_id


def test_every_control_on_the_desk_is_named_and_no_alt_key_is_claimed_twice(qtbot, window):
    for page in (window.rota_view, window.issues_view, window.scheme_view):
        window.show_page(page)
        assert unnamed_controls(page) == [], type(page).__name__
        assert clashing_mnemonics(window, page) == [], type(page).__name__
    for i in range(window.scheme_view.tabs.count()):
        window.scheme_view.tabs.setCurrentIndex(i)
        assert clashing_mnemonics(window, window.scheme_view) == [], window.scheme_view.tabs.tabText(i)
