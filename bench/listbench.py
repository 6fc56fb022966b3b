"""Worker for the visit-list benchmark: run in its own process by ``bench.run``.

Times "opening the visit list" on one profile: open_profile + count_visits +
the first page of list_visits (200 rows), and, when the GUI has one, the
VisitListModel doing the same for a view. Prints one JSON object on stdout.
The key must be reachable through the keychain the parent set up.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path


def core_once(data_dir: Path) -> dict[str, float]:
    from icvapp.profile.context import open_profile
    from icvapp.storage.keys import passphrase_from_env
    from icvapp.visits.store import VisitFilter, count_visits, list_visits

    t0 = time.perf_counter()
    ctx = open_profile(data_dir, passphrase_from_env())
    t1 = time.perf_counter()
    n = count_visits(ctx.db, VisitFilter())
    t2 = time.perf_counter()
    page = list_visits(ctx.db, VisitFilter(), limit=200)
    t3 = time.perf_counter()
    # Not part of "opening": the next page, to see whether keyset paging stays flat.
    nxt = list_visits(ctx.db, VisitFilter(), limit=200, after=(page[-1].visit_date, page[-1].id)) if page else []
    t4 = time.perf_counter()
    ctx.close()
    assert n > 0 and len(page) == min(200, n), (n, len(page))
    assert not nxt or nxt[0].id != page[-1].id
    return {"open": t1 - t0, "count": t2 - t1, "first_page": t3 - t2, "total": t3 - t0, "next_page": t4 - t3}


def capture_plans(data_dir: Path) -> dict[str, object]:
    """The SQL list_visits and count_visits emit, with SQLite's query plan for each."""
    from sqlalchemy import event

    from icvapp.profile.context import open_profile
    from icvapp.storage.keys import passphrase_from_env
    from icvapp.visits.store import VisitFilter, count_visits, list_visits

    ctx = open_profile(data_dir, passphrase_from_env())
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "visit" in statement:
            seen.append((statement, parameters))

    event.listen(ctx.db.engine, "before_cursor_execute", grab)
    try:
        count_visits(ctx.db, VisitFilter())
        list_visits(ctx.db, VisitFilter(), limit=200)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", grab)
    out = {}
    with ctx.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for name, (sql, params) in zip(("count_visits", "list_visits"), seen, strict=False):
            plan = raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            out[name] = {"sql": " ".join(sql.split()), "params": [str(p) for p in params],
                         "plan": [f"{'  ' * depth(plan, row)}{row[3]}" for row in plan]}
    ctx.close()
    return out


def depth(plan: list, row) -> int:
    parents = {r[0]: r[1] for r in plan}
    d, parent = 0, row[1]
    while parent in parents:
        d, parent = d + 1, parents[parent]
    return d


def gui_once(data_dir: Path, app) -> dict[str, float]:
    from PySide6.QtCore import QModelIndex, Qt

    from icvapp.profile.context import open_profile
    from icvapp.storage.keys import passphrase_from_env
    from icvapp.ui.visit_list import VisitListModel
    from icvapp.visits.store import VisitFilter

    t0 = time.perf_counter()
    ctx = open_profile(data_dir, passphrase_from_env())
    t1 = time.perf_counter()
    try:
        model = VisitListModel(ctx)
        model.set_filter(VisitFilter())
        # A view asks for more rows when the model says it can; a model that
        # loads in the background gets a few seconds of event loop.
        deadline = time.perf_counter() + 10
        while model.rowCount(QModelIndex()) < 50 and time.perf_counter() < deadline:
            if model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            else:
                app.processEvents()
                if model.rowCount(QModelIndex()) == 0:
                    time.sleep(0.001)
                else:
                    break
        rows, cols = min(50, model.rowCount(QModelIndex())), model.columnCount(QModelIndex())
        cells = 0
        for r in range(rows):
            for c in range(cols):
                model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                cells += 1
        t2 = time.perf_counter()
        if rows == 0:
            raise RuntimeError("VisitListModel showed no rows")
    finally:
        ctx.close()
    return {"open": t1 - t0, "model": t2 - t1, "total": t2 - t0, "rows": rows, "cols": cols, "cells": cells}


def summarize(samples: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    keys = [k for k, v in samples[0].items() if isinstance(v, float)]
    return {k: {"min": min(s[k] for s in samples), "median": statistics.median(s[k] for s in samples),
                "samples": [s[k] for s in samples]} for k in keys}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.listbench")
    p.add_argument("--data-dir", required=True, type=Path)
    p.add_argument("--reps", type=int, default=7)
    args = p.parse_args(argv)
    result: dict[str, object] = {}
    core_once(args.data_dir)  # warm-up: imports, OS file cache
    result["core"] = summarize([core_once(args.data_dir) for _ in range(args.reps)])
    result["plans"] = capture_plans(args.data_dir)
    if importlib.util.find_spec("icvapp.ui") and importlib.util.find_spec("icvapp.ui.visit_list"):
        try:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from icvapp.ui import visit_list

            if not hasattr(visit_list, "VisitListModel"):
                raise RuntimeError("icvapp/gui/visit_list.py has no VisitListModel yet")
            app = QApplication.instance() or QApplication([])
            gui_once(args.data_dir, app)
            result["gui"] = summarize([gui_once(args.data_dir, app) for _ in range(args.reps)])
        except Exception as exc:  # noqa: BLE001 -- a failing GUI measurement is reported in the table, never ends the run
            result["gui_error"] = f"{type(exc).__name__}: {exc}"
    else:
        result["gui_error"] = "icvapp/gui/visit_list.py does not exist yet"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
