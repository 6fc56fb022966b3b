"""The rota's table: places × weeks, each square saying in words (and colour) what happened that week.

The rota holds a pair for a week and nothing finer: the pair choose the day and
the time and tell no one, so nothing here asks for or shows a planned day.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette, QPen
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
from icvapp.scheme.periods import slot_end
from icvapp.scheme.rota import RotaGrid, RotaSlot
from icvapp.ui.palette import Role, status_palette
from icvapp.ui.translation import translate

# (colour role, legend wording), in the key's order. Every state also has words or a mark in its square.
STATES = {
    rota.VISITED: (Role.OK, QT_TRANSLATE_NOOP("RotaTable", "Visited")),
    rota.MISSED: (Role.ERROR, QT_TRANSLATE_NOOP("RotaTable", "Missed")),
    rota.UNCOVERED: (Role.WARNING, QT_TRANSLATE_NOOP("RotaTable", "No pair yet")),
    rota.ASSIGNED: (Role.INFO, QT_TRANSLATE_NOOP("RotaTable", "Pair assigned")),
    rota.ABANDONED: (Role.PARTIAL, QT_TRANSLATE_NOOP("RotaTable", "Visit abandoned")),
    rota.CLOSED: (Role.MUTED, QT_TRANSLATE_NOOP("RotaTable", "Closed")),
    rota.OPTIONAL: (Role.NEUTRAL, QT_TRANSLATE_NOOP("RotaTable", "Occasional: visited if open")),
}

SLOT_WORDS = {rota.MISSED: QT_TRANSLATE_NOOP("RotaTable", "Missed"),
              rota.UNCOVERED: QT_TRANSLATE_NOOP("RotaTable", "No pair"),
              rota.CLOSED: QT_TRANSLATE_NOOP("RotaTable", "Closed"),
              rota.OPTIONAL: QT_TRANSLATE_NOOP("RotaTable", "if open")}


class StateStyle(Mapping):
    """state → (background, text colour, legend wording), from the palette in use when asked."""

    def __getitem__(self, state: str) -> tuple[str, str, str]:
        role, words = STATES[state]
        swatch = status_palette()[role]
        return swatch.fill.name(), swatch.ink.name(), translate("RotaTable", words)

    def __iter__(self) -> Iterator[str]:
        return iter(STATES)

    def __len__(self) -> int:
        return len(STATES)


STATE_STYLE = StateStyle()


def state_words(state: str) -> str:
    """A state's legend wording."""
    return STATE_STYLE[state][2]


def day_text(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day), pattern)


def short_names(names: dict[int, str]) -> dict[int, str]:
    """First names, which fit a square; 'Catherine O.' where two volunteers share one."""
    first = {i: (n.split() or [""])[0] for i, n in names.items()}
    shared = {f for f in first.values() if list(first.values()).count(f) > 1}
    return {i: f"{f} {names[i].split()[-1][0]}." if f in shared and len(names[i].split()) > 1 else f
            for i, f in first.items()}


def visit_words(day: dt.date, outcome: str) -> str:
    """'visited Wednesday 7 October' or 'abandoned visit Wednesday 7 October'."""
    words = (translate("RotaTable", "abandoned visit {day}") if outcome == "abandoned"
             else translate("RotaTable", "visited {day}"))
    return words.format(day=day_text(day, "dddd d MMMM"))


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def wrapped(name: str) -> str:
    """A place's name over two short lines, so the weeks get the width."""
    return textwrap.fill(name, 10, max_lines=2, placeholder="…")


class RotaModel(QAbstractTableModel):
    """Places as rows, weeks as columns, over a :class:`~icvapp.rota.RotaGrid`."""

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

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.places)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.weeks)

    def slot_at(self, index: QModelIndex) -> RotaSlot | None:
        if self.grid is None or not index.isValid():
            return None
        return self.grid.slot(self.grid.places[index.row()][0], self.grid.weeks[index.column()])

    def place_name(self, row: int) -> str:
        return self.grid.places[row][1]

    def pair_names(self, slot: RotaSlot, *, short: bool = False) -> list[str]:
        return [(self.short if short else self.names).get(i, "?") for i in slot.pair if i is not None]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            week, every = self.grid.weeks[section], self.grid.every
            this_week = week <= self.today <= slot_end(week, every)
            if every == "month":
                if role == Qt.ItemDataRole.DisplayRole:
                    return day_text(week, "MMM\nyyyy") + ("\n" + translate("RotaTable", "this month") if this_week
                                                         else "")
                if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                    return day_text(week, "MMMM yyyy") + (translate("RotaTable", " (this month)") if this_week else "")
                if role == Qt.ItemDataRole.FontRole and this_week:
                    return bold()
                return None
            if every == "fortnight" and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                spoken = translate("RotaTable", "Fortnight from Monday {week}").format(
                    week=day_text(week, "d MMMM yyyy"))
                return spoken + (translate("RotaTable", " (this fortnight)") if this_week else "")
            if role == Qt.ItemDataRole.DisplayRole:
                shown = translate("RotaTable", "w/c\n{week}").format(week=day_text(week, "d MMM"))
                return shown + ("\n" + translate("RotaTable", "this week") if this_week else "")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                spoken = translate("RotaTable", "Week of Monday {week}").format(week=day_text(week, "d MMMM yyyy"))
                return spoken + (translate("RotaTable", " (this week)") if this_week else "")
            if role == Qt.ItemDataRole.FontRole and this_week:
                return bold()
        else:
            _, name, occasional = self.grid.places[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return wrapped(name) + ("\n" + translate("RotaTable", "occasional") if occasional else "")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return (translate("RotaTable", "{place} (occasional: visited when open)").format(place=name)
                        if occasional else name)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        slot = self.slot_at(index)
        if slot is None:
            return None
        background, foreground, _ = STATE_STYLE[slot.state]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(slot)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(index.row(), slot)
        if role == Qt.ItemDataRole.BackgroundRole:
            if slot.state == rota.CLOSED:
                return QBrush(QColor(background), Qt.BrushStyle.BDiagPattern)
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.FontRole and slot.state == rota.MISSED:
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display(self, slot: RotaSlot) -> str:
        """At most three short lines: the visit's day, or the state and the pair's first names."""
        if len(slot.visits) == 1:
            _, day, outcome = slot.visits[0]
            mark = "✖" if outcome == "abandoned" else "✔"
            return f"{mark} {day_text(day, 'ddd')}\n{day_text(day, 'd MMM')}"
        if slot.visits:
            return "\n".join(("✖ " if outcome == "abandoned" else "✔ ") + day_text(day, "ddd d")
                             for _, day, outcome in slot.visits[:3])
        pair = self.pair_names(slot, short=True)
        if slot.state == rota.ASSIGNED:
            return "\n".join(pair)
        return "\n".join([translate("RotaTable", SLOT_WORDS[slot.state]), *pair])

    def describe(self, row: int, slot: RotaSlot) -> str:
        """What a screen reader says: 'Beaumont Leys, week of 6 October: missed'."""
        state, every = state_words(slot.state).lower(), self.grid.every
        if every == "month":
            said = translate("RotaTable", "{place}, {month}: {state}").format(
                place=self.place_name(row), month=day_text(slot.week, "MMMM yyyy"), state=state)
        elif every == "fortnight":
            said = translate("RotaTable", "{place}, fortnight from {week}: {state}").format(
                place=self.place_name(row), week=day_text(slot.week, "d MMMM"), state=state)
        else:
            said = translate("RotaTable", "{place}, week of {week}: {state}").format(
                place=self.place_name(row), week=day_text(slot.week, "d MMMM"), state=state)
        parts = [said]
        names = self.pair_names(slot)
        if names:
            parts.append(translate("RotaTable", "pair {names}").format(
                names=translate("RotaTable", " and ").join(names)))
        for _, day, outcome in slot.visits:
            parts.append(visit_words(day, outcome))
        return ", ".join(parts)


class CellDelegate(QStyledItemDelegate):
    """Keeps a square's state colour when selected and marks the selection with a thick frame."""

    def paint(self, painter, option, index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 3))
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()


class RotaTable(QTableView):
    """The grid, one square per place and week; Enter (or Space) assigns a pair, Delete clears it."""

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
            corner.setAccessibleName(self.tr("Corner of the rota"))
        across, down = self.horizontalHeader(), self.verticalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a quarter at a glance, no scrolling
        self.narrowest = self.fontMetrics().horizontalAdvance("Catherine") + 12
        across.setMinimumSectionSize(self.narrowest)
        model.modelReset.connect(self.fit_headers)
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 14)  # three short lines a square

    def fit_headers(self) -> None:
        """Every week's heading fits its column: the columns share the width but never shrink below it."""
        across = self.horizontalHeader()
        needed = max((across.sectionSizeHint(col) for col in range(across.count())), default=0)
        across.setMinimumSectionSize(max(self.narrowest, needed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentIndex().isValid():
            self.assign_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.clear_requested.emit()
            return
        super().keyPressEvent(event)


