"""The visit form: the sections the scheme's kind defines, live checks, and autosave that never loses a word.

What is typed goes into the encrypted database a couple of seconds after the
last keystroke and whenever focus leaves a field. If a save fails (disk full,
locked file) the text stays on screen and the form retries on the next edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from icvapp.errors import UserFacingError
from icvapp.profile.context import AppContext
from icvapp.scheme.places import list_places, list_volunteers
from icvapp.ui.accessible import named
from icvapp.ui.activities_section import ActivitiesSection
from icvapp.ui.closeout_section import CloseOutSection
from icvapp.ui.conversations import ConversationsSection
from icvapp.ui.counts_grid import CountsSection
from icvapp.ui.details_section import DetailsSection
from icvapp.ui.dialogs import show_error
from icvapp.ui.field_marks import fill_problem_list, mark_fields, show_section_messages
from icvapp.ui.form_words import form_banner, form_tab_titles, places_banner
from icvapp.ui.inspection_section import InspectionSection
from icvapp.ui.palette import Role, text_style
from icvapp.ui.pause_collector import PauseCollector
from icvapp.ui.translation import error_text, ui_language
from icvapp.ui.visit_status import status_words
from icvapp.ui.widgets import scrolling
from icvapp.visits.record import VisitRecord, VisitStatus
from icvapp.visits.sealed import seal_summary
from icvapp.visits.store import complete_visit, load_visit, mark_editing, reopen_visit, save_draft, validation_context
from icvapp.visits.validation import ERROR, Context, Problem, validate

AUTOSAVE_MS = 1500  # after the last keystroke
AUTOSAVE_MAX_MS = 4000  # at the latest, however fast someone keeps typing


class VisitForm(QWidget):
    """Edits one visit. ``closed`` is emitted when the user goes back to the list."""

    closed = Signal()
    saved = Signal(int)
    export_requested = Signal(int)
    sign_requested = Signal(int)
    amend_requested = Signal(int)
    submit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = VisitRecord()
        self.dirty = False
        self.read_only = False
        self.problems: list[Problem] = []
        self.strict = False
        self.last_save_error: str | None = None
        self._listed, self._shown_messages = None, {}  # what the problem list and each section show now
        self._checks: Context | None = None  # the places validation needs, read once (see refresh_people)

        config = ctx.config  # the open profile's kind: every label and list of the form comes from it
        self.details, self.counts = DetailsSection(config), CountsSection(config)
        self.conversations, self.inspection = ConversationsSection(config), InspectionSection(config)
        self.activities = ActivitiesSection(config) if config.activities else None
        self.closeout = CloseOutSection(config)
        self.sections = [s for s in (self.details, self.counts, self.conversations, self.inspection,
                                     self.activities, self.closeout) if s is not None]
        self.tab_titles = form_tab_titles(config, ui_language())

        self.title = QLabel()
        self.title.setObjectName("formTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.save_state = named(QLabel(), self.tr("Save status"))
        self.save_state.setStyleSheet(text_style(Role.MUTED))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.save_state)

        self.tabs = named(QTabWidget(), self.tr("Visit report sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Visit report sections"))
        self.tabs.tabBar().setExpanding(False)
        for i, (section, title) in enumerate(zip(self.sections, self.tab_titles, strict=True)):
            self.tabs.addTab(section if section is self.conversations else scrolling(section, title),
                             self.tab_label(i))

        self.problem_list = named(QListWidget(), self.tr("Problems to fix before completing"),
                                  self.tr("Activate a problem to go to its field"))
        self.problem_list.setMaximumHeight(110)
        self.problem_list.itemActivated.connect(self._jump_to_problem)
        self.problem_list.itemClicked.connect(self._jump_to_problem)

        self.back_button = named(QPushButton(self.tr("← &Back to visits")), self.tr("Back to the visit list"))
        self.check_button = named(QPushButton(self.tr("Ch&eck")), self.tr("Check the report for problems"))
        self.export_button = named(QPushButton(self.tr("E&xport PDF…")), self.tr("Export this visit report as PDF"))
        self.reopen_button = named(QPushButton(self.tr("&Edit again")),
                                   self.tr("Reopen this completed visit for editing"))
        self.complete_button = named(QPushButton(self.tr("Mark comp&lete")),
                                     self.tr("Mark this visit report complete"))
        self.sign_button = named(QPushButton(self.tr("&Sign and seal…")),
                                 self.tr("Both visitors sign and seal this report"))
        self.submit_button = named(QPushButton(self.tr("Send &to office…")),
                                   self.tr("Write this sealed report as a submission file for the scheme office"))
        self.amend_button = named(QPushButton(self.tr("&Amend…")),
                                  self.tr("Correct this sealed report with a signed amendment"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.check_button, self.export_button, self.reopen_button, self.amend_button,
                  self.submit_button, self.complete_button, self.sign_button):
            buttons.addWidget(b)

        self.banner = named(QLabel(), self.tr("Report status"))
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_list)
        layout.addLayout(buttons)

        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save_now)
        self.deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self.deadline.timeout.connect(self.save_now)
        self.collector = PauseCollector(self)  # the collector's long passes wait for a pause in the typing
        for section in self.sections:
            section.changed.connect(self._edited)
        for area in (area for section in self.sections for area in section.text_areas):
            area.focus_left.connect(self.save_now)
        for field in (self.details.arrival, self.details.admitted, self.details.departure,
                      self.details.lone_note, self.closeout.officer_name, self.closeout.officer_rank,
                      self.closeout.officer_number, self.conversations.editor.identifier,
                      self.conversations.editor.location):
            field.editingFinished.connect(self.save_now)
        self.back_button.clicked.connect(self.close_form)
        self.check_button.clicked.connect(lambda: self.show_problems(focus_first=True, strict=True))
        self.complete_button.clicked.connect(self.complete)
        self.export_button.clicked.connect(self._export)
        self.reopen_button.clicked.connect(self.reopen)
        self.sign_button.clicked.connect(lambda: self.sign_requested.emit(self.record.id))
        self.amend_button.clicked.connect(lambda: self.amend_requested.emit(self.record.id))
        self.submit_button.clicked.connect(lambda: self.submit_requested.emit(self.record.id))

    # ------------------------------------------------------------------ loading

    def refresh_people(self) -> None:
        self.details.set_people(list_places(self.ctx.db), list_volunteers(self.ctx.db))
        self._checks = None  # the places may have changed: read them again at the next check

    def validation_context(self) -> Context:
        """The places the checks need, read from the database once per opened visit, not on every key."""
        today = dt.date.today()
        if self._checks is None:
            self._checks = validation_context(self.ctx.db, self.ctx.config, today)
        elif self._checks.today != today:  # past midnight: "in the future" moves on
            self._checks = replace(self._checks, today=today)
        return self._checks

    def open_visit(self, visit_id: int | None) -> None:
        self.refresh_people()
        self.record = load_visit(self.ctx.db, visit_id) if visit_id is not None else VisitRecord(
            visit_date=dt.date.today(), language=self.new_visit_language())
        self._loading = True
        for section in self.sections:
            section.load(self.record)
        self._loading = False
        self.dirty = False
        self._listed, self._shown_messages = None, {}  # a new visit: show its problems afresh
        self.tabs.setCurrentIndex(0)
        self.strict = self.record.id is not None
        self.read_only = self.record.status in (VisitStatus.COMPLETE, VisitStatus.SEALED)
        self._apply_read_only()
        if self.record.id is not None and not self.read_only:
            mark_editing(self.ctx.db, self.record.id)
        self._update_title()
        self.save_state.setText(self.tr("Saved") if self.record.id else self.tr("Not saved yet"))
        self.show_problems()
        self.details.place.setFocus()

    def showEvent(self, event) -> None:
        PauseCollector.hold()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        PauseCollector.release()
        super().hideEvent(event)

    def new_visit_language(self) -> str:
        """A new visit is written in the window's language, if the scheme offers it; its report prints in it."""
        language = ui_language()
        return language if self.ctx.config.offers(language) else self.ctx.config.default_language

    def _apply_read_only(self) -> None:
        for section in self.sections:
            if section is self.conversations:
                section.set_read_only(self.read_only)
            else:
                section.setEnabled(not self.read_only)
        sealed = self.record.status == VisitStatus.SEALED
        summary = seal_summary(self.ctx.db, self.record.id) if self.record.id is not None else None
        self._version = summary.version if summary else 1
        latest = summary is None or summary.superseded_by is None or not summary.superseded_by[2]
        self.complete_button.setVisible(not self.read_only)
        self.check_button.setVisible(not self.read_only)
        self.reopen_button.setVisible(self.read_only and not sealed)
        self.sign_button.setVisible(self.record.status == VisitStatus.COMPLETE)
        self.amend_button.setVisible(sealed and latest)
        self.submit_button.setVisible(sealed)
        self.export_button.setText(self.tr("E&xport signed PDF…") if sealed else self.tr("E&xport PDF…"))
        self.export_button.setEnabled(self.record.id is not None)
        for button in (self.complete_button, self.sign_button):
            button.setDefault(button.isVisible())
        text, style = form_banner(self.ctx.config, self.record.status, summary)
        if not text and self.details.place.count() <= 1:  # only "Choose a place…": nothing to visit yet
            text, style = places_banner(self.ctx.config)
        self.banner.setText(text)
        self.banner.setStyleSheet(style)
        self.banner.setVisible(bool(text))

    def _update_title(self) -> None:
        place = self.details.place.currentText() if self.details.place.value() is not None else self.tr("New visit")
        version = getattr(self, "_version", 1) if self.record.id is not None else 1
        self.title.setText(self.tr("{place} — {date} ({status})").format(
            place=place, date=QLocale().toString(self.details.date.date(), "d MMM yyyy"),
            status=status_words(self.record.status, version)))

    # ------------------------------------------------------------------ editing and saving

    def _edited(self) -> None:
        if getattr(self, "_loading", False) or self.read_only:
            return
        self.dirty = True
        self.save_state.setText(self.tr("Editing…"))
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()
        self.collector.typed()
        self._update_title()
        self.show_problems()

    def collect(self) -> VisitRecord:
        for section in self.sections:
            section.store(self.record)
        return self.record

    def save_now(self) -> bool:
        """Save the draft if anything changed. Returns False if the save failed."""
        self.timer.stop()
        self.deadline.stop()
        self.collector.flush()
        if not self.dirty or self.read_only:
            return True
        try:
            save_draft(self.ctx.db, self.collect())
        except UserFacingError as exc:
            self.last_save_error = error_text(exc)
            self.save_state.setText(self.tr("⚠ Not saved — will retry"))
            self.save_state.setToolTip(error_text(exc))
            self.save_state.setStyleSheet(text_style(Role.ERROR, "font-weight: bold;"))
            self.timer.start(5000)
            return False
        self.dirty = False
        self.last_save_error = None
        self.save_state.setStyleSheet(text_style(Role.MUTED))
        self.save_state.setToolTip("")
        self.save_state.setText(self.tr("Saved {time}").format(
            time=QLocale().toString(dt.datetime.now().time(), "HH:mm:ss")))
        mark_editing(self.ctx.db, self.record.id)
        self.export_button.setEnabled(True)
        self.saved.emit(self.record.id)
        return True

    # ------------------------------------------------------------------ checking

    def current_problems(self) -> list[Problem]:
        rec = self.collect()
        problems = [Problem(k, m) for k, m in self.details.unreadable_times()]
        return problems + [replace(p, field=self.counts.own_key(p.field))
                           for p in validate(rec, self.validation_context(), ui_language())]

    def show_problems(self, *, focus_first: bool = False, strict: bool | None = None) -> list[Problem]:
        """Mark every problem beside its field. Until the user asks to check or
        complete, fields merely not filled in yet are not nagged about."""
        if strict:
            self.strict = True
        found = [] if self.read_only else self.current_problems()
        self.problems = found if self.strict else [p for p in found if not p.missing]
        # Only what changed is touched (see field_marks): the list, each section's messages, the tab titles too.
        mark_fields({k: w for s in self.sections for k, w in s.fields.items()}, self.problems)
        per_tab = [0] * len(self.sections)
        listed = []
        for p in self.problems:
            listed.append((f"{'✖' if p.severity == ERROR else '⚠'} {self._where(p.field)}: {p.message}",
                           p.field, p.is_error))
            if p.is_error:
                per_tab[self._tab_of(p.field)] += 1
        self._listed = fill_problem_list(self.problem_list, listed, self._listed)
        self._shown_messages = show_section_messages(self.sections, [
            [(p.field, p.message, p.is_error) for p in self.problems if self._tab_of(p.field) == i]
            for i in range(len(self.sections))], self._shown_messages)
        for i in range(len(self.tab_titles)):
            text = self.tr("{section} ({count})").format(section=self.tab_label(i), count=per_tab[i]) \
                if per_tab[i] else self.tab_label(i)
            if self.tabs.tabText(i) != text:
                self.tabs.setTabText(i, text)
        self.problem_list.setVisible(bool(self.problems))
        if focus_first and self.problems:
            self._focus_field(self.problems[0].field)
        return self.problems

    def _where(self, field: str) -> str:
        return self.tab_titles[self._tab_of(field)]

    def tab_label(self, index: int) -> str:
        """A section's tab with its number as the mnemonic: Alt+1, Alt+2… go straight to a section."""
        return f"&{index + 1} {self.tab_titles[index]}"  # the same in every language

    def _tab_of(self, field: str) -> int:
        section = {"counts": self.counts, "conversations": self.conversations, "checks": self.inspection,
                   "activities": self.activities}.get(field.split(".")[0])
        return self.sections.index(section) if section in self.sections else 0

    def _jump_to_problem(self, item: QListWidgetItem) -> None:
        self._focus_field(item.data(Qt.ItemDataRole.UserRole))

    def _focus_field(self, field: str) -> None:
        self.tabs.setCurrentIndex(self._tab_of(field))
        parts = field.split(".")
        if parts[0] == "conversations" and len(parts) == 3:
            widget = self.conversations.field_widget(int(parts[1]), parts[2])
        else:
            widget = next((s.focus_target(field) for s in self.sections if field in s.fields), None)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ completing

    def complete(self) -> None:
        problems = self.show_problems(strict=True)
        if any(p.is_error for p in problems):
            errors = sum(p.is_error for p in problems)
            QMessageBox.information(self, self.tr("Not complete yet"),
                                    self.tr("%n thing(s) to fix before this report is complete. Your draft is "
                                            "saved; the list below the form shows each one.", "", errors))
            self.save_now()
            self._focus_field(problems[0].field)
            return
        try:
            complete_visit(self.ctx.db, self.collect(), validation_context(self.ctx.db, self.ctx.config))
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.dirty = False
        mark_editing(self.ctx.db, None)
        self.read_only = True
        self._apply_read_only()
        self._update_title()
        self.show_problems()
        self.save_state.setText(self.tr("Complete"))
        self.saved.emit(self.record.id)

    def reopen(self) -> None:
        answer = QMessageBox.question(self, self.tr("Edit a completed visit?"),
                                      self.tr("This visit report is complete. Reopen it as a draft to correct it?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        reopen_visit(self.ctx.db, self.record.id)
        self.open_visit(self.record.id)
        self.saved.emit(self.record.id)

    def _export(self) -> None:
        if self.save_now() and self.record.id is not None:
            self.export_requested.emit(self.record.id)

    def close_form(self) -> bool:
        """Save and leave. Returns False (and stays) if the draft could not be saved."""
        if not self.save_now():
            QMessageBox.warning(self, self.tr("Draft not saved"),
                                self.tr("{problem}\n\nYour typing is still here. Fix the problem and try again.")
                                .format(problem=self.last_save_error))
            return False
        if not self.read_only and self.record.id is not None:
            mark_editing(self.ctx.db, None)
        self.closed.emit()
        return True
