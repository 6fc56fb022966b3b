"""Synthetic scheme data at any scale, for benchmarks.

Creates a new encrypted profile and bulk-loads suites, volunteers and visits
(with detainee counts, conversations, requests and suite checks) through
SQLAlchemy Core ``executemany`` in a few large transactions. Everything is
invented and deterministic for a given seed.

    python -m bench.generate --data-dir DIR --visits 100000 [--conversations-per-visit 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

#: Fixed and public: these profiles hold invented data only.
BENCH_PASSPHRASE = "bench-passphrase-not-secret"
#: Bump when the generated data changes shape, so cached profiles are rebuilt.
GENERATOR_VERSION = 2

VISITS_PER_BATCH = 2_000      # rows built in memory before one executemany per table
VISITS_PER_TRANSACTION = 25_000

TOWNS = ["Ashford", "Barnsley", "Canterbury", "Doncaster", "Exeter", "Falmouth", "Gloucester", "Harrogate",
         "Ipswich", "Jarrow", "Kendal", "Lincoln", "Maidstone", "Northampton", "Oldham", "Preston", "Reading",
         "Salisbury", "Taunton", "Uxbridge", "Wakefield", "Yeovil", "Bedford", "Carlisle", "Derby", "Ely",
         "Fareham", "Grimsby", "Hastings", "Keighley", "Luton", "Margate", "Newark", "Oxford", "Penrith",
         "Rochdale", "Swindon", "Telford", "Walsall", "Worthing"]
FIRST = ["Amrit", "Beverley", "Catherine", "David", "Eleanor", "Farhan", "Graham", "Hannah", "Imran", "Julia",
         "Kwame", "Laura", "Mohammed", "Niamh", "Owen", "Priya", "Rachel", "Samuel", "Tomasz", "Uma", "Victor",
         "Wendy", "Yusuf", "Zara", "Aisha", "Brian", "Chloe", "Deepak", "Esther", "Frank"]
LAST = ["Sandhu", "Clarke", "O'Neill", "Okafor", "Whitfield", "Mistry", "Pearson", "Kowalski", "Begum",
        "Hughes", "Morris", "Patel", "Evans", "Nowak", "Campbell", "Ahmed", "Turner", "Lewis", "Baker", "Shah"]
from icvapp.demo.create import OBSERVATIONS

POSITIVE = ["Detention officers knew every detainee's dietary needs without checking.",
            "Sergeant made time to walk us round despite a full booking-in queue.",
            "Detainees spoke well of the healthcare practitioner.", "", ""]
ISSUES = [("Asked to see the nurse about medication.", "Nurse called and attended within 20 minutes."),
          ("Had not been offered a hot drink since arrival.", "Drink provided straight away."),
          ("Wanted to know when interview would be.", "Sergeant explained the solicitor is on the way."),
          ("Cell cold, asked for a second blanket.", "Blanket given; heating fault logged.")]
CHECK_NOTES = ["Graffiti on cell wall.", "Light flickering.", "Temperature log incomplete.",
               "Toilet flush broken.", "Shortage of clean blankets."]
#: Abandoned visits and half the drafts record no findings; the rest carry the conversations.
SHARE_WITH_FINDINGS = 0.965
#: Relative frequency of request categories, in resources/schemes/custody.json order.
REQUEST_WEIGHTS = [20, 18, 14, 10, 9, 9, 6, 5, 4, 2, 2, 1]
STAGES = ("in_custody", "not_available", "offered", "seen", "declined", "not_offered")


@dataclass(frozen=True)
class GenSpec:
    visits: int
    conversations_per_visit: float = 3.0
    places: int = 40
    volunteers: int = 300
    seed: int = 1
    today: dt.date | None = None

    def cache_key(self) -> str:
        return (f"v{self.visits}-c{self.conversations_per_visit:g}-s{self.places}-vol{self.volunteers}"
                f"-seed{self.seed}-g{GENERATOR_VERSION}")


@dataclass
class GenResult:
    data_dir: Path
    profile_id: str
    key_hex: str
    method: str
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0        # everything: profile creation, load, checks, checkpoint
    load_seconds: float = 0.0   # the bulk load alone

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())

    @property
    def rows_per_second(self) -> float:
        return self.total_rows / self.seconds if self.seconds else 0.0

    @property
    def load_rows_per_second(self) -> float:
        return self.total_rows / self.load_seconds if self.load_seconds else 0.0


def financial_year_start(day: dt.date) -> dt.date:
    return dt.date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def generate_profile(data_dir: Path, spec: GenSpec, *, method: str = "passphrase",
                     passphrase: str = BENCH_PASSPHRASE,
                     progress: Callable[[str], None] | None = None) -> GenResult:
    """Create a new profile in ``data_dir`` and fill it; the database is checkpointed and closed."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.keys import KEYCHAIN

    t0 = time.perf_counter()
    ctx = create_profile(Path(data_dir), method, f"Bench scheme ({spec.visits} visits)",
                         passphrase if method != KEYCHAIN else None)
    try:
        # The database key itself (random, whatever protects it), for benchmarks that open the file raw.
        key_hex = ctx.db.key.hex()
        t_load = time.perf_counter()
        rows = fill(ctx.db, ctx.config, spec, progress=progress)
        load_seconds = time.perf_counter() - t_load
        ctx.db.checkpoint()
    finally:
        ctx.close()
    return GenResult(Path(data_dir), ctx.keyinfo.profile_id, key_hex, method, rows,
                     time.perf_counter() - t0, load_seconds)


def validate_sample(db, config, n: int = 200, seed: int = 0) -> int:
    """Run the app's own completion rules on ``n`` random complete visits; raise on any error."""
    from icvapp.storage.model import Visit
    from icvapp.visits.store import load_visit, validation_context
    from icvapp.visits.validation import errors, validate

    with db.engine.connect() as conn:
        ids = conn.execute(select(Visit.id).where(Visit.status == "complete")).scalars().all()
    sample = random.Random(seed).sample(ids, min(n, len(ids)))
    ctx = validation_context(db, config)
    for visit_id in sample:
        rec = load_visit(db, visit_id)
        if problems := errors(validate(rec, ctx)):
            raise AssertionError(f"generated visit {visit_id} fails validation: {problems}")
    return len(sample)


def fill(db, config, spec: GenSpec, *, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Bulk-insert suites, volunteers and ``spec.visits`` visits into an open database."""
    from icvapp.storage.model import (
        AreaCheck,
        Conversation,
        Place,
        StageCount,
        SubjectRequest,
        Visit,
        Volunteer,
    )

    gen = _Generator(config, spec)
    tables = [Visit.__table__, StageCount.__table__, Conversation.__table__,
              SubjectRequest.__table__, AreaCheck.__table__]
    names = ["visit", "stage_count", "conversation", "subject_request", "area_check"]
    rows = {"place": 0, "volunteer": 0, **{n: 0 for n in names}}
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        # A large page cache keeps each page written once per transaction; the
        # load is checked afterwards, so per-row foreign-key lookups are skipped.
        raw.execute("PRAGMA cache_size = -262144")
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                base = {t.name: conn.scalar(select(func.coalesce(func.max(t.c.id), 0))) for t in tables}
                base["place"] = conn.scalar(select(func.coalesce(func.max(Place.id), 0)))
                base["volunteer"] = conn.scalar(select(func.coalesce(func.max(Volunteer.id), 0)))
                gen.set_bases(base)
                places, volunteers = gen.places(), gen.volunteers()
                conn.execute(insert(Place.__table__), places)
                conn.execute(insert(Volunteer.__table__), volunteers)
                rows["place"], rows["volunteer"] = len(places), len(volunteers)
            done = 0
            while done < spec.visits:
                with conn.begin():
                    end_tx = min(spec.visits, done + VISITS_PER_TRANSACTION)
                    while done < end_tx:
                        n = min(VISITS_PER_BATCH, end_tx - done)
                        batch = gen.visits(done, n)
                        for table, name in zip(tables, names, strict=True):
                            if batch[name]:
                                conn.execute(insert(table), batch[name])
                                rows[name] += len(batch[name])
                        done += n
                if progress:
                    elapsed = time.perf_counter() - t0
                    total = sum(rows.values())
                    progress(f"  {done:>9,} visits  {total:>11,} rows  {elapsed:6.1f} s  "
                             f"{total / elapsed:>9,.0f} rows/s")
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"generator bug: {len(broken)} broken foreign keys, e.g. {broken[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("PRAGMA cache_size = -2000")  # SQLite's default, for whoever reuses the connection
    return rows


class _Generator:
    """Builds plain row dicts; ids are assigned here so children need no RETURNING."""

    def __init__(self, config, spec: GenSpec) -> None:
        self.spec = spec
        self.rnd = random.Random(spec.seed)
        self.today = spec.today or dt.date.today()
        self.start = dt.date(financial_year_start(self.today).year - 7, 4, 1)
        self.span_days = (self.today - self.start).days + 1
        self.weeks = max(1, self.span_days // 7)
        self.areas = [c.key for c in config.inspection_areas]
        self.inspection_categories = [c.key for c in config.inspection_categories]
        self.request_categories = [c.key for c in config.request_categories]
        self.entitlements = [c.key for c in config.subject_checks]
        self.vulnerabilities = [c.key for c in config.subject_flags]
        self.reasons_not_seen = [c.key for c in config.reasons_not_seen]
        self.abandon_reasons = [c.key for c in config.abandon_reasons]
        self._make_pools()

    def _make_pools(self, size: int = 4096) -> None:
        """Pre-drawn variants of the bulky per-row details: the same spread, far fewer random draws."""
        rnd = self.rnd
        self.entitlement_pool = [
            {k: ("yes" if rnd.random() < 0.93 else rnd.choice(("no", "n/a")))
             for k in rnd.sample(self.entitlements, rnd.randint(5, len(self.entitlements)))}
            for _ in range(size)]
        # Doctor or nurse and food and drink are asked for most, interpreters rarely.
        weights = [REQUEST_WEIGHTS[i] if i < len(REQUEST_WEIGHTS) else 1
                   for i in range(len(self.request_categories))]
        self.request_pool = []
        for _ in range(size):
            n = rnd.choices((0, 1, 2, 3), weights=(35, 35, 20, 10))[0]
            picked: list[str] = []
            while len(picked) < n:
                category = rnd.choices(self.request_categories, weights=weights)[0]
                if category not in picked:
                    picked.append(category)
            self.request_pool.append(picked)
        self.check_pool = []
        for _ in range(size):
            checks = []
            for area in self.areas:
                status = rnd.choices(("fine", "issue", "not_checked"), weights=(80, 8, 12))[0]
                issue = status == "issue"
                checks.append((area, status, rnd.choice(self.inspection_categories) if issue else None,
                               rnd.choice(CHECK_NOTES) if issue else ""))
            self.check_pool.append(tuple(checks))

    def set_bases(self, base: dict[str, int]) -> None:
        self.base = base
        self.next_id = {name: value + 1 for name, value in base.items()}

    def _uid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def _take_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    # ------------------------------------------------------------------ reference data

    def places(self) -> list[dict]:
        rnd, out = self.rnd, []
        self.place_locations, self.suite_prefix = [], []
        for i in range(self.spec.places):
            town = TOWNS[i % len(TOWNS)]
            name = town if i < len(TOWNS) else f"{town} {i // len(TOWNS) + 1}"
            cells = rnd.randint(8, 40)
            occasional = rnd.random() < 0.05
            self.place_locations.append(cells)
            self.suite_prefix.append(town[:2].upper())
            out.append({"id": self._take_id("place"), "name": name, "locations": cells,
                        "weekly_target": 0 if occasional else 1, "active": True, "occasional": occasional})
        self.place_ids = [r["id"] for r in out]
        return out

    def volunteers(self) -> list[dict]:
        rnd, out = self.rnd, []
        first_day = self.start - dt.timedelta(days=730)
        for i in range(self.spec.volunteers):
            active_from = first_day + dt.timedelta(days=rnd.randint(0, (self.today - first_day).days - 30))
            active_to = None
            if rnd.random() < 0.3:
                active_to = min(self.today, active_from + dt.timedelta(days=rnd.randint(365, 2500)))
            out.append({"id": self._take_id("volunteer"), "name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                        "active_from": active_from, "active_to": active_to, "is_coordinator": i == 0})
        # Visitors are drawn from the volunteers active that week (at least two).
        self.active_by_week = []
        for w in range(self.weeks + 1):
            day = self.start + dt.timedelta(days=7 * w)
            ids = [v["id"] for v in out[1:] if v["active_from"] <= day and (v["active_to"] is None
                                                                          or v["active_to"] >= day)]
            self.active_by_week.append(ids if len(ids) >= 2 else [v["id"] for v in out[:2]])
        return out

    # ------------------------------------------------------------------ visits

    def visits(self, first: int, n: int) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {k: [] for k in ("visit", "stage_count", "conversation",
                                                        "subject_request", "area_check")}
        for i in range(first, first + n):
            self._visit(i, out)
        return out

    def _visit(self, i: int, out: dict[str, list[dict]]) -> None:
        rnd, spec = self.rnd, self.spec
        # Visits fill the span evenly in date order, each suite in turn: at
        # national scale that is several visits per suite per week.
        week = i * self.weeks // spec.visits
        suite_index = i % spec.places
        day = min(self.today, self.start + dt.timedelta(days=7 * week + rnd.randint(0, 6)))
        r = rnd.random()
        draft = r < 0.01
        abandoned = not draft and r < 0.04
        undated = draft and rnd.random() < 0.2
        visit_id = self._take_id("visit")
        active = self.active_by_week[min(week, len(self.active_by_week) - 1)]
        a, b = rnd.sample(active, 2)
        lone = ""
        if rnd.random() < 0.005:
            b, lone = None, "Second visitor was called away after admission."
        arrived = admitted = departed = None
        if not undated:
            hour = rnd.choices(_HOURS, cum_weights=_HOUR_CUM)[0]
            arrived = dt.datetime.combine(day, dt.time(hour, rnd.randrange(60)))
            wait = rnd.choice((2, 3, 5, 5, 8, 10, 12, 15, 20, 35, 45))
            if abandoned:
                departed = arrived + dt.timedelta(minutes=wait + rnd.randint(5, 30))
            else:
                admitted = arrived + dt.timedelta(minutes=wait)
                departed = admitted + dt.timedelta(minutes=rnd.randint(35, 200))
        created = (departed or dt.datetime.combine(day, dt.time(12))) + dt.timedelta(minutes=rnd.randint(5, 2880))
        rating = None
        if not abandoned:
            rating = "unsatisfactory" if rnd.random() < 0.12 else "satisfactory"
        out["visit"].append({
            "id": visit_id, "uid": self._uid(), "status": "draft" if draft else "complete",
            "place_id": self.place_ids[suite_index], "visit_date": None if undated else day,
            "visitor_a_id": a, "visitor_b_id": b, "lone_visitor_note": lone,
            "arrived_at": arrived, "admitted_at": admitted, "departed_at": departed,
            "mode": "telephone" if rnd.random() < 0.03 else "in_person",
            "outcome": "abandoned" if abandoned else "completed",
            "abandon_reason": rnd.choice(self.abandon_reasons) if abandoned else None,
            "rating": None if draft else rating,
            "admission_delay_finding": bool(admitted and admitted - arrived > dt.timedelta(minutes=30)),
            "officer_name": f"Sgt {rnd.choice(LAST)}", "officer_rank": rnd.choice(("Sergeant", "Inspector")),
            "officer_number": str(rnd.randint(1000, 9999)),
            "officer_response": "" if draft else "Findings accepted; actions noted in the custody log.",
            "observations": rnd.choice(OBSERVATIONS), "positive_comments": rnd.choice(POSITIVE),
            "created_at": created, "updated_at": created,
            "completed_at": None if draft else created,
        })
        if abandoned or (draft and rnd.random() < 0.5):
            return  # abandoned visits, and half the drafts, have no findings yet
        self._findings(visit_id, day, suite_index, out)

    def _findings(self, visit_id: int, day: dt.date, suite_index: int, out: dict[str, list[dict]]) -> None:
        rnd, spec = self.rnd, self.spec
        n_conv = _around(rnd, spec.conversations_per_visit / SHARE_WITH_FINDINGS)
        not_seen = sum(1 for _ in range(n_conv) if rnd.random() < 0.12)
        seen = n_conv - not_seen
        # Everyone in custody lands in exactly one place in the funnel, so every
        # stage and every group adds up: seen + declined <= offered <= in custody.
        places = (["seen"] * seen + ["declined"] * rnd.choice((0, 0, 0, 1, 1, 2))
                  + ["offered"] * rnd.choice((0, 0, 1))
                  + ["not_available"] * (not_seen + rnd.randint(0, 3))
                  + ["not_offered"] * rnd.choice((0, 0, 0, 1)))
        surplus = min(self.place_locations[suite_index], len(places) + rnd.randint(0, 6)) - len(places)
        places += ["not_available"] * max(0, surplus)
        tally = {stage: [0, 0, 0] for stage in STAGES}  # female, male, juvenile
        for place in places:
            r = rnd.random()
            g = 2 if r < 0.04 else (0 if r < 0.19 else 1)
            tally["in_custody"][g] += 1
            tally[place][g] += 1
            if place in ("seen", "declined"):
                tally["offered"][g] += 1
        for stage in STAGES:
            f, m, j = tally[stage]
            out["stage_count"].append({"id": self._take_id("stage_count"), "visit_id": visit_id,
                                          "stage": stage, "total": f + m + j, "female": f, "male": m,
                                          "juvenile": j})
        prefix = self.suite_prefix[suite_index]
        yy = day.year % 100
        numbers = rnd.sample(range(10000, 100000), n_conv) if n_conv else []
        for pos in range(n_conv):
            conv_id = self._take_id("conversation")
            consent = pos < seen
            issue = rnd.random() < 0.25 if consent else False
            issue_text, response = rnd.choice(ISSUES) if issue else ("", "")
            out["conversation"].append({
                "id": conv_id, "visit_id": visit_id, "position": pos,
                "identifier": f"{prefix}/{numbers[pos]}/{yy:02d}", "location": str(rnd.randint(1, 40)),
                "consent": consent,
                "reason_not_seen": None if consent else rnd.choice(self.reasons_not_seen),
                "entitlements": rnd.choice(self.entitlement_pool) if consent else {},
                "vulnerabilities": (rnd.sample(self.vulnerabilities, 1) if consent and rnd.random() < 0.15
                                    else []),
                "issue_raised": issue_text, "staff_response": response,
                "resolved_during_visit": (rnd.random() < 0.8) if issue else None,
                "allegation": consent and rnd.random() < 0.003, "notes": "",
            })
            if consent:
                for category in rnd.choice(self.request_pool):
                    out["subject_request"].append({"id": self._take_id("subject_request"), "visit_id": visit_id,
                                                    "conversation_id": conv_id, "category": category,
                                                    "quantity": 1})
        for area, status, category, note in rnd.choice(self.check_pool):
            out["area_check"].append({"id": self._take_id("area_check"), "visit_id": visit_id, "area": area,
                                       "status": status, "category": category, "note": note})


# Visits spread across the day, more in the evening, some starting after midnight.
_HOUR_WEIGHTS = [2, 1, 1, 0, 0, 0, 0, 1, 2, 4, 6, 6, 5, 5, 6, 6, 6, 7, 8, 8, 8, 7, 6, 4]
_HOURS = range(24)
_HOUR_CUM = list(itertools.accumulate(_HOUR_WEIGHTS))


def _around(rnd: random.Random, mean: float) -> int:
    """A small non-negative count with the given mean (binomial-ish, cheap)."""
    if mean <= 0:
        return 0
    base = int(mean)
    return max(0, base + (1 if rnd.random() < mean - base else 0) + rnd.randint(-min(base, 2), min(base, 2)))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", required=True, type=Path, help="new profile folder (must not hold a profile)")
    p.add_argument("--visits", required=True, type=int)
    p.add_argument("--conversations-per-visit", type=float, default=3.0, metavar="AVG")
    p.add_argument("--suites", type=int, default=40)
    p.add_argument("--volunteers", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--keychain", action="store_true",
                   help="protect the key with the OS keychain instead of the fixed bench passphrase")
    p.add_argument("--validate", type=int, default=0, metavar="N",
                   help="afterwards, check N random complete visits with the app's completion rules")
    args = p.parse_args(argv)
    spec = GenSpec(args.visits, args.conversations_per_visit, args.places, args.volunteers, args.seed)
    method = "keychain" if args.keychain else "passphrase"
    print(f"Generating {spec.visits:,} visits into {args.data_dir} ({method})", flush=True)
    res = generate_profile(args.data_dir, spec, method=method, progress=lambda s: print(s, flush=True))
    for name, n in res.rows.items():
        print(f"  {name:<17} {n:>11,}")
    print(f"{res.total_rows:,} rows: bulk load {res.load_seconds:.1f} s = {res.load_rows_per_second:,.0f} rows/s; "
          f"end to end {res.seconds:.1f} s = {res.rows_per_second:,.0f} rows/s "
          f"(with profile creation, foreign-key check and checkpoint)")
    if args.validate:
        from icvapp.profile.context import open_profile

        ctx = open_profile(args.data_dir, BENCH_PASSPHRASE if method == "passphrase" else None)
        try:
            print(f"Validated {validate_sample(ctx.db, ctx.config, args.validate)} random complete visits "
                  "with icvapp.validation: no errors.")
        finally:
            ctx.close()
    if method == "passphrase":
        print(f"Open it with: ICVAPP_PASSPHRASE={BENCH_PASSPHRASE} icvapp --data-dir {args.data_dir} visits list")
    return 0


if __name__ == "__main__":
    sys.exit(main())
