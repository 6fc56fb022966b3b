"""The office runs custody visiting and the animal welfare scheme: File ▸ Switch scheme moves between them,
each unlocked with its own key; File ▸ New scheme starts another, set up in its own kind's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from icvapp.profile.context import create_profile, create_scheme_profile, open_profile
from icvapp.profile.profiles import list_profiles
from icvapp.scheme.places import list_places, list_volunteers
from icvapp.storage.keys import KEYCHAIN, PASSPHRASE
from icvapp.ui.app import current_window, show_main_window
from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
from icvapp.ui.scheme_choice import LAST_PROFILE, starting_profile
from icvapp.ui.scheme_switcher import SwitchSchemeDialog
from icvapp.ui.security_ui import RecoveryKeyDialog
from icvapp.ui.translation import WINDOW_STATE

from ..conftest import PASSPHRASE as SECRET
from .test_app import when_shown


@pytest.fixture
def office(tmp_path):
    """Custody visiting in the main profile (keychain); the animal welfare scheme beside it (passphrase)."""
    data = tmp_path / "office"
    create_profile(data, KEYCHAIN, "Leicestershire ICV Scheme").close()
    create_scheme_profile(data, "dog_unit", PASSPHRASE, "Leicestershire Animal Welfare", SECRET).close()
    return data


@pytest.fixture
def window(office):
    shown = show_main_window(open_profile(office))
    yield shown
    for w in QApplication.topLevelWidgets():
        if getattr(w, "switch_scheme_requested", None) is not None:
            w.close()
            w.ctx.close()


def choose_from_file_menu(window, letter) -> None:
    """Alt+F, then the item's letter, as a keyboard user would."""
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(50)
    menu = QApplication.activePopupWidget()
    assert menu is not None, "the File menu did not open"
    QTest.keyClick(menu, letter)


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def test_switching_to_the_dog_unit_and_back_by_keyboard(qtbot, office, window):
    seen = {}

    def pick(d: SwitchSchemeDialog) -> None:
        seen["listed"] = [d.list.item(r).text() for r in range(d.list.count())]
        seen["name"] = d.list.accessibleName()
        QTest.keyClick(d.list, Qt.Key.Key_Return)  # the other scheme is already chosen

    def unlock(d: UnlockDialog) -> None:
        seen["asked"] = d.findChild(type(d.message), "") is not None
        type_into(d.passphrase, "not the passphrase")
        QTest.keyClick(d.passphrase, Qt.Key.Key_Return)
        seen["wrong"] = d.message.text()
        d.passphrase.clear()
        type_into(d.passphrase, SECRET)
        QTest.keyClick(d.passphrase, Qt.Key.Key_Return)

    when_shown(SwitchSchemeDialog, pick)
    when_shown(UnlockDialog, unlock)
    choose_from_file_menu(window, Qt.Key.Key_W)
    dogs = list_profiles(office)[1]
    assert seen["listed"] == ["Independent Custody Visiting (main) — open now",
                              f"Animal Welfare Scheme ({dogs.id[:6]})"]
    assert seen["name"] == "Schemes kept here"
    assert "not the one that protects this profile" in seen["wrong"]
    welfare = current_window()
    assert welfare is not window and not window.isVisible()
    assert welfare.ctx.kind == "dog_unit" and welfare.ctx.config.word("place") == "Dog unit"
    assert welfare.windowTitle().endswith("Leicestershire Animal Welfare")
    settings = QSettings(str(office / WINDOW_STATE), QSettings.Format.IniFormat)
    assert settings.value(LAST_PROFILE) == dogs.id  # an id, never a name
    assert starting_profile(office, list_profiles(office)) == dogs  # the next start opens it

    when_shown(SwitchSchemeDialog, lambda d: QTest.keyClick(d.list, Qt.Key.Key_Return))
    choose_from_file_menu(welfare, Qt.Key.Key_W)  # custody's key is in the keychain: nothing to type
    custody = current_window()
    assert custody.ctx.kind == "custody" and custody.windowTitle().endswith("Leicestershire ICV Scheme")
    assert "Leicestershire" not in (office / WINDOW_STATE).read_text()


def test_a_wrong_passphrase_given_up_on_leaves_you_where_you_were(qtbot, office, window):
    messages = []

    def give_up(d: UnlockDialog) -> None:
        type_into(d.passphrase, "not the passphrase")
        QTest.keyClick(d.passphrase, Qt.Key.Key_Return)
        messages.append(d.message.text())
        QTest.keyClick(d.passphrase, Qt.Key.Key_Escape)

    when_shown(SwitchSchemeDialog, lambda d: QTest.keyClick(d.list, Qt.Key.Key_Return))
    when_shown(UnlockDialog, give_up)
    choose_from_file_menu(window, Qt.Key.Key_W)
    assert messages and "not the one that protects this profile" in messages[0]
    assert current_window() is window and window.isVisible()
    assert window.ctx.kind == "custody" and list_places(window.ctx.db) == []  # its database still open


def test_a_new_dog_unit_scheme_is_set_up_in_its_own_words(qtbot, office, window, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: True)

    def create(d: FirstRunDialog) -> None:
        assert not d.join.isVisible() and not d.demo.isVisible() and d.kind.isVisible()
        d.kind.setCurrentIndex(d.kind.findText("Animal Welfare Scheme"))
        type_into(d.scheme_name, "Rutland Animal Welfare")
        QTest.keyClick(d.scheme_name, Qt.Key.Key_Return)

    shown = []
    when_shown(FirstRunDialog, create)
    when_shown(RecoveryKeyDialog, lambda d: (shown.append(d), d.accept()))  # the new scheme's own recovery key
    choose_from_file_menu(window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: bool(shown))
    assert len(list_profiles(office)) == 3
    welfare = current_window()
    assert welfare.ctx.kind == "dog_unit" and welfare.windowTitle().endswith("Rutland Animal Welfare")
    welfare.show_view("scheme")
    view = welfare.scheme_view
    places = view.places
    assert view.tabs.tabText(0).replace("&", "") == "Dog units and closures"
    assert places.table.accessibleName() == "Dog units"
    assert places.table.horizontalHeaderItem(0).text() == "Dog unit"
    assert places.new_button.text().replace("&", "") == "New dog unit"
    assert places.name.accessibleName() == "Dog unit: name"
    assert places.weekly_target.accessibleName() == "Visits expected each month"
    texts = [places.table.accessibleName(), places.closure_table.accessibleName(), places.occasional.accessibleName(),
             places.new_button.accessibleName(), places.save_button.text()]
    assert not [t for t in texts if "uite" in t or "ustody" in t]
    places.new()
    type_into(places.name, "Police dog unit")
    QTest.keyClick(places.name, Qt.Key.Key_Return)
    assert [s.name for s in list_places(welfare.ctx.db)] == ["Police dog unit"]
    volunteers = view.volunteers
    for name in ("Amrit Sandhu", "Hannah Kowalski"):
        volunteers.new()
        type_into(volunteers.name, name)
        QTest.keyClick(volunteers.name, Qt.Key.Key_Return)
    assert sorted(v.name for v in list_volunteers(welfare.ctx.db)) == ["Amrit Sandhu", "Hannah Kowalski"]


def test_custody_keeps_its_own_set_up_words(qtbot, window):
    window.show_view("scheme")
    places = window.scheme_view.places
    assert window.scheme_view.tabs.tabText(0) == "Sui&tes and closures"
    assert places.table.accessibleName() == "Custody suites"
    assert places.new_button.text() == "Ne&w suite" and places.name.accessibleName() == "Suite name"
    assert places.weekly_target.accessibleName() == "Visits expected each week"


def test_a_damaged_scheme_remembered_from_last_time_does_not_lock_the_office_out(office, monkeypatch):
    from icvapp.ui import app as app_module

    dogs = list_profiles(office)[1]
    settings = QSettings(str(office / WINDOW_STATE), QSettings.Format.IniFormat)
    settings.setValue(LAST_PROFILE, dogs.id)
    settings.sync()
    damaged = dogs.path / "icvapp.db"
    damaged.write_bytes(damaged.read_bytes()[:1000])  # a truncated copy, as after a failed disk
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setenv("ICVAPP_PASSPHRASE", SECRET)
    ctx = app_module.open_at_start(office, list_profiles(office), opening_window=False)
    try:
        assert ctx is not None and ctx.kind == "custody" and ctx.data_dir == office  # the main scheme opened
        assert len(shown) == 1 and shown[0].message  # and the damaged one was reported, not skipped silently
    finally:
        ctx.close()
    assert damaged.stat().st_size == 1000  # nothing was written over the damaged file


def test_the_main_schemes_own_fault_is_still_reported_by_the_caller(office, monkeypatch):
    from icvapp.errors import UserFacingError
    from icvapp.ui import app as app_module

    main = office / "icvapp.db"
    main.write_bytes(main.read_bytes()[:1000])
    with pytest.raises(UserFacingError):
        app_module.open_at_start(office, list_profiles(office), opening_window=False)
