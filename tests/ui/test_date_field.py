"""The visit date steps by whole days with Up and Down, across the end of a month and a year: a volunteer
recording last night's visit on the 1st presses Down once for yesterday, as on any other day."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from icvapp.ui.widgets import DateField


@pytest.fixture
def field(qtbot):
    """The date as the form has it: after another field, reached with Tab."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before, f = QLineEdit(), DateField()
    f.setDisplayFormat("ddd d MMM yyyy")
    layout.addWidget(before)
    layout.addWidget(f)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    f.before, f.holder = before, window  # the window stays alive as long as the field is used
    yield f


def press(field, key, start: QDate, section=DateField.Section.DaySection) -> QDate:
    field.setDate(start)
    field.before.setFocus()
    QTest.keyClick(field.before, Qt.Key.Key_Tab)  # the day has the focus on arriving
    assert field.hasFocus()
    if section != DateField.Section.DaySection:
        field.setCurrentSection(section)
    QTest.keyClick(field, key)
    return field.date()


@pytest.mark.parametrize(("start", "key", "expected"), [
    (QDate(2026, 12, 2), Qt.Key.Key_Down, QDate(2026, 12, 1)),    # above the month's first day
    (QDate(2026, 12, 1), Qt.Key.Key_Down, QDate(2026, 11, 30)),   # at it: into the month before
    (QDate(2026, 11, 30), Qt.Key.Key_Up, QDate(2026, 12, 1)),     # at the month's last day: into the next
    (QDate(2026, 12, 31), Qt.Key.Key_Up, QDate(2027, 1, 1)),      # the year's end
    (QDate(2027, 1, 1), Qt.Key.Key_Down, QDate(2026, 12, 31)),
    (QDate(2028, 3, 1), Qt.Key.Key_Down, QDate(2028, 2, 29)),     # a leap year's February
])
def test_up_and_down_move_a_day_across_months_and_years(field, start, key, expected):
    assert press(field, key, start) == expected
    assert field.currentSection() == DateField.Section.DaySection  # the next press moves a day again


def test_the_month_and_the_year_move_whole_months_and_years(field):
    assert press(field, Qt.Key.Key_Down, QDate(2026, 3, 31), DateField.Section.MonthSection) == QDate(2026, 2, 28)
    assert press(field, Qt.Key.Key_Up, QDate(2028, 2, 29), DateField.Section.YearSection) == QDate(2029, 2, 28)


@pytest.mark.parametrize(("start", "key"), [(QDate(2020, 1, 1), Qt.Key.Key_Down), (QDate(2030, 12, 31), Qt.Key.Key_Up)])
def test_a_step_past_the_fields_limits_is_not_taken(field, start, key):
    field.setDateRange(QDate(2020, 1, 1), QDate(2030, 12, 31))
    assert press(field, key, start) == start
