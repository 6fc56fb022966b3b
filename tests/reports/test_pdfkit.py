"""The PDF kit every report shares: one way to print a figure, one story base for the text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from icvapp.reports.pdfkit import count_text, numbered_canvas, percent_text, render_a4
from icvapp.reports.story import Story, user_text
from icvapp.reports.visit_wording import percent_seen
from icvapp.scheme.config import load_config


def test_figures_print_the_same_way_in_every_report():
    assert [count_text(v) for v in (None, 0, 7, 1234, 2.0, 1234.56)] == ["—", "0", "7", "1,234", "2", "1,234.6"]
    assert count_text(None, "") == ""
    assert [percent_text(v) for v in (None, 0.0, 66.6667, 100.0)] == ["—", "0%", "67%", "100%"]
    assert percent_text(None, "") == ""
    # The visit report's share of those offered who were seen is the same percentage.
    assert (percent_seen(2, 3), percent_seen(None, 3), percent_seen(3, 0)) == ("67%", "", "")


def test_typed_text_is_escaped_and_keeps_its_line_breaks():
    typed = "  Fish & chips <b>hot</b>\nsecond line  "
    assert user_text(typed) == "Fish &amp; chips &lt;b&gt;hot&lt;/b&gt;<br/>second line"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_story_prints_what_it_was_given(tmp_path):
    def story(width):
        s = Story(load_config(), width, {})
        rows = s.key_values([("Officer", "Smith &amp; Jones"), ("Rank", "")], per_row=2)
        return [s.plain("Scheme <one> & two", "scheme"), *s.heading("First section"), s.none(),
                s.key_value_table(rows, [60, 120, 60, width - 240]), s.space(6), *s.heading("Second section"),
                s.table([["Request", "Number"], ["Food", "3"]], [200, 60], figures_from=1)]

    path = tmp_path / "story.pdf"
    path.write_bytes(render_a4(story, title="Test", author="Test scheme", canvasmaker=numbered_canvas(
        footer="Test", generated_at=dt.datetime(2025, 1, 1, 9, 0))))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Scheme <one> & two" in text  # plain text is escaped, so it prints as typed
    assert "1 First section" in text and "2 Second section" in text  # headings are numbered in order
    assert "None recorded." in text
    assert "Officer Smith & Jones Rank Not recorded" in text
    assert "Request Number Food 3" in text
    assert "Page 1 of 1" in text
