"""Keyboard first: every window and dialog, page by page, has no clashing mnemonics, every label's mnemonic
reaches its field, and Tab stops only on things that can be typed into or pressed (a date is one stop)."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.main_window import MainWindow
from icvapp.ui.security_ui import RecoveryKeyDialog
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.visits.store import VisitFilter, list_visits, load_visit

from .keyboard_walk import clashes, dead_labels, press
from .keyboard_walk import keyboard_faults as check
from .reference_visit import EXPECTED_KEYS, REFERENCE_VISIT

MAX_KEYS = 90


@pytest.fixture
def window(qtbot, ctx):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    return w


def test_the_visit_list_and_every_section_of_the_form(window):
    faults = {"visit list": check(window)}
    window.open_visit(None)
    for i in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(i)
        faults[window.form.tabs.tabText(i)] = check(window)
    assert {page: f for page, f in faults.items() if f} == {}


@pytest.mark.parametrize("view", ["rota", "issues", "scheme", "dashboard"])
def test_each_desk_view(window, view):
    window.show_view(view)
    assert check(window) == []


def test_the_form_sections_have_mnemonics(window):
    window.open_visit(None)
    assert [window.form.tabs.tabText(i).split(" ")[0] for i in range(window.form.tabs.count())] == \
        ["&1", "&2", "&3", "&4", "&5"]


@pytest.mark.parametrize("keychain", [True, False])
def test_the_first_run(qtbot, tmp_path, keychain):
    dialog = FirstRunDialog(str(tmp_path), keychain)
    qtbot.addWidget(dialog)
    for door in (dialog.join, dialog.own, dialog.demo):
        door.setChecked(True)
        assert check(dialog) == [], door.text()


def test_unlocking_with_the_passphrase_or_the_recovery_key(qtbot, tmp_path):
    dialog = UnlockDialog("Your data is protected by your passphrase.", lambda p: None,
                          recover=lambda text, p: None)
    qtbot.addWidget(dialog)
    assert check(dialog) == []
    dialog.use_recovery.click()
    assert check(dialog) == []


def test_joining_a_scheme_both_pages(qtbot, ctx):
    dialog = JoinSchemeDialog(ctx)
    qtbot.addWidget(dialog)
    assert check(dialog) == []
    dialog.show_page(1)
    assert check(dialog) == []


def test_signing_setup_and_the_recovery_key(qtbot, ctx):
    for dialog in (SigningSetupDialog(ctx), RecoveryKeyDialog("ABCD-EFGH", None)):
        qtbot.addWidget(dialog)
        assert check(dialog) == [], type(dialog).__name__


def test_the_reference_visit_takes_at_most_90_keystrokes_and_ends_with_no_problems(qtbot, window, ctx):
    qtbot.waitActive(window)
    window.list_view.table.setFocus()
    keys = 0
    for step, why in REFERENCE_VISIT:
        for key in step:
            keys += press(key)
        assert not window.editing() or window.form.problems == [] or why != "Check: no problems", \
            [p.message for p in window.form.problems]
    assert keys <= MAX_KEYS
    assert keys == EXPECTED_KEYS  # a new tab stop on the way shows here first
    assert not window.editing()  # back at the list, the draft saved
    [summary] = list_visits(ctx.db, VisitFilter())
    rec = load_visit(ctx.db, summary.id)
    assert rec.visit_date == dt.date.today() - dt.timedelta(days=1)
    assert (rec.arrival, rec.admitted, rec.departure) == (dt.time(21, 5), dt.time(21, 12), dt.time(22, 40))
    assert rec.rating == "satisfactory" and rec.visitor_a_id and rec.visitor_b_id and rec.place_id
    assert (rec.counts["in_custody"].total, rec.counts["offered"].total, rec.counts["seen"].total) == (9, 7, 4)
    assert [rec.counts[stage].split() for stage in ("in_custody", "offered", "seen")] == [[2, 6, 1], [2, 4, 1],
                                                                                          [1, 3, 0]]
    print(f"reference visit: {keys} keystrokes")


@pytest.fixture
def welsh(qapp):
    # deferred: only these tests switch the language (tests/ui/conftest.py puts English back)
    from icvapp.ui.translation import WELSH, install_language

    install_language(qapp, WELSH)


def welsh_faults(window) -> list[str]:
    return clashes(window) + dead_labels(window)


def test_in_welsh_the_volunteers_windows_have_no_clashing_mnemonics(qtbot, ctx, welsh):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    found = {"visit list": welsh_faults(window)}
    for view in ("rota", "issues", "dashboard"):
        window.show_view(view)
        found[view] = welsh_faults(window)
    window.open_visit(None)
    for i in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(i)
        found[window.form.tabs.tabText(i)] = welsh_faults(window)
    unlock = UnlockDialog("…", lambda p: None, recover=lambda text, p: None)
    join = JoinSchemeDialog(ctx)
    for name, dialog in (("first run", FirstRunDialog("/tmp", True)), ("unlock", unlock), ("join", join)):
        qtbot.addWidget(dialog)
        dialog.show()
        found[name] = welsh_faults(dialog)
    unlock.use_recovery.click()
    join.show_page(1)
    found["unlock with the recovery key"], found["join: you"] = welsh_faults(unlock), welsh_faults(join)
    assert {page: f for page, f in found.items() if f} == {}


def test_in_welsh_scheme_set_up_has_no_clashing_mnemonics(qtbot, ctx, welsh):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("scheme")
    assert welsh_faults(window) == []
