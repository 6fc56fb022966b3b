"""One tracked issue's follow-up: the visitors' words, read only, and what the office did about it."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from icvapp.profile.context import AppContext
from icvapp.ui.accessible import named
from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import translate
from icvapp.ui.widgets import ChoiceCombo, TextArea
from icvapp.visits.issues import CLOSED, OPEN, IssueRow


class IssueDetail(QGroupBox):
    """One issue: the visitors' words (read only) and the office's follow-up."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("IssueDetail", "Follow-up"), parent)
        config = ctx.config
        self.heading = named(QLabel(), self.tr("Selected issue"))
        self.heading.setStyleSheet("font-weight: 600;")
        self.words = named(QPlainTextEdit(), self.tr("What the visitors reported"))
        self.words.setReadOnly(True)
        self.words.setTabChangesFocus(True)
        self.category = named(ChoiceCombo(config.issue_categories), self.tr("Issue category"))
        self.escalation = named(ChoiceCombo(config.escalation_levels), self.tr("Escalated to"))
        self.police_response = named(TextArea(lines=3), self.tr("Police response"))
        self.police_response.setPlaceholderText(self.tr("What the police said or did, and when"))
        self.outcome = named(TextArea(lines=3), self.tr("Outcome"), self.tr("Required to close the issue"))
        self.outcome.setPlaceholderText(self.tr("Needed to close: what was done, and is the office satisfied?"))
        self.message = named(QLabel(), self.tr("Problem with the follow-up"))
        self.message.setStyleSheet(text_style(Role.ERROR))
        self.message.setWordWrap(True)
        self.message.hide()

        self.save_button = named(QPushButton(self.tr("Save follo&w-up")),
                                 self.tr("Save the category, escalation and police response"))
        self.close_button = named(QPushButton(self.tr("C&lose issue")),
                                  self.tr("Close the issue with the outcome recorded"))
        self.reopen_button = named(QPushButton(self.tr("&Reopen")), self.tr("Reopen this closed issue"))
        self.visit_button = named(QPushButton(self.tr("Open the v&isit report")),
                                  self.tr("Open the visit report that raised this"))

        lines = self.fontMetrics().lineSpacing()
        self.words.setFixedHeight(lines * 4 + 14)
        for area in (self.police_response, self.outcome):  # as tall as the left column, no taller
            area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The visitors reported")))
        left.addWidget(self.words)
        choices = QFormLayout()
        choices.addRow(self.tr("Cate&gory"), self.category)
        choices.addRow(self.tr("Esc&alated to"), self.escalation)
        left.addLayout(choices)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        for text, widget in ((self.tr("&Police response"), self.police_response),
                             (self.tr("Outco&me"), self.outcome)):
            label = QLabel(text)
            label.setBuddy(widget)
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            columns.addLayout(column, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.visit_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.reopen_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Tab order follows the reading order: words, category, escalation, response, outcome, buttons.
        order = [self.words, self.category, self.escalation, self.police_response, self.outcome,
                 self.visit_button, self.save_button, self.reopen_button, self.close_button]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)

    def show_issue(self, r: IssueRow | None, outcome_draft: str | None) -> None:
        self.message.hide()
        self.setEnabled(r is not None)
        if r is None:
            self.heading.setText(self.tr("No issue selected."))
            for w in (self.words, self.police_response, self.outcome):
                w.setPlainText("")
            return
        locale = QLocale()
        if r.status == CLOSED and r.closed_on:
            state = self.tr("closed on {date}").format(date=locale.toString(r.closed_on, "d MMM yyyy"))
        elif r.overdue:
            state = self.tr("open %n day(s) — overdue for follow-up", "", r.days_open)
        else:
            state = self.tr("open %n day(s)", "", r.days_open)
        self.heading.setText(self.tr("{place} · {where} · raised {date} · {state}").format(
            place=r.place, where=r.where, date=locale.toString(r.raised_on, "ddd d MMM yyyy"), state=state))
        self.words.setPlainText(r.text)
        for combo, key in ((self.category, r.category), (self.escalation, r.escalation)):
            if combo.findData(key) < 0:  # e.g. from imported history: keep it rather than silently change it
                combo.addItem(key.replace("_", " ").capitalize(), key)
            combo.set_value(key)
        self.police_response.set_value(r.police_response)
        self.outcome.set_value(outcome_draft if outcome_draft is not None else r.outcome)
        is_open = r.status == OPEN
        self.outcome.setReadOnly(not is_open)
        self.close_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
