"""The office keeps where each laptop's audit log stood and flags a log cut short or rewritten since.

The insider here holds the laptop's key: they drop the log's guards, cut or rewrite entries and
re-chain the rest, so the laptop's own ``audit verify`` passes. What already reached the office
does not change, and the next submission cannot agree with it.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from icvapp.sealing import laptop_logs
from icvapp.sealing.submission import (
    decrypt,
    encrypt_for,
    export_submission,
    import_files,
    inbox_key_of,
    submission_payload,
)
from icvapp.storage import audit
from icvapp.storage.encoding import canonical_json
from icvapp.storage.model import LaptopLog
from icvapp.trust.enrolment import require_trust
from tests.helpers import seal
from tests.sealing.test_submission import laptop  # noqa: F401  (the fixture)

GUARDS = ("audit_event_append_only_update", "audit_event_append_only_delete",
          "audit_event_append_only_replace", "audit_event_append_only_order")


def send(laptop, tmp_path, name: str, **changes):  # noqa: F811
    vid = seal(laptop, **changes)
    return export_submission(laptop, vid, tmp_path / f"{name}.icvsub")


def receive(office, path):
    [result] = import_files(office, [path])
    assert result.ok, result.message
    return result


def drop_guards(ctx) -> None:
    with ctx.db.engine.begin() as conn:
        for name in GUARDS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def cut_log(ctx, keep: int) -> None:
    """Delete every entry after ``keep``, as an insider covering their tracks would."""
    drop_guards(ctx)
    with ctx.db.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM audit_event WHERE id > {keep}")


def rewrite_log(ctx, entry_id: int) -> None:
    """Change one entry and re-chain every entry after it, so the chain verifies again."""
    drop_guards(ctx)
    with ctx.db.engine.begin() as conn:
        rows = conn.exec_driver_sql("SELECT id, at, event, visit_uid, actor, detail FROM audit_event ORDER BY id").all()
        prev = audit.GENESIS
        for row in rows:
            detail = row.detail if row.id != entry_id else json.dumps({"rewritten": True})
            at = row.at if not isinstance(row.at, str) else dt.datetime.fromisoformat(row.at)
            h = audit.entry_hash(prev, at, row.event, row.visit_uid, row.actor, detail)
            conn.exec_driver_sql("UPDATE audit_event SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                                 (detail, prev, h, row.id))
            prev = h
    assert audit.verify_chain(ctx.db).ok  # the laptop itself cannot tell


def newest_entry(ctx) -> int:
    with ctx.db.session() as s:
        return audit.sending_state(s)["last_id"]


def test_an_untouched_laptop_raises_no_flag_and_each_point_is_kept(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    first = receive(office, send(laptop, tmp_path, "one"))
    second = receive(office, send(laptop, tmp_path, "two", visit_date=dt.date(2026, 11, 9)))
    assert first.warnings == [] and second.warnings == []
    with office.db.session() as s:
        points = s.scalars(select(LaptopLog).order_by(LaptopLog.last_id, LaptopLog.signer)).all()
        # One point per signing certificate (both visitors signed on this laptop), per submission.
        assert len(points) == 4 and len({p.signer for p in points}) == 2
        assert points[0].last_id == points[1].last_id < points[2].last_id == points[3].last_id
        assert laptop_logs.flagged(s) == []


@pytest.mark.parametrize("keep", [0, 1, "reached - 1"])
def test_a_log_cut_short_after_a_submission_is_flagged(signed_ctx, laptop, tmp_path, keep):  # noqa: F811
    office = signed_ctx
    first = send(laptop, tmp_path, "one")
    reached = newest_entry(laptop) - 1  # the file carried the log before its own "submitted" entry
    receive(office, first)
    vid = seal(laptop, visit_date=dt.date(2026, 11, 9))
    # The insider removes their tracks: all of the log, all but its first entry, or one entry too many.
    cut_log(laptop, keep=reached - 1 if keep == "reached - 1" else keep)
    assert audit.verify_chain(laptop.db).ok
    result = receive(office, export_submission(laptop, vid, tmp_path / "two.icvsub"))
    assert len(result.warnings) == 1 and "cut short" in result.warnings[0]
    assert f"reached entry {reached}" in result.warnings[0]
    assert "Warning: The sending laptop's audit log has been cut short" in result.message
    with office.db.session() as s:
        [event] = laptop_logs.flagged(s)
        assert json.loads(event.detail)["warnings"] == result.warnings
    assert audit.verify_chain(office.db).ok


def test_a_log_rewritten_and_rechained_is_flagged(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    receive(office, send(laptop, tmp_path, "one"))
    vid = seal(laptop, visit_date=dt.date(2026, 11, 9))
    rewrite_log(laptop, entry_id=3)
    result = receive(office, export_submission(laptop, vid, tmp_path / "two.icvsub"))
    assert len(result.warnings) == 1 and "rewritten" in result.warnings[0], result.warnings


def test_a_rewrite_after_the_last_point_the_office_saw_is_not_flagged(signed_ctx, laptop, tmp_path):  # noqa: F811
    """Entries the office never heard of can change unseen: the register vouches only for what left."""
    office = signed_ctx
    receive(office, send(laptop, tmp_path, "one"))
    vid = seal(laptop, visit_date=dt.date(2026, 11, 9))
    rewrite_log(laptop, entry_id=newest_entry(laptop))
    assert receive(office, export_submission(laptop, vid, tmp_path / "two.icvsub")).warnings == []


def reseal_file(office, laptop, path, change) -> bytes:  # noqa: F811
    """The file re-encrypted with its audit block changed (the block is not signed)."""
    trust = require_trust(laptop.db)
    payload = json.loads(decrypt(path.read_bytes(), trust, inbox_key_of(office.db)))
    change(payload)
    return encrypt_for(trust, canonical_json(payload))


@pytest.mark.parametrize("block", [
    None, "text", [], {}, {"last_id": 5, "hash": "0" * 64},  # no "sent"
    {"last_id": 5, "hash": "0" * 63, "sent": []},
    {"last_id": -1, "hash": "0" * 64, "sent": []},
    {"last_id": True, "hash": "0" * 64, "sent": []},
    {"last_id": 5, "hash": "G" * 64, "sent": []},
    {"last_id": 5, "hash": "0" * 64, "sent": [[1]]},
    {"last_id": 5, "hash": "0" * 64, "sent": [[1, "x"]]},
    {"last_id": 2**53, "hash": "0" * 64, "sent": []},
])
def test_a_missing_or_malformed_block_is_read_as_missing(block):
    assert laptop_logs.parse_state(block) is None


@pytest.mark.parametrize("points, ok", [(laptop_logs.MAX_POINTS - 1, True), (laptop_logs.MAX_POINTS, True),
                                        (laptop_logs.MAX_POINTS + 1, False)])
def test_the_points_a_file_may_carry_are_bounded(points, ok):
    block = {"last_id": points + 1, "hash": "b" * 64, "sent": [[n, "c" * 64] for n in range(points)]}
    assert (laptop_logs.parse_state(block) is not None) is ok


def test_a_well_formed_block_is_read_with_its_newest_point():
    state = laptop_logs.parse_state({"last_id": 0, "hash": "b" * 64, "sent": [[0, "c" * 64]]})
    assert state.points == {0: "b" * 64}  # the newest entry is what the file says now


def test_the_register_compares_every_point_at_below_and_above(signed_ctx):
    """Points the office saw at, below and above the newest entry the file names."""
    office = signed_ctx
    a, b = "a" * 64, "b" * 64
    with office.db.session() as s:
        for last_id in (10, 20):
            s.add(LaptopLog(signer="f" * 64, last_id=last_id, hash=a, visit_uid="u" * 36,
                            seen_at=dt.datetime(2026, 11, 1)))
    cases = [
        ({"last_id": 20, "hash": a, "sent": [[10, a]]}, []),
        ({"last_id": 21, "hash": b, "sent": [[10, a], [20, a]]}, []),
        ({"last_id": 19, "hash": a, "sent": [[10, a]]}, ["cut short"]),
        ({"last_id": 20, "hash": b, "sent": [[10, a]]}, ["rewritten"]),
        ({"last_id": 21, "hash": b, "sent": [[10, a]]}, ["no longer records"]),
        ({"last_id": 21, "hash": b, "sent": [[10, b], [20, a]]}, ["rewritten"]),
    ]
    for block, expected in cases:
        with office.db.session() as s:
            state = laptop_logs.parse_state(block)
            found = laptop_logs.disagreements(s, "f" * 64, state)
        assert [next((w for w in expected if w in f), f) for f in found] == expected, (block, found)


def test_a_file_whose_block_was_stripped_is_imported_with_a_warning(signed_ctx, laptop, tmp_path):  # noqa: F811
    office = signed_ctx
    path = send(laptop, tmp_path, "one")
    stripped = tmp_path / "stripped.icvsub"
    stripped.write_bytes(reseal_file(office, laptop, path, lambda p: p.pop("audit")))
    result = receive(office, stripped)
    assert len(result.warnings) == 1 and "does not say" in result.warnings[0]


def test_the_file_carries_the_log_and_the_laptop_remembers_what_it_sent(laptop, tmp_path):  # noqa: F811
    vid = seal(laptop)
    before = json.loads(submission_payload(laptop.db, vid))["audit"]
    export_submission(laptop, vid, tmp_path / "one.icvsub")
    with laptop.db.session() as s:
        after = audit.sending_state(s)
    assert after["sent"] == [[before["last_id"], before["hash"]]]
    assert after["last_id"] == before["last_id"] + 1


def test_audit_verify_fails_on_the_office_while_a_laptop_log_is_flagged(signed_ctx, laptop, tmp_path,  # noqa: F811
                                                                         monkeypatch, capsys):
    from icvapp.cli.main import run_command  # deferred: the command line, for this test only
    from tests.conftest import PASSPHRASE
    office = signed_ctx
    receive(office, send(laptop, tmp_path, "one"))
    vid = seal(laptop, visit_date=dt.date(2026, 11, 9))
    cut_log(laptop, keep=1)
    receive(office, export_submission(laptop, vid, tmp_path / "two.icvsub"))
    office.close()
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    assert run_command(["--data-dir", str(office.data_dir), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "Audit log intact" in out and "Laptops' audit logs: 1 warning(s)" in out and "cut short" in out


def test_a_laptop_log_warning_reads_in_welsh_for_a_welsh_reader(signed_ctx, laptop, tmp_path):  # noqa: F811
    from icvapp.i18n import localized

    office = signed_ctx
    path = send(laptop, tmp_path, "one")
    stripped = tmp_path / "stripped.icvsub"
    stripped.write_bytes(reseal_file(office, laptop, path, lambda p: p.pop("audit")))
    result = receive(office, stripped)
    [warning] = result.warnings
    assert warning.startswith("The file does not say where the sending laptop's audit log stood")
    assert localized(warning, "cy").startswith("Nid yw'r ffeil yn dweud ble'r oedd log archwilio'r gliniadur")
    assert "Rhybudd: Nid yw'r ffeil yn dweud" in localized(result.message, "cy")  # the import result, as shown
