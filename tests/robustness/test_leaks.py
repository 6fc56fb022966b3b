"""No leaks: a marker typed into every free-text field, saved, signed, exported, backed up and closed
appears nowhere on disk except in the files the user chose to write — not in the data folder (the
database is encrypted), temp files, settings, caches or the app's output."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from icvapp.profile.backup import make_backup
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.sealing.submission import export_submission
from icvapp.ui.main_window import MainWindow
from icvapp.ui.signoff_dialog import SignOffDialog
from icvapp.ui.widgets import CountField, TimeField
from icvapp.visits.store import load_visit, save_draft
from tests.conftest import PINS
from tests.helpers import files_holding, good_visit, other_tests_folders

LEAK_REPORT: dict[str, int] = {}


def free_text_fields(widget) -> list:
    fields = [w for w in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit)
              if not isinstance(w, (TimeField, CountField)) and w.isEnabled() and not w.isReadOnly()
              and type(w.parent()).__name__ not in ("QAbstractSpinBox", "QDateEdit", "QComboBox")]
    return [w for w in fields if w.objectName() != "qt_spinbox_lineedit"]


def test_a_marker_in_every_field_reaches_only_the_files_the_user_chose(qtbot, signed_ctx, tmp_path, capfd):
    started = time.time() - 2  # a file system's timestamps may lag by up to its granularity
    marker = f"MK{uuid.uuid4().hex[:16]}"  # made now, so no file can already hold it
    ctx = signed_ctx
    exports = tmp_path / "exports"
    exports.mkdir()
    rec = save_draft(ctx.db, good_visit(ctx))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_visit(rec.id)
    form = window.form
    typed = 0
    for i in range(form.tabs.count()):
        form.tabs.setCurrentIndex(i)
        for field in free_text_fields(form.sections[i]):
            if not field.isVisible():
                continue
            field.setFocus()
            field.setText(field.text() + marker) if isinstance(field, QLineEdit) else field.setPlainText(
                field.toPlainText() + " " + marker)
            form._edited()
            typed += 1
    assert typed >= 10, typed
    assert form.save_now()
    qtbot.mouseClick(form.complete_button, Qt.MouseButton.LeftButton)
    assert load_visit(ctx.db, rec.id).status == "complete", form.problems

    dialog = SignOffDialog(ctx, rec.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.officer_name.setText(f"Sgt {marker}")
    for v in dialog.visitors:
        v.pin.setText(PINS[v.name])
    dialog.sign()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    chosen = [export_visit_pdf(ctx, rec.id, exports / "visit.pdf"),
              export_submission(ctx, rec.id, exports / "visit.icvsub"),
              ]
    make_backup(ctx, exports / "profile.icvbackup")
    form.dirty = False
    window.close()
    ctx.close()

    home = Path.home()
    places = [ctx.data_dir, tmp_path, Path(tempfile.gettempdir()), home / ".config", home / ".cache",
              home / ".local" / "share"]
    for location in (QStandardPaths.StandardLocation.AppConfigLocation, QStandardPaths.StandardLocation.AppDataLocation,
                     QStandardPaths.StandardLocation.CacheLocation, QStandardPaths.StandardLocation.GenericConfigLocation):
        places += [Path(p) for p in QStandardPaths.standardLocations(location)]
    skip = [exports, *other_tests_folders(tmp_path)]
    control = ctx.data_dir.parent / "control.txt"  # proof the search would see a leak if there were one
    control.write_text(marker)
    assert files_holding(marker.encode(), places, skip=skip, since=started) == [str(control)]
    control.unlink()
    leaks = files_holding(marker.encode(), places, skip=skip, since=started)
    out, err = capfd.readouterr()
    LEAK_REPORT.update(fields=typed, leaks=len(leaks) + (marker in out) + (marker in err))
    assert leaks == []
    assert marker not in out and marker not in err  # nothing on the console, where logs would go
    assert all(p.exists() for p in chosen) and (exports / "profile.icvbackup").exists()
