"""The close-out: the staff member the findings were discussed with (the definition's staff noun), observations
and praise, in the kind's words."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from icvapp.reports.nouns import lower_first
from icvapp.scheme.config import SchemeConfig
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.form_words import staff_words
from icvapp.ui.translation import speak_for, ui_language
from icvapp.ui.widgets import TextArea
from icvapp.visits.record import VisitRecord


class CloseOutSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        speak_for(config)
        lang = ui_language()
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        staff = staff_words(config)
        officer = QGroupBox(self.tr("{staff} the findings were discussed with").format(**staff))
        names = (self.tr("{staff}'s name").format(**staff), self.tr("{staff}'s rank").format(**staff),
                 self.tr("{staff}'s number").format(**staff), self.tr("{staff}'s response").format(**staff))
        form = QFormLayout(officer)
        self.officer_name = named(QLineEdit(), names[0])
        self.officer_rank = named(QLineEdit(), names[1])
        self.officer_number = named(QLineEdit(), names[2])
        self.officer_response = named(TextArea(lines=2), names[3])
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
        layout.addWidget(QLabel(self.tr("Positive &comments about staff or the {place}").format(
            place=lower_first(config.word("place", lang)))))
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
