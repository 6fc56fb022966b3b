"""The visit form's sections: details, detainees, inspection and close-out.

Each section loads from and stores into a :class:`~icvapp.record.VisitRecord`,
emits ``changed`` on any edit, and registers its controls under the field
keys that :mod:`icvapp.validation` uses, so problems appear beside the field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from icvapp.scheme.config import SchemeConfig
from icvapp.scheme.suites import SuiteInfo, VolunteerInfo
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import translate, ui_language
from icvapp.ui.widgets import ChoiceCombo, CountField, DateField, TextArea, TimeField, named
from icvapp.visits.record import GROUPS, CheckRecord, CountRow, VisitRecord


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(text_style(Role.ERROR))
    label.setAccessibleName(name)
    label.hide()
    return label


class Section(QWidget):
    """A part of the form. Problems show beside their field when it has a
    message label of its own, otherwise in the section's message area."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.field_messages: dict[str, QLabel] = {}
        self.messages = message_label(translate("Section", "Problems in this section"))

    def register(self, key: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        return widget

    def field_row(self, key: str, widget) -> QWidget:
        """The field with its own message line underneath, for a form row."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(widget, QWidget):
            col.addWidget(widget)
        else:
            col.addLayout(widget)
        label = message_label(translate("Section", "Problem with this field"))
        col.addWidget(label)
        self.field_messages[key] = label
        return box

    def labelled_row(self, form: QFormLayout, label: str, key: str, field: QWidget) -> None:
        box = self.field_row(key, field)  # the label's mnemonic reaches the field, not this box
        form.addRow(label, box)
        form.labelForField(box).setBuddy(field)

    def show_messages(self, problems) -> None:
        """Put each problem (field, text, is_error) beside its field, the rest at the top."""
        by_label: dict[int, list[str]] = {id(label): [] for label in self.field_messages.values()}
        loose: list[str] = []
        for field, text, is_error in problems:
            line = ("✖ " if is_error else "⚠ ") + text
            if field in self.field_messages:
                by_label[id(self.field_messages[field])].append(line)
            else:
                loose.append(line)
        for label in set(self.field_messages.values()):
            lines = by_label[id(label)]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self.messages.setText("\n".join(loose))
        self.messages.setVisible(bool(loose))

    def watch(self, *widgets: QWidget) -> None:
        """Emit ``changed`` whenever one of these controls is edited."""
        for w in widgets:
            for signal_name in ("textChanged", "currentIndexChanged", "toggled", "dateChanged"):
                signal = getattr(w, signal_name, None)
                if signal is not None:
                    signal.connect(self.changed)
                    break


class DetailsSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.suite = named(ChoiceCombo([], blank=self.tr("Choose a suite…")), self.tr("Custody suite"))
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
        self.admitted = named(TimeField(), self.tr("Time admitted to the suite"))
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
        for combo in (self.suite, self.visitor_a, self.visitor_b):
            combo.setMinimumWidth(260)
            combo.setMaximumWidth(360)
        for w in (self.date, self.mode, self.outcome, self.abandon_reason, self.rating):
            w.setMaximumWidth(300)
        form.addRow(self.messages)
        self.labelled_row(form, self.tr("Custody &suite"), "suite", self.suite)
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
        form.addRow(self.tr("&Outcome"), self.outcome)
        form.addRow(self.tr("Reason abandoned"), self.field_row("abandon_reason", self.abandon_reason))
        self.labelled_row(form, self.tr("&Rating"), "rating", self.rating)
        form.addRow("", self.delay_finding)

        for key, w in (("suite", self.suite), ("visit_date", self.date), ("visitor_a", self.visitor_a),
                       ("visitor_b", self.visitor_b), ("arrival", self.arrival), ("admitted", self.admitted),
                       ("departure", self.departure), ("abandon_reason", self.abandon_reason),
                       ("rating", self.rating)):
            self.register(key, w)
        self.watch(self.suite, self.date, self.visitor_a, self.visitor_b, self.lone_note, self.arrival,
                   self.admitted, self.departure, self.past_midnight, self.mode, self.outcome,
                   self.abandon_reason, self.rating, self.delay_finding)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    def _now(self, field: TimeField) -> None:
        field.set_value(dt.datetime.now().time().replace(second=0, microsecond=0))
        field.setFocus()

    def _outcome_changed(self) -> None:
        self.abandon_reason.setEnabled(self.outcome.value() == "abandoned")

    def set_people(self, suites: list[SuiteInfo], volunteers: list[VolunteerInfo]) -> None:
        people = [(v.id, v.name) for v in volunteers]
        inactive = self.tr("{suite} (inactive)")
        for combo, items in ((self.suite, [(s.id, s.name if s.active else inactive.format(suite=s.name))
                                           for s in suites]),
                             (self.visitor_a, people), (self.visitor_b, people)):
            with QSignalBlocker(combo):
                current = combo.value()
                while combo.count() > 1:
                    combo.removeItem(1)
                for key, label in items:
                    combo.addItem(label, key)
                combo.set_value(current)

    def load(self, rec: VisitRecord) -> None:
        self.suite.set_value(rec.suite_id)
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
        rec.suite_id = self.suite.value()
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


class CountsSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("People in the suite at the time of the visit. Leave a box blank if you did not "
                               "record it; enter 0 for none. Female, male and juvenile are separate groups "
                               "and add up to the total."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Total</b>")), 0, 1)
        lang = ui_language()
        for col, group in enumerate(config.detainee_groups, start=2):
            grid.addWidget(QLabel(f"<b>{group.label_in(lang)}</b>"), 0, col)
        self.cells: dict[tuple[str, str], CountField] = {}
        labels = {g.key: g.label_in(lang) for g in config.detainee_groups}
        for row, stage in enumerate(config.detainee_stages, start=1):
            grid.addWidget(QLabel(stage.label_in(lang)), row, 0)
            for col, group in enumerate(("total", *GROUPS), start=1):
                field = CountField()
                group_label = self.tr("total") if group == "total" else labels.get(group, group)
                named(field, self.tr("{stage}, {group}").format(stage=stage.label_in(lang), group=group_label))
                grid.addWidget(field, row, col)
                self.cells[(stage.key, group)] = field
                self.register(f"counts.{stage.key}.{group}", field)
                self.watch(field)
        grid.setColumnStretch(len(GROUPS) + 2, 1)
        outer.addLayout(grid)
        outer.addWidget(self.messages)
        self.rate = QLabel()
        self.rate.setAccessibleName(self.tr("Share of those offered who were seen"))
        outer.addWidget(self.rate)
        outer.addStretch(1)
        self.changed.connect(self._update_rate)

    def _update_rate(self) -> None:
        offered = self.cells[("offered", "total")].value()
        seen = self.cells[("seen", "total")].value()
        if offered and seen is not None:
            locale = QLocale()
            self.rate.setText(self.tr("Seen: {seen} of {offered} offered ({share}).").format(
                seen=locale.toString(seen), offered=locale.toString(offered),
                share=locale.toString(round(100 * seen / offered)) + locale.percent()))
        else:
            self.rate.setText("")

    def load(self, rec: VisitRecord) -> None:
        for (stage, group), field in self.cells.items():
            row = rec.counts.get(stage) or CountRow()
            field.set_value(getattr(row, group))
        self._update_rate()

    def store(self, rec: VisitRecord) -> None:
        rec.counts = {}
        for stage in self.config.detainee_stages:
            row = CountRow(*(self.cells[(stage.key, g)].value() for g in ("total", *GROUPS)))
            if not row.is_empty():
                rec.counts[stage.key] = row


class InspectionSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        outer = QVBoxLayout(self)
        outer.addWidget(self.messages)
        grid = QGridLayout()
        outer.addLayout(grid)
        lang = ui_language()
        for col, title in enumerate((self.tr("Area"), self.tr("Finding"), self.tr("Category"), self.tr("Note"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
        statuses = [("not_checked", self.tr("Not checked")), ("fine", self.tr("Fine")),
                    ("issue", self.tr("Issue found"))]
        self.rows: dict[str, tuple[ChoiceCombo, ChoiceCombo, QLineEdit]] = {}
        for r, area in enumerate(config.inspection_areas, start=1):
            status = named(ChoiceCombo(statuses), self.tr("{area}: finding").format(area=area.label_in(lang)))
            category = named(ChoiceCombo(config.inspection_categories, blank="—"),
                             self.tr("{area}: category").format(area=area.label_in(lang)))
            note = named(QLineEdit(), self.tr("{area}: note").format(area=area.label_in(lang)))
            note.setPlaceholderText(self.tr("What you found"))
            grid.addWidget(QLabel(area.label_in(lang)), r, 0)
            grid.addWidget(status, r, 1)
            grid.addWidget(category, r, 2)
            grid.addWidget(note, r, 3)
            self.rows[area.key] = (status, category, note)
            self.register(f"checks.{area.key}.note", note)
            self.watch(status, category, note)
            status.currentIndexChanged.connect(lambda _i, s=status, c=category: c.setEnabled(s.value() == "issue"))
            category.setEnabled(False)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(config.inspection_areas) + 1, 1)

    def load(self, rec: VisitRecord) -> None:
        for area, (status, category, note) in self.rows.items():
            check = rec.checks.get(area) or CheckRecord()
            status.set_value(check.status)
            category.set_value(check.category)
            note.setText(check.note)

    def store(self, rec: VisitRecord) -> None:
        rec.checks = {}
        for area, (status, category, note) in self.rows.items():
            check = CheckRecord(status.value(), category.value() if status.value() == "issue" else None,
                                note.text())
            if check != CheckRecord():
                rec.checks[area] = check


class CloseOutSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        officer = QGroupBox(self.tr("Custody officer the findings were discussed with"))
        form = QFormLayout(officer)
        self.officer_name = named(QLineEdit(), self.tr("Custody officer's name"))
        self.officer_rank = named(QLineEdit(), self.tr("Custody officer's rank"))
        self.officer_number = named(QLineEdit(), self.tr("Custody officer's number"))
        self.officer_response = named(TextArea(lines=2), self.tr("Custody officer's response"))
        form.addRow(self.tr("&Name"), self.officer_name)
        form.addRow(self.tr("Ran&k"), self.officer_rank)
        form.addRow(self.tr("N&umber"), self.officer_number)
        form.addRow(self.tr("Res&ponse"), self.officer_response)
        layout.addWidget(officer)
        self.observations = named(TextArea(lines=4), self.tr("Overall observations"))
        self.positive = named(TextArea(lines=2), self.tr("Positive comments"))
        layout.addWidget(QLabel(self.tr("Overall &observations")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.observations)
        layout.addWidget(self.observations)
        layout.addWidget(QLabel(self.tr("Positive &comments about staff or the suite")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.positive)
        layout.addWidget(self.positive)
        self.text_areas = [self.officer_response, self.observations, self.positive]
        self.watch(self.officer_name, self.officer_rank, self.officer_number, *self.text_areas)

    def load(self, rec: VisitRecord) -> None:
        self.officer_name.setText(rec.officer_name)
        self.officer_rank.setText(rec.officer_rank)
        self.officer_number.setText(rec.officer_number)
        self.officer_response.set_value(rec.officer_response)
        self.observations.set_value(rec.observations)
        self.positive.set_value(rec.positive_comments)

    def store(self, rec: VisitRecord) -> None:
        rec.officer_name = self.officer_name.text()
        rec.officer_rank = self.officer_rank.text()
        rec.officer_number = self.officer_number.text()
        rec.officer_response = self.officer_response.value()
        rec.observations = self.observations.value()
        rec.positive_comments = self.positive.value()
