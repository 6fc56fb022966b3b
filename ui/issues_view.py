"""Issues to outcome: the office's list of what visits raised, and the follow-up of each."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext
from icvapp.scheme.suites import list_suites
from icvapp.ui.widgets import ChoiceCombo, RowsModel, TextArea, named
from icvapp.visits.issues import (
    CLOSED,
    OPEN,
    IssueFilter,
    IssueRow,
    close_issue,
    list_issues,
    reopen_issue,
    update_issue,
)

COLUMNS = ("Raised", "Suite", "Where", "Issue", "Category", "Escalation", "Days open", "Status")
RAISED, SUITE, WHERE, ISSUE, CATEGORY, ESCALATION, DAYS, STATUS = range(len(COLUMNS))
OVERDUE_RED = "#a40000"


class IssueModel(RowsModel):
    columns = COLUMNS

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.config = ctx.config
        self.rows: list[IssueRow] = []

    def set_rows(self, rows: list[IssueRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.text if col == ISSUE else self.text(r, col)
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.overdue and col in (DAYS, STATUS):
                return QColor(OVERDUE_RED)
            if r.status == CLOSED:
                return QColor("#4b5563")
        if role == Qt.ItemDataRole.FontRole and r.overdue and col in (DAYS, STATUS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, r: IssueRow, col: int) -> str:
        if col == RAISED:
            return f"{r.raised_on.day} {r.raised_on:%b %Y}"
        if col == SUITE:
            return r.suite
        if col == WHERE:
            return r.where
        if col == ISSUE:
            return r.text
        if col == CATEGORY:
            return self.config.label("issue_categories", r.category)
        if col == ESCALATION:
            return self.config.label("escalation_levels", r.escalation)
        if col == DAYS:
            return str(r.days_open)
        if r.status == CLOSED:
            return "Closed"
        return "Overdue" if r.overdue else "Open"


class IssueDetail(QGroupBox):
    """One issue: the visitors' words (read only) and the office's follow-up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Follow-up", parent)
        config = ctx.config
        self.heading = named(QLabel(), "Selected issue")
        self.heading.setStyleSheet("font-weight: 600;")
        self.words = named(QPlainTextEdit(), "What the visitors reported")
        self.words.setReadOnly(True)
        self.words.setTabChangesFocus(True)
        self.category = named(ChoiceCombo(config.issue_categories), "Issue category")
        self.escalation = named(ChoiceCombo(config.escalation_levels), "Escalated to")
        self.police_response = named(TextArea(lines=3), "Police response")
        self.police_response.setPlaceholderText("What the police said or did, and when")
        self.outcome = named(TextArea(lines=3), "Outcome", "Required to close the issue")
        self.outcome.setPlaceholderText("Needed to close: what was done, and is the office satisfied?")
        self.message = named(QLabel(), "Problem with the follow-up")
        self.message.setStyleSheet(f"color: {OVERDUE_RED};")
        self.message.setWordWrap(True)
        self.message.hide()

        self.save_button = named(QPushButton("Save follo&w-up"), "Save the category, escalation and police response")
        self.close_button = named(QPushButton("C&lose issue"), "Close the issue with the outcome recorded")
        self.reopen_button = named(QPushButton("&Reopen"), "Reopen this closed issue")
        self.visit_button = named(QPushButton("Open the v&isit report"), "Open the visit report that raised this")

        lines = self.fontMetrics().lineSpacing()
        self.words.setFixedHeight(lines * 4 + 14)
        for area in (self.police_response, self.outcome):  # as tall as the left column, no taller
            area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        left = QVBoxLayout()
        left.addWidget(QLabel("The visitors reported"))
        left.addWidget(self.words)
        choices = QFormLayout()
        choices.addRow("Cate&gory", self.category)
        choices.addRow("Esc&alated to", self.escalation)
        left.addLayout(choices)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        for text, widget in (("&Police response", self.police_response), ("Outco&me", self.outcome)):
            label = QLabel(text)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            columns.addLayout(column, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.visit_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.reopen_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Tab order follows the reading order: words, category, escalation, response, outcome, buttons.
        order = [self.words, self.category, self.escalation, self.police_response, self.outcome,
                 self.visit_button, self.save_button, self.reopen_button, self.close_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def show_issue(self, r: IssueRow | None, outcome_draft: str | None) -> None:
        self.message.hide()
        self.setEnabled(r is not None)
        if r is None:
            self.heading.setText("No issue selected.")
            for w in (self.words, self.police_response, self.outcome):
                w.setPlainText("")
            return
        state = f"closed on {r.closed_on:%d %b %Y}" if r.status == CLOSED and r.closed_on else (
            f"open {r.days_open} days" + (" — overdue for follow-up" if r.overdue else ""))
        self.heading.setText(f"{r.suite} · {r.where} · raised {r.raised_on:%a %d %b %Y} · {state}")
        self.words.setPlainText(r.text)
        for combo, key in ((self.category, r.category), (self.escalation, r.escalation)):
            if combo.findData(key) < 0:  # e.g. from imported history: keep it rather than silently change it
                combo.addItem(key.replace("_", " ").capitalize(), key)
            combo.set_value(key)
        self.police_response.set_value(r.police_response)
        self.outcome.set_value(outcome_draft if outcome_draft is not None else r.outcome)
        is_open = r.status == OPEN
        self.outcome.setReadOnly(not is_open)
        self.close_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class IssuesView(QWidget):
    """Every tracked issue, filterable, with the selected one's follow-up below."""

    open_visit_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.model = IssueModel(ctx, self)
        self.current_id: int | None = None
        self.outcome_drafts: dict[int, str] = {}  # typed outcomes survive moving between issues

        self.status_filter = named(QComboBox(), "Show open, closed or all issues")
        for label, key in (("Open", OPEN), ("Closed", CLOSED), ("All", None)):
            self.status_filter.addItem(label, key)
        self.suite_filter = named(QComboBox(), "Filter issues by suite")
        self.category_filter = named(ChoiceCombo(ctx.config.issue_categories, blank="All categories"),
                                     "Filter issues by category")
        self.escalation_filter = named(ChoiceCombo(ctx.config.escalation_levels, blank="All levels"),
                                       "Filter issues by escalation")
        self.overdue_only = named(QCheckBox("&Overdue only"), "Show only overdue issues",
                                  f"Open longer than {ctx.config.issue_overdue_days} days")
        self.count_label = named(QLabel(), "Number of issues shown")
        filters = QHBoxLayout()
        for text, combo in (("Stat&us", self.status_filter), ("Sui&te", self.suite_filter),
                            ("&Category", self.category_filter), ("&Escalation", self.escalation_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8 if combo is self.status_filter else 13)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(6)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = named(QTableView(), "Issues")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName("Corner of the issue list")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ISSUE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((RAISED, 90), (SUITE, 105), (WHERE, 155), (CATEGORY, 160), (ESCALATION, 135),
                           (DAYS, 75), (STATUS, 75)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda _i: self.detail.category.setFocus())

        self.detail = IssueDetail(ctx)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

        for combo in (self.status_filter, self.suite_filter, self.category_filter, self.escalation_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _on: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail.save_button.clicked.connect(lambda: self.save_follow_up())
        self.detail.close_button.clicked.connect(self.close_selected)
        self.detail.reopen_button.clicked.connect(self.reopen_selected)
        self.detail.visit_button.clicked.connect(self._open_visit)
        self._load_suites()
        self.reload()

    # ------------------------------------------------------------------ loading

    def _load_suites(self) -> None:
        current = self.suite_filter.currentData()
        self.suite_filter.blockSignals(True)
        self.suite_filter.clear()
        self.suite_filter.addItem("All suites", None)
        for s in list_suites(self.ctx.db):
            self.suite_filter.addItem(s.name, s.id)
        self.suite_filter.setCurrentIndex(max(self.suite_filter.findData(current), 0))
        self.suite_filter.blockSignals(False)

    def current_filter(self) -> IssueFilter:
        return IssueFilter(status=self.status_filter.currentData(), suite_id=self.suite_filter.currentData(),
                           category=self.category_filter.value(), escalation=self.escalation_filter.value(),
                           overdue_only=self.overdue_only.isChecked())

    def reload(self) -> None:
        """Read the list again (suites too), keeping the selected issue when it still matches."""
        self._load_suites()
        self.apply_filter()

    def apply_filter(self) -> None:
        self.save_pending()
        keep, self.current_id = self.current_id, None
        rows = list_issues(self.ctx.db, self.ctx.config, self.current_filter(), today=self.today)
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        self.count_label.setText(f"{len(rows)} issue{'s' if len(rows) != 1 else ''}"
                                 + (f" · {overdue} overdue" if overdue else ""))
        ids = [r.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._selection_changed()

    def _selected_index(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else None

    def selected_row(self) -> IssueRow | None:
        index = self._selected_index()
        return self.model.rows[index.row()] if index is not None else None

    def _selection_changed(self) -> None:
        r = self.selected_row()
        if r is not None and r.id == self.current_id:
            return
        self.save_pending()
        self.current_id = r.id if r else None
        self.detail.show_issue(r, self.outcome_drafts.get(r.id) if r else None)

    # ------------------------------------------------------------------ follow-up

    def _row(self, issue_id: int | None) -> IssueRow | None:
        return next((r for r in self.model.rows if r.id == issue_id), None)

    def _edited(self, r: IssueRow) -> bool:
        d = self.detail
        return (d.category.value(), d.escalation.value(), d.police_response.value()) != (
            r.category, r.escalation, r.police_response)

    def save_pending(self) -> None:
        """Keep what was typed for the issue being left: follow-up saved, outcome held until closing."""
        r = self._row(self.current_id)
        if r is None:
            return
        if r.status == OPEN and self.detail.outcome.value() != r.outcome:
            self.outcome_drafts[r.id] = self.detail.outcome.value()
        if self._edited(r):
            self.save_follow_up(quiet=True)

    def save_follow_up(self, *, quiet: bool = False) -> bool:
        r = self._row(self.current_id)
        if r is None:
            return False
        d = self.detail
        try:
            update_issue(self.ctx.db, self.ctx.config, r.id, category=d.category.value(),
                         escalation=d.escalation.value(), police_response=d.police_response.value())
        except UserFacingError as exc:
            d.show_message(exc.message)
            return False
        self._refresh_row(r.id)
        if not quiet:
            d.message.hide()
            self.status_message.emit("Follow-up saved.")
        return True

    def _refresh_row(self, issue_id: int) -> None:
        """Swap in the stored state of one issue without disturbing the selection."""
        fresh = {x.id: x for x in list_issues(self.ctx.db, self.ctx.config, IssueFilter(status=None),
                                              today=self.today)}
        for i, row in enumerate(self.model.rows):
            if row.id == issue_id and issue_id in fresh:
                self.model.rows[i] = fresh[issue_id]
                self.model.dataChanged.emit(self.model.index(i, 0), self.model.index(i, len(COLUMNS) - 1))

    def close_selected(self) -> None:
        r = self._row(self.current_id)
        if r is None or not self.save_follow_up(quiet=True):
            return
        try:
            close_issue(self.ctx.db, r.id, self.detail.outcome.value())
        except UserFacingError as exc:
            self.detail.show_message(f"{exc.message} {exc.hint}".strip())
            self.detail.outcome.setFocus()
            return
        self.outcome_drafts.pop(r.id, None)
        self.current_id = None  # nothing left to keep: it is stored
        position = shown.row() if (shown := self._selected_index()) is not None else 0
        self.apply_filter()
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))
        self.status_message.emit(f"Issue closed: {r.suite}, {r.where}.")
        self.table.setFocus()

    def reopen_selected(self) -> None:
        r = self._row(self.current_id)
        if r is None:
            return
        try:
            reopen_issue(self.ctx.db, r.id)
        except UserFacingError as exc:
            self.detail.show_message(exc.message)
            return
        self._refresh_row(r.id)
        self.current_id = None
        self._selection_changed()
        self.status_message.emit(f"Issue reopened: {r.suite}, {r.where}.")

    def _open_visit(self) -> None:
        r = self._row(self.current_id)
        if r is not None:
            self.save_pending()
            self.open_visit_requested.emit(r.visit_id)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.save_pending()
        super().hideEvent(event)
