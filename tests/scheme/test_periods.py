import datetime as dt

import pytest

from icvapp.scheme.periods import financial_year, financial_year_of, quarter, quarter_of, recent_quarters


@pytest.mark.parametrize(("day", "expected"), [
    (dt.date(2025, 4, 1), (2025, 1)), (dt.date(2025, 6, 30), (2025, 1)), (dt.date(2025, 7, 1), (2025, 2)),
    (dt.date(2025, 12, 31), (2025, 3)), (dt.date(2026, 1, 1), (2025, 4)), (dt.date(2026, 3, 31), (2025, 4)),
])
def test_quarters_follow_the_financial_year(day, expected):
    assert quarter_of(day) == expected
    fy, q = expected
    assert day in quarter(fy, q)


def test_quarter_bounds_and_labels():
    assert quarter(2025, 4).start == dt.date(2026, 1, 1) and quarter(2025, 4).end == dt.date(2026, 3, 31)
    assert quarter(2025, 2).label == "Q2 2025/26"
    assert financial_year(2025).end == dt.date(2026, 3, 31)
    assert financial_year_of(dt.date(2026, 3, 31)) == 2025
    assert [p.label for p in recent_quarters(dt.date(2026, 5, 1), 3)] == ["Q1 2026/27", "Q4 2025/26", "Q3 2025/26"]
    with pytest.raises(ValueError):
        quarter(2025, 5)
