"""The demo's keys: sealed at the demo's low Argon2id cost because their PINs are published, the cost read
from each sealed key; every other key keeps the production cost, and nothing but the demo can ask for less."""

from __future__ import annotations

import ast
import struct
from pathlib import Path

import pytest
from sqlalchemy import select

from icvapp.demo.create import DEMO_PIN, DEMO_ROOT_PIN
from icvapp.storage.model import SchemeAuthority, SigningKey, Volunteer
from icvapp.trust import pki
from icvapp.trust.enrolment import set_up_scheme_root, unlock_authority, unlock_signer
from icvapp.trust.enrolment_files import enrol_here
from icvapp.trust.signing_keys import reset_signing_pin

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_BOX_KDF = (3, 4, 64 * 1024)


def cost(box: bytes) -> tuple[int, int, int]:
    """The Argon2id parameters a sealed box carries (magic, then three big-endian ints)."""
    n = len(pki.BOX_MAGIC)
    return struct.unpack(">III", box[n:n + 12])


def test_the_published_pins_are_the_demos_own():
    assert pki.PUBLISHED_DEMO_PINS == {DEMO_PIN, DEMO_ROOT_PIN}


def test_production_box_cost_is_unchanged():
    assert pki.BOX_KDF == PRODUCTION_BOX_KDF or pki.BOX_KDF == (1, 1, 1024)  # the suite's quick cost
    assert pki.DEMO_KDF != PRODUCTION_BOX_KDF


def test_demo_keys_carry_the_demo_cost_and_unlock_with_it(demo_ctx):
    db = demo_ctx.db
    with db.session() as s:
        root_box = s.scalars(select(SchemeAuthority.root_key)).one()
        keys = s.execute(select(SigningKey.volunteer_id, SigningKey.sealed_key)).all()
    assert cost(root_box) == pki.DEMO_KDF
    assert keys and all(cost(box) == pki.DEMO_KDF for _vid, box in keys)
    assert unlock_authority(db, DEMO_ROOT_PIN).cert is not None
    signer = unlock_signer(db, keys[0][0], DEMO_PIN)
    assert signer.volunteer_id == keys[0][0]
    with pytest.raises(pki.WrongPin):
        unlock_signer(db, keys[0][0], "not-the-demo-pin")


def test_a_demo_key_given_a_new_pin_gets_the_production_cost(ctx, monkeypatch):
    set_up_scheme_root(ctx.db, DEMO_ROOT_PIN, kdf=pki.DEMO_KDF)
    with ctx.db.session() as s:
        vid = s.scalars(select(Volunteer.id)).first()
    enrol_here(ctx.db, vid, DEMO_PIN, DEMO_ROOT_PIN, kdf=pki.DEMO_KDF)
    monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", PRODUCTION_BOX_KDF)
    assert ctx.new_recovery_key
    reset_signing_pin(ctx, vid, ctx.new_recovery_key, "a-new-private-pin")
    with ctx.db.session() as s:
        box = s.scalars(select(SigningKey.sealed_key).where(SigningKey.volunteer_id == vid)
                        .order_by(SigningKey.id.desc())).first()
    assert cost(box) == PRODUCTION_BOX_KDF
    assert unlock_signer(ctx.db, vid, "a-new-private-pin").volunteer_id == vid


@pytest.mark.strong_kdf
def test_a_real_profiles_keys_keep_the_production_cost(ctx):
    set_up_scheme_root(ctx.db, "office root 2026")
    with ctx.db.session() as s:
        vid = s.scalars(select(Volunteer.id)).first()
    enrol_here(ctx.db, vid, "amrit-pin", "office root 2026")
    with ctx.db.session() as s:
        assert cost(s.scalars(select(SchemeAuthority.root_key)).one()) == PRODUCTION_BOX_KDF
        assert cost(s.scalars(select(SigningKey.sealed_key)).one()) == PRODUCTION_BOX_KDF
    assert unlock_signer(ctx.db, vid, "amrit-pin").volunteer_id == vid


@pytest.mark.parametrize("pin", ["a-real-pin", "demo-pin-2", "office root 2026"])
def test_only_a_published_demo_pin_may_be_sealed_cheaply(pin, monkeypatch):
    monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", PRODUCTION_BOX_KDF)
    with pytest.raises(ValueError):
        pki.seal_box(b"secret", pin, pki.DEMO_KDF)


@pytest.mark.parametrize("params", [(1, 1, 1024), (2, 1, 2 * 1024), (1, 1, 2 * 1024 - 1), (1, 1, 8 * 1024)])
def test_no_other_low_cost_can_be_asked_for_even_with_a_demo_pin(params, monkeypatch):
    monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", PRODUCTION_BOX_KDF)
    with pytest.raises(ValueError):
        pki.seal_box(b"secret", DEMO_PIN, params)


def test_a_demo_box_opens_with_the_cost_it_carries():
    box = pki.seal_box(b"secret", DEMO_PIN, pki.DEMO_KDF)
    assert cost(box) == pki.DEMO_KDF
    assert pki.open_box(box, DEMO_PIN) == b"secret"


def test_nothing_but_the_demo_names_the_demo_cost():
    """The window and the command line cannot choose the demo's cost for a real profile: they never name it."""
    allowed = {ROOT / "icvapp" / "trust" / "pki.py", ROOT / "icvapp" / "demo" / "create.py"}
    naming = []
    for base in (ROOT / "icvapp", ROOT / "ui"):
        for path in base.rglob("*.py"):
            if path in allowed:
                continue
            tree = ast.parse(path.read_text("utf-8"))
            if any(isinstance(node, (ast.Name, ast.Attribute)) and "DEMO_KDF" in {getattr(node, "id", None),
                                                                               getattr(node, "attr", None)}
                   for node in ast.walk(tree)) or "PUBLISHED_DEMO_PINS" in path.read_text("utf-8"):
                naming.append(str(path.relative_to(ROOT)))
    assert naming == []
