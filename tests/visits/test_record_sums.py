"""A count worked out from others (a stage's total) is known only when every part is."""

from __future__ import annotations

import pytest

from icvapp.scheme.config import load_config
from icvapp.visits.record import CountRow

PARTS = load_config().sum_parts("total")


@pytest.mark.parametrize(("row", "expected"), [
    (CountRow(None, 2, 6, 1), 9),
    (CountRow(None, 0, 0, 0), 0),  # none of anyone is a total of 0, not a blank
    (CountRow(None, 2, 6, None), None),  # juvenile not recorded: the total is not 8
    (CountRow(None, None, None, None), None),
    (CountRow(None, 9999, 9999, 9999), 29997),
    (CountRow(7, 1, 1, 1), 3),  # what is stored as the total plays no part in the sum
])
def test_the_sum_of_a_stages_parts(row, expected):
    assert row.sum_of(PARTS) == expected


def test_the_custody_scheme_works_out_each_total_from_female_male_and_juvenile():
    assert PARTS == ("female", "male", "juvenile")
    assert load_config().sum_parts("male") == ()  # typed, not worked out
