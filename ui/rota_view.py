"""The rota: a quarter at a glance, places × weeks (months for a monthly scheme), and who is on each.

The rota holds a pair for a week and nothing finer: the pair choose the day and
the time and tell no one, so nothing here asks for or shows a planned day.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError, in_language
from icvapp.profile.context import AppContext
from icvapp.scheme import rota
from icvapp.scheme.periods import Period, quarter, quarter_of, recent_quarters, slot_end
from icvapp.scheme.places import active_volunteers, list_volunteers
from icvapp.scheme.rota import RotaGrid, RotaSlot, assign_pair, clear_pair, rota_grid
from icvapp.ui.accessible import named
from icvapp.ui.dialogs import show_error
from icvapp.ui.palette import Role, status_palette, text_style
from icvapp.ui.rota_table import STATE_STYLE, STATES, RotaModel, RotaTable, state_words, visit_words
from icvapp.ui.translation import core_translator, speak_for, translate
from icvapp.ui.widgets import ChoiceCombo

# The rota's words for a scheme visited by the month or the fortnight (the first kind's rota keeps its own).
SLOT_WORDS = {
    "week": {"label": QT_TRANSLATE_NOOP("RotaView", "Ro&ta — select a week and press Enter to assign a pair"),
             "selected": QT_TRANSLATE_NOOP("RotaView", "The selected week"),
             "assign": QT_TRANSLATE_NOOP("RotaView", "Assign a pair for the selected week"),
             "clear": QT_TRANSLATE_NOOP("RotaView", "Take the pair off the selected week")},
    "fortnight": {"label": QT_TRANSLATE_NOOP("RotaView", "Ro&ta — select a fortnight and press Enter to assign a "
                                                         "pair"),
                  "selected": QT_TRANSLATE_NOOP("RotaView", "The selected fortnight"),
                  "assign": QT_TRANSLATE_NOOP("RotaView", "Assign a pair for the selected fortnight"),
                  "clear": QT_TRANSLATE_NOOP("RotaView", "Take the pair off the selected fortnight")},
    "month": {"label": QT_TRANSLATE_NOOP("RotaView", "Ro&ta — select a month and press Enter to assign a pair"),
              "selected": QT_TRANSLATE_NOOP("RotaView", "The selected month"),
              "assign": QT_TRANSLATE_NOOP("RotaView", "Assign a pair for the selected month"),
              "clear": QT_TRANSLATE_NOOP("RotaView", "Take the pair off the selected month")},
}


def slot_text(day: dt.date, every: str) -> str:
    """A rota slot as a sentence names it: "November 2026", "the week commencing Monday 3 November 2026"."""
    if every == "month":
        return QLocale().toString(day, "MMMM yyyy")
    long_day = QLocale().toString(day, "d MMMM yyyy")
    if every == "fortnight":
        return translate("RotaView", "the fortnight from Monday {date}").format(date=long_day)
    return translate("RotaView", "the week commencing Monday {date}").format(date=long_day)


class AssignPairDialog(QDialog):
    """Choose the pair for one place and one week (never a day or a time)."""

    def __init__(self, ctx: AppContext, place_name: str, slot: RotaSlot, names: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.slot = ctx, slot
        week = slot.week
        self.setWindowTitle(self.tr("Assign a pair"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<b>{place}</b> — {when}").format(place=escape(place_name),
                                                                   when=slot_text(week, ctx.config.target_every)))
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)  # a long place name or a long language wraps, never cut
        note = QLabel(self.tr("The pair choose the day and time themselves and tell no one, so the visit stays "
                              "unannounced."))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(Role.MUTED))
        layout.addWidget(heading)
        layout.addWidget(note)

        people = active_volunteers(ctx.db, on=week)
        for vid in slot.pair:  # keep whoever is already on the rota, even if no longer active
            if vid is not None and vid not in {i for i, _ in people}:
                people.append((vid, self.tr("{name} (not active then)").format(name=names.get(vid, "?"))))
        form = QFormLayout()
        self.first = named(ChoiceCombo(people, blank=self.tr("No one")), self.tr("First visitor"))
        self.second = named(ChoiceCombo(people, blank=self.tr("No one")), self.tr("Second visitor"))
        self.first.set_value(slot.pair[0])
        self.second.set_value(slot.pair[1])
        form.addRow(self.tr("&First visitor"), self.first)
        form.addRow(self.tr("&Second visitor"), self.second)
        layout.addLayout(form)
        self.message = named(QLabel(), self.tr("Problem with the pair"))
        self.message.setStyleSheet(text_style(Role.ERROR))
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Assign this pair"))
        self.ok_button.setText(self.tr("&Assign"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel without changing the rota"))
        self.clear_button = named(buttons.addButton(self.tr("&Clear the pair"), QDialogButtonBox.ButtonRole.ResetRole),
                                  self.tr("Take the pair off the rota here"))
        self.clear_button.setEnabled(slot.pair != (None, None))
        self.clear_button.clicked.connect(self.clear)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()

    def save(self) -> None:
        try:
            assign_pair(self.ctx.db, self.slot.place_id, self.slot.week, self.first.value(), self.second.value(),
                        every=self.ctx.config.target_every)
        except UserFacingError as exc:
            self.message.setText(exc.message_in(core_translator()))
            self.message.show()
            return
        self.accept()

    def clear(self) -> None:
        self.first.set_value(None)
        self.second.set_value(None)
        self.save()


class RotaView(QWidget):
    """The co-ordinator's rota for one quarter."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        speak_for(ctx.config)
        self.fixed_today = today  # tests pin the date; the app follows the clock
        self.today = today or dt.date.today()
        self.model = RotaModel(self)
        self.dialog: AssignPairDialog | None = None

        self.quarter = named(QComboBox(), self.tr("Quarter shown in the rota"))
        fy, q = quarter_of(self.today)
        upcoming = quarter(fy, q + 1) if q < 4 else quarter(fy + 1, 1)
        words = core_translator()
        self.quarter.addItem(self.tr("{quarter} (next)").format(quarter=in_language(upcoming.label, words)), upcoming)
        for i, period in enumerate(recent_quarters(self.today, 8)):
            label = in_language(period.label, words)
            self.quarter.addItem(self.tr("{quarter} (this quarter)").format(quarter=label) if i == 0 else label, period)
        self.quarter.setCurrentIndex(1)
        quarter_label = QLabel(self.tr("&Quarter"))
        quarter_label.setBuddy(self.quarter)
        self.summary = named(QLabel(), self.tr("Rota summary"))
        self.summary.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(quarter_label)
        top.addWidget(self.quarter)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.every = ctx.config.target_every
        rows = {"month": self.tr("Rota by month"), "fortnight": self.tr("Rota by fortnight")}
        self.table = named(RotaTable(self.model), rows.get(self.every, self.tr("Rota by week")),
                           self.tr("Each row is one place visited and each column one period of the visit "
                                   "target. Press Enter to assign a pair, Delete to clear it."))
        lines = self.table.fontMetrics().lineSpacing()
        self.table.assign_requested.connect(self.assign)
        self.table.clear_requested.connect(self.clear)
        self.table.doubleClicked.connect(lambda _index: self.assign())
        table_label = QLabel(self.slot("label"))
        table_label.setBuddy(self.table)

        self.detail = named(QLabel(), self.slot("selected"))
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(lines * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.legend = named(QLabel(), self.tr("Colour key"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.assign_button = named(QPushButton(self.tr("&Assign pair…")), self.slot("assign"))
        self.clear_button = named(QPushButton(self.tr("&Clear pair")), self.slot("clear"))
        self.assign_button.clicked.connect(self.assign)
        self.clear_button.clicked.connect(self.clear)
        actions = QHBoxLayout()
        actions.addWidget(self.assign_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 100)  # grows to fit the places; the stretch below takes the rest
        layout.addWidget(self.legend)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.setFocusProxy(self.table)

        self.quarter.currentIndexChanged.connect(lambda _i: self.reload())
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def slot(self, name: str) -> str:
        """One of :data:`SLOT_WORDS` for the scheme's visit target period, in the app's language."""
        return self.tr(SLOT_WORDS.get(self.every, SLOT_WORDS["week"])[name])

    @property
    def period(self) -> Period:
        return self.quarter.currentData()

    def reload(self) -> None:
        """Read the grid again, keeping the selected square."""
        current = self.table.currentIndex()
        self.today = self.fixed_today or dt.date.today()
        names = {v.id: v.name for v in list_volunteers(self.ctx.db)}
        grid = rota_grid(self.ctx.db, self.period, today=self.today, every=self.every)
        self.model.set_grid(grid, names, self.today)
        self._fit_height()
        if current.isValid() and current.row() < self.model.rowCount() and current.column() < self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, self._first_open_week(grid)))
        self._show_counts(grid)

    def _fit_height(self) -> None:
        """As tall as the places need, so the key and the selected week sit just under the grid."""
        t = self.table
        across = t.horizontalHeader()
        needs_scrolling = (t.verticalHeader().sizeHint().width() + across.minimumSectionSize() * across.count()
                           + 2 * t.frameWidth()) > t.width()
        t.setMaximumHeight(across.sizeHint().height() + t.verticalHeader().length() + 2 * t.frameWidth()
                           + (t.horizontalScrollBar().sizeHint().height() if needs_scrolling else 0))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _first_open_week(self, grid: RotaGrid) -> int:
        """Start on this week (or the quarter's first week when looking back or ahead)."""
        for col, week in enumerate(grid.weeks):
            if week <= self.today <= slot_end(week, grid.every):
                return col
        return 0

    def _show_counts(self, grid: RotaGrid) -> None:
        missed, uncovered = grid.count(rota.MISSED), grid.count(rota.UNCOVERED)
        locale = QLocale()
        self.summary.setText(self.tr("{missed} missed · {uncovered} without a pair · {visited} visited · "
                                     "{assigned} with a pair to come").format(
            missed=locale.toString(missed), uncovered=locale.toString(uncovered),
            visited=locale.toString(grid.count(rota.VISITED)), assigned=locale.toString(grid.count(rota.ASSIGNED))))
        chips = []
        for state in STATE_STYLE:
            background, foreground, _ = STATE_STYLE[state]
            words = state_words(state)
            n = "" if state == rota.OPTIONAL else f" ({grid.count(state)})"
            chips.append(f'<span style="background:{background}; color:{foreground};">&nbsp;{words}{n}&nbsp;</span>')
        self.legend.setText(self.tr("Key: {chips}").format(chips=" &nbsp; ".join(chips)))
        self.legend.setAccessibleDescription(self.summary.text())

    def selected_slot(self) -> RotaSlot | None:
        return self.model.slot_at(self.table.currentIndex())

    def _update_buttons(self) -> None:
        slot = self.selected_slot()
        self.assign_button.setEnabled(slot is not None)
        self.clear_button.setEnabled(slot is not None and slot.pair != (None, None))
        empty = self.tr("Nothing to visit yet: add the places under View ▸ Scheme set-up.") \
            if not self.model.rowCount() else ""
        self.detail.setText(self._describe_selected(slot) if slot else empty)

    def _describe_selected(self, slot: RotaSlot) -> str:
        place, week = self.model.place_name(self.table.currentIndex().row()), slot.week
        words = state_words(slot.state)
        # The words sit on the window, not on the square's fill: the role's window colour, not its ink.
        colour = status_palette()[STATES[slot.state][0]].text.name()
        names = self.model.pair_names(slot)
        state = f'<span style="color:{colour};"><b>{words}</b></span>'
        pair = escape(self.tr(" and ").join(names)) if names else self.tr("none assigned")
        lines = [self.tr("<b>{place}</b>, {when} — {state}").format(place=escape(place),
                                                                    when=slot_text(week, self.every), state=state),
                 self.tr("Pair: {pair}").format(pair=pair)]
        lines += [(w := visit_words(day, outcome))[0].upper() + w[1:] for _, day, outcome in slot.visits]
        if slot.state == rota.ASSIGNED:
            lines.append(self.tr("The pair choose the day and time and tell no one."))
        return "<br>".join(lines)

    def assign(self) -> None:
        """Open the pair dialog for the selected square (window-modal, so the window stays painted)."""
        slot = self.selected_slot()
        if slot is None:
            return
        place = self.model.place_name(self.table.currentIndex().row())
        self.dialog = AssignPairDialog(self.ctx, place, slot, self.model.names, self)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.finished.connect(lambda result: self._assigned(result, place))
        self.dialog.open()

    def _assigned(self, result: int, place: str) -> None:
        self.dialog.deleteLater()
        self.dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.reload()
            slot = self.selected_slot()
            who = self.tr(" and ").join(self.model.pair_names(slot)) or self.tr("No one")
            self.status_message.emit(self.tr("{who} on {place}, {when}.").format(
                who=who, place=place, when=slot_text(slot.week, self.every)))
        self.table.setFocus()

    def clear(self) -> None:
        slot = self.selected_slot()
        if slot is None or slot.pair == (None, None):
            return
        try:
            clear_pair(self.ctx.db, slot.place_id, slot.week, every=self.every)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.reload()
        place = self.model.place_name(self.table.currentIndex().row())
        self.status_message.emit(self.tr("Pair taken off {place}, {when}.").format(
            place=place, when=slot_text(slot.week, self.every)))
        self.table.setFocus()
