"""The visit list: every visit, newest first, loaded a page at a time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import in_language
from icvapp.profile.context import AppContext
from icvapp.reports.nouns import Nouns
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.periods import recent_quarters
from icvapp.scheme.places import list_places
from icvapp.ui.accessible import named
from icvapp.ui.form_words import label_with_free_mnemonic
from icvapp.ui.palette import Role, text_colour
from icvapp.ui.translation import core_translator, speak_for, translate, ui_language
from icvapp.ui.widgets import RowsModel
from icvapp.visits.record import VisitStatus
from icvapp.visits.store import VisitFilter, VisitSummary, count_visits, list_visits

PAGE = 200


def columns(config: SchemeConfig) -> tuple[str, ...]:
    """The list's headings: the place and the counted stages in the kind's nouns, or in the shorter headings its
    definition words them with (a heading made of a noun alone is a sentence a kind may word: ``"{place} [the
    list's column]"``)."""
    speak_for(config)
    nouns = Nouns(config, ui_language())
    return (translate("VisitList", "Date"), translate("VisitList", "{place}", "the list's column").format(
                place=nouns.place),
            translate("VisitList", "Visitors"), translate("VisitList", "Status"),
            translate("VisitList", "{stage}", "the list's first count").format(stage=nouns.stage("root")),
            translate("VisitList", "{stage}", "the list's second count").format(stage=nouns.stage("seen")),
            translate("VisitList", "{subjects}", "the list's column").format(subjects=nouns.subjects))


class VisitListModel(RowsModel):
    """Rows fetched lazily with keyset paging, so years of visits open as fast as a few."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.columns = columns(ctx.config)
        self.ctx = ctx
        self.filter = VisitFilter()
        self.rows: list[VisitSummary] = []
        self.total: int | None = 0
        self._exhausted = True

    def set_filter(self, f: VisitFilter) -> None:
        """Show the first page. With more than a page, ``total`` stays None until
        :meth:`count` runs, so counting years of visits never delays the list."""
        self.beginResetModel()
        self.filter = f
        self.rows = list_visits(self.ctx.db, f, limit=PAGE, config=self.ctx.config)
        self._exhausted = len(self.rows) < PAGE
        self.total = len(self.rows) if self._exhausted else None
        self.endResetModel()

    def count(self) -> int:
        if self.total is None:
            self.total = count_visits(self.ctx.db, self.filter)
        return self.total

    def reload(self) -> None:
        self.set_filter(self.filter)

    # Qt's lazy-loading protocol: the view asks for more as the user scrolls.
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self.rows:
            return
        last = self.rows[-1]
        page = list_visits(self.ctx.db, self.filter, limit=PAGE, after=(last.visit_date, last.id), config=self.ctx.config)
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        v = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, col)
        if role == Qt.ItemDataRole.UserRole:
            return v.id
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            if v.status == VisitStatus.DRAFT:
                return text_colour(Role.WARNING)
            if v.superseded:
                return text_colour(Role.MUTED)
            if v.outcome == "abandoned":
                return text_colour(Role.ERROR)
            if v.status == VisitStatus.SEALED:
                return text_colour(Role.INFO)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(v: VisitSummary, col: int) -> str:
        if col == 0:
            return QLocale().toString(v.visit_date, "ddd d MMM yyyy") if v.visit_date \
                else translate("VisitList", "(no date)")
        if col == 1:
            return v.place
        if col == 2:
            return v.pair
        if col == 3:
            return state_label(v)
        value = (v.present, v.seen, v.conversations)[col - 4]
        return "–" if value is None else QLocale().toString(value)


def state_label(v: VisitSummary) -> str:
    """Draft / Awaiting signatures / Signed / Superseded, with the version and any abandonment."""
    abandoned = translate("VisitList", "{status} · abandoned")
    if v.status == VisitStatus.DRAFT:
        return translate("VisitList", "Draft") if v.version == 1 \
            else translate("VisitList", "Draft amendment (v{version})").format(version=v.version)
    if v.superseded:
        return translate("VisitList", "Superseded (v{version})").format(version=v.version)
    if v.origin == "history":
        text = translate("VisitList", "Imported history")
        return abandoned.format(status=text) if v.outcome == "abandoned" else text
    text = {VisitStatus.COMPLETE: translate("VisitList", "Awaiting signatures"),
            VisitStatus.SEALED: translate("VisitList", "Signed")}.get(v.status, v.status)
    if v.version > 1:
        text = translate("VisitList", "{status} · v{version}").format(status=text, version=v.version)
    return abandoned.format(status=text) if v.outcome == "abandoned" else text


class VisitListView(QWidget):
    """The list with its filters and actions."""

    open_requested = Signal(object)  # visit id, or None for a new visit
    export_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = VisitListModel(ctx, self)
        nouns = self.nouns = Nouns(ctx.config, ui_language())

        # On Linux Qt gives a combo box's current value as its AT-SPI name and names the control through its
        # label (the buddy below, a "labelled by" relation, which is what Orca reads); the description says
        # what the value is for to tools that read the name alone.
        place = nouns.lower("place")
        self.place_filter = named(QComboBox(), self.tr("Filter by {place}").format(place=place),
                                  self.tr("Filter by {place}: the list shows only the visits there").format(
                                      place=place))
        self.period_filter = named(QComboBox(), self.tr("Filter by financial quarter"),
                                   self.tr("Filter by financial quarter: the list shows only that quarter's visits"))
        self.status_filter = named(QComboBox(), self.tr("Filter by status"),
                                   self.tr("Filter by status: the list shows only visits with the chosen status"))
        for label, key in ((self.tr("All statuses"), None), (self.tr("Drafts"), VisitStatus.DRAFT),
                           (self.tr("Awaiting signatures"), VisitStatus.COMPLETE),
                           (self.tr("Signed"), VisitStatus.SEALED)):
            self.status_filter.addItem(label, key)
        self.period_filter.addItem(self.tr("All dates"), None)
        words = core_translator()
        for q in recent_quarters(dt.date.today(), 12):
            self.period_filter.addItem(in_language(q.label, words), q)
        self.count_label = named(QLabel(), self.tr("Number of visits shown"))

        filters = QHBoxLayout()
        self.place_label = QLabel()  # the kind's noun, its Alt+letter chosen once the view is built
        for lab, combo in ((self.place_label, self.place_filter), (QLabel(self.tr("&Quarter")), self.period_filter),
                           (QLabel(self.tr("Stat&us")), self.status_filter)):
            lab.setBuddy(combo)
            filters.addWidget(lab)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.table = named(QTableView(), self.tr("Visits"),
                           self.tr("Every visit, newest first. Press Enter to open the selected one."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        for col, width in ((0, 130), (1, 140), (3, 210), (4, 90), (5, 60), (6, 110)):
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))  # titles are never cut
        self.table.activated.connect(lambda idx: self.open_requested.emit(self.model.data(idx, Qt.ItemDataRole.UserRole)))

        self.new_button = named(QPushButton(self.tr("&New visit")), self.tr("Record a new visit"))
        self.new_button.setAutoDefault(True)  # Enter starts a visit when the button has the focus
        self.open_button = named(QPushButton(self.tr("&Open")), self.tr("Open the selected visit"))
        self.export_button = named(QPushButton(self.tr("E&xport PDF…")),
                                   self.tr("Export the selected visit report as PDF"))
        self.delete_button = named(QPushButton(self.tr("&Delete draft…")), self.tr("Delete the selected draft"))
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.new_button.clicked.connect(lambda: self.open_requested.emit(None))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.export_button.clicked.connect(lambda: self._emit_selected(self.export_requested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))

        hint = self.tr(
            "<b>No visits yet.</b> Press <b>New visit</b> (Alt+N) to record your first one. The places visited "
            "and the volunteers come from your scheme file (File ▸ Join your scheme); at the scheme office, add "
            "them in View ▸ Scheme set-up.")
        self.empty_hint = named(QLabel(hint), self.tr("What to do next"))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        label_with_free_mnemonic(self.place_label, nouns.place, self)

    def load(self) -> None:
        places = [(s.id, s.name) for s in list_places(self.ctx.db)]
        self.place_filter.blockSignals(True)
        current = self.place_filter.currentData()
        self.place_filter.clear()
        self.place_filter.addItem(self.tr("All: {places}").format(places=self.nouns.lower("places")), None)
        for sid, name in places:
            self.place_filter.addItem(name, sid)
        i = self.place_filter.findData(current)
        self.place_filter.setCurrentIndex(max(i, 0))
        self.place_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        period = self.period_filter.currentData()
        f = VisitFilter(place_id=self.place_filter.currentData(), start=period.start if period else None,
                        end=period.end if period else None, status=self.status_filter.currentData())
        self.model.set_filter(f)
        if self.model.total is None:
            self.count_label.setText(self.tr("{count}+ visits").format(count=QLocale().toString(PAGE)))
            QTimer.singleShot(0, self._show_count)
        else:
            self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        nothing_yet = not self.model.rowCount() and f == VisitFilter()
        self.empty_hint.setVisible(nothing_yet)
        if nothing_yet:
            self.new_button.setFocus()  # ready for the first visit: Enter or Space starts it

    def _show_count(self) -> None:
        n = self.model.count()
        self.count_label.setText(self.tr("%Ln visit(s)", "", n))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole) if rows else None

    def selected_summary(self) -> VisitSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _emit_selected(self, signal) -> None:
        vid = self.selected_id()
        if vid is not None:
            signal.emit(vid)

    def _update_buttons(self) -> None:
        v = self.selected_summary()
        self.open_button.setEnabled(v is not None)
        self.export_button.setEnabled(v is not None)
        self.delete_button.setEnabled(v is not None and v.status == VisitStatus.DRAFT)
