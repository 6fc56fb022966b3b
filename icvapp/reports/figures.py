"""The Board's figures as CSV and XLSX, from the one metrics module.

Both files hold the same long table — section, item, measure, value — so a
spreadsheet can pivot it and :func:`read_csv` / :func:`read_xlsx` can read it
back exactly (the round trip is tested).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from icvapp.scheme.config import SchemeConfig
from icvapp.storage import released
from icvapp.storage.atomic import write_atomic

HEADER = ["section", "item", "measure", "value"]


def rows(summary, config: SchemeConfig) -> list[list[str]]:
    """Every figure of a summary as [section, item, measure, value] (values as text)."""
    out: list[list[str]] = []

    def add(section: str, item: str, measure: str, value) -> None:
        # Every fraction, percentages included, to one decimal; export_xlsx keeps it so read_xlsx reads it back.
        if isinstance(value, float):
            value = f"{value:.1f}"
        out.append([section, item, measure, "" if value is None else str(value)])

    # The first kind's files keep the item names they were released with (icvapp.storage.released); another
    # kind's speak of its places and what it counts. The section of places keeps its released name for every kind.
    legacy = config.kind == released.FIRST_KIND

    def item(name: str) -> str:
        return released.FIGURE_ITEMS.get(name, name) if legacy else name

    everywhere = item("all places")
    p = summary.period
    add("period", p.label, "start", p.start.isoformat())
    add("period", p.label, "end", p.end.isoformat())
    for name in ("visits", "completed", "abandoned", "expected_weeks", "covered_weeks"):
        add("visits", everywhere, name, getattr(summary, name))
    add("visits", everywhere, "coverage_pct", summary.coverage_pct)
    for reason, n in summary.abandon_reasons.items():
        add("abandoned", config.label("abandon_reasons", reason), "visits", n)
    for s in summary.places:
        for name in ("visits", "abandoned", "weekly_target", "expected_weeks", "covered_weeks", "closed_weeks",
                     "target_visits", "present", "offered", "seen"):
            add(released.PLACES, s.place, released.FIGURE_KEYS.get(name, name), getattr(s, name))
        add(released.PLACES, s.place, "coverage_pct", s.coverage_pct)
        add(released.PLACES, s.place, "seen_pct", s.seen_pct)
        add(released.PLACES, s.place, "missed_weeks", " ".join(w.isoformat() for w in s.missed_weeks))
    f = summary.funnel
    for stage, n in f.stages.items():
        add("funnel", config.label("count_stages", stage), "all", n)
    for group, stages in f.by_group.items():
        for stage, n in stages.items():
            add("funnel", config.label("count_stages", stage), group, n)
    add("funnel", "seen of offered", "pct", f.seen_pct)
    add("funnel", "declined of offered", "pct", f.declined_pct)
    add("funnel", item("visits counting none present"), "visits", f.visits_with_nobody_present)
    for reason, n in f.reasons_not_seen.items():
        add("reasons not seen", config.label("reasons_not_seen", reason), item("subjects"), n)
    for category, n in summary.requests.items():
        add("requests", config.label("request_categories", category), "requests", n)
    i = summary.issues
    for name in ("raised", "resolved_during_visit", "followed_up", "open_at_end"):
        add("issues", "all categories", name, getattr(i, name))
    for category, figures in i.by_category.items():
        for name, n in figures.items():
            add("issues", config.label("issue_categories", category), name, n)
    add("quality", "ratings", "rated", summary.rated)
    add("quality", "ratings", "satisfactory", summary.satisfactory)
    add("quality", "ratings", "satisfactory_pct", summary.satisfactory_pct)
    add("quality", "admission delay", "median_min", summary.admission_delay_median_min)
    add("quality", "admission delay", "worst_min", summary.admission_delay_worst_min)
    add("quality", "admission delay", "over_threshold", summary.admission_delays_over_threshold)
    add("volunteers", "all volunteers", "hours", summary.volunteer_hours)
    for name, n in summary.visits_per_volunteer.items():
        add("volunteers", name, "visits", n)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for day, n in zip(days, summary.spread.by_weekday, strict=True):
        add("spread", day, "visits", n)
    for band, n in summary.spread.by_time_band.items():
        add("spread", band, "visits", n)
    for warning in summary.spread.warnings:
        add("spread", "warning", "text", warning)
    return out


def csv_text(summary, config: SchemeConfig) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows(summary, config))
    return buf.getvalue()


def export_csv(summary, config: SchemeConfig, out: Path) -> Path:
    # UTF-8 with a BOM so Excel shows Zoë and Łukasz correctly.
    write_atomic(Path(out), ("\ufeff" + csv_text(summary, config)).encode("utf-8"))
    return Path(out)


def export_xlsx(summary, config: SchemeConfig, out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    sheet = wb.active
    sheet.title = "Figures"
    sheet.append(HEADER)
    for heading in sheet[1]:
        heading.font = Font(bold=True)
    for section, item, measure, value in rows(summary, config):
        sheet.append([section, item, measure, _number(value)])
        figure = sheet[sheet.max_row][3]  # the value column, D
        if isinstance(figure.value, float):
            figure.number_format = "0.0"  # shown, and read back, with one decimal
    for column, width in zip("ABCD", (18, 34, 24, 40), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(Path(out), buf.getvalue())
    return Path(out)


def _number(value: str):
    """Numbers as numbers in the spreadsheet, so they can be summed; everything else as text."""
    try:
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value


def read_csv(path: Path) -> list[list[str]]:
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        data = list(csv.reader(fh))
    if not data or data[0] != HEADER:
        raise ValueError("not an icvapp figures file")
    return data[1:]


def read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    out = []
    for i, row in enumerate(wb["Figures"].iter_rows()):
        if i == 0:
            continue
        names, figure = [c.value for c in row[:3]], row[3]
        value = figure.value
        if isinstance(value, (int, float)) and figure.number_format == "0.0":
            value = f"{value:.1f}"
        out.append([*names, "" if value is None else str(value)])
    wb.close()
    return out
