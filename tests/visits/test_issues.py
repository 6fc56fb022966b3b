"""Issues to outcome: what a visit raised becomes a tracked item the office follows up."""

from __future__ import annotations

import datetime as dt

import pytest

from icvapp.errors import InvalidInput
from icvapp.sealing.signoff import start_amendment
from icvapp.visits.issues import IssueFilter, close_issue, list_issues, update_issue
from icvapp.visits.record import CheckRecord
from icvapp.visits.store import load_visit, save_draft
from tests.helpers import good_visit, seal

TODAY = dt.date(2026, 12, 10)  # 38 days after the visit: past the 28-day follow-up


def issues(ctx, **f):
    return list_issues(ctx.db, ctx.config, IssueFilter(**f), today=TODAY)


def test_sealing_turns_each_raised_issue_into_a_tracked_item(signed_ctx):
    seal(signed_ctx, admission_delay_finding=True)
    rows = issues(signed_ctx, status=None)
    by_source = {(r.source, r.where): r for r in rows}
    convo = by_source[("conversation", "Detainee 1 (cell 4)")]
    assert convo.status == "closed" and convo.outcome == "Resolved during the visit."
    assert "No hot drink" in convo.text and "Staff: Drink provided" in convo.text
    kitchen = by_source[("inspection", "Kitchen and food storage")]
    assert kitchen.status == "open" and kitchen.category == "cleanliness"
    assert kitchen.days_open == (TODAY - dt.date(2026, 11, 2)).days and kitchen.overdue
    assert by_source[("admission", "Admission to the custody suite")].category == "admission_delay"
    assert {r.where for r in issues(signed_ctx)} == {"Kitchen and food storage", "Admission to the custody suite"}
    assert [r.where for r in issues(signed_ctx, overdue_only=True)] != []


def test_an_allegation_is_always_escalated_and_open(signed_ctx):
    rec = good_visit(signed_ctx)
    rec.conversations[1].allegation = True
    rec.conversations[1].consent = True
    rec.conversations[1].reason_not_seen = None
    seal(signed_ctx, rec)
    [allegation] = issues(signed_ctx, category="allegation")
    assert allegation.escalation == "duty_inspector" and allegation.status == "open"


def test_closing_needs_an_outcome_and_the_follow_up_is_recorded(signed_ctx):
    seal(signed_ctx)
    [kitchen] = issues(signed_ctx)
    update_issue(signed_ctx.db, signed_ctx.config, kitchen.id, escalation="scheme_office",
                 police_response="Inspector will audit food stores weekly.")
    with pytest.raises(InvalidInput, match="outcome"):
        close_issue(signed_ctx.db, kitchen.id, "  ")
    with pytest.raises(InvalidInput, match="not an escalation level"):
        update_issue(signed_ctx.db, signed_ctx.config, kitchen.id, escalation="the press")
    close_issue(signed_ctx.db, kitchen.id, "Stores checked; out-of-date stock removed.", closed_on=dt.date(2026, 11, 20))
    [closed] = [r for r in issues(signed_ctx, status="closed") if r.id == kitchen.id]
    assert closed.escalation == "scheme_office" and closed.days_open == 18 and not closed.overdue
    assert issues(signed_ctx) == []


def test_an_amendment_carries_the_follow_up_over_and_withdraws_what_it_removed(signed_ctx):
    vid = seal(signed_ctx)
    [kitchen] = issues(signed_ctx)
    update_issue(signed_ctx.db, signed_ctx.config, kitchen.id, police_response="Looking into it.")
    draft = start_amendment(signed_ctx.db, vid, "The freezer note belonged to the previous visit.")
    rec = load_visit(signed_ctx.db, draft)
    rec.checks["kitchen_food"] = CheckRecord("fine")
    rec.checks["showers"] = CheckRecord("issue", "maintenance", "Shower 2 leaking.")
    save_draft(signed_ctx.db, rec)
    seal(signed_ctx, rec)
    rows = {r.where: r for r in issues(signed_ctx, status=None)}
    assert rows["Kitchen and food storage"].status == "closed"
    assert rows["Kitchen and food storage"].outcome.startswith("Withdrawn")
    assert rows["Showers"].status == "open" and rows["Showers"].visit_id == draft
