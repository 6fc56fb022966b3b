"""A busy icvapp, run as a real process for the crash harness to SIGKILL.

It loops over the operations that matter — saving drafts (autosave), completing,
signing and sealing, importing submission files — and prints one ACK line
after each has committed, so the harness knows exactly what was promised.

    python crash_worker.py PROFILE SUBMISSIONS_DIR SEED
"""

import datetime as dt
import os
import random
import sys
from pathlib import Path

import icvapp.trust.pki as pki

pki.BOX_KDF = (1, 1, 1024)  # the harness is about crashes, not Argon2's cost

from icvapp.errors import UserFacingError
from icvapp.profile.context import open_profile
from icvapp.sealing.signoff import sign_off
from icvapp.sealing.submission import import_submission
from icvapp.storage.model import Place, Volunteer
from icvapp.trust.enrolment import unlock_signer
from icvapp.visits.canonical import OfficerAck
from icvapp.visits.record import ConversationRecord, CountRow, VisitRecord
from icvapp.visits.store import complete_visit, save_draft, validation_context

PIN = "crash-pin"


def ack(*parts) -> None:
    print("ACK", *parts, flush=True)


def visit(ids, vols, day, marker) -> VisitRecord:
    return VisitRecord(
        place_id=ids[0], visit_date=day, visitor_a_id=vols[0], visitor_b_id=vols[1],
        arrival=dt.time(21, 0), admitted=dt.time(21, 5), departure=dt.time(22, 0), rating="satisfactory",
        counts={"in_custody": CountRow(3), "offered": CountRow(2), "seen": CountRow(1), "declined": CountRow(1)},
        conversations=[ConversationRecord(identifier="CR/1/26", location="2", consent=True, notes=marker)],
        officer_name="Sgt Hale", officer_rank="Sergeant", officer_number="1",
        observations=marker,
    )


def main() -> None:
    profile, inbox, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    rnd = random.Random(seed)
    ctx = open_profile(profile, os.environ["ICVAPP_PASSPHRASE"])
    with ctx.db.session() as s:
        places = [i for (i,) in s.query(Place.id)]
        vols = [i for (i,) in s.query(Volunteer.id).order_by(Volunteer.id)][:2]
    signers = [unlock_signer(ctx.db, v, PIN) for v in vols]
    vctx = validation_context(ctx.db, ctx.config, dt.date(2026, 11, 23))
    files = sorted(inbox.glob("*.icvsub"))
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        marker = f"m{seed}-{n}"
        op = rnd.choice(["draft", "draft", "complete", "seal", "import"])
        rec = visit(places, vols, dt.date(2026, 11, 1) + dt.timedelta(days=n % 20), marker)
        if op == "draft":
            save_draft(ctx.db, rec)
            for i in range(3):  # autosave as the volunteer keeps typing
                rec.observations = f"{marker} +{i}"
                save_draft(ctx.db, rec)
            ack("draft", rec.id, rec.observations)
        elif op == "complete":
            complete_visit(ctx.db, rec, vctx)
            ack("complete", rec.id, marker)
        elif op == "seal":
            complete_visit(ctx.db, rec, vctx)
            sign_off(ctx, rec.id, OfficerAck("Sgt Hale", "Sergeant", "1", dt.datetime(2026, 11, 1, 22)), signers)
            ack("seal", rec.id, marker)
        elif files:
            path = files.pop(rnd.randrange(len(files)))
            try:
                vid = import_submission(ctx, path.read_bytes())
                ack("import", vid, path.name)
            except UserFacingError:  # imported before the last kill: refused as a duplicate
                ack("refused", 0, path.name)


main()
