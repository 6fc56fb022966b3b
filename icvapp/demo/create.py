"""The demo scheme: the reference scheme from DOMAIN.md with a year and more of visits.

Everything is invented. Identifiers follow the usual shape but belong to
no one; names are volunteers', never subjects'.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import select

from icvapp.demo.history import add_history, follow_up_issues, plan_rota
from icvapp.demo.texts import demo_texts
from icvapp.profile.context import AppContext
from icvapp.scheme.config import FIRST_KIND, SchemeConfig
from icvapp.scheme.periods import quarter, quarter_of, week_start
from icvapp.sealing.signoff import sign_off, start_amendment
from icvapp.storage.model import Place, Scheme, VisitStatus, Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import set_up_scheme_root, unlock_signer
from icvapp.trust.enrolment_files import enrol_here
from icvapp.visits.canonical import OfficerAck
from icvapp.visits.record import CheckRecord, ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import complete_visit, load_visit, save_draft, validation_context

DEMO_SCHEME = "Leicester, Leicestershire and Rutland ICV Scheme (demo)"
PLACES = [("Beaumont Leys", 14, False), ("Euston Street", 36, False),
          ("Keyham Lane", 17, False), ("Wigston", 8, True)]
VOLUNTEERS = ["Amrit Sandhu", "Beverley Clarke", "Catherine O'Neill", "David Okafor",
              "Eleanor Whitfield", "Farhan Mistry", "Graham Pearson", "Hannah Kowalski"]
COORDINATOR = "Jo Bramley"
#: Printed in the README: the demo is for looking around, not for real visits.
DEMO_PIN = "demo-pin"
DEMO_ROOT_PIN = "demo-root"

#: The first kind's demo notes (observations, issues and replies), from resources/demo/.
TEXTS = demo_texts(FIRST_KIND)
OBSERVATIONS, POSITIVE, ISSUES = TEXTS["observations"], TEXTS["positive"], [tuple(i) for i in TEXTS["issues"]]


def recorded_from(today: dt.date) -> dt.date:
    """The Monday the demo's visits recorded in icvapp start from: this quarter's first week, or, in a quarter's
    first four weeks, the quarter before's, so a demo made on the 1st of April still has weeks of signed visits,
    a missed week and an amendment to show."""
    this_quarter = quarter(*quarter_of(today))
    if today - this_quarter.start < dt.timedelta(weeks=4):
        return week_start(quarter(*quarter_of(this_quarter.start - dt.timedelta(days=1))).start)
    return week_start(this_quarter.start)


def create_demo(ctx: AppContext, *, today: dt.date | None = None, seed: int = 7,
                progress=None) -> None:
    """Fill an empty scheme with the demo: a year and more of history, and this quarter recorded in icvapp.

    Earlier visits arrive as a spreadsheet history import (counts and request
    tallies). This quarter's (and, in a quarter's first four weeks, the quarter before's) were recorded on the form: most are signed and
    sealed, last week's awaits signatures, today's is a draft, and one was
    corrected by a signed amendment. One week was missed, one visit abandoned,
    a place closed for refurbishment, and issues are open and closed with the police.
    """

    db, config = ctx.db, ctx.config
    today = today or dt.date.today()
    rnd = random.Random(seed)
    step = progress or (lambda _n, _total: None)
    with db.session() as s:
        scheme = s.query(Scheme).first()
        if scheme is None:
            s.add(Scheme(name=DEMO_SCHEME, kind=config.kind))
        else:
            scheme.name = DEMO_SCHEME
        places = [Place(name=n, locations=c, weekly_target=0 if occ else 1, occasional=occ) for n, c, occ in PLACES]
        volunteers = [Volunteer(name=n, active_from=today - dt.timedelta(days=900)) for n in VOLUNTEERS]
        s.add_all(places + volunteers)
        s.add(Volunteer(name=COORDINATOR, is_coordinator=True, active_from=today - dt.timedelta(days=2000)))
        s.flush()
        place_ids = [x.id for x in places]
        vol_ids = [v.id for v in volunteers]
    this_quarter = quarter(*quarter_of(today))
    first_recorded = recorded_from(today)
    add_history(db, config, rnd, place_ids, vol_ids, until=first_recorded - dt.timedelta(days=1), today=today)
    step(1, 10)
    signers = enrol_everyone(db)
    step(2, 10)
    vctx = validation_context(db, config, today)
    plan = []
    monday = first_recorded
    while monday <= today:
        for n, place_id in enumerate(place_ids[:3]):
            if n == 2 and monday == first_recorded + dt.timedelta(days=14):
                continue  # Keyham Lane's missed week this quarter
            day = monday + dt.timedelta(days=rnd.randint(0, 6))
            if day <= today:
                plan.append((day, place_id))
        monday += dt.timedelta(days=7)
    if len(plan) > 3:
        plan.append((plan[len(plan) // 2][0], place_ids[3]))  # Wigston, opened for a fortnight
    plan.sort()
    last_week = week_start(today) - dt.timedelta(days=7)
    abandoned_at, amended_at = len(plan) // 3, len(plan) // 4
    for i, (day, place_id) in enumerate(plan):
        rec = _sample_visit(rnd, config, day, place_id, vol_ids)
        if i == abandoned_at:  # the place was too busy to admit us
            rec.outcome, rec.abandon_reason, rec.rating = "abandoned", "too_busy", None
            rec.counts, rec.conversations, rec.checks = {}, [], {}
            rec.admission_delay_finding = False
            rec.observations = TEXTS["abandoned"]
        if i == len(plan) - 1:  # today's visit is still being written up
            save_draft(db, rec)
            continue
        problems = complete_visit(db, rec, vctx)
        assert rec.status == VisitStatus.COMPLETE, problems
        if day < last_week:
            sign_visit(ctx, rec, signers, rnd)
            if i == amended_at:
                _amend(ctx, rec.id, signers, rnd, vctx)
        step(3 + 6 * i // len(plan), 10)
    follow_up_issues(db, config, rnd, today)
    plan_rota(db, rnd, place_ids[:3], vol_ids, this_quarter, today)
    step(10, 10)


def enrol_everyone(db) -> dict:
    """Scheme root for the co-ordinator; a signing key for everyone, unlocked once."""

    # The demo's PINs are published, so its keys are sealed at the demo's low cost (pki.DEMO_KDF, recorded in
    # each sealed key); a real profile's keys, and a demo key whose PIN is changed, get pki.BOX_KDF.
    set_up_scheme_root(db, DEMO_ROOT_PIN, kdf=pki.DEMO_KDF)
    with db.session() as s:
        ids = s.scalars(select(Volunteer.id).order_by(Volunteer.id)).all()
    for vid in ids:
        enrol_here(db, vid, DEMO_PIN, DEMO_ROOT_PIN, kdf=pki.DEMO_KDF)
    return {vid: unlock_signer(db, vid, DEMO_PIN) for vid in ids}


def sign_visit(ctx: AppContext, rec: VisitRecord, signers: dict, rnd: random.Random) -> None:
    left = rec.departed_at or dt.datetime.combine(rec.visit_date, dt.time(22, 0))
    officer = OfficerAck(rec.officer_name, rec.officer_rank, rec.officer_number,
                         left - dt.timedelta(minutes=5), _squiggle(rnd))
    sign_off(ctx, rec.id, officer, [signers[i] for i in (rec.visitor_a_id, rec.visitor_b_id) if i])


def _amend(ctx: AppContext, visit_id: int, signers: dict, rnd: random.Random, vctx) -> None:
    draft = start_amendment(ctx.db, visit_id, TEXTS["amendment_reason"])
    rec = load_visit(ctx.db, draft)
    if rec.conversations:
        first = rec.conversations[0]
        first.identifier = first.identifier[:-4] + "1" + first.identifier[-3:]
    else:
        rec.observations += " (Amended: wording clarified.)"
    complete_visit(ctx.db, rec, vctx)
    sign_visit(ctx, rec, signers, rnd)


def _squiggle(rnd: random.Random) -> list:
    """A plausible hand-drawn signature: two joined loops and an underline, on the 1000 x 400 grid."""

    base = rnd.randint(180, 240)
    stroke = [[int(80 + t * 6), int(base - 90 * math.sin(t / 6) * (1 if t % 30 < 15 else 0.6))]
              for t in range(0, 120, 3)]
    underline = [[90, base + 60], [int(400 + rnd.randint(0, 200)), base + 50]]
    return [stroke, underline]


def _sample_visit(rnd: random.Random, config: SchemeConfig, day: dt.date, place_id: int,
                  vol_ids: list[int]) -> VisitRecord:
    a, b = rnd.sample(vol_ids, 2)
    hour = rnd.choice([10, 14, 17, 19, 21, 22])
    arrival = dt.time(hour, rnd.choice([0, 10, 25, 40]))
    wait = rnd.choice([3, 5, 8, 12, 40])
    admitted = (dt.datetime.combine(day, arrival) + dt.timedelta(minutes=wait)).time()
    departure = (dt.datetime.combine(day, arrival) + dt.timedelta(minutes=rnd.randint(55, 130)))
    present = rnd.randint(3, 14)
    juvenile = rnd.choice([0, 0, 1])
    female = rnd.randint(0, max(0, present // 3))
    male = present - female - juvenile
    not_available = rnd.randint(0, min(3, present))
    offered = present - not_available
    seen = rnd.randint(min(1, offered), max(1, min(offered, 6))) if offered else 0
    declined = min(offered - seen, rnd.randint(0, 2))
    not_offered = not_available
    officer = rnd.choice([tuple(o) for o in TEXTS["officers"]])
    rec = VisitRecord(
        place_id=place_id, visit_date=day, visitor_a_id=a, visitor_b_id=b,
        arrival=arrival, admitted=admitted, departure=departure.time(),
        past_midnight=departure.date() > day, rating=rnd.choice(["satisfactory"] * 5 + ["unsatisfactory"]),
        admission_delay_finding=wait > config.admission_delay_minutes,
        counts={
            config.root_stage: CountRow(present, female, male, juvenile),
            "not_available": CountRow(not_available),
            "offered": CountRow(offered),
            "seen": CountRow(seen),
            "declined": CountRow(declined),
            "not_offered": CountRow(not_offered),
        },
        officer_name=officer[0], officer_rank=officer[1],
        officer_number=str(rnd.randint(1000, 4999)),
        officer_response=TEXTS["officer_response"],
        observations=rnd.choice(OBSERVATIONS),
        positive_comments=rnd.choice(POSITIVE),
    )
    entitlements = [c.key for c in config.subject_checks]
    for i in range(seen):
        conv = ConversationRecord(
            identifier=f"{rnd.choice(['BL', 'ES', 'KL'])}/{rnd.randint(10000, 99999)}/{day:%y}",
            location=str(rnd.randint(1, 14)), consent=True,
            entitlements={k: "yes" for k in rnd.sample(entitlements, 6)},
            requests=rnd.sample([c.key for c in config.request_categories[:8]], rnd.randint(0, 2)),
        )
        if i == 0 and rnd.random() < 0.6:
            category, issue, response, resolved = rnd.choice(ISSUES)
            conv.requests = sorted(set(conv.requests) | {category})
            conv.issue_raised, conv.staff_response, conv.resolved_during_visit = issue, response, resolved
        rec.conversations.append(conv)
    for area in config.inspection_areas:
        status = rnd.choice(["fine"] * 6 + ["issue", "not_checked"])
        check = CheckRecord(status=status)
        if status == "issue":
            check.category = rnd.choice([c.key for c in config.inspection_categories])
            check.note = rnd.choice(TEXTS["check_notes"])
        rec.checks[area.key] = check
    return rec
