"""The one byte form that hashes and signatures cover: any change to it breaks every stored signature."""

from __future__ import annotations

import math

import pytest

from icvapp.storage.encoding import canonical_json


def test_the_bytes_are_exactly_the_canonical_form():
    data = {"b": [1, {"z": None, "y": True}], "a": "Zoë Ó Briain", "c": ""}
    assert canonical_json(data) == '{"a":"Zoë Ó Briain","b":[1,{"y":true,"z":null}],"c":""}'.encode()


def test_the_order_keys_were_written_in_does_not_matter():
    assert canonical_json({"a": 1, "b": 2}) == canonical_json({"b": 2, "a": 1})


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_values_with_no_single_written_form_are_refused(value):
    with pytest.raises(ValueError):
        canonical_json({"x": value})
