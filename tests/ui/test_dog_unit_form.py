"""The visit form is built from the scheme's definition: a dog unit visit reads in the dog unit's words.

A volunteer of the Animal Welfare Scheme records dogs by the unit's identifier, their kennels, the
welfare checks, the kennels and vehicles, and the training observed; nothing on the form speaks of
custody. A third, invented kind (court cells: adult and youth) shows its own groups and works out its total.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from icvapp.profile.context import create_profile
from icvapp.scheme.config import load_definition
from icvapp.scheme.places import list_volunteers
from icvapp.storage.model import Place, Volunteer
from icvapp.ui.counts_grid import CountsSection, SumField
from icvapp.ui.main_window import MainWindow
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.widgets import CountField
from icvapp.visits.record import ActivityRecord, CountRow, VisitRecord
from icvapp.visits.store import list_visits, load_visit, save_draft
from tests.conftest import PASSPHRASE

from .keyboard_walk import clashes, dead_labels, keyboard_faults, press
from .reference_visit import DOG_UNIT_EXPECTED_KEYS, DOG_UNIT_VISIT

CUSTODY_WORDS = re.compile(r"suite|custody|detainee|cell|solicitor|sergeant", re.IGNORECASE)
COURT_CELLS = Path(__file__).resolve().parents[1] / "scheme" / "kinds" / "court_cells.json"


@pytest.fixture
def dog_ctx(tmp_path):
    """An Animal Welfare Scheme with one dog unit and three volunteers."""
    context = create_profile(tmp_path / "dogs", "passphrase", "Animal Welfare Scheme", PASSPHRASE, kind="dog_unit")
    with context.db.session() as s:
        s.add_all([Place(name="Enderby dog unit", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain"), Volunteer(name="Łukasz Nowak")])
    yield context
    context.close()


@pytest.fixture
def window(qtbot, dog_ctx):
    w = MainWindow(dog_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def said(widget: QWidget) -> list[str]:
    """Everything a control shows or tells a screen reader: its text, title, items, tooltip, names, placeholder."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def custody_words_on(form) -> list[str]:
    """Each custody word the form shows, tab by tab, with where."""
    found = [f"tab {form.tabs.tabText(i)}" for i in range(form.tabs.count())
             if CUSTODY_WORDS.search(form.tabs.tabText(i))]
    for i in range(form.tabs.count()):
        form.tabs.setCurrentIndex(i)
        for widget in (form, *form.findChildren(QWidget)):
            if widget.isVisibleTo(form) or widget is form:
                found += [f"{form.tab_titles[i]}: {type(widget).__name__} {text!r}"
                          for text in said(widget) if CUSTODY_WORDS.search(text)]
    return sorted(set(found))


def test_a_dog_unit_visit_speaks_of_dogs_never_of_custody(window):
    window.open_visit(None)
    form = window.form
    form.conversations.add()
    assert custody_words_on(form) == []
    assert [form.tabs.tabText(i) for i in range(form.tabs.count())] == [
        "&1 Visit details", "&2 Numbers", "&3 Dogs seen", "&4 Kennels, vehicles and training areas",
        "&5 Training observed", "&6 Close-out"]
    assert form.details.place.accessibleName() == "Dog unit"
    editor = form.conversations.editor
    assert (editor.identifier.accessibleName(), editor.location.accessibleName(), editor.consent.accessibleName()) \
        == ("Dog identifier", "Kennel", "Seen")
    assert editor.identifier.maxLength() == 20
    assert editor.requests == {} and editor.allegation is None  # no requests, no allegation
    assert sorted(editor.vulnerabilities) == ["due_to_retire", "injury_or_illness", "stress", "under_vet_care"]
    # one way of visiting: nothing to choose
    assert not form.details.mode.isVisibleTo(form) and form.details.mode.value() == "in_person"


def test_with_no_dog_unit_yet_the_banner_names_no_custody_suite(qtbot, tmp_path):
    context = create_profile(tmp_path / "empty", "passphrase", "Animal Welfare Scheme", PASSPHRASE, kind="dog_unit")
    try:
        w = MainWindow(context)
        qtbot.addWidget(w)
        w.open_visit(None)
        assert w.form.banner.text() and not CUSTODY_WORDS.search(w.form.banner.text())
    finally:
        context.close()


def test_the_counts_are_one_typed_total_per_stage(window):
    window.open_visit(None)
    counts = window.form.counts
    assert sorted(counts.boxes) == [("at_unit", "total"), ("not_seen", "total"), ("seen", "total")]
    assert all(isinstance(cell, CountField) for cell in counts.boxes.values())
    labels = {label.text() for label in counts.findChildren(QLabel)}
    assert {"Dogs at the unit", "Seen", "Not seen"} <= labels
    assert any(text.startswith("Dogs at the unit at the time of the visit.") for text in labels)


def test_every_control_of_the_dog_unit_form_has_a_name_and_the_keyboard_meets_no_fault(window):
    window.open_visit(None)
    form = window.form
    form.conversations.add()
    interactive = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QListWidget)
    unnamed = [f"{type(w).__name__} in {type(w.parent()).__name__}" for w in form.findChildren(QWidget)
               if isinstance(w, interactive) and not w.objectName().startswith("qt_")
               and type(w).__name__ not in ("QTabBar", "QToolButton", "QScrollBar")
               and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QComboBox))
               and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert unnamed == []
    faults = {}
    for i in range(form.tabs.count()):
        form.tabs.setCurrentIndex(i)
        faults[form.tabs.tabText(i)] = keyboard_faults(window)
    assert {page: f for page, f in faults.items() if f} == {}


def test_a_dog_unit_visit_typed_by_keyboard_alone_is_saved_and_reopens_unchanged(qtbot, window, dog_ctx):
    qtbot.waitActive(window)
    window.list_view.table.setFocus()
    keys = 0
    for step, why in DOG_UNIT_VISIT:
        for key in step:
            keys += press(key)
        if why.startswith("Check"):
            assert window.form.problems == [], [p.message for p in window.form.problems]
    assert keys == DOG_UNIT_EXPECTED_KEYS  # a new tab stop on the way shows here first
    assert not window.editing()
    [summary] = list_visits(dog_ctx.db)
    rec = load_visit(dog_ctx.db, summary.id)
    assert rec.visit_date == dt.date.today() - dt.timedelta(days=1)
    assert (rec.arrival, rec.admitted, rec.departure) == (dt.time(10, 5), dt.time(10, 12), dt.time(11, 40))
    assert rec.mode == "in_person" and rec.rating == "satisfactory"
    assert {stage: row.total for stage, row in rec.counts.items()} == {"at_unit": 5, "seen": 2, "not_seen": 3}
    assert [(c.identifier, c.location, c.consent) for c in rec.conversations] == [("K9-104", "3", True),
                                                                                  ("K9-117", "5", True)]
    kennels = rec.checks["kennels"]
    assert (kennels.status, kennels.category, kennels.note) == ("issue", "housing_cleanliness", "Drain blocked")
    assert rec.activities == {"training": ActivityRecord(True, ["reward_toy", "verbal_praise"], "")}

    window.open_visit(summary.id)
    form = window.form
    assert form.activities.boxes["training"].choices["verbal_praise"].isChecked()
    assert form.collect() == load_visit(dog_ctx.db, summary.id)  # what the form shows is what was saved
    assert not form.dirty


def test_training_not_observed_keeps_no_methods(qtbot, window, dog_ctx):
    window.open_visit(None)
    box = window.form.activities.boxes["training"]
    box.observed.set_value(True)
    box.choices["lead_correction"].setChecked(True)
    box.observed.set_value(False)
    assert not box.choices["lead_correction"].isEnabled()
    rec = VisitRecord()
    window.form.activities.store(rec)
    assert rec.activities == {"training": ActivityRecord(False, [], "")}


def test_a_custody_form_has_no_activities_tab(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.open_visit(None)
    assert w.form.activities is None and w.form.tabs.count() == 5
    assert w.form.details.mode.isVisibleTo(w.form)  # two ways of visiting: in person, telephone monitoring


def test_a_court_cells_grid_shows_adult_and_youth_and_works_out_the_total(qtbot):
    config = load_definition(COURT_CELLS)
    section = CountsSection(config)
    qtbot.addWidget(section)
    headings = {label.text() for label in section.findChildren(QLabel)}
    assert {"<b>Adult</b>", "<b>Youth</b>", "<b>Total</b>"} <= headings
    assert not any(CUSTODY_WORDS.search(text) for text in headings)
    assert sorted(column for stage, column in section.boxes if stage == "held") == ["adult", "total", "youth"]
    total = section.boxes[("held", "total")]
    assert isinstance(total, SumField) and total.focusPolicy() == Qt.FocusPolicy.NoFocus
    section.boxes[("held", "adult")].setText("3")
    section.boxes[("held", "youth")].setText("1")
    assert total.text() == "4" and "adult + youth" in total.toolTip()
    rec = VisitRecord()
    section.store(rec)
    assert rec.count("held") == CountRow(total=4, female=3, male=1, juvenile=None)  # adult, youth kept by position
    other = CountsSection(config)
    qtbot.addWidget(other)
    other.load(rec)
    assert (other.boxes[("held", "adult")].value(), other.boxes[("held", "youth")].value(),
            other.boxes[("held", "total")].text()) == (3, 1, "4")
    assert other.own_key("counts.held.female") == "counts.held.adult"  # a check naming the stored field


def test_in_welsh_the_dog_unit_form_has_no_clashing_mnemonics(qtbot, qapp, dog_ctx):
    # deferred: only this test switches the language (tests/ui/conftest.py puts English back)
    from icvapp.ui.translation import WELSH, install_language

    install_language(qapp, WELSH)
    w = MainWindow(dog_ctx)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.open_visit(None)
    found = {}
    for i in range(w.form.tabs.count()):
        w.form.tabs.setCurrentIndex(i)
        found[w.form.tabs.tabText(i)] = clashes(w) + dead_labels(w)
    assert {page: f for page, f in found.items() if f} == {}
    w.form.tabs.setCurrentIndex(2)
    w.form.conversations.add()  # the dog's labels take letters the window's menus and buttons leave free
    assert [c for c in clashes(w) if any(word in c for word in ("Rhif adnabod y ci", "Cenel", "Gwelwyd"))] == []
    assert w.form.details.place.accessibleName() == "Uned cŵn"  # the kind's own Welsh word


def test_the_sign_off_asks_for_the_unit_staff_members_acknowledgement(qtbot, dog_ctx):
    ids = {v.name: v.id for v in list_volunteers(dog_ctx.db)}
    visit_id = save_draft(dog_ctx.db, VisitRecord(visit_date=dt.date(2026, 11, 2), visitor_a_id=ids["Amrit Sandhu"],
                                                   visitor_b_id=ids["Zoë Ó Briain"], departure=dt.time(11, 40))).id
    dialog = SignOffDialog(dog_ctx, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    found = [text for w in (dialog, *dialog.findChildren(QWidget)) if w.isVisibleTo(dialog) or w is dialog
             for text in said(w) if CUSTODY_WORDS.search(text)]
    assert found == []
    assert dialog.officer_name.accessibleName() == "Unit staff member's name"
    assert dialog.pad.accessibleName() == "Unit staff member's signature"
    dialog.sign()  # no name yet: the dialog says whose name it wants
    assert dialog.officer_error.text() == "Enter the name of the unit staff member."
