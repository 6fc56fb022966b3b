"""Pieces the scheme set-up panels share: a table of records, its selection, an optional date, a message line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.ui.accessible import named
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import error_text, translate
from icvapp.ui.widgets import DateField


def day_text(day: dt.date | None, blank: str = "—") -> str:
    return QLocale().toString(day, "d MMM yyyy") if day else blank


def message_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setStyleSheet(text_style(Role.ERROR))
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(label: QLabel, exc: UserFacingError | None) -> None:
    label.setText(error_text(exc) if exc else "")
    label.setVisible(exc is not None)


def make_table(name: str, headers: list[str], stretch: int = 0) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setCornerButtonEnabled(False)
    for corner in table.findChildren(QAbstractButton):
        corner.setAccessibleName(translate("SetupWidgets", "Select all of {table}").format(table=name))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    """Rows of (id, texts); the id rides on the first square."""
    table.setRowCount(len(rows))
    for r, (row_id, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 and table.selectionModel().hasSelection() else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def select_id(table: QTableWidget, row_id: int | None) -> None:
    for r in range(table.rowCount()):
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == row_id:
            table.selectRow(r)
            return
    table.clearSelection()


class OptionalDate(QWidget):
    """A date that may be left open: a check box ('Until further notice') switches the date off."""

    def __init__(self, name: str, blank_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = named(DateField(), name)
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setLocale(QLocale())
        self.date.setDate(QDate.currentDate())
        self.blank = named(QCheckBox(blank_text), translate("SetupWidgets", "{field}: {choice}").format(
            field=name, choice=blank_text.replace("&", "")))
        self.blank.toggled.connect(lambda on: self.date.setEnabled(not on))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date)
        row.addWidget(self.blank)
        row.addStretch(1)
        self.setFocusProxy(self.date)
        # A label's mnemonic only moves the focus to a buddy that takes it; click focus adds no tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def value(self) -> dt.date | None:
        return None if self.blank.isChecked() else self.date.date().toPython()

    def set_value(self, day: dt.date | None) -> None:
        self.blank.setChecked(day is None)
        if day is not None:
            self.date.setDate(day)
