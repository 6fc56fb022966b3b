"""A year's Board report says how far it has got and can be cancelled, leaving nothing behind."""

from __future__ import annotations

import subprocess
import threading

import pytest
from sqlalchemy import func, select

from icvapp.errors import StorageFault
from icvapp.reports.board_pdf import LOAD_STEPS, export_board_pdf
from icvapp.scheme.periods import financial_year, financial_year_of
from icvapp.storage import audit
from icvapp.storage.model import AuditEvent
from icvapp.storage.progress import Cancelled, Steps
from tests.conftest import DEMO_TODAY

YEAR = financial_year(financial_year_of(DEMO_TODAY) - 1)
UNSIGNED_STEPS = LOAD_STEPS + 2  # the four loads, laying out the pages, writing the file


def exports_recorded(ctx) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == audit.EXPORTED))


@pytest.fixture
def reports(tmp_path):
    """The folder the co-ordinator exports to (the profile sits elsewhere in tmp_path)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


def folder_after(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_each_step_is_reported_and_the_bar_ends_full(demo_ctx, reports):
    seen = []
    out = export_board_pdf(demo_ctx, YEAR, reports / "board.pdf", progress=lambda n, total: seen.append((n, total)))
    assert seen == [(n, UNSIGNED_STEPS) for n in range(1, UNSIGNED_STEPS + 1)]
    assert out.read_bytes().startswith(b"%PDF") and exports_recorded(demo_ctx) == 1


def test_cancelled_before_the_first_step_writes_nothing_and_reports_no_progress(demo_ctx, reports):
    stop, seen = threading.Event(), []
    stop.set()
    with pytest.raises(Cancelled):
        export_board_pdf(demo_ctx, YEAR, reports / "board.pdf", progress=lambda n, t: seen.append(n), stop=stop)
    assert seen == [] and folder_after(reports) == [] and exports_recorded(demo_ctx) == 0


def test_cancelled_mid_way_leaves_no_file_and_no_temporary_file_beside_it(demo_ctx, reports):
    stop, seen = threading.Event(), []

    def progress(n, total):
        seen.append(n)
        if n == 2:
            stop.set()  # the co-ordinator presses Cancel while the previous period's figures load

    with pytest.raises(Cancelled):
        export_board_pdf(demo_ctx, YEAR, reports / "board.pdf", progress=progress, stop=stop)
    assert seen == [1, 2] and folder_after(reports) == [] and exports_recorded(demo_ctx) == 0


def test_cancelled_while_the_pages_are_laid_out_stops_there(demo_ctx, reports):
    """Laying out a year's pages is one long step: the stop is also checked after each block."""
    polls = []

    def stop() -> bool:  # a callable works as well as an event
        polls.append(1)
        return len(polls) > LOAD_STEPS + 2  # every load step and the start of the layout pass, then stop

    with pytest.raises(Cancelled):
        export_board_pdf(demo_ctx, YEAR, reports / "board.pdf", stop=stop)
    assert len(polls) == LOAD_STEPS + 3  # stopped at the first check inside the layout, not at the end
    assert folder_after(reports) == []


def test_a_report_already_there_is_kept_unchanged_when_cancelled(demo_ctx, reports):
    out = reports / "board.pdf"
    out.write_bytes(b"%PDF last quarter's report, sent to the Board")
    stop = threading.Event()
    with pytest.raises(Cancelled):
        export_board_pdf(demo_ctx, YEAR, out, progress=lambda n, t: n == LOAD_STEPS and stop.set(), stop=stop)
    assert out.read_bytes() == b"%PDF last quarter's report, sent to the Board"
    assert folder_after(reports) == ["board.pdf"]


def test_cancel_pressed_after_the_last_step_leaves_the_whole_report(demo_ctx, reports):
    stop = threading.Event()
    out = export_board_pdf(demo_ctx, YEAR, reports / "board.pdf",
                           progress=lambda n, total: n == total and stop.set(), stop=stop)
    assert stop.is_set()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Report to the Strategic Assurance Board" in text and YEAR.label in text
    assert exports_recorded(demo_ctx) == 1 and folder_after(reports) == ["board.pdf"]


def test_a_real_failure_is_still_reported_as_itself_not_as_cancelled(demo_ctx, reports):
    with pytest.raises(StorageFault, match="does not exist"):
        export_board_pdf(demo_ctx, YEAR, reports / "gone" / "board.pdf", stop=threading.Event())


def test_steps_never_count_past_their_total_and_stop_only_when_asked():
    seen, asked = [], []
    steps = Steps(2, lambda n, total: seen.append((n, total)), stop=lambda: bool(asked))
    for _ in range(3):
        steps.begin()
        steps.done()
    assert seen == [(1, 2), (2, 2), (2, 2)]
    asked.append(True)
    with pytest.raises(Cancelled):
        steps.begin()


def test_the_annual_summary_counts_its_steps_and_a_cancel_keeps_last_years_file(demo_ctx, reports):
    from icvapp.reports.annual import export_annual

    fy = financial_year_of(DEMO_TODAY) - 1
    seen = []
    export_annual(demo_ctx, fy, "pdf", reports / "annual.pdf", progress=lambda n, total: seen.append((n, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    first = (reports / "annual.pdf").read_bytes()
    stop = threading.Event()
    with pytest.raises(Cancelled):
        export_annual(demo_ctx, fy, "pdf", reports / "annual.pdf", progress=lambda n, t: n == 2 and stop.set(),
                      stop=stop)
    assert (reports / "annual.pdf").read_bytes() == first and folder_after(reports) == ["annual.pdf"]
