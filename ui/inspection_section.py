"""The inspection of the place (the definition's noun: the kennels…): each of the definition's areas fine, an issue or
not checked, with one of its categories and a note. The tab's title is the kind's word for it."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from icvapp.scheme.config import SchemeConfig
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.translation import ui_language
from icvapp.ui.widgets import ChoiceCombo
from icvapp.visits.record import CheckRecord, VisitRecord


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
