"""The rota's table: suites × weeks, each cell coloured by what happened that week.

The rota holds a pair for a week and nothing finer: the pair choose the day and
the time and tell no one, so nothing here asks for or shows a planned day.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from icvapp.scheme import rota
from icvapp.scheme.rota import RotaCell, RotaGrid

# (background, text, legend wording), in the key's order. Missed is the one that must jump out.
STATE_STYLE = {
    rota.VISITED: ("#cdeccf", "#14532d", "Visited"),
    rota.MISSED: ("#e8a0a0", "#6b0000", "Missed"),
    rota.UNCOVERED: ("#fde2a7", "#6b4400", "No pair yet"),
    rota.ASSIGNED: ("#d3e3fa", "#1f3a5f", "Pair assigned"),
    rota.ABANDONED: ("#f6d3c3", "#7a2e0e", "Visit abandoned"),
    rota.CLOSED: ("#d9d9d9", "#404040", "Suite closed"),
    rota.OPTIONAL: ("#f7f7f7", "#6b7280", "Occasional: visited if open"),
}

CELL_WORDS = {rota.MISSED: "Missed", rota.UNCOVERED: "No pair", rota.CLOSED: "Closed", rota.OPTIONAL: "if open"}


def short_names(names: dict[int, str]) -> dict[int, str]:
    """First names, which fit a cell; 'Catherine O.' where two volunteers share one."""
    first = {i: (n.split() or [""])[0] for i, n in names.items()}
    shared = {f for f in first.values() if list(first.values()).count(f) > 1}
    return {i: f"{f} {names[i].split()[-1][0]}." if f in shared and len(names[i].split()) > 1 else f
            for i, f in first.items()}


def visit_words(day: dt.date, outcome: str) -> str:
    return ("abandoned visit " if outcome == "abandoned" else "visited ") + f"{day:%A} {day.day} {day:%B}"


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def wrapped(name: str) -> str:
    """A suite's name over two short lines, so the weeks get the width."""
    return textwrap.fill(name, 10, max_lines=2, placeholder="…")


class RotaModel(QAbstractTableModel):
    """Suites as rows, weeks as columns, over a :class:`~icvapp.rota.RotaGrid`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid: RotaGrid | None = None
        self.names: dict[int, str] = {}
        self.short: dict[int, str] = {}
        self.today = dt.date.today()

    def set_grid(self, grid: RotaGrid, names: dict[int, str], today: dt.date) -> None:
        self.beginResetModel()
        self.grid, self.names, self.short, self.today = grid, names, short_names(names), today
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.suites)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.weeks)

    def cell_at(self, index: QModelIndex) -> RotaCell | None:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.cell(self.grid.suites[index.row()][0], self.grid.weeks[index.column()])

    def suite_name(self, row: int) -> str:
        return self.grid.suites[row][1]

    def pair_names(self, cell: RotaCell, *, short: bool = False) -> list[str]:
        return [(self.short if short else self.names).get(i, "?") for i in cell.pair if i is not None]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            week = self.grid.weeks[section]
            this_week = week <= self.today <= week + dt.timedelta(days=6)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"w/c\n{week.day} {week:%b}" + ("\nthis week" if this_week else "")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"Week of Monday {week.day} {week:%B %Y}" + (" (this week)" if this_week else "")
            if role == Qt.ItemDataRole.FontRole and this_week:
                return bold()
        else:
            _, name, occasional = self.grid.suites[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return wrapped(name) + ("\noccasional" if occasional else "")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{name} (occasional: visited when open)" if occasional else name
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        cell = self.cell_at(index)
        if cell is None:
            return None
        background, foreground, _ = STATE_STYLE[cell.state]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(cell)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(index.row(), cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.state == rota.CLOSED:
                return QBrush(QColor(background), Qt.BrushStyle.BDiagPattern)
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole and cell.state == rota.MISSED:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display(self, cell: RotaCell) -> str:
        """At most three short lines: the visit's day, or the state and the pair's first names."""
        if len(cell.visits) == 1:
            _, day, outcome = cell.visits[0]
            mark = "✖" if outcome == "abandoned" else "✔"
            return f"{mark} {day:%a}\n{day.day} {day:%b}"
        if cell.visits:
            return "\n".join(("✖ " if outcome == "abandoned" else "✔ ") + f"{day:%a} {day.day}"
                             for _, day, outcome in cell.visits[:3])
        pair = self.pair_names(cell, short=True)
        if cell.state == rota.ASSIGNED:
            return "\n".join(pair)
        return "\n".join([CELL_WORDS[cell.state], *pair])

    def describe(self, row: int, cell: RotaCell) -> str:
        """What a screen reader says: 'Beaumont Leys, week of 6 October: missed'."""
        week = cell.week
        parts = [f"{self.suite_name(row)}, week of {week.day} {week:%B}: {STATE_STYLE[cell.state][2].lower()}"]
        names = self.pair_names(cell)
        if names:
            parts.append("pair " + " and ".join(names))
        for _, day, outcome in cell.visits:
            parts.append(visit_words(day, outcome))
        return ", ".join(parts)


class CellDelegate(QStyledItemDelegate):
    """Keeps a cell's state colour when selected and marks the selection with a thick frame."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#1d4ed8"), 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


class RotaTable(QTableView):
    """The grid, one cell per suite and week; Enter (or Space) assigns a pair, Delete clears it."""

    assign_requested = Signal()
    clear_requested = Signal()

    def __init__(self, model: RotaModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setItemDelegate(CellDelegate(self))
        self.setCornerButtonEnabled(False)
        for corner in self.findChildren(QAbstractButton):
            corner.setAccessibleName("Corner of the rota")
        across, down = self.horizontalHeader(), self.verticalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a quarter at a glance, no scrolling
        across.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Catherine") + 12)
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 14)  # three short lines a cell

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.assign_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.clear_requested.emit()
            return
        super().keyPressEvent(event)


