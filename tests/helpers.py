"""Builders for realistic visit records used across the tests."""

from __future__ import annotations

import datetime as dt

from icvapp.model import Suite, Volunteer
from icvapp.record import CheckRecord, ConversationRecord, CountRow, VisitRecord


def names_to_ids(ctx, model) -> dict[str, int]:
    from sqlalchemy import select

    with ctx.db.session() as s:
        return {name: i for name, i in s.execute(select(model.name, model.id))}


def good_visit(ctx, **changes) -> VisitRecord:
    """A complete, valid visit to Beaumont Leys; ``changes`` override fields."""
    suites, people = names_to_ids(ctx, Suite), names_to_ids(ctx, Volunteer)
    rec = VisitRecord(
        suite_id=suites["Beaumont Leys"], visit_date=dt.date(2026, 11, 2),
        visitor_a_id=people["Amrit Sandhu"], visitor_b_id=people["Zoë Ó Briain"],
        arrival=dt.time(21, 5), admitted=dt.time(21, 12), departure=dt.time(22, 40),
        rating="satisfactory",
        counts={"in_custody": CountRow(9, 2, 6, 1), "offered": CountRow(7), "seen": CountRow(4),
                "declined": CountRow(2), "not_available": CountRow(2)},
        conversations=[
            ConversationRecord(custody_number="BL/10432/26", cell="4", consent=True,
                               entitlements={"rights_told": "yes", "food_and_drink": "no"},
                               requests=["refreshments", "blankets"],
                               issue_raised="No hot drink offered since arrival at 17:00.",
                               staff_response="Drink provided at once.", resolved_during_visit=True),
            ConversationRecord(custody_number="BL/10433/26", cell="7", consent=False, reason_not_seen="asleep"),
        ],
        checks={"kitchen_food": CheckRecord("issue", "cleanliness", "Out-of-date meals in freezer."),
                "cells": CheckRecord("fine")},
        officer_name="Sgt Patel", officer_rank="Sergeant", officer_number="2291",
        officer_response="Will check stock dates daily.",
        observations="Calm suite; staff welcoming.", positive_comments="Nurse praised by detainees.",
    )
    for key, value in changes.items():
        setattr(rec, key, value)
    return rec
