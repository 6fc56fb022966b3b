"""Thousands of malformed inputs at the submission importer and the verifier (the CSV importer
is fuzzed in tests/test_history_import.py): no crash, no partial write, a plain reason each time.

``ICVAPP_LONG_TESTS=1`` runs ten times as many cases.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from icvapp.errors import UserFacingError
from icvapp.trust.verdict import verify_pdf_bytes
from icvapp.visits.store import count_visits

LONG = bool(os.environ.get("ICVAPP_LONG_TESTS"))
CASES = 3000 if LONG else 300
FUZZ = settings(max_examples=CASES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
COUNTS: dict[str, int] = {}


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office profile, and one sealed visit from a laptop as a submission file and a signed PDF."""
    from tests.conftest import PASSPHRASE
    from tests.robustness.test_crash import make_office, make_submissions

    base = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        ctx = make_office(base / "office")
        make_submissions(ctx, base / "inbox", base, 1)
    from icvapp.sealing.submission import decrypt, inbox_key_of
    from icvapp.trust.enrolment import require_trust

    data = (base / "inbox" / "visit-000.icvsub").read_bytes()
    trust, key = require_trust(ctx.db), inbox_key_of(ctx.db)
    payload = json.loads(decrypt(data, trust, key))
    import base64

    pdf = base64.b64decode(payload["signed_pdf"])
    yield Office((ctx, data, payload, pdf, trust, key))
    ctx.close()
    assert PASSPHRASE


class Office(tuple):
    """The fixture's parts, with a short repr so hypothesis can report a failing case readably."""

    def __repr__(self) -> str:
        return "Office(...)"


def mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    """Flip, insert or delete bytes at positions chosen by hypothesis."""
    b = bytearray(data)
    for kind, where, value in edits:
        if not b:
            break
        i = where % len(b)
        if kind == 0:
            b[i] ^= (value % 255) + 1
        elif kind == 1:
            b[i:i] = bytes([value % 256])
        else:
            del b[i:i + 1 + value % 64]
    return bytes(b)


edits = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2**31), st.integers(0, 2**16)), min_size=1, max_size=6)


def _import_refused_or_whole(office, data: bytes) -> None:
    from icvapp.sealing.signoff import check_stored_visit
    from icvapp.sealing.submission import import_submission

    ctx, trust, key = office[0], office[4], office[5]
    before = count_visits(ctx.db)
    try:
        vid = import_submission(ctx, data, trust=trust, inbox_key=key)
    except UserFacingError as exc:
        assert exc.message and "\n" not in exc.message  # a plain one-line reason
        assert count_visits(ctx.db) == before  # nothing half-imported
        return
    # A change that decrypts to the very same signed contents is simply the visit: whole and valid.
    assert count_visits(ctx.db) == before + 1 and check_stored_visit(ctx.db, vid).ok


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_plainly(office, blob):
    COUNTS["submission: random bytes"] = COUNTS.get("submission: random bytes", 0) + 1
    _import_refused_or_whole(office, blob)


@FUZZ
@given(edits)
def test_damaged_submission_files_are_refused_plainly(office, changes):
    COUNTS["submission: damaged file"] = COUNTS.get("submission: damaged file", 0) + 1
    _import_refused_or_whole(office, mutate(office[1], changes))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                       max_size=3), max_leaves=8)


@FUZZ
@given(st.data())
def test_forged_contents_re_encrypted_to_the_inbox_are_refused(office, data):
    """Anyone holding the public inbox certificate can re-encrypt: the signatures must catch every change."""
    from icvapp.sealing.submission import encrypt_for

    ctx, _, payload, _, trust, key = office
    forged = json.loads(json.dumps(payload))
    target = forged["record"]
    path = []
    for _ in range(data.draw(st.integers(1, 3))):
        if not isinstance(target, (dict, list)) or not target:
            break
        key = data.draw(st.sampled_from(sorted(target) if isinstance(target, dict) else list(range(len(target)))))
        path.append(key)
        if isinstance(target[key], (dict, list)) and data.draw(st.booleans()):
            target = target[key]
            continue
        action = data.draw(st.sampled_from(["replace", "delete"]))
        if action == "delete" and isinstance(target, dict):
            del target[key]
        else:
            target[key] = data.draw(json_values)
        break
    COUNTS["submission: forged contents"] = COUNTS.get("submission: forged contents", 0) + 1
    blob = encrypt_for(trust, json.dumps(forged).encode())
    before = count_visits(ctx.db)
    if forged == payload:
        return
    from icvapp.sealing.submission import import_submission

    with pytest.raises(UserFacingError):
        import_submission(ctx, blob, trust=trust, inbox_key=key)
    assert count_visits(ctx.db) == before


@FUZZ
@given(edits)
def test_the_verifier_gives_a_verdict_for_any_damaged_pdf(office, changes):
    _, _, _, pdf, trust, _ = office
    COUNTS["verifier: damaged PDF"] = COUNTS.get("verifier: damaged PDF", 0) + 1
    damaged = mutate(pdf, changes)
    verdict = verify_pdf_bytes(damaged, trust)
    assert verdict.status in {"valid", "untrusted", "certificate", "altered", "unsigned", "damaged"}
    assert verdict.headline
    if damaged != pdf and verdict.ok:
        # Only bytes no signature covers may change without notice: the zero padding after a
        # signature value inside /Contents (each /ByteRange's gap), or bytes after the final %%EOF.
        assert len(damaged) == len(pdf) or damaged.startswith(pdf[: pdf.rindex(b"%%EOF")])
        if len(damaged) == len(pdf):
            import re

            gaps = [(int(a) + int(b), int(c)) for a, b, c, _d in
                    re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)]
            changed = [i for i, (x, y) in enumerate(zip(damaged, pdf, strict=True)) if x != y]
            assert all(any(lo < i < hi for lo, hi in gaps) for i in changed), changed
