"""The conversations section: one entry per subject (a subject, a dog), by its identifier only.

The labels come from the kind's words (identifier, location, met, checks, flags); the parts a kind
has no use for are left out: the flags when it names none, the requests and the allegation likewise.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from icvapp.reports.nouns import lower_first
from icvapp.scheme.config import SchemeConfig
from icvapp.ui.accessible import named
from icvapp.ui.form_sections import Section
from icvapp.ui.form_words import mnemonic_of, mnemonics_taken, with_mnemonic
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import speak_for, translate, ui_language
from icvapp.ui.widgets import ChoiceCombo, TextArea, yes_no
from icvapp.visits.record import ConversationRecord, VisitRecord


def entitlement_answers() -> list[tuple[str, str]]:
    return [("yes", translate("Conversation", "Yes")), ("no", translate("Conversation", "No — raised")),
            ("n/a", translate("Conversation", "Not applicable"))]


class ConversationEditor(QWidget):
    """Edits one conversation; the section owns the list of them."""

    def __init__(self, config: SchemeConfig, on_change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        speak_for(config)
        lang = ui_language()
        layout = QVBoxLayout(self)
        top = QFormLayout()
        hint = config.word("identifier_hint", lang)
        self.identifier = named(QLineEdit(), config.word("identifier", lang), hint)
        self.identifier.setPlaceholderText(hint)
        identifier_label = with_mnemonic(config.word("identifier", lang), mnemonics_taken())
        taken = mnemonics_taken() + mnemonic_of(identifier_label)
        self.identifier.setMaxLength(config.identifier_max_length)
        self.location = named(QLineEdit(), config.word("location", lang))
        self.location.setMaximumWidth(90)
        self.consent = named(ChoiceCombo(yes_no(), blank="—"), config.word("met", lang))
        self.reason_not_seen = named(ChoiceCombo(config.reasons_not_seen, blank=self.tr("— (seen)")),
                                     self.tr("Reason not seen"))
        location_label = with_mnemonic(config.word("location", lang), taken)
        taken += mnemonic_of(location_label)
        top.addRow(identifier_label, self.identifier)
        top.addRow(location_label, self.location)
        top.addRow(with_mnemonic(config.word("met", lang), taken), self.consent)
        top.addRow(self.tr("Reason not seen"), self.reason_not_seen)
        layout.addLayout(top)

        ent_box = QGroupBox(config.word("checks", lang))
        ent_grid = QGridLayout(ent_box)
        self.entitlements: dict[str, ChoiceCombo] = {}
        for i, e in enumerate(config.subject_checks):
            combo = named(ChoiceCombo(entitlement_answers(), blank=self.tr("Not checked")), e.label_in(lang))
            ent_grid.addWidget(QLabel(e.label_in(lang)), i // 2, (i % 2) * 2)
            ent_grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            self.entitlements[e.key] = combo
        layout.addWidget(ent_box)

        self.vulnerabilities = self._checks(layout, config.word("flags", lang), config.subject_flags, columns=4)
        self.requests = self._checks(layout, self.tr("Requests made"), config.request_categories, columns=3)

        issue_box = QGroupBox(self.tr("Issue raised with staff"))
        issue_form = QFormLayout(issue_box)
        self.issue_raised = named(TextArea(lines=2), self.tr("Issue raised with staff"))
        self.staff_response = named(TextArea(lines=2), self.tr("Staff response"))
        self.resolved = named(ChoiceCombo(yes_no(), blank="—"), self.tr("Resolved during the visit"))
        issue_form.addRow(self.tr("&Issue"), self.issue_raised)
        issue_form.addRow(self.tr("Staff &response"), self.staff_response)
        issue_form.addRow(self.tr("Resolved during visit"), self.resolved)
        self.allegation: QCheckBox | None = None  # a kind that names no allegation records none
        if config.has("allegation"):
            allegation = config.word("allegation", lang)
            self.allegation = named(QCheckBox(self.tr("{allegation} (always escalated)").format(
                allegation=allegation)), allegation)
        if self.allegation is not None:
            self.allegation.setStyleSheet(f"QCheckBox:checked {{ {text_style(Role.ERROR, 'font-weight: bold;')} }}")
            issue_form.addRow("", self.allegation)
        layout.addWidget(issue_box)
        self.notes = named(TextArea(lines=2), self.tr("Other notes on this conversation"))
        layout.addWidget(QLabel(self.tr("Other notes (no names)")))
        layout.addWidget(self.notes)
        self.text_areas = [self.issue_raised, self.staff_response, self.notes]

        for w in (self.identifier, self.location):
            w.textChanged.connect(on_change)
        for w in (self.consent, self.reason_not_seen, self.resolved, *self.entitlements.values()):
            w.currentIndexChanged.connect(on_change)
        for w in (*([self.allegation] if self.allegation is not None else []), *self.vulnerabilities.values(),
                  *self.requests.values()):
            w.toggled.connect(on_change)
        for w in self.text_areas:
            w.textChanged.connect(on_change)

    def _checks(self, layout, title, choices, *, columns: int) -> dict[str, QCheckBox]:
        """A box of tick boxes, one per choice; no box at all when the kind offers none."""
        if not choices:
            return {}
        box = QGroupBox(title)
        grid = QGridLayout(box)
        boxes, lang = {}, ui_language()
        for i, c in enumerate(choices):
            label = c.label_in(lang)
            cb = named(QCheckBox(label), self.tr("{group}: {choice}").format(group=title, choice=label))
            grid.addWidget(cb, i // columns, i % columns)
            boxes[c.key] = cb
        layout.addWidget(box)
        return boxes

    def load(self, c: ConversationRecord) -> None:
        blockers = [QSignalBlocker(w) for w in self.findChildren(QWidget)]
        self.identifier.setText(c.identifier)
        self.location.setText(c.location)
        self.consent.set_value(c.consent)
        self.reason_not_seen.set_value(c.reason_not_seen)
        for key, combo in self.entitlements.items():
            combo.set_value(c.entitlements.get(key))
        for key, cb in self.vulnerabilities.items():
            cb.setChecked(key in c.vulnerabilities)
        for key, cb in self.requests.items():
            cb.setChecked(key in c.requests)
        self.issue_raised.set_value(c.issue_raised)
        self.staff_response.set_value(c.staff_response)
        self.resolved.set_value(c.resolved_during_visit)
        if self.allegation is not None:
            self.allegation.setChecked(c.allegation)
        self.notes.set_value(c.notes)
        del blockers

    def store(self) -> ConversationRecord:
        return ConversationRecord(
            identifier=self.identifier.text(),
            location=self.location.text(),
            consent=self.consent.value(),
            reason_not_seen=self.reason_not_seen.value(),
            entitlements={k: c.value() for k, c in self.entitlements.items() if c.value()},
            vulnerabilities=[k for k, cb in self.vulnerabilities.items() if cb.isChecked()],
            requests=[k for k, cb in self.requests.items() if cb.isChecked()],
            issue_raised=self.issue_raised.value(),
            staff_response=self.staff_response.value(),
            resolved_during_visit=self.resolved.value(),
            allegation=self.allegation is not None and self.allegation.isChecked(),
            notes=self.notes.value(),
        )


class ConversationsSection(Section):
    def __init__(self, config: SchemeConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ConversationRecord] = []
        self.current = -1
        self.read_only = False
        self.config = config
        lang = ui_language()
        speak_for(config)
        subject, identifier = (lower_first(config.word(noun, lang)) for noun in ("subject", "identifier"))
        outer = QVBoxLayout(self)
        hint = QLabel(self.tr("One entry per {subject} you saw or asked to see. {hint}.").format(
            subject=subject, hint=config.word("identifier_hint", lang).rstrip(".")))
        hint.setWordWrap(True)
        outer.addWidget(hint)
        outer.addWidget(self.messages)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = named(QListWidget(), config.word("subjects", lang),
                          self.tr("One entry per {subject}, by {identifier}").format(subject=subject,
                                                                                      identifier=identifier))
        self.add_button = named(QPushButton(self.tr("&Add {subject}").format(subject=subject)),
                                self.tr("Add {subject}").format(subject=subject))
        self.remove_button = named(QPushButton(self.tr("Remove")), self.tr("Remove the selected entry"))
        self.no_identifier = self.tr("(no {identifier} yet)").format(identifier=identifier)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addWidget(self.list)
        left_layout.addLayout(buttons)
        self.editor = ConversationEditor(config, self._edited)
        scroll = named(QScrollArea(), self.tr("The selected entry"))
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no tab stop of its own: Tab goes to the fields inside
        scroll.setWidget(self.editor)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 3)
        split.setSizes([180, 760])
        outer.addWidget(split, 1)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(self._select)
        self._refresh_enabled()

    def field_widget(self, index: int, name: str) -> QWidget | None:
        """Select conversation ``index`` and return its control for ``name``."""
        if not 0 <= index < len(self.items):
            return None
        self.list.setCurrentRow(index)
        return {"identifier": self.editor.identifier, "reason_not_seen": self.editor.reason_not_seen,
                "resolved_during_visit": self.editor.resolved}.get(name, self.editor.identifier)

    def add(self) -> None:
        self._commit_current()
        self.items.append(ConversationRecord())
        self.list.addItem(self._title(len(self.items) - 1))
        self.list.setCurrentRow(len(self.items) - 1)
        self.editor.identifier.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.current = -1
        del self.items[row]
        self.list.takeItem(row)
        self._select(self.list.currentRow())
        self.changed.emit()

    def _title(self, i: int) -> str:
        number = self.items[i].identifier.strip()
        return self.tr("{position}. {identifier}").format(position=i + 1, identifier=number or self.no_identifier)

    def _select(self, row: int) -> None:
        self._commit_current()
        self.current = row
        if 0 <= row < len(self.items):
            self.editor.load(self.items[row])
        self._refresh_enabled()

    def set_read_only(self, read_only: bool) -> None:
        """A completed report: conversations can still be browsed, not changed."""
        self.read_only = read_only
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        has = 0 <= self.current < len(self.items)
        self.editor.setEnabled(has and not self.read_only)
        self.remove_button.setEnabled(has and not self.read_only)
        self.add_button.setEnabled(not self.read_only)

    def _commit_current(self) -> None:
        if 0 <= self.current < len(self.items):
            self.items[self.current] = self.editor.store()
            self.list.item(self.current).setText(self._title(self.current))

    def _edited(self) -> None:
        if 0 <= self.current < len(self.items):
            self._commit_current()
            self.changed.emit()

    def load(self, rec: VisitRecord) -> None:
        self.current = -1
        self.items = [ConversationRecord(**vars(c)) for c in rec.conversations]
        with QSignalBlocker(self.list):
            self.list.clear()
            for i in range(len(self.items)):
                self.list.addItem(self._title(i))
        if self.items:
            self.list.setCurrentRow(0)
            self._select(0)
        self._refresh_enabled()

    def store(self, rec: VisitRecord) -> None:
        self._commit_current()
        rec.conversations = [ConversationRecord(**vars(c)) for c in self.items]

    @property
    def text_areas(self):
        return self.editor.text_areas
