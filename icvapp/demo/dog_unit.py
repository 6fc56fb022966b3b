"""The demo's second scheme: the office's Animal Welfare Scheme, a year of monthly dog unit visits.

Everything is invented. Dogs are recorded by the unit's identifier (``LP-D17``), never by a
handler's or anyone's name; the names here are the scheme's own volunteers'.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from icvapp.demo.create import enrol_everyone, sign_visit
from icvapp.demo.texts import demo_texts
from icvapp.profile.context import AppContext
from icvapp.scheme.config import SchemeConfig
from icvapp.storage.model import Place, Scheme, TrackedIssue, VisitStatus, Volunteer
from icvapp.visits.issues import close_issue, update_issue
from icvapp.visits.record import ActivityRecord, CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import complete_visit, save_draft, validation_context

DOG_SCHEME = "Leicestershire Police Animal Welfare Scheme (demo)"
DOG_UNIT = "Dog unit, Enderby"
#: Some of the first kind's scheme's volunteers visit the dogs too; each scheme keeps its own list.
VOLUNTEERS = ["Beverley Clarke", "Farhan Mistry", "Iris Templeton", "Jack Morrow", "Kirsty Evans"]
COORDINATOR = "Jo Bramley"
DOGS = [("LP-D04", "Kennel 1"), ("LP-D09", "Kennel 2"), ("LP-D11", "Kennel 3"), ("LP-D17", "Kennel 4"),
        ("LP-D21", "Kennel 5"), ("LP-D23", "Kennel 6"), ("LP-P02", "Puppy run")]
#: The dog unit demo's notes and replies (resources/demo/).
TEXTS = demo_texts("dog_unit")
OBSERVATIONS = TEXTS["observations"]
TRAINING = [
    (["reward_toy", "verbal_praise"], "Search dog practising a building search; rewarded with its toy."),
    (["reward_food", "verbal_praise"], "Puppy recall training in the field."),
    (["reward_toy", "lead_correction"], "General purpose dog heelwork; one firm lead correction, otherwise praise."),
]
FINDINGS = {
    "vehicles": ("transport", "Cage ventilation fan in van 3 not working."),
    "kennels": ("housing_cleanliness", "Drain cover loose in kennel 5."),
    "food_store": ("water_feeding", "Two sacks of food past their date."),
}


def create_dog_unit_demo(ctx: AppContext, *, today: dt.date | None = None, seed: int = 11, progress=None) -> None:
    """Fill an empty animal welfare scheme: one dog unit, its volunteers, and a visit each month for a year.

    Every month's visit up to last month is completed and signed by both visitors; this month's is
    a draft still being written. Findings about a van and the kennels become issues for the office.
    """
    db, config = ctx.db, ctx.config
    today = today or dt.date.today()
    rnd = random.Random(seed)
    step = progress or (lambda _n, _total: None)
    with db.session() as s:
        scheme = s.query(Scheme).first()
        scheme.name = DOG_SCHEME
        unit = Place(name=DOG_UNIT, locations=len(DOGS), weekly_target=1)
        s.add(unit)
        s.add_all(Volunteer(name=n, active_from=today - dt.timedelta(days=500)) for n in VOLUNTEERS)
        s.add(Volunteer(name=COORDINATOR, is_coordinator=True, active_from=today - dt.timedelta(days=2000)))
        s.flush()
        unit_id = unit.id
    with db.session() as s:
        vol_ids = s.scalars(select(Volunteer.id).where(Volunteer.is_coordinator.is_(False))).all()
    signers = enrol_everyone(db)
    vctx = validation_context(db, config, today)
    days = _monthly_days(rnd, today)
    for i, day in enumerate(days):
        rec = _dog_unit_visit(rnd, config, day, unit_id, list(vol_ids), finding=i in (3, 8, len(days) - 2))
        if i == len(days) - 1:
            save_draft(db, rec)
            continue
        problems = complete_visit(db, rec, vctx)
        assert rec.status == VisitStatus.COMPLETE, problems
        sign_visit(ctx, rec, signers, rnd)
        step(i + 1, len(days))
    _follow_up(ctx, today)
    step(len(days), len(days))


def _follow_up(ctx: AppContext, today: dt.date) -> None:
    """The office took the older findings up with the unit's supervisor and closed them; the latest stays open."""
    with ctx.db.session() as s:
        issues = s.execute(select(TrackedIssue.id, TrackedIssue.raised_on).where(TrackedIssue.status == "open")
                           .order_by(TrackedIssue.raised_on)).all()
    for issue_id, raised_on in issues[:-1]:
        update_issue(ctx.db, ctx.config, issue_id, escalation=TEXTS["escalation"],
                     police_response=TEXTS["police_response"])
        close_issue(ctx.db, issue_id, "Put right by the unit; seen on the next visit.",
                    closed_on=min(today, raised_on + dt.timedelta(days=12)))


def _monthly_days(rnd: random.Random, today: dt.date) -> list[dt.date]:
    """One unannounced day in each of the last twelve months and this one (up to today)."""
    out, year, month = [], today.year, today.month
    for back in range(12, -1, -1):
        y, m = divmod((year * 12 + month - 1) - back, 12)
        first = dt.date(y, m + 1, 1)
        day = first + dt.timedelta(days=rnd.randint(2, 24))
        out.append(min(day, today))
    return out


def _dog_unit_visit(rnd: random.Random, config: SchemeConfig, day: dt.date, unit_id: int, vol_ids: list[int], *,
                    finding: bool) -> VisitRecord:
    a, b = rnd.sample(vol_ids, 2)
    arrival = dt.time(rnd.choice([9, 10, 13, 15, 18]), rnd.choice([0, 15, 30]))
    start = dt.datetime.combine(day, arrival)
    at_unit = rnd.randint(5, len(DOGS))
    seen = rnd.randint(3, at_unit)
    rec = VisitRecord(
        place_id=unit_id, visit_date=day, visitor_a_id=a, visitor_b_id=b,
        arrival=arrival, admitted=(start + dt.timedelta(minutes=rnd.choice([2, 5, 10]))).time(),
        departure=(start + dt.timedelta(minutes=rnd.randint(60, 110))).time(),
        rating="satisfactory" if not finding else rnd.choice(["satisfactory", "unsatisfactory"]),
        counts={"at_unit": CountRow(at_unit), "seen": CountRow(seen), "not_seen": CountRow(at_unit - seen)},
        officer_name=rnd.choice(["S. Hartley", "D. Kaur"]), officer_rank=TEXTS["officer_rank"],
        officer_number=str(rnd.randint(1000, 4999)),
        officer_response=TEXTS["officer_response"],
        observations=rnd.choice(OBSERVATIONS), positive_comments="Handlers proud of their dogs and open with us.",
    )
    checks = [c.key for c in config.subject_checks]
    for number, kennel in rnd.sample(DOGS, seen):
        dog = ConversationRecord(identifier=number, location=kennel, consent=True,
                                 entitlements={k: "yes" for k in checks})
        if rnd.random() < 0.15:
            dog.vulnerabilities = [rnd.choice(["under_vet_care", "due_to_retire", "stress"])]
            dog.notes = "Seen by the vet this week; on a light exercise plan."
        rec.conversations.append(dog)
    finding_area = rnd.choice(sorted(FINDINGS)) if finding else None
    for area in config.inspection_areas:
        if area.key == finding_area:
            category, note = FINDINGS[area.key]
            rec.checks[area.key] = CheckRecord("issue", category, note)
        else:
            rec.checks[area.key] = CheckRecord("fine")
    methods, note = rnd.choice(TRAINING)
    rec.activities = {"training": ActivityRecord(True, list(methods), note)}
    return rec
