"""The Board report is in English unless Welsh is asked for, from the code and from the command line;
the figures are the same in both."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from icvapp.cli.main import run_command as main
from icvapp.i18n.formats import format_date
from icvapp.metrics import summary
from icvapp.reports.annual import export_annual
from icvapp.reports.board_pdf import export_board_pdf
from icvapp.scheme.periods import quarter, quarter_of
from tests.conftest import DEMO_TODAY, PASSPHRASE

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def previous_quarter():
    fy, q = quarter_of(DEMO_TODAY)
    return quarter(fy, q - 1) if q > 1 else quarter(fy - 1, 4)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def figures_in(text: str) -> list[str]:
    return re.findall(r"\d[\d,]*%?", text)


def test_the_board_report_is_english_by_default_and_welsh_on_request(demo_ctx, tmp_path):
    period = previous_quarter()
    figures = summary(demo_ctx.db, demo_ctx.config, period)
    english = pdf_text(export_board_pdf(demo_ctx, period, tmp_path / "board.pdf"))
    welsh = pdf_text(export_board_pdf(demo_ctx, period, tmp_path / "bwrdd.pdf", language="cy"))
    assert "Report to the Strategic Assurance Board" in english and "Adroddiad i'r" not in english
    assert "Adroddiad i'r Bwrdd Sicrwydd Strategol" in welsh and "Report to the" not in welsh
    for heading in ("1 Ymweliadau o'u cymharu â'r safon wythnosol", "Pobl yn y ddalfa adeg yr ymweliadau",
                    "Materion a godwyd a'u canlyniadau", "Pryd y digwyddodd ymweliadau", "Cymeradwyo"):
        assert heading in welsh, heading
    assert f"Pob dalfa {figures.completed:,} " in welsh and f"All suites {figures.completed:,} " in english
    start = format_date(period.start, "cy", "long")
    assert f"{start} i {format_date(period.end, 'cy', 'long')}" in welsh  # the period's dates in Welsh
    assert "Ymwelwyd" in welsh and "Collwyd" in welsh  # the coverage strip's legend
    for category, n in figures.requests.items():
        if n:
            assert demo_ctx.config.label("request_categories", category, "cy") in welsh
    # The same figures, in the same places, whatever the language.
    assert figures_in(english)[:12] == figures_in(welsh)[:12]


def test_the_welsh_annual_summary(demo_ctx, tmp_path):
    fy = quarter_of(DEMO_TODAY)[0] - 1
    text = pdf_text(export_annual(demo_ctx, fy, "pdf", tmp_path / "blwyddyn.pdf", language="cy"))
    assert "Ymweliadau annibynnol â dalfeydd: y flwyddyn" in text and "Blwyddyn ariannol" in text
    assert "Ceisiadau gan bobl yn y ddalfa" in text and "Tudalen 1 o" in text


def test_welsh_from_the_command_line(demo_ctx, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    fy, q = quarter_of(DEMO_TODAY)
    out = tmp_path / "cy.pdf"
    assert main(["--data-dir", str(demo_ctx.data_dir), "report", "quarterly", "--fy", str(fy), "--quarter", str(q),
                 "--unsigned", "--language", "cy", "--out", str(out)]) == 0
    assert "Adroddiad i'r Bwrdd Sicrwydd Strategol" in pdf_text(out)
    with pytest.raises(SystemExit):
        main(["report", "quarterly", "--fy", str(fy), "--quarter", str(q), "--language", "fr", "--out", "x.pdf"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err
