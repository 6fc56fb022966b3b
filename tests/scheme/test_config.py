"""The scheme file says which counts are worked out from others, and a wrong rule is refused on loading."""

from __future__ import annotations

import pytest

from icvapp.scheme.config import Choice, load_config, read_count_sums

GROUPS = tuple(Choice(key, key.title()) for key in ("female", "male", "juvenile"))


def test_the_custody_scheme_reads_its_sums_from_its_file():
    assert load_config().count_sums == (("total", ("female", "male", "juvenile")),)


def test_a_scheme_file_without_sums_types_every_count():
    assert read_count_sums((), GROUPS) == ()


@pytest.mark.parametrize(("rules", "words"), [
    ([{"count": "total", "sum_of": ["female", "men"]}], "men is not a column"),
    ([{"count": "everyone", "sum_of": ["female", "male"]}], "everyone is not a column"),
    ([{"count": "total", "sum_of": ["total", "male"]}], "two or more other columns"),
    ([{"count": "total", "sum_of": ["male", "male"]}], "two or more other columns"),
    ([{"count": "total", "sum_of": ["male"]}], "two or more other columns"),
    ([{"count": "total", "sum_of": ["female", "male"]}, {"count": "total", "sum_of": ["male", "juvenile"]}],
     "given twice"),
    ([{"count": "total", "sum_of": ["female", "male"]}, {"count": "female", "sum_of": ["male", "juvenile"]}],
     "cannot be a part of another sum"),
])
def test_a_sum_that_cannot_be_worked_out_is_refused(rules, words):
    with pytest.raises(ValueError, match=words):
        read_count_sums(rules, GROUPS)
