"""Issues to outcome: the office's list of what visits raised, and the follow-up of each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext
from icvapp.reports.nouns import Nouns
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.places import list_places
from icvapp.ui.accessible import named
from icvapp.ui.form_words import label_with_free_mnemonic
from icvapp.ui.issue_detail import IssueDetail
from icvapp.ui.palette import Role, text_colour
from icvapp.ui.translation import core_translator, error_text, speak_for, translate, ui_language
from icvapp.ui.widgets import ChoiceCombo, RowsModel
from icvapp.ui.window_state import remember_columns
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

RAISED, PLACE, WHERE, ISSUE, CATEGORY, ESCALATION, DAYS, STATUS = range(8)


def columns(config: SchemeConfig) -> tuple[str, ...]:
    """The list's headings, the place in the kind's noun (or the heading its definition words it with)."""
    speak_for(config)
    place = translate("IssueModel", "{place}", "the list's column").format(place=config.word("place", ui_language()))
    return (translate("IssueModel", "Raised"), place, translate("IssueModel", "Where"),
            translate("IssueModel", "Issue"), translate("IssueModel", "Category"),
            translate("IssueModel", "Escalation"), translate("IssueModel", "Days open"),
            translate("IssueModel", "Status"))


class IssueModel(RowsModel):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns(ctx.config)
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
                return text_colour(Role.ERROR)
            if r.status == CLOSED:
                return text_colour(Role.MUTED)
        if role == Qt.ItemDataRole.FontRole and r.overdue and col in (DAYS, STATUS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, r: IssueRow, col: int) -> str:
        if col == RAISED:
            return QLocale().toString(r.raised_on, "d MMM yyyy")
        if col == PLACE:
            return r.place
        if col == WHERE:
            return r.where
        if col == ISSUE:
            return r.text
        if col == CATEGORY:
            return self.config.label("issue_categories", r.category, ui_language())
        if col == ESCALATION:
            return self.config.label("escalation_levels", r.escalation, ui_language())
        if col == DAYS:
            return QLocale().toString(r.days_open)
        if r.status == CLOSED:
            return self.tr("Closed")
        return self.tr("Overdue") if r.overdue else self.tr("Open")


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

        self.status_filter = named(QComboBox(), self.tr("Show open, closed or all issues"))
        for label, key in ((self.tr("Open"), OPEN), (self.tr("Closed"), CLOSED), (self.tr("All"), None)):
            self.status_filter.addItem(label, key)
        nouns = self.nouns = Nouns(ctx.config, ui_language())
        self.place_filter = named(QComboBox(), self.tr("Filter issues by {place}").format(place=nouns.lower("place")))
        self.category_filter = named(ChoiceCombo(ctx.config.issue_categories, blank=self.tr("All categories")),
                                     self.tr("Filter issues by category"))
        self.escalation_filter = named(ChoiceCombo(ctx.config.escalation_levels, blank=self.tr("All levels")),
                                       self.tr("Filter issues by escalation"))
        self.overdue_only = named(QCheckBox(self.tr("&Overdue only")), self.tr("Show only overdue issues"),
                                  self.tr("Open longer than %n day(s)", "", ctx.config.issue_overdue_days))
        self.count_label = named(QLabel(), self.tr("Number of issues shown"))
        filters = QHBoxLayout()
        self.place_label = QLabel()  # the kind's noun, its Alt+letter chosen once the view is built
        for label, combo in ((QLabel(self.tr("Stat&us")), self.status_filter), (self.place_label, self.place_filter),
                             (QLabel(self.tr("&Category")), self.category_filter),
                             (QLabel(self.tr("&Escalation")), self.escalation_filter)):
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8 if combo is self.status_filter else 13)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(6)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = named(QTableView(), self.tr("Issues"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setCornerButtonEnabled(False)
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(self.tr("Corner of the issue list"))
        remember_columns(self.table, "issues", ctx.data_dir, fill=ISSUE)  # the issue's words take the room left
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

        for combo in (self.status_filter, self.place_filter, self.category_filter, self.escalation_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _on: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.detail.save_button.clicked.connect(lambda: self.save_follow_up())
        self.detail.close_button.clicked.connect(self.close_selected)
        self.detail.reopen_button.clicked.connect(self.reopen_selected)
        self.detail.visit_button.clicked.connect(self._open_visit)
        label_with_free_mnemonic(self.place_label, nouns.place, self)
        self._load_places()
        self.reload()

    # ------------------------------------------------------------------ loading

    def _load_places(self) -> None:
        current = self.place_filter.currentData()
        self.place_filter.blockSignals(True)
        self.place_filter.clear()
        self.place_filter.addItem(self.tr("All: {places}").format(places=self.nouns.lower("places")), None)
        for s in list_places(self.ctx.db):
            self.place_filter.addItem(s.name, s.id)
        self.place_filter.setCurrentIndex(max(self.place_filter.findData(current), 0))
        self.place_filter.blockSignals(False)

    def current_filter(self) -> IssueFilter:
        return IssueFilter(status=self.status_filter.currentData(), place_id=self.place_filter.currentData(),
                           category=self.category_filter.value(), escalation=self.escalation_filter.value(),
                           overdue_only=self.overdue_only.isChecked())

    def reload(self) -> None:
        """Read the list again (places too), keeping the selected issue when it still matches."""
        self._load_places()
        self.apply_filter()

    def apply_filter(self) -> None:
        self.save_pending()
        keep, self.current_id = self.current_id, None
        rows = list_issues(self.ctx.db, self.ctx.config, self.current_filter(), today=self.today)
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        count = self.tr("%Ln issue(s)", "", len(rows))
        self.count_label.setText(self.tr("{issues} · {overdue} overdue").format(
            issues=count, overdue=QLocale().toString(overdue)) if overdue else count)
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
            d.show_message(exc.message_in(core_translator()))
            return False
        self._refresh_row(r.id)
        if not quiet:
            d.message.hide()
            self.status_message.emit(self.tr("Follow-up saved."))
        return True

    def _refresh_row(self, issue_id: int) -> None:
        """Swap in the stored state of one issue without disturbing the selection."""
        fresh = {x.id: x for x in list_issues(self.ctx.db, self.ctx.config, IssueFilter(status=None),
                                              today=self.today)}
        for i, row in enumerate(self.model.rows):
            if row.id == issue_id and issue_id in fresh:
                self.model.rows[i] = fresh[issue_id]
                self.model.dataChanged.emit(self.model.index(i, 0), self.model.index(i, len(self.model.columns) - 1))

    def close_selected(self) -> None:
        r = self._row(self.current_id)
        if r is None or not self.save_follow_up(quiet=True):
            return
        try:
            close_issue(self.ctx.db, r.id, self.detail.outcome.value())
        except UserFacingError as exc:
            self.detail.show_message(error_text(exc))
            self.detail.outcome.setFocus()
            return
        self.outcome_drafts.pop(r.id, None)
        self.current_id = None  # nothing left to keep: it is stored
        position = shown.row() if (shown := self._selected_index()) is not None else 0
        self.apply_filter()
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))
        self.status_message.emit(self.tr("Issue closed: {place}, {where}.").format(place=r.place, where=r.where))
        self.table.setFocus()

    def reopen_selected(self) -> None:
        r = self._row(self.current_id)
        if r is None:
            return
        try:
            reopen_issue(self.ctx.db, r.id)
        except UserFacingError as exc:
            self.detail.show_message(exc.message_in(core_translator()))
            return
        self._refresh_row(r.id)
        self.current_id = None
        self._selection_changed()
        self.status_message.emit(self.tr("Issue reopened: {place}, {where}.").format(place=r.place, where=r.where))

    def _open_visit(self) -> None:
        r = self._row(self.current_id)
        if r is not None:
            self.save_pending()
            self.open_visit_requested.emit(r.visit_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_pending()
        super().hideEvent(event)
