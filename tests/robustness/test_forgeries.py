"""A generator of forged sealed visits: every one is refused with a clear reason and nothing written.

Hypothesis draws a forgery class and its details — another visit's report, no report,
a third volunteer in a field, one visitor in both fields, signing times moved by a signer's
clock, the record altered and re-signed by an outsider — in the current format and, where the
class applies, the format written before reports were bound to their records. Each forged
submission goes to the office's import (refused, nothing written, the audit chain intact);
each forged report that carries a forgery of its own goes to the verdict alone too; and
poppler's ``pdfsig`` gives its own reading of who signed which field and when.

A few dozen forgeries by default; ``ICVAPP_LONG_TESTS=1`` runs thousands.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icvapp.errors import UserFacingError
from icvapp.sealing.submission import import_submission, inbox_key_of, submission_payload
from icvapp.storage.audit import verify_chain
from icvapp.trust import pki
from icvapp.trust import verdict as verdicts
from icvapp.visits.store import count_visits
from tests.sealing import forgery

LONG = bool(os.environ.get("ICVAPP_LONG_TESTS"))
#: Per class of forgery: 7 × 6 = 42 by default, 400 × 6 = 2,400 with ICVAPP_LONG_TESTS=1.
FORGERIES = settings(max_examples=400 if LONG else 7, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                            HealthCheck.data_too_large])
PIN = "forgery-pin"
ROOT_PIN = "forgery root pin"
NAMES = ("Amrit Sandhu", "Zoë Ó Briain", "Łukasz Nowak")
COUNTS: dict[str, int] = {}

#: What each class of forgery must be refused for (any one of these reasons, in the refusal's words).
REASONS = {
    "swapped report": r"report of another visit|not by the visitors the record names|format and its signed report "
                      r"disagree",
    "missing report": r"carries no signed report",
    "wrong signer": r"not the visitor this report names|not by the visitors the record names",
    "same signer twice": r"both signed by|names the same visitor twice",
    "times moved": r"still to come|outside their certificate's validity|expired on|not valid until",
    "record altered, re-signed by an outsider": r"is not by .*, the visitor it should be from|"
                                                r"altered after it was signed|report of another visit|"
                                                r"fails its check",
}


@dataclass
class Scene:
    """An office, and sealed visits from a laptop of its scheme, as payloads in both formats."""

    office: object
    trust: object
    inbox_key: object
    payloads: list[dict]  # current format: two visits by Amrit and Zoë, one by Amrit alone
    old_payloads: list[dict]  # the same visits as icvapp wrote them before reports were bound
    keys: dict  # name -> unlocked signer (Amrit and Zoë on the laptop, Łukasz in the office)
    imported: int = 0
    seen: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return "Scene(...)"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place, Volunteer
    from icvapp.trust.enrolment import require_trust, set_up_scheme_root, unlock_signer
    from icvapp.trust.enrolment_files import (
        create_signing_key,
        enrol_here,
        export_scheme_file,
        import_certificate,
        import_scheme_file,
        issue_certificate,
    )
    from tests.conftest import PASSPHRASE
    from tests.helpers import good_visit, names_to_ids, seal

    base = tmp_path_factory.mktemp("forgeries")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        office = create_profile(base / "office", "passphrase", "Forgery scheme", PASSPHRASE)
        with office.db.session() as s:
            s.add_all([Place(name="Beaumont Leys", locations=14), *(Volunteer(name=n) for n in NAMES)])
        set_up_scheme_root(office.db, ROOT_PIN)
        people = names_to_ids(office, Volunteer)
        enrol_here(office.db, people["Łukasz Nowak"], PIN, ROOT_PIN)
        laptop = create_profile(base / "laptop", "passphrase", "Laptop", PASSPHRASE)
        import_scheme_file(laptop.db, export_scheme_file(office.db, ROOT_PIN))
        lap_people = names_to_ids(laptop, Volunteer)
        for name in NAMES[:2]:
            reply, _ = issue_certificate(office.db, create_signing_key(laptop.db, lap_people[name], PIN), ROOT_PIN)
            import_certificate(laptop.db, reply)
        pins = dict.fromkeys(NAMES, PIN)
        visits = [seal(laptop, good_visit(laptop), pins=pins),
                  seal(laptop, good_visit(laptop, visit_date=dt.date(2026, 11, 9)), pins=pins),
                  seal(laptop, good_visit(laptop, visitor_b_id=None,
                                          lone_visitor_note="Second visitor taken ill at the door."), pins=pins)]
        keys = {name: unlock_signer(laptop.db, lap_people[name], PIN) for name in NAMES[:2]}
        keys["Łukasz Nowak"] = unlock_signer(office.db, people["Łukasz Nowak"], PIN)
        payloads = [json.loads(submission_payload(laptop.db, v)) for v in visits]
        laptop.close()
    trust = require_trust(office.db)
    old = [forgery.as_format_1(p, _visitors(keys, p), trust.root) for p in payloads]
    scene = Scene(office, trust, inbox_key_of(office.db), payloads, old, keys)
    yield scene
    office.close()


def _visitors(keys: dict, payload: dict) -> list:
    return [keys[v["name"]] for v in payload["record"]["visitors"]]


def test_the_untouched_visits_pass_every_check(scene):
    """The generator starts from genuine files: both formats of each visit pass the office's checks."""
    from icvapp.sealing.submission import check_payload
    from icvapp.storage.encoding import canonical_json

    for payload in scene.payloads + scene.old_payloads:
        checked = check_payload(canonical_json(payload), scene.trust)
        assert checked.pdf == forgery.pdf_of(payload)


# --------------------------------------------------------------------------- the forgeries


@dataclass
class Forged:
    kind: str
    payload: dict
    #: For a report that is itself forged: who pdfsig should find in each field, and whether the
    #: verdict alone must refuse it (an unbound report cannot know its visitors).
    pdf_forged: bool = False
    alone_refused: bool = False


#: One forgery's every choice, drawn whole before anything is built: the same draws whatever the
#: class, so what hypothesis replays is exactly what it generated.
PLANS = st.fixed_dictionaries({
    "visit": st.integers(0, 2),
    "old": st.booleans(),  # the format written before reports were bound
    "pick": st.integers(0, 2**16),  # which other visit, field or visitor
    "flag": st.booleans(),  # a second choice within the class
    "variant": st.sampled_from(["first", "second", "third"]),
    "minutes": st.integers(1, 60 * 24 * 365 * 40),
    "text": st.text(min_size=1, max_size=40),
})


def _moved_time(plan: dict, cert) -> dt.datetime:
    """A signing time no honest clock gives: ahead of now, before the certificate, or after it."""
    minutes = dt.timedelta(minutes=plan["minutes"])
    return {"first": dt.datetime.now(dt.UTC) + dt.timedelta(minutes=6) + minutes,
            "second": cert.not_valid_before_utc - minutes,
            "third": cert.not_valid_after_utc + minutes}[plan["variant"]]


def forge(scene: Scene, kind: str, plan: dict) -> Forged:
    old, pick = plan["old"], plan["pick"]
    pairs = [n for n, p in enumerate(scene.payloads) if len(p["record"]["visitors"]) == 2]
    i = pairs[plan["visit"] % len(pairs)] if kind == "same signer twice" else plan["visit"]
    payload = (scene.old_payloads if old else scene.payloads)[i]
    pdf = forgery.pdf_of(payload)
    visitors = _visitors(scene.keys, payload)
    root = scene.trust.root
    outsider = scene.keys["Łukasz Nowak"]
    if kind == "swapped report":
        others = [j for j in range(len(scene.payloads)) if j != i
                  # Two unbound reports of the same two visitors name nothing that tells them apart
                  # (the limit of the older format): there only swaps across visitors are forgeries.
                  and not (old and _visitors(scene.keys, scene.payloads[j]) == visitors)]
        j = others[pick % len(others)]
        source = scene.old_payloads[j] if old or plan["flag"] else scene.payloads[j]
        return Forged(kind, forgery.with_pdf(payload, forgery.pdf_of(source)))
    if kind == "missing report":
        forged = forgery.with_pdf(payload, None)
        if plan["variant"] == "second":
            del forged["signed_pdf"]
        elif plan["variant"] == "third":
            forged["signed_pdf"] = ""
        return Forged(kind, forged)
    if kind == "wrong signer":
        position = pick % len(visitors)
        if position == 1 and plan["flag"]:  # the first visitor's genuine signature kept
            forged_pdf = forgery.sign_as(forgery.through_first_signature(pdf), "Visitor2", outsider, root)
        else:
            signers = [outsider if n == position else v for n, v in enumerate(visitors)]
            forged_pdf = forgery.signed_by(forgery.prepared(pdf), signers, root)
        return Forged(kind, forgery.with_pdf(payload, forged_pdf), pdf_forged=True, alone_refused=not old)
    if kind == "same signer twice":
        who = visitors[pick % len(visitors)]
        forged = forgery.with_pdf(payload, forgery.signed_by(forgery.prepared(pdf), [who, who], root))
        if plan["flag"]:  # the record made to name them twice as well, signed twice by them
            forged["record"]["visitors"] = [dict(v) for v in payload["record"]["visitors"]
                                            if v["name"] == who.name] * 2
            forged["signatures"] = forgery.record_signatures(
                forged, [who, who], None if old else verdicts.verify_pdf_bytes(pdf, scene.trust).report_digest)
        return Forged(kind, forged, pdf_forged=True, alone_refused=True)
    if kind == "times moved":
        at = _moved_time(plan, visitors[0].cert)
        if len(visitors) == 2 and plan["flag"]:  # only the second visitor's clock was wrong
            forged_pdf = forgery.sign_as(forgery.through_first_signature(pdf), "Visitor2", visitors[1], root, at=at)
        else:
            forged_pdf = forgery.signed_by(forgery.prepared(pdf), visitors, root, at=at)
        return Forged(kind, forgery.with_pdf(payload, forged_pdf), pdf_forged=True, alone_refused=True)
    return forge_record(scene, kind, plan, payload)


def forge_record(scene: Scene, kind: str, plan: dict, payload: dict) -> Forged:
    """The record altered, then signed again by Łukasz, who was not on the visit."""
    forged = json.loads(json.dumps(payload))
    record = forged["record"]
    change = ("seen", "observations", "date", "rating")[plan["pick"] % 4]
    if change == "seen":
        record["counts"]["seen"][0] += 1 + plan["minutes"] % 5
    elif change == "observations":
        record["observations"] = plan["text"] + " (rewritten)"
    elif change == "date":
        record["date"] = (dt.date.fromisoformat(record["date"]) - dt.timedelta(days=1 + plan["minutes"] % 400)
                          ).isoformat()
    else:
        record["rating"] = "good" if record.get("rating") != "good" else "poor"
    outsider = scene.keys["Łukasz Nowak"]
    visitors = _visitors(scene.keys, payload)
    verdict = verdicts.verify_pdf_bytes(forgery.pdf_of(payload), scene.trust)
    report = None if plan["old"] else verdict.report_digest
    if plan["variant"] == "third" and not plan["old"]:  # a new report too, bound to the altered record
        from icvapp.sealing.seal import digest
        from icvapp.storage.encoding import canonical_json
        from icvapp.trust import binding

        bind = binding.ReportBinding(digest(canonical_json(record)), verdict.binding.visitor_uids)
        remade = forgery.signed_by(forgery.retitled(forgery.pdf_of(payload), bind), [outsider] * len(visitors),
                                   scene.trust.root)
        forged = forgery.with_pdf(forged, remade)
        report = binding.sha256(forgery.prepared(remade))
    signatures = forgery.record_signatures(forged, [outsider] * len(visitors), report)
    if plan["variant"] == "second":  # Łukasz's signature values under the visitors' certificates
        for sig, visitor in zip(signatures, visitors, strict=True):
            sig["certificate"] = pki.pem(visitor.cert)
    forged["signatures"] = signatures
    return Forged(kind, forged)


# --------------------------------------------------------------------------- the check


@pytest.mark.parametrize("kind", sorted(REASONS))
@FORGERIES
@given(plan=PLANS)
def test_every_forgery_is_refused_with_its_reason_and_nothing_written(scene, kind, plan):
    forged = forge(scene, kind, plan)
    COUNTS[f"forgery: {forged.kind}"] = COUNTS.get(f"forgery: {forged.kind}", 0) + 1
    office = scene.office
    before = count_visits(office.db), _audit_head(office)
    blob = forgery.submission_of(forged.payload, scene.trust)
    with pytest.raises(UserFacingError) as exc:
        import_submission(office, blob, trust=scene.trust, inbox_key=scene.inbox_key)
    reason = exc.value.message
    assert reason and "\n" not in reason and len(reason) < 400, reason
    assert re.search(REASONS[forged.kind], reason), (forged.kind, reason)
    assert (count_visits(office.db), _audit_head(office)) == before  # not a row, not an audit entry
    if forged.pdf_forged:
        pdf = forgery.pdf_of(forged.payload)
        verdict = verdicts.verify_pdf_bytes(pdf, scene.trust)
        if forged.alone_refused:
            assert not verdict.ok and re.search(REASONS[forged.kind], verdict.headline), verdict.text()
        second_opinion(forged, pdf, scene)


def _audit_head(ctx):
    from icvapp.storage import audit

    with ctx.db.session() as s:
        return audit.head(s)


def test_nothing_was_written_by_any_forgery(scene):
    assert count_visits(scene.office.db) == 0
    assert verify_chain(scene.office.db).ok
    if COUNTS:  # the generator reached every class of forgery
        assert {k.removeprefix("forgery: ") for k in COUNTS} == set(REASONS), COUNTS


# --------------------------------------------------------------------------- pdfsig's reading


def pdfsig_reading(pdf: bytes, folder) -> list[dict] | None:
    """Per signature, what poppler reads: field, signer UID and signing time (None without pdfsig)."""
    if shutil.which("pdfsig") is None:
        return None
    path = folder / "forged.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, env={**os.environ, "TZ": "UTC"},
                         check=False).stdout
    found = []
    for block in out.split("Signature #")[1:]:
        uid = re.search(r"UID=([^,\n]+)", block)
        when = re.search(r"Signing Time: (\w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2})", block)
        found.append({"field": re.search(r"Field Name: (\S+)", block).group(1),
                      "uid": uid.group(1) if uid else None, "valid": "Signature is Valid." in block,
                      "at": dt.datetime.strptime(when.group(1), "%b %d %Y %H:%M:%S").replace(tzinfo=dt.UTC)
                      if when else None})
    return found


def second_opinion(forged: Forged, pdf: bytes, scene: Scene) -> None:
    """pdfsig finds every signature cryptographically valid: the forgery is in who and when, and its
    reading of those agrees with the reason the office gave."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        seen = pdfsig_reading(pdf, Path(folder))
    if seen is None:
        return
    assert seen and all(s["valid"] for s in seen), seen
    named = [v["uid"] for v in forged.payload["record"]["visitors"]]
    uids = [s["uid"] for s in seen]
    if forged.kind == "wrong signer":
        assert uids != named and pki.user_id(scene.keys["Łukasz Nowak"].cert) in uids
    elif forged.kind == "same signer twice":
        assert len(set(uids)) == 1 < len(uids)
    elif forged.kind == "times moved":
        now = dt.datetime.now(dt.UTC)
        certs = {pki.user_id(k.cert): k.cert for k in scene.keys.values()}
        assert any(s["at"] > now + verdicts.CLOCK_SKEW
                   or not certs[s["uid"]].not_valid_before_utc <= s["at"] <= certs[s["uid"]].not_valid_after_utc
                   for s in seen), seen
