"""Worker for the per-keystroke benchmark: run in its own process by ``bench.run``.

A volunteer types into a new visit report on a profile of N visits. Each key
press is one ``QTest.keyClick`` (the form's handlers: validation, marking the
problems, scheduling autosave) followed by the events it posted (repaints,
layout), timed on the GUI thread. The baseline is the same keys typed into a
bare QPlainTextEdit / QLineEdit in the same process. Autosave itself fires
1.5 s after the last key and is not a keystroke: the timer is stopped before
it can fire, so it is never inside a sample.

Also counts the SQL statements each key press runs (should be none) and times
``validation_context`` + ``validate`` alone, the core part of the work.

    python -m bench.keystrokes --data-dir DIR [--keys 300] --json OUT
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from bench.output import emit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = ("Suite calm and clean. Staff welcoming and quick to admit us; fridge log complete. "
        "Two cells out of use awaiting repair. ")


def percentile(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def summary(xs: list[float]) -> dict:
    return {"samples": xs, "n": len(xs), "min": min(xs), "median": statistics.median(xs),
            "p90": percentile(xs, 90), "p99": percentile(xs, 99), "max": max(xs)}


def type_keys(widget, keys: str, before=None) -> list[float]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest

    out = []
    for ch in keys:
        if before is not None:
            before()
        t0 = time.perf_counter()
        QTest.keyClick(widget, ch)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--keys", type=int, default=300)
    p.add_argument("--json", type=Path)
    args = p.parse_args()
    keys = (TEXT * (args.keys // len(TEXT) + 1))[:args.keys]

    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])

    # Baseline: the same keys into bare editors, same process, same screen.
    bare = QMainWindow()
    box = QWidget()
    column = QVBoxLayout(box)
    plain, line = QPlainTextEdit(), QLineEdit()
    column.addWidget(plain)
    column.addWidget(line)
    bare.setCentralWidget(box)
    bare.resize(1100, 760)
    bare.show()
    app.processEvents()
    type_keys(plain, keys[:20])  # warm-up
    plain.clear()
    base = type_keys(plain, keys) + type_keys(line, keys[: len(keys) // 3])
    bare.close()

    from sqlalchemy import event

    from icvapp.profile.context import open_profile
    from icvapp.storage.keys import passphrase_from_env
    from icvapp.ui.main_window import MainWindow
    from icvapp.visits.store import validation_context
    from icvapp.visits.validation import validate

    ctx = open_profile(args.data_dir, passphrase_from_env())
    window = MainWindow(ctx)
    window.resize(1100, 760)
    window.show()
    window.open_visit(None)
    form = window.form
    statements: list[str] = []
    event.listen(ctx.db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: statements.append(statement))

    def hold_autosave() -> None:
        form.timer.stop()
        form.deadline.stop()

    form.tabs.setCurrentIndex(len(form.sections) - 1)
    notes, officer = form.closeout.observations, form.closeout.officer_name
    notes.setFocus()
    app.processEvents()
    type_keys(notes, keys[:20], hold_autosave)  # warm-up
    statements.clear()
    app_keys = type_keys(notes, keys[20:] + keys[:20], hold_autosave)
    counted = len(statements)
    officer.setFocus()  # leaving the notes saves the draft: not a keystroke's work
    app.processEvents()
    statements.clear()
    app_keys += type_keys(officer, keys[: len(keys) // 3], hold_autosave)
    counted += len(statements)
    per_key_sql = counted / len(app_keys)
    sample_sql = sorted({s.split(" FROM ")[-1][:60] for s in statements})[:5]
    hold_autosave()

    # The core part alone: what the form asks for on each key.
    rec = form.collect()
    core = []
    for _ in range(200):
        t0 = time.perf_counter()
        validate(rec, validation_context(ctx.db, ctx.config))
        core.append(time.perf_counter() - t0)
    only_validate = []
    vctx = validation_context(ctx.db, ctx.config)
    for _ in range(200):
        t0 = time.perf_counter()
        validate(rec, vctx)
        only_validate.append(time.perf_counter() - t0)
    form.dirty = False  # nothing to save: this was a benchmark, not a visit
    window.close()
    ctx.close()
    result = {"bare": summary(base), "app": summary(app_keys), "sql_per_key": per_key_sql,
              "sql_sample": sample_sql, "core_context_and_validate": summary(core),
              "core_validate_only": summary(only_validate)}
    return emit(result, args.json)


if __name__ == "__main__":
    sys.exit(main())
