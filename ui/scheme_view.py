"""Scheme set-up: the places visited with the weeks they are closed, and (a tab of their own) the volunteers.

The places are named by the open scheme's kind (:meth:`~icvapp.scheme.config.SchemeConfig.word`), each label a
general sentence built from its nouns that a kind may word its own way (its definition's ``"wording"``).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext
from icvapp.reports.nouns import lower_first
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.places import add_closure, closures, list_places, remove_closure, save_place
from icvapp.storage import released
from icvapp.ui.accessible import named
from icvapp.ui.form_words import kept_mnemonic, mnemonic_of, window_mnemonics
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
from icvapp.ui.translation import speak_for, translate, ui_language
from icvapp.ui.volunteers_panel import VolunteersPanel
from icvapp.ui.widgets import DateField
from icvapp.ui.window_state import remember_columns


class PlacesPanel(QWidget):
    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing_id: int | None = None
        self.words = words = self.place_words(ctx.config, ui_language())
        self.table = make_table(words["places"], [
            words["place"], words["capacity"], words["visits"], self.tr("Active"), self.tr("Occasional")])

        editor = QGroupBox(words["place"])
        form = QFormLayout(editor)
        self.name = named(QLineEdit(), words["name"])
        self.locations = named(QSpinBox(maximum=999), words["capacity_name"])
        self.weekly_target = named(QSpinBox(maximum=14, value=1), words["visits_name"])
        self.active = named(QCheckBox(self.tr("&Active (on the rota)")), words["is_active"])
        self.occasional = named(QCheckBox(self.tr("&Occasional: opened and visited only now and then")),
                                words["is_occasional"])
        for spin in (self.locations, self.weekly_target):
            spin.setMaximumWidth(90)
        self.occasional.toggled.connect(lambda on: self.weekly_target.setEnabled(not on))
        self.place_message = message_label(words["problem"])
        self.new_button = named(QPushButton(words["new"]), words["new_name"])
        self.save_button = named(QPushButton(words["save"]), words["save_name"])
        form.addRow(words["name_label"], self.name)
        form.addRow(words["capacity_label"], self.locations)
        form.addRow(words["visits_label"], self.weekly_target)
        form.addRow(self.active)
        form.addRow(self.occasional)
        form.addRow(self.place_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        self.closure_box = QGroupBox(self.tr("Closures"))
        col = QVBoxLayout(self.closure_box)
        self.closure_table = make_table(words["closures_of"],
                                        [self.tr("From"), self.tr("Until"), self.tr("Reason")], stretch=2)
        self.closure_start = named(DateField(), self.tr("Closed from"))
        self.closure_start.setDisplayFormat("d MMM yyyy")
        self.closure_start.setLocale(QLocale())
        self.closure_start.setDate(QDate.currentDate())
        self.closure_end = OptionalDate(self.tr("Last day closed"), self.tr("Unt&il further notice"))
        self.reason = named(QLineEdit(), self.tr("Reason for the closure"))
        self.reason.setPlaceholderText(self.tr("e.g. refurbishment"))
        self.closure_message = message_label(self.tr("Problem with the closure"))
        self.add_closure_button = named(QPushButton(self.tr("A&dd closure")), self.tr("Add this closure"))
        self.remove_closure_button = named(QPushButton(self.tr("Remove clos&ure")),
                                           self.tr("Remove the selected closure"))
        start_row = QHBoxLayout()
        start_row.addWidget(self.closure_start)
        start_row.addStretch(1)
        start_label = QLabel(self.tr("Closed fro&m"))
        start_label.setBuddy(self.closure_start)
        add = QFormLayout()
        add.addRow(start_label, start_row)
        add.addRow(self.tr("La&st day"), self.closure_end)
        add.addRow(self.tr("&Reason"), self.reason)
        col.addWidget(self.closure_table, 1)
        col.addLayout(add)
        col.addWidget(self.closure_message)
        row = QHBoxLayout()
        row.addWidget(self.remove_closure_button)
        row.addStretch(1)
        row.addWidget(self.add_closure_button)
        col.addLayout(row)

        right = QVBoxLayout()
        right.addWidget(editor)
        right.addWidget(self.closure_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)

        self.table.itemSelectionChanged.connect(self._selected)
        self.closure_table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button.clicked.connect(self.remove_closure)
        self.name.returnPressed.connect(self.save)
        self.reason.returnPressed.connect(self.add_closure)

    def reload(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else selected_id(self.table)
        yes, no, locale = self.tr("Yes"), self.tr("No"), QLocale()
        fill(self.table, [(s.id, [s.name, locale.toString(s.locations),
                                  "—" if s.occasional else locale.toString(s.weekly_target),
                                  yes if s.active else no, yes if s.occasional else no])
                          for s in list_places(self.ctx.db)])
        if keep is not None or self.table.rowCount() == 0:
            select_id(self.table, keep)
        else:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        place_id = selected_id(self.table)
        show_problem(self.place_message, None)
        place = next((s for s in list_places(self.ctx.db) if s.id == place_id), None)
        if place is None:
            self.editing_id = None
        else:
            self.editing_id = place.id
            self.name.setText(place.name)
            self.locations.setValue(place.locations)
            self.weekly_target.setValue(place.weekly_target if not place.occasional else 1)
            self.active.setChecked(place.active)
            self.occasional.setChecked(place.occasional)
        self._load_closures()

    def _load_closures(self) -> None:
        place_id = self.editing_id
        self.closure_box.setTitle(self.tr("When {place} is closed").format(place=self.name.text()) if place_id
                                  else self.tr("Closures"))
        self.closure_box.setEnabled(place_id is not None)
        until = self.tr("until further notice")
        fill(self.closure_table, [(c.id, [day_text(c.start), day_text(c.end, until), c.reason])
                                  for c in (closures(self.ctx.db, place_id) if place_id else [])])
        show_problem(self.closure_message, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_closure_button.setEnabled(selected_id(self.closure_table) is not None)

    def new(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.name.clear()
        self.locations.setValue(0)
        self.weekly_target.setValue(1)
        self.active.setChecked(True)
        self.occasional.setChecked(False)
        self._load_closures()
        self.name.setFocus()

    def save(self) -> None:
        try:
            place_id = save_place(self.ctx.db, place_id=self.editing_id, name=self.name.text(),
                                  locations=self.locations.value(), weekly_target=self.weekly_target.value(),
                                  active=self.active.isChecked(), occasional=self.occasional.isChecked())
        except UserFacingError as exc:
            show_problem(self.place_message, exc)
            self.name.setFocus()
            return
        self.reload(keep=place_id)
        self.changed.emit(self.words["saved"].format(place=self.words["place"], name=self.name.text().strip()))

    def add_closure(self) -> None:
        if self.editing_id is None:
            return
        try:
            add_closure(self.ctx.db, self.editing_id, self.closure_start.date().toPython(),
                        self.closure_end.value(), self.reason.text())
        except UserFacingError as exc:
            show_problem(self.closure_message, exc)
            return
        self.reason.clear()
        self._load_closures()
        self.changed.emit(self.tr("Closure added to {place}.").format(place=self.name.text()))

    def remove_closure(self) -> None:
        closure_id = selected_id(self.closure_table)
        if closure_id is None:
            return
        try:
            remove_closure(self.ctx.db, closure_id)
        except UserFacingError as exc:
            show_problem(self.closure_message, exc)
            return
        self._load_closures()
        self.changed.emit(self.tr("Closure removed from {place}.").format(place=self.name.text()))

    def place_words(self, config: SchemeConfig, language: str) -> dict[str, str]:
        """The set-up view's labels for the places of ``config``'s kind, built from its nouns (a dog unit: "Dog units",
        "New dog unit", "Dog unit saved: …"); its Alt+letters chosen around the panel's fixed ones."""
        speak_for(config)
        place, places = config.word("place", language), config.word("places", language)
        inside = lower_first(place)
        as_label = inside.replace("&", "&&")  # in a label with an Alt+letter, a noun's own ampersand is text
        fixed = {**self.period_words(config), "capacity": self.tr("Capacity"), "capacity_label": self.tr("Ca&pacity"),
                 "capacity_name": self.tr("Capacity: how many there are of {location}").format(
                     location=lower_first(config.word("location", language)))}
        panel = ("&Active (on the rota)", "&Occasional: opened and visited only now and then", "A&dd closure",
                 "Remove clos&ure", "Closed fro&m", "La&st day", "&Reason", "Unt&il further notice")
        taken = (window_mnemonics() + mnemonic_of(translate("SchemeView", "Vo&lunteers"))
                 + "".join(mnemonic_of(self.tr(text)) for text in panel))
        taken += mnemonic_of(fixed["capacity_label"]) + mnemonic_of(fixed["visits_label"])
        new = kept_mnemonic(self.tr("New {place}").format(place=as_label), taken)
        save = kept_mnemonic(self.tr("Save {place}").format(place=as_label), taken + mnemonic_of(new))
        words = {"places": places, "place": place, "name": self.tr("{place}: name").format(place=place),
                 "is_active": self.tr("{place} is active").format(place=place),
                 "is_occasional": self.tr("{place} is occasional").format(place=place),
                 "problem": self.tr("Problem with the {place}").format(place=inside), "new": new,
                 "new_name": self.tr("Start a new {place}").format(place=inside), "save": save,
                 "save_name": self.tr("Save this {place}").format(place=inside),
                 "name_label": kept_mnemonic(self.tr("Name"), taken + mnemonic_of(new) + mnemonic_of(save)),
                 "closures_of": self.tr("Closures of the selected {place}").format(place=inside),
                 "saved": self.tr("{place} saved: {name}."), **fixed}
        chosen = "".join(mnemonic_of(words[k]) for k in ("new", "save", "name_label"))
        words["tab"] = kept_mnemonic(self.tr("{places} and closures").format(places=places.replace("&", "&&")),
                                     taken + chosen)
        return words

    def period_words(self, config: SchemeConfig) -> dict[str, str]:
        """How the visits expected of a place are counted: each week, fortnight or month."""
        if config.target_every == "month":
            return {"visits": self.tr("Monthly visits"), "visits_name": self.tr("Visits expected each month"),
                    "visits_label": self.tr("Monthl&y visits")}
        if config.target_every == "fortnight":
            return {"visits": self.tr("Visits a fortnight"), "visits_name": self.tr("Visits expected each fortnight"),
                    "visits_label": self.tr("Visits a fortni&ght")}
        return {"visits": self.tr("Weekly visits"), "visits_name": self.tr("Visits expected each week"),
                "visits_label": self.tr("Wee&kly visits")}


class SchemeView(QWidget):
    """Places and volunteers, a tab each."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = PlacesPanel(ctx)
        self.volunteers = VolunteersPanel(ctx)
        self.tabs = named(QTabWidget(), self.tr("Scheme set-up sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Scheme set-up sections"))
        self.tabs.addTab(self.places, self.places.words["tab"])
        self.tabs.addTab(self.volunteers, self.tr("Vo&lunteers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self.places.changed.connect(self.status_message)
        self.volunteers.changed.connect(self.status_message)
        # The names take the room left over; a closure's reason, last, stretches.
        remember_columns(self.places.table, released.PLACES_TABLE_STATE, ctx.data_dir, fill=0)
        remember_columns(self.places.closure_table, "closures", ctx.data_dir)
        remember_columns(self.volunteers.table, "volunteers", ctx.data_dir, fill=0)
        self.reload()

    def reload(self) -> None:
        self.places.reload()
        self.volunteers.reload()

