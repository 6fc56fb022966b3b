"""The detainee funnel holds by construction: no stage is larger than a stage it lies within.

Seen 7 with 3 in custody and "offered" left empty once passed every pairwise check and showed as
400% seen in a period summary. The rule now comes from the scheme's definition (each stage names
the stage it lies within) and checks every recorded stage above, not only the parent.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from icvapp.scheme.config import load_config
from icvapp.visits.record import GROUPS, CountRow
from icvapp.visits.validation import funnel_breaches

CONFIG = load_config()
STAGES = [c.key for c in CONFIG.count_stages]


def breaches(**totals) -> list[tuple[str, str, str]]:
    return funnel_breaches({stage: CountRow(n) for stage, n in totals.items()}, CONFIG)


def test_the_custody_definition_names_the_funnel():
    assert CONFIG.ancestors("seen") == ["offered", "in_custody"]
    assert CONFIG.ancestors("declined") == ["offered", "in_custody"]
    for stage in ("not_available", "offered", "observed_only", "not_offered"):
        assert CONFIG.ancestors(stage) == ["in_custody"]
    assert CONFIG.ancestors("in_custody") == []
    assert CONFIG.funnel_sums == ((("seen", "declined"), "offered"),)


def test_seen_is_checked_against_custody_when_offered_is_left_empty():
    assert breaches(in_custody=3, seen=7) == [("seen", "total", "7 accepted and seen, but only 3 in custody.")]


@pytest.mark.parametrize("stage", ["not_available", "offered", "observed_only", "not_offered", "seen", "declined"])
@pytest.mark.parametrize(("delta", "refused"), [(-1, False), (0, False), (1, True)])  # below, at, above the limit
def test_each_stage_against_the_number_in_custody(stage, delta, refused):
    found = breaches(in_custody=5, **{stage: 5 + delta})
    assert bool(found) is refused, found
    if refused:
        assert found[0][:2] == (stage, "total") and "but only 5 in custody" in found[0][2]


@pytest.mark.parametrize(("seen", "declined", "refused"), [(3, 1, False), (3, 2, False), (3, 3, True), (6, 0, True)])
def test_seen_and_declined_together_fit_within_offered(seen, declined, refused):
    found = breaches(in_custody=9, offered=5, seen=seen, declined=declined)
    assert bool(found) is refused, found


def test_seen_and_declined_together_fit_within_custody_when_offered_is_empty():
    assert breaches(in_custody=4, seen=3, declined=2) == [
        ("seen", "total", "Accepted and seen (3) + declined (2) = 5, more than the 4 in custody.")]


@pytest.mark.parametrize("group", GROUPS)
def test_each_group_is_checked_on_its_own(group):
    counts = {"in_custody": CountRow(**{"total": 4, group: 1}), "seen": CountRow(**{"total": 2, group: 2})}
    found = funnel_breaches(counts, CONFIG)
    assert found == [("seen", group, f"{group.capitalize()}: 2 accepted and seen, but only 1 in custody.")]


counts = st.dictionaries(st.sampled_from(STAGES), st.integers(min_value=0, max_value=30), max_size=len(STAGES))


@given(counts)
def test_whatever_passes_the_rule_never_shows_more_than_a_stage_above(totals):
    if funnel_breaches({s: CountRow(n) for s, n in totals.items()}, CONFIG):
        return
    for stage, n in totals.items():
        assert all(n <= totals[a] for a in CONFIG.ancestors(stage) if a in totals)
    together = totals.get("seen", 0) + totals.get("declined", 0)
    for limit in ("offered", "in_custody"):
        if limit in totals and ("seen" in totals) + ("declined" in totals) == 2:
            assert together <= totals[limit]
