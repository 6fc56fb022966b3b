"""What the visitors observed beyond the lists (the dog unit's training, with the methods seen).

One box per activity the definition names: whether it was observed (yes, no, or not recorded),
the choices seen as tick boxes, and a note. A kind with no activities has no such section.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from icvapp.scheme.config import Activity, SchemeConfig
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.form_words import mnemonic_of, mnemonics_taken, with_mnemonic
from icvapp.ui.translation import ui_language
from icvapp.ui.widgets import ChoiceCombo, TextArea, yes_no
from icvapp.visits.record import ActivityRecord, VisitRecord

#: Tick boxes per row: the methods seen read across, as on the paper form.
CHOICE_COLUMNS = 3


class ActivityBox(QGroupBox):
    """One activity: observed or not, the choices seen, a note."""

    def __init__(self, activity: Activity, language: str, mnemonics: bool) -> None:
        title = activity.label_in(language)
        super().__init__(title)
        self.key = activity.key
        form = QFormLayout(self)
        self.observed = named(ChoiceCombo(yes_no(), blank=self.tr("Not recorded")),
                              self.tr("{activity}: observed").format(activity=title))
        self.observed.setMaximumWidth(300)
        grid = QGridLayout()
        self.choices: dict[str, QCheckBox] = {}
        for i, choice in enumerate(activity.choices):
            label = choice.label_in(language)
            box = named(QCheckBox(label), self.tr("{activity}: {choice}").format(activity=title, choice=label))
            grid.addWidget(box, i // CHOICE_COLUMNS, i % CHOICE_COLUMNS)
            self.choices[choice.key] = box
        grid.setColumnStretch(CHOICE_COLUMNS, 1)
        self.note = named(TextArea(lines=3), self.tr("{activity}: note").format(activity=title))
        self.note.setMaximumHeight(self.note.minimumHeight() * 2)  # room to write, not a page of blank box
        observed_label = self.tr("Observed")
        note_label = self.tr("Note (no names)")
        if mnemonics:  # the first activity's fields are an Alt+letter away; a second one's would clash
            observed_label = with_mnemonic(observed_label, mnemonics_taken())
            note_label = with_mnemonic(note_label, mnemonics_taken() + mnemonic_of(observed_label))
        observed = QLabel(observed_label)
        observed.setBuddy(self.observed)
        note = QLabel(note_label)
        note.setBuddy(self.note)
        form.addRow(observed, self.observed)
        form.addRow(self.tr("What you saw"), grid)
        form.addRow(note, self.note)
        self.observed.currentIndexChanged.connect(self._observed_changed)
        self._observed_changed()

    def _observed_changed(self) -> None:
        """The choices are what was seen: they are open to tick only once it was observed."""
        for box in self.choices.values():
            box.setEnabled(self.observed.value() is True)

    def load(self, record: ActivityRecord) -> None:
        blockers = [QSignalBlocker(w) for w in (self.observed, self.note, *self.choices.values())]
        self.observed.set_value(record.observed)
        for key, box in self.choices.items():
            box.setChecked(key in record.choices)
        self.note.set_value(record.note)
        del blockers
        self._observed_changed()

    def store(self) -> ActivityRecord:
        seen = self.observed.value() is True
        return ActivityRecord(self.observed.value(),
                              [key for key, box in self.choices.items() if seen and box.isChecked()],
                              self.note.value())


class ActivitiesSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = ui_language()
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        self.boxes: dict[str, ActivityBox] = {}
        for i, activity in enumerate(config.activities):
            box = ActivityBox(activity, language, mnemonics=i == 0)
            layout.addWidget(box)
            self.boxes[activity.key] = box
            self.register(f"activities.{activity.key}.observed", box.observed)
            self.register(f"activities.{activity.key}.note", box.note)
            self.watch(box.observed, *box.choices.values(), box.note)
        layout.addStretch(1)

    @property
    def text_areas(self) -> list[TextArea]:
        return [box.note for box in self.boxes.values()]

    def load(self, rec: VisitRecord) -> None:
        for key, box in self.boxes.items():
            box.load(rec.activities.get(key) or ActivityRecord())

    def store(self, rec: VisitRecord) -> None:
        rec.activities = {key: record for key, box in self.boxes.items() if not (record := box.store()).is_blank()}
