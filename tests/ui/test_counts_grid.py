"""A volunteer types each count once: a stage's total is worked out from female, male and juvenile.

The total is shown, read aloud as a sum and saved, but never typed and never a tab stop.
A blank part means not recorded, so the total stays blank until every part is filled in.
An older report whose stored total is not the sum of its parts opens as it was recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from icvapp.ui.counts_grid import CountsSection, SumField
from icvapp.ui.main_window import MainWindow
from icvapp.ui.widgets import CountField
from icvapp.visits.record import CountRow, VisitRecord
from icvapp.visits.store import load_visit, save_draft

GROUPS = ("female", "male", "juvenile")


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text) if text else qtbot.keyClick(field, Qt.Key.Key_Delete)


def type_split(qtbot, form, stage: str, split: tuple[str, str, str]) -> None:
    for group, value in zip(GROUPS, split, strict=True):
        type_into(qtbot, form.counts.boxes[(stage, group)], value)


def total(form, stage: str) -> SumField:
    return form.counts.boxes[(stage, "total")]


def go_to_problem(qtbot, form, field: str) -> None:
    """Choose a problem in the list below the form and press Enter, as a volunteer does."""
    items = [form.problem_list.item(i) for i in range(form.problem_list.count())]
    [item] = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == field]
    form.problem_list.setFocus()
    form.problem_list.setCurrentItem(item)
    qtbot.keyClick(form.problem_list, Qt.Key.Key_Return)


def saved(form, ctx) -> VisitRecord:
    assert form.save_now()
    return load_visit(ctx.db, form.record.id)


def test_the_total_is_the_sum_of_its_parts_as_they_are_typed(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    form.tabs.setCurrentIndex(1)
    type_split(qtbot, form, "in_custody", ("2", "6", "1"))
    assert total(form, "in_custody").text() == "9"
    type_into(qtbot, form.counts.boxes[("in_custody", "male")], "16")
    assert total(form, "in_custody").text() == "19"
    assert saved(form, ctx).count("in_custody") == CountRow(19, 2, 16, 1)


def test_the_total_is_read_only_named_as_a_sum_and_no_tab_stop(qtbot, window):
    window.open_visit(None)
    form = window.form
    form.tabs.setCurrentIndex(1)
    box = total(form, "offered")
    assert box.isReadOnly() and box.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert box.accessibleName() == "Offered a visit, total"
    assert "female + male + juvenile" in box.accessibleDescription()
    assert box.toolTip() == box.accessibleDescription()
    # Tab goes from the last part of one stage to the first part of the next, never onto a total.
    juvenile = form.counts.boxes[("in_custody", "juvenile")]
    juvenile.setFocus()
    qtbot.keyClick(juvenile, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.counts.boxes[("not_available", "female")]
    stops = [w for w in form.counts.findChildren(CountField) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert len(stops) == 21 and not form.counts.findChildren(SumField)[0].hasFocus()


def test_a_sum_of_zeros_is_zero_not_blank(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    type_split(qtbot, form, "in_custody", ("0", "0", "0"))
    assert total(form, "in_custody").text() == "0"
    assert saved(form, ctx).count("in_custody").total == 0


def test_with_one_part_blank_the_total_is_not_known_and_check_goes_to_that_part(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    type_split(qtbot, form, "in_custody", ("2", "6", ""))
    box = total(form, "in_custody")
    assert box.text() == "" and box.placeholderText() == "8+?"  # what is known so far, greyed in
    assert "Blank now: juvenile" in box.accessibleDescription()
    assert saved(form, ctx).count("in_custody") == CountRow(None, 2, 6, None)
    form.show_problems(strict=True)
    assert "how many people were in custody" in form.counts.messages.text()
    go_to_problem(qtbot, form, "counts.in_custody.total")
    assert QApplication.focusWidget() is form.counts.boxes[("in_custody", "juvenile")]
    type_into(qtbot, form.counts.boxes[("in_custody", "juvenile")], "0")
    assert box.text() == "8"
    assert "Blank now" not in box.accessibleDescription()


def test_with_every_part_blank_nothing_is_recorded(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    type_split(qtbot, form, "offered", ("3", "", ""))
    type_split(qtbot, form, "offered", ("", "", ""))
    assert total(form, "offered").text() == "" and total(form, "offered").placeholderText() == "–"
    form.details.rating.setCurrentIndex(1)  # something to save
    assert "offered" not in saved(form, ctx).counts


def test_the_largest_counts_add_up(qtbot, window, ctx):
    window.open_visit(None)
    form = window.form
    type_split(qtbot, form, "in_custody", ("9999", "9999", "9999"))
    assert total(form, "in_custody").text() == "29997"
    assert saved(form, ctx).count("in_custody").total == 29997


def open_stored(window, ctx, counts: dict[str, CountRow]):
    rec = save_draft(ctx.db, VisitRecord(visit_date=dt.date(2026, 11, 2), counts=counts))
    window.open_visit(rec.id)
    return window.form


def test_a_stored_total_that_does_not_add_up_opens_as_recorded_and_is_flagged(qtbot, window, ctx):
    form = open_stored(window, ctx, {"in_custody": CountRow(7, 1, 1, 1)})
    box = total(form, "in_custody")
    assert box.text() == "7" and box.recorded and box.font().italic()
    assert "As recorded in this report: 7" in box.accessibleDescription()
    assert "female 1 + male 1 + juvenile 1 = 3, but the total is 7" in form.counts.messages.text()
    # the problem and the total's own words are both read out
    assert box.accessibleDescription().startswith("In custody: female 1") and "As recorded" in box.accessibleDescription()
    form.dirty = True  # an autosave writes back what was recorded, not a silent correction
    assert saved(form, ctx).count("in_custody").total == 7
    go_to_problem(qtbot, form, "counts.in_custody.total")
    assert QApplication.focusWidget() is form.counts.boxes[("in_custody", "female")]
    type_into(qtbot, form.counts.boxes[("in_custody", "male")], "1")  # retyped: now the total is worked out
    assert box.text() == "3" and not box.recorded and not box.font().italic()
    assert "but the total is" not in form.counts.messages.text()
    assert box.accessibleDescription() == "Worked out for you: female + male + juvenile."  # the problem's words go
    assert saved(form, ctx).count("in_custody").total == 3


def test_a_stored_total_with_parts_missing_stays_until_they_are_all_known(qtbot, window, ctx):
    form = open_stored(window, ctx, {"in_custody": CountRow(9, 2, None, None)})
    box = total(form, "in_custody")
    assert box.text() == "9" and box.recorded
    type_into(qtbot, form.counts.boxes[("in_custody", "male")], "6")
    assert box.text() == "9"  # still what was recorded: nothing is lost while a part is unknown
    assert saved(form, ctx).count("in_custody") == CountRow(9, 2, 6, None)
    type_into(qtbot, form.counts.boxes[("in_custody", "juvenile")], "0")
    assert box.text() == "8" and not box.recorded


def test_a_stored_blank_total_beside_a_full_split_is_shown_blank(qtbot, window, ctx):
    form = open_stored(window, ctx, {"offered": CountRow(None, 1, 2, 0), "in_custody": CountRow(5, 1, 4, 0)})
    assert total(form, "offered").text() == "" and total(form, "offered").recorded
    assert "Left blank in this report" in total(form, "offered").toolTip()
    assert total(form, "in_custody").text() == "5" and not total(form, "in_custody").recorded


def test_a_scheme_without_sums_keeps_a_typed_total(qtbot, ctx):
    section = CountsSection(dataclasses.replace(ctx.config, count_sums=()))
    qtbot.addWidget(section)
    box = section.boxes[("in_custody", "total")]
    assert isinstance(box, CountField) and box.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert not section.findChildren(SumField)
    box.setText("4")
    rec = VisitRecord()
    section.store(rec)
    assert rec.count("in_custody") == CountRow(4, None, None, None)
