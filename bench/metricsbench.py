"""Quarterly figures at national scale, against one hand-written SQL aggregate in the same run.

    python -m bench.metricsbench [--visits 100000] [--quick]

Baseline: ONE statement over the same quarter that reads the same tables the
figures need — visits by suite with the funnel totals (conditional sums over
stage_count), requests (subject_request) and reasons not seen
(conversation) — as a hand-written aggregate would. The app's side is
:func:`icvapp.metrics.summary`, which computes every figure of the Board report.
Also reported: the Board PDF for a whole financial year.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

BASELINE = text("""
SELECT v.place_id,
       count(DISTINCT v.id),
       sum(CASE WHEN c.stage = 'in_custody' THEN c.total ELSE 0 END),
       sum(CASE WHEN c.stage = 'offered' THEN c.total ELSE 0 END),
       sum(CASE WHEN c.stage = 'seen' THEN c.total ELSE 0 END),
       (SELECT sum(r.quantity) FROM subject_request r JOIN visit v2 ON v2.id = r.visit_id
         WHERE v2.place_id = v.place_id AND v2.visit_date BETWEEN :start AND :end AND v2.status = 'complete'),
       (SELECT count(*) FROM conversation k JOIN visit v3 ON v3.id = k.visit_id
         WHERE v3.place_id = v.place_id AND v3.visit_date BETWEEN :start AND :end AND v3.status = 'complete'
           AND k.reason_not_seen IS NOT NULL)
FROM visit v LEFT JOIN stage_count c ON c.visit_id = v.id
WHERE v.visit_date BETWEEN :start AND :end AND v.status = 'complete'
GROUP BY v.place_id
""")


def median_ms(fn, reps: int) -> float:
    fn()  # warm the page cache once, as a second look at the dashboard would
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run(visits: int, reps: int, keep: Path | None = None, per_visit: float = 10.0) -> dict:
    from bench.generate import BENCH_PASSPHRASE, GenSpec, generate_profile
    from icvapp.metrics import summary
    from icvapp.profile.context import open_profile
    from icvapp.reports.board_pdf import export_board_pdf
    from icvapp.scheme.periods import financial_year, financial_year_of, quarter, quarter_of

    folder = keep or Path(tempfile.mkdtemp(prefix="icv-metrics-"))
    profile = folder / "profile"
    if not (profile / "icvapp.db").exists():
        print(f"Generating {visits:,} visits…", file=sys.stderr)
        generate_profile(profile, GenSpec(visits=visits, conversations_per_visit=per_visit),
                         progress=lambda m: print(m, file=sys.stderr))
    ctx = open_profile(profile, BENCH_PASSPHRASE)
    try:
        today = dt.date.today()
        fy, q = quarter_of(today)
        fy, q = (fy, q - 1) if q > 1 else (fy - 1, 4)
        period = quarter(fy, q)
        with ctx.db.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                      for t in ("visit", "conversation")}
            in_quarter = conn.exec_driver_sql("SELECT count(*) FROM visit WHERE visit_date BETWEEN ? AND ?",
                                              (period.start, period.end)).scalar()

            def baseline():
                conn.execute(BASELINE, {"start": period.start, "end": period.end}).all()

            base = median_ms(baseline, reps)
        app = median_ms(lambda: summary(ctx.db, ctx.config, period, today=today), reps)
        year = financial_year(financial_year_of(today) - 1)
        out = folder / "board-year.pdf"
        t = time.perf_counter()
        export_board_pdf(ctx, year, out)
        board = (time.perf_counter() - t) * 1000
        pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page")
    finally:
        ctx.close()
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return {"visits": counts["visit"], "conversations": counts["conversation"], "quarter": period.label,
            "visits_in_quarter": in_quarter, "baseline_ms": round(base, 1), "summary_ms": round(app, 1),
            "ratio": round(app / base, 2), "board_pdf_year_ms": round(board), "board_pdf_pages": pages,
            "reps": reps}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--visits", type=int, default=100_000)
    p.add_argument("--quick", action="store_true", help="5,000 visits and fewer repetitions")
    p.add_argument("--conversations-per-visit", type=float, default=10.0,
                   help="10 gives the issue's national scale: over 1,000,000 conversations for 100,000 visits")
    p.add_argument("--keep", type=Path, help="keep (and reuse) the generated profile in this folder")
    args = p.parse_args(argv)
    r = run(5_000 if args.quick else args.visits, 5 if args.quick else 15, args.keep, args.conversations_per_visit)
    print(f"{r['visits']:,} visits, {r['conversations']:,} conversations; {r['quarter']} "
          f"({r['visits_in_quarter']:,} visits)")
    print(f"  one hand-written SQL aggregate: {r['baseline_ms']} ms (median of {r['reps']})")
    print(f"  metrics.summary (every figure): {r['summary_ms']} ms  -> {r['ratio']}x   (goal <= 2x)")
    print(f"  Board PDF for a whole financial year: {r['board_pdf_year_ms']} ms ({r['board_pdf_pages']} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
