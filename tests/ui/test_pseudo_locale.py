"""In the pseudo-locale (every string accented and 40% longer) each window shows no English and cuts no text.

A string left out of Qt translation shows up here as plain English; a layout that only fits English
shows up as a text wider than its widget. Data (suite and volunteer names, the scheme's own lists,
dates and numbers) is not translated by the Qt layer and is let through.
"""

from __future__ import annotations

import datetime as dt
import re
import runpy
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from icvapp.scheme.periods import recent_quarters
from icvapp.scheme.places import list_places, list_volunteers
from icvapp.sealing.signoff import SIGN_REASON
from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
from icvapp.ui.main_window import MainWindow
from icvapp.ui.qt_strings import standard_button_texts
from icvapp.ui.report_actions import ResultsDialog
from icvapp.ui.rota_view import AssignPairDialog
from icvapp.ui.security_ui import LockScreen, RecoveryKeyDialog
from icvapp.ui.signing_setup import SigningSetupDialog
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.translation import LANGUAGES, install_language, translate
from icvapp.ui.verify_dialog import VerifyDialog
from icvapp.visits.store import VisitFilter, list_visits

ROOT = Path(__file__).resolve().parents[2]
PSEUDO = runpy.run_path(str(ROOT / "scripts" / "pseudo_locale.py"))
TAGS = re.compile(r"<[^>]*>")
LIST_NAMES = ("modes", "abandon_reasons", "count_stages", "count_groups", "inspection_areas",
              "inspection_categories", "subject_checks", "subject_flags", "request_categories", "reasons_not_seen",
              "issue_categories", "escalation_levels")


@pytest.fixture(scope="session")
def pseudo_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pseudo")
    PSEUDO["write"](out)
    return out


@pytest.fixture
def pseudo(qapp, pseudo_dir):
    installed = install_language(qapp, "pseudo", pseudo_dir)
    assert installed, "the pseudo-locale did not load"
    yield


def data_texts(ctx) -> set[str]:
    """What the window shows that is data, not the Qt layer's words."""
    texts = {s.name for s in list_places(ctx.db)} | {v.name for v in list_volunteers(ctx.db)}
    for name in LIST_NAMES:
        texts |= {c.label_in(lang) for c in getattr(ctx.config, name, ()) for lang in LANGUAGES}
    texts |= {text for _noun, labels in ctx.config.words for _lang, text in labels}  # the kind's nouns
    texts |= {q.label for q in recent_quarters(dt.date.today(), 12)}
    texts |= {ctx.protection, ctx.scheme_name(), SIGN_REASON, str(ctx.data_dir), *LANGUAGES.values()}
    return texts


def plain(text: str) -> str:
    return TAGS.sub("", text).replace("&", "").strip()


def calendar_words() -> set[str]:
    """Month and day names: dates come from QLocale (en_GB in the pseudo-locale), not from our catalogue."""
    locale, words = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), set()
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words |= {locale.monthName(m, form) for m in range(1, 13)} | {locale.dayName(d, form) for d in range(1, 8)}
    return words


def untranslated(text: str, data: set[str]) -> bool:
    text = plain(text)
    if not re.search(r"[A-Za-z]{2,}", text) or PSEUDO["is_pseudo"](text) or text in data:
        return False
    if set(re.findall(r"[A-Za-z]+", text)) <= calendar_words():
        return False
    return not any(text.startswith(d) or text.endswith(d) for d in data if len(d) > 3)


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0


#: Week grids: their narrow week columns are checked on their own (the last test), by their headers alone.
NARROW_WEEK_GRIDS = ("RotaTable", "WeekGrid")


def problems(window: QWidget, data: set[str], *, only_week_grids: bool = False) -> list[str]:
    """Every visible text that is English, or wider than the widget that shows it."""
    found = []
    if only_week_grids:
        return week_grid_headers(window)

    def check(widget, text, need: int | None, have: int | None) -> None:
        if not text:
            return
        name = f"{type(widget).__name__} {plain(text)[:60]!r}"
        if untranslated(text, data):
            found.append(f"untranslated: {name}")
        if need is not None and have is not None and need > have + 1:
            found.append(f"does not fit ({need} > {have} px): {name}")

    check(window, window.windowTitle(), None, None)
    for label in window.findChildren(QLabel):
        if shown(label, window) and label.text():
            if label.wordWrap():
                check(label, label.text(), label.heightForWidth(label.width()), label.height())
            else:
                check(label, label.text(), label.minimumSizeHint().width(), label.width())
    for button in window.findChildren(QAbstractButton):
        if shown(button, window) and button.text():
            check(button, button.text(), button.minimumSizeHint().width(), button.width())
    for box in window.findChildren(QGroupBox):
        if shown(box, window):
            check(box, box.title(), box.fontMetrics().horizontalAdvance(box.title()) + 16, box.width())
    for edit in window.findChildren(QLineEdit):
        if shown(edit, window) and edit.placeholderText() and not isinstance(edit.parent(), QComboBox):
            check(edit, edit.placeholderText(), edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8,
                  edit.width())
    for combo in window.findChildren(QComboBox):
        if shown(combo, window) and not combo.isEditable():
            for i in range(combo.count()):
                check(combo, combo.itemText(i), None, None)
    for tabs in window.findChildren(QTabWidget):
        if shown(tabs, window):
            bar = tabs.tabBar()
            for i in range(tabs.count()):
                check(bar, tabs.tabText(i), bar.tabSizeHint(i).width(), bar.tabRect(i).width())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if shown(view, window) and model is not None and hasattr(view, "horizontalHeader"):
            header, fits = view.horizontalHeader(), type(view).__name__ not in NARROW_WEEK_GRIDS
            for col in range(model.columnCount()):
                check(header, str(model.headerData(col, Qt.Orientation.Horizontal) or ""),
                      header.sectionSizeHint(col) if fits else None, header.sectionSize(col))
    for menu in window.findChildren(QMenu):
        check(menu, menu.title(), None, None)
        for action in menu.actions():
            if not action.isSeparator():
                check(menu, action.text(), None, None)
    return found


def week_grid_headers(window: QWidget) -> list[str]:
    found = []
    for view in window.findChildren(QAbstractItemView):
        if type(view).__name__ in NARROW_WEEK_GRIDS and shown(view, window):
            header = view.horizontalHeader()
            found += [f"{type(view).__name__} column {col}: {header.sectionSizeHint(col)} > {header.sectionSize(col)}"
                      for col in range(header.count()) if header.sectionSizeHint(col) > header.sectionSize(col) + 1]
    return found


def look(qtbot, window: QWidget, data: set[str]) -> list[str]:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return problems(window, data)


def test_the_standard_buttons_are_translated_too(pseudo):
    assert [t for t in standard_button_texts() if not PSEUDO["is_pseudo"](t)] == []


def test_first_run_and_unlock(qtbot, pseudo, tmp_path):
    data = {str(tmp_path), *LANGUAGES.values()}
    found = look(qtbot, FirstRunDialog(str(tmp_path), True), data)
    found += look(qtbot, FirstRunDialog(str(tmp_path), False), data)
    hint = translate("Startup", "Your data in {folder} is protected by your passphrase.").format(folder=tmp_path)
    found += look(qtbot, UnlockDialog(hint, lambda p: None), data)
    assert not found, "\n".join(found)


def test_the_visit_list_and_menus(qtbot, pseudo, demo_ctx):
    window = MainWindow(demo_ctx)
    found = look(qtbot, window, data_texts(demo_ctx))
    assert not found, "\n".join(found)


def test_every_tab_of_the_visit_form(qtbot, pseudo, demo_ctx):
    data = data_texts(demo_ctx)
    window = MainWindow(demo_ctx)
    look(qtbot, window, data)
    found = []
    sealed = next(v.id for v in list_visits(demo_ctx.db, VisitFilter(status="sealed")) if v.origin == "recorded")
    for visit_id in (None, sealed):
        window.open_visit(visit_id)
        if visit_id is None:
            window.form.conversations.add()
        for i in range(window.form.tabs.count()):
            window.form.tabs.setCurrentIndex(i)
            QApplication.processEvents()
            found += [f"tab {i}: {p}" for p in problems(window, data)]
    assert not found, "\n".join(found)


def test_sign_off_check_a_file_and_the_recovery_key(qtbot, pseudo, demo_ctx):
    data = data_texts(demo_ctx)
    unsigned = next(v.id for v in list_visits(demo_ctx.db, VisitFilter(status="complete"))
                    if v.origin == "recorded")
    found = look(qtbot, SignOffDialog(demo_ctx, unsigned), data)
    found += look(qtbot, VerifyDialog(demo_ctx), data)
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-23"
    found += look(qtbot, RecoveryKeyDialog(key), data | {key})
    result = types.SimpleNamespace(ok=True, path=Path("visit.icvsub"), message="")
    found += look(qtbot, ResultsDialog([result]), data)
    assert not found, "\n".join(found)


def test_the_lock_screen(qtbot, pseudo, demo_ctx):
    window = MainWindow(demo_ctx)
    look(qtbot, window, set())
    screen = LockScreen(window)
    screen.cover()
    QApplication.processEvents()
    found = problems(screen, data_texts(demo_ctx))
    assert not found, "\n".join(found)


def test_the_desk_views(qtbot, pseudo, demo_ctx):
    data = data_texts(demo_ctx)
    window = MainWindow(demo_ctx)
    look(qtbot, window, data)
    found = []
    for page in (window.rota_view, window.issues_view, window.scheme_view):
        window.show_page(page)
        tabs = page.findChildren(QTabWidget)
        for i in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(i)
            QApplication.processEvents()
            found += [f"{type(page).__name__}: {p}" for p in problems(window, data)]
    assert not found, "\n".join(found)


def test_the_dashboard(qtbot, pseudo, demo_ctx):
    window = MainWindow(demo_ctx)
    look(qtbot, window, set())
    window.show_page(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard.summary is not None, timeout=30000)
    found = problems(window, data_texts(demo_ctx))
    assert not found, "\n".join(found)


def test_signing_setup_and_the_pair_dialog(qtbot, pseudo, demo_ctx):
    data = data_texts(demo_ctx)
    window = MainWindow(demo_ctx)
    look(qtbot, window, data)
    found = look(qtbot, SigningSetupDialog(demo_ctx, window), data)
    rota = window.rota_view
    window.show_page(rota)
    cell = rota.selected_slot()
    found += look(qtbot, AssignPairDialog(demo_ctx, rota.model.place_name(0), cell, rota.model.names), data)
    assert not found, "\n".join(found)


def test_the_week_grids_headers_fit(qtbot, pseudo, demo_ctx):
    window = MainWindow(demo_ctx)
    look(qtbot, window, set())
    found = []
    for page in (window.rota_view, window.dashboard):
        window.show_page(page)
        if page is window.dashboard:
            qtbot.waitUntil(lambda: window.dashboard.summary is not None, timeout=30000)
        found += problems(window, set(), only_week_grids=True)
    assert not found, "\n".join(found)
