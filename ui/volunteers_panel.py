"""Scheme set-up: the volunteers, with the dates they are active and who co-ordinates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext
from icvapp.scheme.places import VolunteerInfo, list_volunteers, save_volunteer
from icvapp.ui.accessible import named
from icvapp.ui.palette import Role, text_style
from icvapp.ui.setup_widgets import (
    OptionalDate,
    day_text,
    fill,
    make_table,
    message_label,
    select_id,
    selected_id,
    show_problem,
)


class VolunteersPanel(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: int | None = None
        self.table = make_table(self.tr("Volunteers"), [self.tr("Name"), self.tr("Active from"),
                                                        self.tr("Active until"), self.tr("Co-ordinator")])

        editor = QGroupBox(self.tr("Volunteer"))
        form = QFormLayout(editor)
        self.name = named(QLineEdit(), self.tr("Volunteer's name"))
        self.active_from = OptionalDate(self.tr("Active from"), self.tr("No start &date"))
        self.active_to = OptionalDate(self.tr("Active until"), self.tr("Still a&ctive"))
        self.coordinator = named(QCheckBox(self.tr("Co-o&rdinator (keeps the rota)")),
                                 self.tr("Is a co-ordinator"))
        self.message = message_label(self.tr("Problem with the volunteer"))
        self.new_button = named(QPushButton(self.tr("Ne&w volunteer")), self.tr("Start a new volunteer"))
        self.save_button = named(QPushButton(self.tr("Sav&e volunteer")), self.tr("Save this volunteer"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Active from"), self.active_from)
        form.addRow(self.tr("Active &until"), self.active_to)
        form.addRow(self.coordinator)
        hint = QLabel(self.tr("The rota offers a volunteer only for the weeks they are active."))
        hint.setWordWrap(True)
        hint.setStyleSheet(text_style(Role.MUTED))
        form.addRow(hint)
        form.addRow(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        right = QVBoxLayout()
        right.addWidget(editor)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)

        self.people: dict[int, VolunteerInfo] = {}
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else selected_id(self.table)
        people = list_volunteers(self.ctx.db)
        self.people = {v.id: v for v in people}
        still, yes = self.tr("still active"), self.tr("Yes")
        fill(self.table, [(v.id, [v.name, day_text(v.active_from), day_text(v.active_to, still),
                                  yes if v.is_coordinator else ""]) for v in people])
        if keep is not None or not people:
            select_id(self.table, keep)
        else:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        show_problem(self.message, None)
        person = self.people.get(selected_id(self.table))
        if person is None:
            self.editing_id = None
            return
        self.editing_id = person.id
        self.name.setText(person.name)
        self.active_from.set_value(person.active_from)
        self.active_to.set_value(person.active_to)
        self.coordinator.setChecked(person.is_coordinator)

    def new(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.name.clear()
        self.active_from.set_value(dt.date.today())
        self.active_to.set_value(None)
        self.coordinator.setChecked(False)
        self.name.setFocus()

    def save(self) -> None:
        try:
            vid = save_volunteer(self.ctx.db, volunteer_id=self.editing_id, name=self.name.text(),
                                 active_from=self.active_from.value(), active_to=self.active_to.value(),
                                 is_coordinator=self.coordinator.isChecked())
        except UserFacingError as exc:
            show_problem(self.message, exc)
            self.name.setFocus()
            return
        self.reload(keep=vid)
        self.changed.emit(self.tr("Volunteer saved: {name}.").format(name=self.name.text().strip()))
