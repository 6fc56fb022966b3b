"""The demo's history: a year and more of weekly visits as a spreadsheet import would bring them,
and the office's follow-up of this quarter's issues and rota."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from icvapp.demo.texts import demo_texts
from icvapp.scheme.config import FIRST_KIND, SchemeConfig
from icvapp.scheme.periods import Period, financial_year, financial_year_of, week_start, weeks_in
from icvapp.scheme.places import add_closure
from icvapp.scheme.rota import assign_pair
from icvapp.storage.database import Database
from icvapp.storage.model import StageCount, SubjectRequest, TrackedIssue, Visit, VisitStatus, utcnow
from icvapp.visits.issues import close_issue, update_issue

#: How the office's follow-ups ended, and the police's replies meanwhile (resources/demo/).
OUTCOMES, RESPONSES = demo_texts(FIRST_KIND)["outcomes"], demo_texts(FIRST_KIND)["responses"]


def add_history(db: Database, config: SchemeConfig, rnd: random.Random, place_ids: list[int],
                vol_ids: list[int], *, until: dt.date, today: dt.date) -> int:
    """Weekly visits per place from the start of last financial year up to ``until``."""
    start = financial_year(financial_year_of(today) - 1).start
    weeks = weeks_in(Period(start, until, "history"))
    beaumont, euston, keyham, wigston = place_ids[:4]
    refurbishment = weeks[len(weeks) // 3]
    add_closure(db, euston, refurbishment, refurbishment + dt.timedelta(days=20), demo_texts(FIRST_KIND)["closure_reason"])
    missed = {(beaumont, weeks[9]), (keyham, weeks[len(weeks) - 6])}
    categories = [c.key for c in config.request_categories]
    visits = []
    for monday in weeks:
        for place_id in (beaumont, euston, keyham):
            if (place_id, monday) in missed:
                continue
            if place_id == euston and refurbishment <= monday < refurbishment + dt.timedelta(days=21):
                continue
            visits.append(_history_visit(rnd, monday, place_id, vol_ids, categories, until, config.root_stage))
        if rnd.random() < 0.12:
            visits.append(_history_visit(rnd, monday, wigston, vol_ids, categories, until, config.root_stage))
    with db.session() as s:
        s.add_all(v for v in visits if v is not None)
    return len(visits)


def _history_visit(rnd, monday, place_id, vol_ids, categories, until, root: str) -> Visit | None:
    day = min(monday + dt.timedelta(days=rnd.randint(0, 6)), until)
    a, b = rnd.sample(vol_ids, 2)
    # Evenings and weekends more than office hours, as a real scheme's spread would look.
    hour = rnd.choice([9, 11, 14, 16, 18, 19, 20, 21, 22, 23])
    arrived = dt.datetime.combine(day, dt.time(hour, rnd.choice([0, 15, 30, 45])))
    wait = rnd.choice([2, 4, 5, 8, 10, 15, 35])
    departed = arrived + dt.timedelta(minutes=rnd.randint(50, 140))
    v = Visit(status=VisitStatus.COMPLETE, origin="history", place_id=place_id, visit_date=day, visitor_a_id=a,
              visitor_b_id=b, arrived_at=arrived, admitted_at=arrived + dt.timedelta(minutes=wait),
              departed_at=departed, completed_at=utcnow(),
              rating=rnd.choice(["satisfactory"] * 7 + ["unsatisfactory"]), admission_delay_finding=wait > 30)
    if rnd.random() < 0.03:
        v.outcome, v.abandon_reason, v.rating = "abandoned", rnd.choice(["too_busy", "staff_shortage"]), None
        v.admitted_at = None
        return v
    present = rnd.randint(0, 16)
    female = rnd.randint(0, present // 3)
    juvenile = 1 if present > 4 and rnd.random() < 0.2 else 0
    not_available = rnd.randint(0, min(4, present))
    offered = present - not_available
    seen = rnd.randint(0, offered) if offered else 0
    declined = offered - seen
    v.counts = [StageCount(stage=root, total=present, female=female, male=present - female - juvenile,
                              juvenile=juvenile),
                StageCount(stage="not_available", total=not_available),
                StageCount(stage="offered", total=offered), StageCount(stage="seen", total=seen),
                StageCount(stage="declined", total=declined)]
    tallies: dict[str, int] = {}
    for _ in range(seen):
        for category in rnd.sample(categories[:9], rnd.choice([0, 1, 1, 2])):
            tallies[category] = tallies.get(category, 0) + 1
    v.requests = [SubjectRequest(category=c, quantity=n) for c, n in tallies.items()]
    return v


def follow_up_issues(db: Database, config: SchemeConfig, rnd: random.Random, today: dt.date) -> None:
    """The office has chased some of this quarter's issues, closed some and escalated one."""
    with db.session() as s:
        open_ids = s.scalars(select(TrackedIssue.id).where(TrackedIssue.status == "open")
                             .order_by(TrackedIssue.raised_on)).all()
    for n, issue_id in enumerate(open_ids):
        if n % 3 == 0 and n < len(open_ids) - 2:
            update_issue(db, config, issue_id, escalation="duty_inspector", police_response=rnd.choice(RESPONSES))
            close_issue(db, issue_id, rnd.choice(OUTCOMES), closed_on=today - dt.timedelta(days=rnd.randint(1, 10)))
        elif n % 3 == 1:
            update_issue(db, config, issue_id, escalation=rnd.choice(["duty_inspector", "scheme_office"]),
                         police_response=rnd.choice(RESPONSES))
        elif n == 2:
            update_issue(db, config, issue_id, escalation="board")


def plan_rota(db: Database, rnd: random.Random, place_ids: list[int], vol_ids: list[int], quarter: Period,
              today: dt.date) -> None:
    """Pairs for this quarter's weeks, leaving the last weeks of one place without a pair yet."""
    weeks = weeks_in(quarter)
    for monday in weeks:
        for n, place_id in enumerate(place_ids):
            if n == 1 and monday > week_start(today) + dt.timedelta(days=7):
                continue
            a, b = rnd.sample(vol_ids, 2)
            assign_pair(db, place_id, monday, a, b)
