"""Small forgiving input widgets shared by the form sections, and a few helpers every view uses."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from icvapp.scheme.config import Choice
from icvapp.ui.translation import translate, ui_language

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.\s]?(\d{2}))?\s*(am|pm|a|p)?\s*$", re.IGNORECASE)


def parse_time(text: str) -> dt.time | None:
    """Read '21:30', '2130', '9.30pm', '9pm' or '0005'; ``None`` for blank.

    Raises ValueError for text that is not a time.
    """
    text = text.strip()
    if not text:
        return None
    m = _TIME.match(text)
    if not m:
        raise ValueError(text)
    hour, minute, ampm = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return dt.time(hour, minute)  # raises ValueError when out of range


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` in a frameless area that scrolls when the window is too small for it."""
    area = QScrollArea()
    area.setAccessibleName(name or widget.accessibleName())
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop of its own: Tab goes to the fields inside
    return area


class DateField(QDateEdit):
    """A date that is one tab stop: Tab leaves the field; Left and Right move between day, month and year."""

    #: The sections whose Up and Down move the whole date across month and year ends (see :meth:`stepBy`).
    STEPPED = (QDateEdit.Section.DaySection, QDateEdit.Section.MonthSection, QDateEdit.Section.YearSection)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, calendarPopup=True)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.displayedSections() & QDateEdit.Section.DaySection:
            self.setCurrentSection(QDateEdit.Section.DaySection)  # Up and Down move a day: Down is yesterday

    def _stepped(self, steps: int) -> QDate | None:
        """The date ``steps`` days (months, years: the current section's) away, within the field's range; None
        outside it, or in a section this field leaves to Qt."""
        when = self.date()
        move = {QDateEdit.Section.DaySection: when.addDays, QDateEdit.Section.MonthSection: when.addMonths,
                QDateEdit.Section.YearSection: when.addYears}.get(self.currentSection())
        target = move(steps) if move is not None else None
        return target if target is not None and self.minimumDate() <= target <= self.maximumDate() else None

    def stepEnabled(self):
        """Up and Down while the date a step reaches is within range (Qt's own answer stops the day section at the
        month's first and last day)."""
        if self.currentSection() not in self.STEPPED:
            return super().stepEnabled()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._stepped(-1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self._stepped(1) is not None:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def stepBy(self, steps: int) -> None:
        """Up and Down move by whole days (months, years) across the month's and the year's end: on the 1st,
        Down is the last day of the month before, not the 1st again as Qt's day section alone would leave it."""
        section = self.currentSection()
        if section not in self.STEPPED:
            super().stepBy(steps)
            return
        target = self._stepped(steps)
        if target is not None:
            self.setDate(target)
            self.setCurrentSection(section)


class TimeField(QLineEdit):
    """A time of day typed the way people type it; blank means not entered yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Hours and minutes, as a placeholder in a time field: keep it short (about 5 characters).
        self.setPlaceholderText(translate("TimeField", "hh:mm"))
        self.setMaximumWidth(90)
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        try:
            t = parse_time(self.text())
        except ValueError:
            return
        if t is not None and self.text() != f"{t:%H:%M}":
            self.setText(f"{t:%H:%M}")

    def is_valid(self) -> bool:
        try:
            parse_time(self.text())
        except ValueError:
            return False
        return True

    def value(self) -> dt.time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def set_value(self, t: dt.time | None) -> None:
        self.setText("" if t is None else f"{t:%H:%M}")


class CountField(QLineEdit):
    """A whole number of people; blank means not recorded (not zero)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 9999, self))
        self.setMaximumWidth(70)
        self.setPlaceholderText("–")

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, n: int | None) -> None:
        self.setText("" if n is None else str(n))


class ChoiceCombo(QComboBox):
    """A combo of configured choices, optionally with a blank first entry."""

    def __init__(self, choices: tuple[Choice, ...] | list[tuple[str | None, str]], *,
                 blank: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        language = ui_language()
        for c in choices:  # the scheme's own lists carry their labels in each language they offer
            key, label = (c.key, c.label_in(language)) if isinstance(c, Choice) else c
            self.addItem(label, key)

    def value(self):
        return self.currentData()

    def set_value(self, key) -> None:
        i = self.findData(key)
        self.setCurrentIndex(max(i, 0))


class TextArea(QPlainTextEdit):
    """Multi-line free text that tells the form when focus leaves it."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


def yes_no() -> list[tuple[bool, str]]:
    return [(True, translate("Conversation", "Yes")), (False, translate("Conversation", "No"))]


class RowsModel(QAbstractTableModel):
    """A read-only table over ``self.rows``, with its column titles in ``columns``."""

    columns: tuple[str, ...] | list[str] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None
