"""English or Welsh: the catalogues are sound, the choice is remembered before unlock, and the window speaks it."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from icvapp.ui import translation
from icvapp.ui.app import first_run
from icvapp.ui.dialogs import FirstRunDialog
from icvapp.ui.main_window import MainWindow
from icvapp.ui.translation import (
    WELSH,
    WINDOW_STATE,
    chosen_language,
    install_language,
    qm_file,
    save_language,
    saved_language,
)
from icvapp.visits.store import count_visits

from .test_app import when_shown

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Everything a volunteer sees on their path: first run, unlock, visit list, form, sign-off, check a file.
VOLUNTEER_PATH = {"Startup", "FirstRunDialog", "UnlockDialog", "JoinSchemeDialog", "MainWindow", "VisitList", "VisitListView",
                  "VisitForm", "Section", "DetailsSection", "CountsSection", "InspectionSection", "CloseOutSection",
                  "Conversation", "ConversationEditor", "ConversationsSection", "TimeField", "SignOffDialog",
                  "VisitorSignature", "SignaturePad", "VerifyDialog", "ReportActions", "ResultsDialog",
                  "RecoveryKeyDialog", "LockScreen", "Security", "Integrity", "Jobs", "QPlatformTheme",
                  "QMessageBox"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


def messages(name: str):
    for context in ET.parse(TRANSLATIONS / name).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def texts(message) -> list[str]:
    translation = message.find("translation")
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def test_the_volunteer_path_is_all_in_welsh():
    missing = [(c, m.findtext("source")) for c, m in messages("ui_cy.ts")
               if c in VOLUNTEER_PATH and (m.find("translation").get("type") == "unfinished"
                                           or not all(texts(m)))]
    assert missing == []


def test_welsh_keeps_every_placeholder_and_one_mnemonic():
    wrong = []
    for context, message in messages("ui_cy.ts"):
        if message.find("translation").get("type") == "unfinished":
            continue
        source = message.findtext("source")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts(message):
            # The zero form of a plural may say "none" in words instead of the count.
            have = sorted(set(PLACEHOLDER.findall(text)))
            if have != wanted and not (message.get("numerus") == "yes" and have == sorted(set(wanted) - {"%n"})):
                wrong.append((context, source, text))
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                wrong.append((context, source, text))
    assert wrong == []


def test_welsh_plurals_have_qts_five_forms_and_english_two():
    cy = [m for _, m in messages("ui_cy.ts") if m.get("numerus") == "yes"]
    en = {m.findtext("source"): texts(m) for _, m in messages("ui_en.ts") if m.get("numerus") == "yes"}
    assert cy and {len(texts(m)) for m in cy} == {5}
    assert set(en) == {m.findtext("source") for m in cy}
    assert all(len(forms) == 2 and "(s)" not in forms[0] for forms in en.values())


def test_welsh_plural_forms_are_chosen_by_count(qapp):
    install_language(qapp, WELSH)
    said = {n: QCoreApplication.translate("VisitListView", "%Ln visit(s)", "", n) for n in (0, 1, 2, 6, 1035)}
    assert said == {0: "0 ymweliad", 1: "1 ymweliad", 2: "2 ymweliad", 6: "6 ymweliad", 1035: "1,035 ymweliad"}
    install_language(qapp, "en")
    assert QCoreApplication.translate("VisitListView", "%Ln visit(s)", "", 1) == "1 visit"
    assert QCoreApplication.translate("VisitListView", "%Ln visit(s)", "", 1035) == "1,035 visits"


def test_a_stale_translation_is_compiled_again_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ICVAPP_CACHE_DIR", str(tmp_path / "cache"))
    first = qm_file("ui_cy")
    assert first is not None and first.parent == tmp_path / "cache" / "translations"
    stamp = first.stat().st_mtime
    assert qm_file("ui_cy") == first and first.stat().st_mtime == stamp  # fresh: not compiled twice
    assert not list(TRANSLATIONS.glob("*.qm")), "compiled translations never land in the source tree"


def test_the_language_is_remembered_beside_the_profile_and_nothing_else(tmp_path, monkeypatch):
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    assert saved_language(tmp_path) is None and chosen_language(tmp_path) == "en"  # the scheme's default
    save_language(tmp_path, WELSH)
    assert chosen_language(tmp_path) == WELSH
    stored = QSettings(str(tmp_path / WINDOW_STATE), QSettings.Format.IniFormat)
    assert stored.allKeys() == ["language"]
    monkeypatch.setenv("ICVAPP_LANGUAGE", "en")
    assert chosen_language(tmp_path) == "en"


def test_the_window_and_the_command_line_read_the_saved_language_alike(tmp_path):
    """The window reads window.ini with QSettings, the command line with configparser: one answer for each
    file, including one the window never wrote."""
    from icvapp.profile.language import saved_language as command_line_reads

    cases = {"saved": None, "welsh": "[General]\nlanguage=cy\n", "english": "[General]\nlanguage=en\n",
             "unknown": "[General]\nlanguage=fr\n", "empty": "", "other keys": "[General]\ngeometry=x\n",
             "garbled": "\x00\x01language=cy\n[General\n"}
    for name, text in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        if name == "saved":
            save_language(folder, WELSH)
        else:
            (folder / WINDOW_STATE).write_text(text, encoding="utf-8")
        assert saved_language(folder) == command_line_reads(folder), name
    assert saved_language(tmp_path / "saved") == WELSH and saved_language(tmp_path / "unknown") is None


def test_the_scheme_sets_the_default_language(tmp_path, monkeypatch):
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    monkeypatch.setattr(translation, "scheme_default_language", lambda: WELSH)
    assert chosen_language(tmp_path) == WELSH


def test_choosing_welsh_on_first_run_switches_at_once_and_keeps_what_was_typed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr("icvapp.ui.app.keychain_usable", lambda: True)
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    seen = {}

    def choose_welsh(d: FirstRunDialog) -> None:
        d.own.setChecked(True)
        d.scheme_name.setText("Cynllun Dyfed-Powys")
        d.language.setCurrentIndex(d.language.findData(WELSH))  # the dialog closes and opens again in Welsh
        when_shown(FirstRunDialog, carry_on)

    def carry_on(d: FirstRunDialog) -> None:
        if d.language.currentData() != WELSH:  # still the English dialog, on its way out
            when_shown(FirstRunDialog, carry_on)
            return
        seen.update(title=d.windowTitle(), name=d.scheme_name.text(), own=d.own.isChecked())
        d._check()

    when_shown(FirstRunDialog, choose_welsh)
    ctx = first_run(tmp_path / "cy")
    try:
        assert seen == {"title": "Croeso i icvapp", "name": "Cynllun Dyfed-Powys", "own": True}
        assert saved_language(tmp_path / "cy") == WELSH
        assert ctx.scheme_name() == "Cynllun Dyfed-Powys"
    finally:
        ctx.close()


def test_the_visit_list_speaks_welsh_with_welsh_dates_and_numbers(qtbot, demo_ctx):
    install_language(QApplication.instance(), WELSH)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    view = window.list_view
    total = count_visits(demo_ctx.db)
    qtbot.waitUntil(lambda: view.count_label.text() == f"{QLocale().toString(total)} ymweliad")
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Ffeil", "&Golwg"]
    assert view.new_button.text() == "Ymweliad &newydd"
    assert view.new_button.accessibleName() == "Cofnodi ymweliad newydd"
    first = view.model.rows[0].visit_date
    shown = view.model.data(view.model.index(0, 0))
    assert shown == QLocale(QLocale.Language.Welsh).toString(QDate(first), "ddd d MMM yyyy")
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Dyddiad"


def test_the_language_menu_remembers_a_choice_for_the_next_start(qtbot, demo_ctx, monkeypatch):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr("icvapp.ui.main_window.QMessageBox.information", lambda *a: None)
    welsh = next(a for a in window.language_menu.actions() if a.data() == WELSH)
    welsh.trigger()
    assert saved_language(demo_ctx.data_dir) == WELSH


@pytest.mark.parametrize("when", [dt.date(2026, 3, 1)])
def test_welsh_month_names_come_from_qlocale(qapp, when):
    install_language(qapp, WELSH)
    assert QLocale().toString(QDate(when), "d MMMM yyyy") == "1 Mawrth 2026"


def test_a_new_visit_in_welsh_shows_the_schemes_welsh_labels_and_is_written_in_welsh(qtbot, demo_ctx):
    install_language(QApplication.instance(), WELSH)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.open_visit(None)
    form = window.form
    assert [form.tabs.tabText(i) for i in range(2)] == ["&1 Manylion yr ymweliad", "&2 Carcharorion"]
    assert form.details.mode.itemText(0) == demo_ctx.config.modes[0].label_in(WELSH) != demo_ctx.config.modes[0].label
    assert form.record.language == WELSH  # its report will print in Welsh
    assert form.save_state.text() == "Heb ei gadw eto"
