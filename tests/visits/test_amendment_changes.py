"""What an amendment says it changed (shown beside a signed amendment and in its verdict): each part by its plain
name, only what changed, whichever format each document was signed in; and renaming a document between the two
formats, which that comparison rests on."""

from __future__ import annotations

import pytest

from icvapp.visits.document_formats import FORMAT_1, FORMAT_2, changed_fields, in_format


def doc(**parts) -> dict:
    """A small format 1 document: enough parts to change one at a time."""
    base = {"format": FORMAT_1, "uid": "u-1", "version": 1, "suite": "Beaumont Leys", "observations": "Calm.",
            "positive_comments": "", "conversations": [{"custody_number": "BL/1", "cell": "4", "consent": True}],
            "counts": {"in_custody": {"total": 4}, "offered": {"total": 3}},
            "checks": {"cells": {"status": "ok"}, "kitchen": {"status": "ok"}},
            "officer": {"name": "Sgt Bell", "rank": "Sergeant", "number": "1234"}}
    base.update(parts)
    return base


def test_the_same_document_changes_nothing():
    assert changed_fields(doc(), doc()) == []


@pytest.mark.parametrize("key", ["uid", "version", "amends"])
def test_what_every_amendment_changes_by_being_one_is_not_named(key):
    """A new version has a new uid, a higher version and names what it amends: none of these is a change."""
    assert changed_fields(doc(), doc(**{key: "other"})) == []


def test_a_part_only_the_amendment_has_is_named_with_spaces_for_underscores():
    before = doc()
    del before["positive_comments"]
    assert changed_fields(before, doc(positive_comments="Kind staff.")) == ["positive comments"]


def test_a_part_only_the_original_had_is_named_too():
    after = doc()
    del after["observations"]
    assert changed_fields(doc(), after) == ["observations"]


def test_each_subject_is_named_by_its_number_and_a_new_one_by_the_count():
    b = doc()
    a = doc(conversations=[{"custody_number": "BL/1", "cell": "5", "consent": True},
                           {"custody_number": "BL/2", "cell": "6", "consent": False}])
    assert changed_fields(b, a) == ["conversations (1 → 2)", "conversation 1"]
    assert changed_fields(a, b) == ["conversations (2 → 1)", "conversation 1"]


def test_a_document_that_names_no_format_is_read_as_the_first():
    before, after = doc(), doc(conversations=[{"custody_number": "BL/9", "cell": "4", "consent": True}])
    for d in (before, after):
        del d["format"]
    assert changed_fields(before, after) == ["conversation 1"]


def test_each_count_and_each_check_is_named_by_its_key():
    after = doc(counts={"in_custody": {"total": 5}, "offered": {"total": 3}, "not_offered": {"total": 1}},
                checks={"cells": {"status": "issue"}, "kitchen": {"status": "ok"}})
    assert changed_fields(doc(), after) == ["check: cells", "count: in custody", "count: not offered"]


def test_a_count_the_amendment_dropped_is_named():
    assert changed_fields(doc(), doc(counts={"offered": {"total": 3}})) == ["count: in custody"]


def test_counts_added_where_the_original_had_none_are_named():
    assert changed_fields(doc(counts=None), doc()) == ["count: in custody", "count: offered"]
    assert changed_fields(doc(), doc(counts=None)) == ["count: in custody", "count: offered"]


def test_the_staff_members_parts_are_named_one_by_one():
    after = doc(officer={"name": "Sgt Bell", "rank": "Inspector", "number": "1234"})
    assert changed_fields(doc(), after) == ["officer rank"]


# --------------------------------------------------------------------------- renaming between formats


def test_a_document_is_renamed_into_the_other_format_and_back():
    two = in_format(doc(), FORMAT_2)
    assert two["format"] == FORMAT_2 and two["place"] == "Beaumont Leys" and "suite" not in two
    assert two["subjects"] == [{"identifier": "BL/1", "location": "4", "met": True}]
    assert two["checks"] == doc()["checks"] and two["uid"] == "u-1"  # the parts both formats name alike
    assert in_format(two, FORMAT_1) == doc()


@pytest.mark.parametrize(("was", "to"), [("icvapp-visit/9", FORMAT_2), (FORMAT_1, "icvapp-visit/9"),
                                         (FORMAT_1, FORMAT_1)])
def test_a_document_is_left_as_it_is_unless_both_formats_are_known_and_differ(was, to):
    original = doc(format=was)
    assert in_format(original, to) is original


def test_a_malformed_subject_entry_is_carried_over_as_it_is():
    """Comparing never fails on a damaged entry: the reader refuses the document with its reason instead."""
    two = in_format(doc(conversations=["not an entry", {"cell": "4"}]), FORMAT_2)
    assert two["subjects"] == ["not an entry", {"location": "4"}]
