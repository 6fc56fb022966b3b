"""The visit form's first section: where, when, who, the times, and how the visit went.

The place's label is the kind's word for it; the ways of visiting and the reasons a visit was
abandoned are the definition's lists (a kind with one way of visiting is not asked for it).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from icvapp.reports.nouns import lower_first
from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.places import PlaceInfo, VolunteerInfo
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.form_words import mnemonic_of, mnemonics_taken, with_mnemonic
from icvapp.ui.translation import speak_for, ui_language
from icvapp.ui.widgets import ChoiceCombo, DateField, TimeField
from icvapp.visits.record import VisitRecord


class DetailsSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        speak_for(config)
        place = config.word("place", ui_language())
        self.place = named(ChoiceCombo([], blank=self.tr("Choose a {place}…").format(place=lower_first(place))), place)
        self.date = named(DateField(), self.tr("Date of visit"))
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setLocale(QLocale())
        self.date.setDate(QDate.currentDate())
        self.visitor_a = named(ChoiceCombo([], blank=self.tr("Choose…")), self.tr("First visitor"))
        self.visitor_b = named(ChoiceCombo([], blank=self.tr("Choose…")), self.tr("Second visitor"))
        self.lone_note = named(QLineEdit(), self.tr("Why one visitor was alone"),
                               self.tr("Only if one visitor left or could not attend"))
        self.lone_note.setPlaceholderText(self.tr("Only if one visitor left or could not attend"))
        self.arrival = named(TimeField(), self.tr("Arrival time"))
        self.admitted = named(TimeField(), self.tr("Time admitted"))
        self.departure = named(TimeField(), self.tr("Departure time"))
        self.past_midnight = named(QCheckBox(self.tr("Visit went past midnight")), self.tr("Visit went past midnight"))
        self.mode = named(ChoiceCombo(config.modes), self.tr("How the visit was made"))
        self.outcome = named(ChoiceCombo([("completed", self.tr("Completed")),
                                          ("abandoned", self.tr("Abandoned or unsuccessful"))]), self.tr("Outcome"))
        self.abandon_reason = named(ChoiceCombo(config.abandon_reasons, blank=self.tr("Choose a reason…")),
                                    self.tr("Reason the visit was abandoned"))
        self.rating = named(ChoiceCombo([("satisfactory", self.tr("Satisfactory")),
                                         ("unsatisfactory", self.tr("Unsatisfactory"))],
                                        blank=self.tr("Not rated yet")), self.tr("Overall rating"))
        self.delay_finding = named(QCheckBox(self.tr("Record the admission delay as a finding")),
                                   self.tr("Record the admission delay as a finding"))

        times = QHBoxLayout()
        for label, field, now_name in (
                (self.tr("Arrived"), self.arrival, self.tr("Set the arrival time to now")),
                (self.tr("Admitted"), self.admitted, self.tr("Set the time admitted to now")),
                (self.tr("Left"), self.departure, self.tr("Set the departure time to now"))):
            times.addWidget(QLabel(label))
            times.addWidget(field)
            now = QPushButton(self.tr("Now"))
            now.setAccessibleName(now_name)
            now.setAutoDefault(False)
            now.clicked.connect(lambda _=False, f=field: self._now(f))
            times.addWidget(now)
            times.addSpacing(12)
        times.addStretch(1)

        # Fields keep a readable width; their message lines below use the whole row.
        self.lone_note.setMaximumWidth(560)
        for combo in (self.place, self.visitor_a, self.visitor_b):
            combo.setMinimumWidth(260)
            combo.setMaximumWidth(360)
        for w in (self.date, self.mode, self.outcome, self.abandon_reason, self.rating):
            w.setMaximumWidth(300)
        form.addRow(self.messages)
        self.labelled_row(form, with_mnemonic(place, mnemonics_taken() + "".join(
            mnemonic_of(self.tr(text)) for text in ("&Date", "F&irst visitor", "Seco&nd visitor", "&Mode", "&Outcome",
                                                    "&Rating"))),
                          "place", self.place)
        self.labelled_row(form, self.tr("&Date"), "visit_date", self.date)
        self.labelled_row(form, self.tr("F&irst visitor"), "visitor_a", self.visitor_a)
        self.labelled_row(form, self.tr("Seco&nd visitor"), "visitor_b", self.visitor_b)
        form.addRow(self.tr("Lone visitor note"), self.lone_note)
        form.addRow(self.tr("Times"), times)
        form.addRow("", self.field_row("times", QHBoxLayout()))
        for key in ("arrival", "admitted", "departure"):
            self.field_messages[key] = self.field_messages["times"]
        form.addRow("", self.past_midnight)
        form.addRow(self.tr("&Mode"), self.mode)
        if len(config.modes) < 2:  # one way of visiting: nothing to choose, and it is recorded as that one
            form.setRowVisible(self.mode, False)
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("Reason abandoned"), self.field_row("abandon_reason", self.abandon_reason))
        self.labelled_row(form, self.tr("&Rating"), "rating", self.rating)
        form.addRow("", self.delay_finding)

        for key, w in (("place", self.place), ("visit_date", self.date), ("visitor_a", self.visitor_a),
                       ("visitor_b", self.visitor_b), ("arrival", self.arrival), ("admitted", self.admitted),
                       ("departure", self.departure), ("abandon_reason", self.abandon_reason),
                       ("rating", self.rating)):
            self.register(key, w)
        self.watch(self.place, self.date, self.visitor_a, self.visitor_b, self.lone_note, self.arrival,
                   self.admitted, self.departure, self.past_midnight, self.mode, self.outcome,
                   self.abandon_reason, self.rating, self.delay_finding)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _now(self, field: TimeField) -> None:
        field.set_value(dt.datetime.now().time().replace(second=0, microsecond=0))
        field.setFocus()

    def _outcome_changed(self) -> None:
        self.abandon_reason.setEnabled(self.outcome.value() == "abandoned")

    def set_people(self, places: list[PlaceInfo], volunteers: list[VolunteerInfo]) -> None:
        people = [(v.id, v.name) for v in volunteers]
        inactive = self.tr("{place} (inactive)")
        for combo, items in ((self.place, [(s.id, s.name if s.active else inactive.format(place=s.name))
                                           for s in places]),
                             (self.visitor_a, people), (self.visitor_b, people)):
            with QSignalBlocker(combo):
                current = combo.value()
                while combo.count() > 1:
                    combo.removeItem(1)
                for key, label in items:
                    combo.addItem(label, key)
                combo.set_value(current)

    def load(self, rec: VisitRecord) -> None:
        self.place.set_value(rec.place_id)
        if rec.visit_date:
            self.date.setDate(QDate(rec.visit_date.year, rec.visit_date.month, rec.visit_date.day))
        self.visitor_a.set_value(rec.visitor_a_id)
        self.visitor_b.set_value(rec.visitor_b_id)
        self.lone_note.setText(rec.lone_visitor_note)
        self.arrival.set_value(rec.arrival)
        self.admitted.set_value(rec.admitted)
        self.departure.set_value(rec.departure)
        self.past_midnight.setChecked(rec.past_midnight)
        self.mode.set_value(rec.mode)
        self.outcome.set_value(rec.outcome)
        self.abandon_reason.set_value(rec.abandon_reason)
        self.rating.set_value(rec.rating)
        self.delay_finding.setChecked(rec.admission_delay_finding)

    def store(self, rec: VisitRecord) -> None:
        rec.place_id = self.place.value()
        rec.visit_date = self.date.date().toPython()
        rec.visitor_a_id = self.visitor_a.value()
        rec.visitor_b_id = self.visitor_b.value()
        rec.lone_visitor_note = self.lone_note.text()
        rec.arrival, rec.admitted, rec.departure = (self.arrival.value(), self.admitted.value(),
                                                    self.departure.value())
        rec.past_midnight = self.past_midnight.isChecked()
        rec.mode = self.mode.value()
        rec.outcome = self.outcome.value()
        rec.abandon_reason = self.abandon_reason.value()
        rec.rating = self.rating.value()
        rec.admission_delay_finding = self.delay_finding.isChecked()

    def unreadable_times(self) -> list[tuple[str, str]]:
        """Times typed in a way we cannot read; they are flagged, never silently dropped."""
        message = self.tr("{field}: '{text}' is not a time; type it like 21:30.")
        return [(key, message.format(field=label, text=f.text()))
                for key, label, f in (("arrival", self.tr("Arrival"), self.arrival),
                                      ("admitted", self.tr("Admitted"), self.admitted),
                                      ("departure", self.tr("Departure"), self.departure)) if not f.is_valid()]
