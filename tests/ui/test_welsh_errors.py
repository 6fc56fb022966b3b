"""A volunteer who chose Welsh reads the core's errors in Welsh: in the window (unlock, a database from a newer
icvapp, a submission file refused on import) and at the terminal. The English wording is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from icvapp.cli.main import run_command
from icvapp.errors import DatabaseTooNew, UserFacingError
from icvapp.profile.context import open_profile
from icvapp.sealing.submission import SubmissionRejected, export_submission, import_files, import_submission
from icvapp.storage.database import SCHEMA_VERSION
from icvapp.ui import dialogs
from icvapp.ui.dialogs import UnlockDialog, show_error
from icvapp.ui.translation import ENGLISH, WELSH, install_language, save_language
from tests.conftest import PASSPHRASE


@pytest.fixture
def welsh(qapp):
    install_language(qapp, WELSH)


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str, str]]:
    """What each message box said (title, text, informative text), instead of waiting for a click."""
    boxes = []

    def exec_(box):
        boxes.append((box.windowTitle(), box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(dialogs.QMessageBox, "exec", exec_)
    return boxes


def refusal(action) -> UserFacingError:
    with pytest.raises(UserFacingError) as caught:
        action()
    return caught.value


def test_a_wrong_passphrase_is_explained_in_welsh(qtbot, ctx, welsh):
    ctx.close()
    dialog = UnlockDialog("…", lambda passphrase: open_profile(ctx.data_dir, passphrase))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog._try()
    assert dialog.message.text() == ("Nid dyna'r cyfrinymadrodd sy'n diogelu'r proffil hwn. Gwiriwch Caps Lock a "
                                     "rhowch gynnig arall arni, neu defnyddiwch eich allwedd adfer.")


def test_the_same_refusal_reads_in_english_in_an_english_window(qtbot, ctx, qapp):
    install_language(qapp, ENGLISH)
    ctx.close()
    dialog = UnlockDialog("…", lambda passphrase: open_profile(ctx.data_dir, passphrase))
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog._try()
    assert dialog.message.text() == ("That passphrase is not the one that protects this profile. Check Caps Lock and "
                                     "try again, or use your recovery key.")


def test_a_database_from_a_newer_icvapp_is_refused_in_welsh(ctx, welsh, shown):
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    ctx.db.checkpoint()
    ctx.close()
    exc = refusal(lambda: open_profile(ctx.data_dir, PASSPHRASE))
    assert isinstance(exc, DatabaseTooNew)
    assert str(exc).startswith("This database was written by a newer version of icvapp")  # English as ever
    show_error(None, exc)
    assert shown == [(
        "Cronfa ddata o icvapp mwy newydd",
        (f"Ysgrifennwyd y gronfa ddata hon gan fersiwn mwy newydd o icvapp (sgema {SCHEMA_VERSION + 1}; mae'r "
         f"fersiwn hwn yn deall hyd at {SCHEMA_VERSION})."),
        "Gosodwch yr icvapp mwy newydd i'w hagor. Nid yw'r ffeil wedi newid.")]


def test_a_tampered_submission_file_is_refused_in_welsh(signed_ctx, tmp_path, welsh, shown):
    from tests.helpers import seal

    # The office's own visit, sent and re-imported, is a duplicate; a file cut short is damaged.
    vid = seal(signed_ctx)
    data = export_submission(signed_ctx, vid, tmp_path / "visit.icvsub").read_bytes()
    tampered = tmp_path / "tampered.icvsub"
    tampered.write_bytes(data[:-40] + bytes(40))
    exc = refusal(lambda: import_submission(signed_ctx, tampered.read_bytes()))
    assert isinstance(exc, SubmissionRejected)
    show_error(None, exc)
    [(title, text, _hint)] = shown
    assert title == "Gwrthodwyd y ffeil gyflwyno"
    assert text in ("Nid oes modd agor y ffeil hon ag allwedd mewnflwch y cynllun hwn.",
                    "Mae'r ffeil gyflwyno wedi'i difrodi: nid oes modd darllen ei chynnwys.")
    [result] = import_files(signed_ctx, [tampered])
    assert not result.ok and result.message == str(exc)  # the batch's own words stay English underneath
    from icvapp.i18n import localized

    assert localized(result.message, "cy").startswith(text)


@pytest.mark.parametrize("how", ["environment", "saved choice"])
def test_a_command_that_fails_says_so_in_welsh(tmp_path, monkeypatch, capsys, how):
    empty = tmp_path / "nowhere"
    if how == "environment":
        monkeypatch.setenv("ICVAPP_LANGUAGE", "cy")
    else:
        monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
        save_language(empty, WELSH)  # what View ▸ Language writes; the command reads the same choice
    assert run_command(["--data-dir", str(empty), "visits", "list"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"icvapp: Nid oes proffil icvapp yn {empty}.",
        "  Rhedwch 'icvapp demo' neu 'icvapp init --name ENW' yn gyntaf, neu agorwch yr ap."]


def test_a_command_speaks_english_unless_welsh_was_chosen(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    empty = tmp_path / "nowhere"
    assert run_command(["--data-dir", str(empty), "visits", "list"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"icvapp: There is no icvapp profile in {empty}."


def test_the_terminal_asks_for_the_passphrase_in_welsh(ctx, monkeypatch, capsys):
    import getpass
    import sys

    ctx.close()
    monkeypatch.delenv("ICVAPP_LANGUAGE", raising=False)
    save_language(ctx.data_dir, WELSH)
    asked = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert run_command(["--data-dir", str(ctx.data_dir), "visits", "list"]) == 0
    assert asked == ["Cyfrinymadrodd: "]


@pytest.mark.parametrize("language, heading, status", [
    ("en", ["ID", "Date", "Custody suite", "Status", "In custody", "Seen", "Pair"], "unsigned"),
    ("cy", ["Rhif", "Dyddiad", "Dalfa", "Statws", "Yn y ddalfa", "Gwelwyd", "Pâr"], "heb ei lofnodi"),
])
def test_the_visit_list_at_the_terminal_is_in_the_chosen_language(ctx, monkeypatch, capsys, language, heading,
                                                                   status):
    import datetime as dt

    from icvapp.visits.store import complete_visit, validation_context
    from tests.helpers import good_visit

    assert complete_visit(ctx.db, good_visit(ctx), validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23))) == []
    ctx.close()
    monkeypatch.setenv("ICVAPP_LANGUAGE", language)
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    assert run_command(["--data-dir", str(ctx.data_dir), "visits", "list"]) == 0
    head, row = capsys.readouterr().out.splitlines()[:2]
    columns = [c for c in head.split("  ") if c.strip()]
    assert [c.strip() for c in columns] == heading
    # Each value sits under its heading, however long the heading is in this language.
    assert row[head.index(heading[3]):].startswith(status)
