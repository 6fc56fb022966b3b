"""A volunteer who joins the animal welfare scheme gets an animal welfare window.

A new profile is custody until it joins. Joining the dog unit's scheme — from the first-run door, from
File ▸ Join your scheme, or from the signing dialog — makes it a dog unit profile, and the window is
built (again) for that kind: its visit form asks for the dog identifier, not a custody number.
A profile that already holds a visit keeps its kind and its window, and says what to do instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from icvapp.profile.context import create_profile
from icvapp.profile.profiles import list_profiles
from icvapp.storage.keys import KEYCHAIN
from icvapp.storage.model import Place, Volunteer
from icvapp.trust import enrolment, enrolment_files
from icvapp.ui.app import current_window, first_run, main_windows, show_main_window
from icvapp.ui.dialogs import FirstRunDialog
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.visits.record import CountRow, VisitRecord
from icvapp.visits.store import list_visits, save_draft

from ..conftest import PASSPHRASE, ROOT_PIN
from .test_app import when_shown
from .test_switch_scheme import choose_from_file_menu, type_into


@pytest.fixture
def scheme_file(tmp_path) -> Path:
    """The animal welfare scheme's office hands over its signed scheme file."""
    office = create_profile(tmp_path / "office", "passphrase", "Northshire Animal Welfare", PASSPHRASE,
                            kind="dog_unit")
    with office.db.session() as s:
        s.add_all([Place(name="Northshire Police Dog Unit", locations=12), Volunteer(name="Amrit Sandhu"),
                   Volunteer(name="Zoë Ó Briain")])
    enrolment.set_up_scheme_root(office.db, ROOT_PIN)
    path = tmp_path / "from the office" / "northshire.icvscheme"
    path.parent.mkdir()
    path.write_bytes(enrolment_files.export_scheme_file(office.db, ROOT_PIN))
    office.close()
    return path


@pytest.fixture
def laptop(tmp_path):
    """A volunteer's laptop: an empty custody profile, its window open."""
    ctx = create_profile(tmp_path / "laptop", KEYCHAIN, "My scheme")
    ctx.new_recovery_key = None  # shown once, on the first start, and not what these tests are about
    return ctx


@pytest.fixture
def window(qtbot, laptop):
    shown = show_main_window(laptop)
    yield shown
    for w in main_windows(shown_only=False):
        w.close()
    laptop.close()


def join_with(scheme_file: Path, seen: dict):
    """The join dialog's two pages, by keyboard: the file, then the first volunteer and a PIN."""

    def join(d: JoinSchemeDialog) -> None:
        type_into(d.path, str(scheme_file))
        QTest.keyClick(d.path, Qt.Key.Key_Return)
        assert d.pages.currentIndex() == 1, d.file_problem.text()
        type_into(d.pin, "amrit-2026")
        type_into(d.again, "amrit-2026")
        QTest.keyClick(d.again, Qt.Key.Key_Return)
        seen["problem"] = d.you_problem.text()
        if d.isVisible():
            d.reject()

    return join


def form_words(window) -> tuple[str, str]:
    window.open_visit(None)
    window.form.conversations.add()
    editor = window.form.conversations.editor
    return editor.identifier.accessibleName(), window.form.details.place.accessibleName()


def rebuilt(qtbot, old):
    qtbot.waitUntil(lambda: current_window() not in (None, old), timeout=5000)
    return current_window()


def test_joining_from_the_file_menu_builds_the_window_again_for_the_dog_unit(qtbot, window, laptop, scheme_file,
                                                                             tmp_path):
    assert window.ctx.config.kind == "custody"
    seen: dict = {}
    when_shown(JoinSchemeDialog, join_with(scheme_file, seen))
    choose_from_file_menu(window, Qt.Key.Key_J)
    new = rebuilt(qtbot, window)
    assert seen["problem"] == ""
    assert new.ctx is laptop and laptop.config.kind == "dog_unit"  # the same profile, still open
    assert not window.isVisible() and main_windows() == [new]
    assert new.windowTitle() == "icvapp — Northshire Animal Welfare"
    assert form_words(new) == ("Dog identifier", "Dog unit")
    assert [p.kind for p in list_profiles(tmp_path / "laptop")] == ["dog_unit"]
    assert (scheme_file.parent / "Amrit Sandhu request.icvreq").exists()


def test_joining_from_the_signing_dialog_builds_the_window_again_too(qtbot, window, laptop, scheme_file):
    seen: dict = {}

    def signing(d: SigningSetupDialog) -> None:
        when_shown(JoinSchemeDialog, join_with(scheme_file, seen))
        d.join_button.click()
        d.reject()

    when_shown(SigningSetupDialog, signing)
    choose_from_file_menu(window, Qt.Key.Key_S)
    new = rebuilt(qtbot, window)
    assert seen["problem"] == "" and laptop.config.kind == "dog_unit"
    assert form_words(new)[0] == "Dog identifier"


def test_a_profile_holding_a_visit_keeps_its_kind_and_its_window(qtbot, window, laptop, scheme_file):
    save_draft(laptop.db, VisitRecord(counts={"in_custody": CountRow(2)}, observations="Typed before joining."))
    seen: dict = {}
    when_shown(JoinSchemeDialog, join_with(scheme_file, seen))
    choose_from_file_menu(window, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: "problem" in seen, timeout=5000)
    assert "File ▸ New scheme" in seen["problem"] and "nothing typed here is lost" in seen["problem"]
    QTest.qWait(50)
    assert current_window() is window and laptop.config.kind == "custody"
    assert len(list_visits(laptop.db)) == 1
    assert form_words(window)[0] == "Custody number"


def test_joining_from_the_first_run_door_opens_a_dog_unit_window(qtbot, tmp_path, scheme_file, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: True)

    def doors(d: FirstRunDialog) -> None:
        d.join.setChecked(True)
        when_shown(JoinSchemeDialog, join_with(scheme_file, seen))
        d.accept()

    seen: dict = {}
    when_shown(FirstRunDialog, doors)
    ctx = first_run(tmp_path / "new laptop")
    assert ctx is not None and seen["problem"] == ""
    try:
        assert ctx.config.kind == "dog_unit"
        ctx.new_recovery_key = None
        shown = show_main_window(ctx)  # as run_gui does once the first-run door is through
        assert form_words(shown)[0] == "Dog identifier"
        shown.close()
    finally:
        ctx.close()
    for w in QApplication.topLevelWidgets():
        if getattr(w, "switch_scheme_requested", None) is not None:
            w.close()
