"""The Board's report and figures: the PDF carries the metrics' numbers, exports round-trip."""

from __future__ import annotations

import json
import subprocess

import pytest

from icvapp.cli.main import run_command as main
from icvapp.metrics import annual_summary, summary
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.reports.figures import export_csv, export_xlsx, read_csv, read_xlsx, rows
from icvapp.scheme.periods import financial_year, quarter, quarter_of
from tests.conftest import DEMO_TODAY, PASSPHRASE

LAST_QUARTER = quarter(*quarter_of(DEMO_TODAY))


def previous_quarter():
    fy, q = quarter_of(DEMO_TODAY)
    return quarter(fy, q - 1) if q > 1 else quarter(fy - 1, 4)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_the_board_pdf_prints_the_metrics_figures(demo_ctx, tmp_path):
    period = previous_quarter()
    figures = summary(demo_ctx.db, demo_ctx.config, period)
    out = export_board_pdf(demo_ctx, period, tmp_path / "board.pdf")
    text = pdf_text(out)
    assert "Report to the Strategic Assurance Board" in text and period.label in text
    assert "visits made" in text and f"All suites {figures.completed} " in text
    for s in figures.places:
        assert s.place in text
    if figures.coverage_pct is not None:
        assert f"{figures.coverage_pct:.0f}%" in text
    for category, n in figures.requests.items():
        if n:
            assert demo_ctx.config.label("request_categories", category) in text
    assert "Change against the previous period" in text
    assert "BL/" not in text and "ES/" not in text and "KL/" not in text  # no custody numbers for the Board
    info = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in info and "Helvetica" not in info


def test_the_board_pdf_is_signed_by_the_co_ordinator(demo_ctx, tmp_path):
    from sqlalchemy import select

    from icvapp.demo.create import DEMO_PIN
    from icvapp.storage.model import Volunteer
    from icvapp.trust.enrolment import require_trust, unlock_signer
    from icvapp.trust.verdict import verify_pdf_bytes

    with demo_ctx.db.session() as s:
        jo = s.scalars(select(Volunteer.id).where(Volunteer.is_coordinator.is_(True))).first()
    out = export_board_pdf(demo_ctx, LAST_QUARTER, tmp_path / "board.pdf", signer=unlock_signer(demo_ctx.db, jo, DEMO_PIN))
    verdict = verify_pdf_bytes(out.read_bytes(), require_trust(demo_ctx.db))
    assert verdict.ok and "Jo Bramley" in verdict.headline
    assert "Approved for the Strategic Assurance Board by Jo Bramley" in pdf_text(out)
    assert "Open" in pdf_text(out) or "open" in pdf_text(out)


def test_csv_and_xlsx_round_trip_the_same_figures(demo_ctx, tmp_path):
    figures = summary(demo_ctx.db, demo_ctx.config, previous_quarter())
    expected = rows(figures, demo_ctx.config)
    assert read_csv(export_csv(figures, demo_ctx.config, tmp_path / "f.csv")) == expected
    assert read_xlsx(export_xlsx(figures, demo_ctx.config, tmp_path / "f.xlsx")) == expected
    visits = next(r for r in expected if r[:3] == ["visits", "all suites", "completed"])
    assert int(visits[3]) == figures.completed


def test_the_annual_summary_in_three_formats(demo_ctx, tmp_path, monkeypatch, capsys):
    from icvapp.scheme.periods import financial_year_of

    fy = financial_year_of(DEMO_TODAY) - 1  # the full year of history
    annual = annual_summary(demo_ctx.db, demo_ctx.config, fy)
    assert annual.period == financial_year(fy)
    assert annual.total.visits == sum(r.visits for r in annual.rows) > 100
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    args = ["--data-dir", str(demo_ctx.data_dir), "report", "annual", "--fy", str(fy)]
    assert main([*args, "--format", "json", "--out", str(tmp_path / "a.json")]) == 0
    data = json.loads((tmp_path / "a.json").read_text())
    assert data["total"]["visits"] == annual.total.visits
    assert main([*args, "--format", "csv", "--out", str(tmp_path / "a.csv")]) == 0
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Suite,Visits,In custody during visits,Offered a visit,Spoken to")
    assert lines[-1].startswith(f"Total,{annual.total.visits},{annual.total.present}")
    assert main([*args, "--format", "pdf", "--out", str(tmp_path / "a.pdf")]) == 0
    assert f"{annual.total.present:,}" in pdf_text(tmp_path / "a.pdf") or str(annual.total.present) in pdf_text(
        tmp_path / "a.pdf")


def test_quarterly_report_from_the_command_line(demo_ctx, tmp_path, monkeypatch):
    from icvapp.demo.create import DEMO_PIN

    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_PIN", DEMO_PIN)
    fy, q = quarter_of(DEMO_TODAY)
    out = tmp_path / "q.pdf"
    assert main(["--data-dir", str(demo_ctx.data_dir), "report", "quarterly", "--fy", str(fy), "--quarter", str(q),
                 "--out", str(out)]) == 0
    assert main(["--data-dir", str(demo_ctx.data_dir), "verify", str(out)]) == 0
    assert main(["--data-dir", str(demo_ctx.data_dir), "report", "quarterly", "--fy", str(fy), "--quarter", str(q),
                 "--out", str(tmp_path / "q.xlsx")]) == 0


@pytest.mark.parametrize("bad", [["--fy", "2025", "--quarter", "5"]])
def test_bad_report_arguments_are_refused(bad, capsys):
    with pytest.raises(SystemExit):
        main(["report", "quarterly", *bad, "--out", "x.pdf"])
