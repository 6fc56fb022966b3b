"""First run has three doors; a volunteer walks theirs with the keyboard alone, from launch to a first draft.

The scheme office writes a scheme file; the volunteer starts icvapp on their own
laptop, chooses "I'm a volunteer joining my scheme", types where the file is,
checks the fingerprint, picks their name, chooses a signing PIN, notes the
recovery key, and starts a visit whose suite list is already filled. Every
screen they meet is counted (at most 6) and every key they press goes through
:func:`press` — no mouse, no setting a widget's value from the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from icvapp.profile.context import create_profile, profile_exists
from icvapp.storage.model import Place, Volunteer
from icvapp.trust import enrolment, enrolment_files, pki
from icvapp.ui.app import first_run, show_main_window
from icvapp.ui.dialogs import FirstRunDialog
from icvapp.ui.join_scheme import JoinSchemeDialog
from icvapp.ui.security_ui import RecoveryKeyDialog

from ..conftest import PASSPHRASE, ROOT_PIN

MAX_SCREENS = 6


@pytest.fixture
def scheme_file(tmp_path) -> Path:
    """What the scheme office hands over: a signed scheme file with two suites and three volunteers."""
    office = create_profile(tmp_path / "office", "passphrase", "Rutland ICV Scheme", PASSPHRASE)
    with office.db.session() as s:
        s.add_all([Place(name="Oakham", locations=8), Place(name="Uppingham", locations=6),
                   Volunteer(name="Amrit Sandhu"), Volunteer(name="Bethan Rees"), Volunteer(name="Zoë Ó Briain")])
    enrolment.set_up_scheme_root(office.db, ROOT_PIN)
    path = tmp_path / "from the office" / "scheme.icvscheme"
    path.parent.mkdir()
    path.write_bytes(enrolment_files.export_scheme_file(office.db, ROOT_PIN))
    office.close()
    return path


class Walk:
    """The volunteer's hands and eyes: keys pressed, screens met."""

    def __init__(self) -> None:
        self.keys = 0
        self.screens: list[str] = []

    def met(self, name: str) -> None:
        if not self.screens or self.screens[-1] != name:
            self.screens.append(name)

    def press(self, window: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        window.activateWindow()
        QApplication.processEvents()
        target = QApplication.focusWidget() or window.focusWidget() or window
        QTest.keyClick(target, key, modifier)
        self.keys += 1
        # A mnemonic on a button clicks it with a short animation: let it finish.
        QTest.qWait(200 if modifier == Qt.KeyboardModifier.AltModifier else 0)

    def type(self, window: QWidget, text: str) -> None:
        for ch in text:
            target = QApplication.focusWidget() or window.focusWidget() or window
            QTest.keyClicks(target, ch)
            self.keys += 1


def when_shown(dialog_type, action) -> None:
    def poll() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, dialog_type) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            action(dialog)

    QTimer.singleShot(0, poll)


def test_the_first_run_offers_three_doors(qtbot, tmp_path):
    dialog = FirstRunDialog(str(tmp_path), True)
    qtbot.addWidget(dialog)
    doors = [dialog.join, dialog.own, dialog.demo]
    assert [d.text().replace("&", "") for d in doors] == [
        "I'm a volunteer joining my scheme", "I run a scheme office", "Explore the demo"]
    assert all(d.accessibleName() for d in doors)


def test_a_volunteer_joins_and_starts_a_visit_with_keys_only(qtbot, tmp_path, scheme_file, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: True)
    walk = Walk()

    def doors(d: FirstRunDialog) -> None:
        walk.met("first run: three doors")
        walk.press(d, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # I'm a volunteer joining my scheme
        assert d.join.isChecked()
        walk.press(d, Qt.Key.Key_Return)  # keychain is already chosen: Start
        when_shown(JoinSchemeDialog, scheme)

    def scheme(d: JoinSchemeDialog) -> None:
        walk.met("join: the scheme file")
        assert d.focusWidget() is d.path
        walk.type(d, str(scheme_file))
        walk.press(d, Qt.Key.Key_Return)
        walk.met("join: you and your PIN")
        assert pki.fingerprint(enrolment_files.read_scheme_package(
            __import__("json").loads(scheme_file.read_bytes()))[1]) in d.fingerprint.text()
        assert d.focusWidget() is d.people
        walk.press(d, Qt.Key.Key_Down)  # Bethan Rees, second in the list
        walk.press(d, Qt.Key.Key_Tab)
        walk.type(d, "bethan-2026")
        walk.press(d, Qt.Key.Key_Tab)
        walk.type(d, "bethan-2026")
        walk.press(d, Qt.Key.Key_Return)
        assert not d.isVisible(), d.you_problem.text()

    when_shown(FirstRunDialog, doors)
    ctx = first_run(tmp_path / "laptop")
    assert ctx is not None and profile_exists(tmp_path / "laptop")
    try:
        assert ctx.scheme_name() == "Rutland ICV Scheme"
        request = scheme_file.parent / "Bethan Rees request.icvreq"
        assert request.exists() and b"Bethan Rees" in request.read_bytes()
        assert [s.state for s in enrolment.signers(ctx.db) if s.name == "Bethan Rees"] == ["awaiting certificate"]

        def recovery(d: RecoveryKeyDialog) -> None:
            walk.met("the recovery key")
            walk.press(d, Qt.Key.Key_Return)  # I have written it down

        when_shown(RecoveryKeyDialog, recovery)
        window = show_main_window(ctx)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: "the recovery key" in walk.screens)
        qtbot.waitUntil(lambda: not any(isinstance(w, RecoveryKeyDialog) and w.isVisible()
                                        for w in QApplication.topLevelWidgets()))
        walk.met("the visit list")
        assert window.list_view.empty_hint.isVisible()
        assert window.focusWidget() is window.list_view.new_button
        walk.press(window, Qt.Key.Key_Return)  # New visit
        assert window.editing()
        walk.met("the visit form: a first draft")
        places = window.form.details.place
        assert {places.itemText(i) for i in range(places.count())} >= {"Oakham", "Uppingham"}
    finally:
        ctx.close()
    assert len(walk.screens) <= MAX_SCREENS, walk.screens
    print(f"volunteer door: {len(walk.screens)} screens, {walk.keys} keys: {walk.screens}")


def test_a_new_visit_in_an_empty_scheme_says_where_suites_come_from(qtbot, tmp_path):
    empty = create_profile(tmp_path / "empty", "passphrase", "Rutland ICV Scheme", PASSPHRASE)
    try:
        # deferred: the main window, only for this test
        from icvapp.ui.main_window import MainWindow

        window = MainWindow(empty)
        qtbot.addWidget(window)
        assert window.list_view.empty_hint.isVisibleTo(window)
        window.open_visit(None)
        assert "Join your scheme" in window.form.banner.text() and window.form.banner.isVisibleTo(window)
    finally:
        empty.close()


def test_the_app_shows_its_own_icon_and_desktop_entry(qapp):
    # deferred: the helper that run_gui calls first
    from PySide6.QtGui import QGuiApplication

    from icvapp.ui.focus_ring import FocusRingStyle, install_focus_ring
    from icvapp.ui.launch import DESKTOP_ID, name_app

    style = qapp.style().name()
    try:
        name_app(qapp)  # as run_gui does first, before the frame shows
        install_focus_ring(qapp)  # as it does once the frame is on screen
        assert not qapp.windowIcon().isNull() and not qapp.windowIcon().pixmap(48, 48).isNull()
        assert QGuiApplication.desktopFileName() == DESKTOP_ID == "uk.org.icvapp"
        assert isinstance(qapp.style(), FocusRingStyle)
    finally:
        qapp.setStyle(style)
