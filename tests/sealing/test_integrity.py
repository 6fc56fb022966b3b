"""Tampering by someone who holds the key is caught.

An insider can open the database, drop its guards and change a sealed visit, leaving the audit
chain untouched. The visitors' signatures cannot be made to agree again, so `icvapp audit verify`
re-checks every sealed visit and names the first that no longer matches. Where the log stood
leaves the computer in backups and signed Board reports, so a log cut or rewritten afterwards
disagrees with what was sent.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import zipfile

from icvapp.cli.main import run_command
from icvapp.i18n import translator
from icvapp.profile.backup import make_backup
from icvapp.sealing.integrity import check_sealed_visits
from icvapp.storage import audit
from tests.conftest import PASSPHRASE
from tests.helpers import seal


def _as_insider(ctx, sql: str) -> None:
    """What someone with the key and a SQL shell can do: drop every guard, then edit."""
    with ctx.db.engine.begin() as conn:
        for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").all():
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        conn.exec_driver_sql(sql)


def test_a_sealed_visit_changed_by_an_insider_is_named(signed_ctx):
    first, second = seal(signed_ctx), seal(signed_ctx)
    assert check_sealed_visits(signed_ctx.db).ok
    _as_insider(signed_ctx, f"UPDATE stage_count SET total = total + 1 "
                            f"WHERE visit_id = {second} AND stage = 'in_custody'")
    report = check_sealed_visits(signed_ctx.db)
    assert report.checked == 2 and [m.visit_id for m in report.mismatches] == [second]
    assert "no longer match the sealed record" in str(report.mismatches[0])
    assert first not in [m.visit_id for m in report.mismatches]
    welsh = report.mismatches[0].in_language(translator("cy"))
    assert welsh.startswith(f"ymweliad {second} (") and "nid yw rhesi'r ymweliad yn cyfateb" in welsh, welsh


def test_audit_verify_fails_on_a_tampered_sealed_visit_even_with_the_chain_intact(signed_ctx, capsys, monkeypatch):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    visit = seal(signed_ctx)
    argv = ["--data-dir", str(signed_ctx.data_dir), "audit", "verify"]
    assert run_command(argv) == 0
    assert "Sealed visits intact: 1 checked" in capsys.readouterr().out
    _as_insider(signed_ctx, f"UPDATE conversation SET notes = 'rewritten' WHERE visit_id = {visit}")
    assert run_command(argv) == 1
    out = capsys.readouterr().out
    assert "Audit log intact" in out  # the insider left the chain alone…
    assert "Sealed visits ALTERED: 1 of 1" in out and f"visit {visit}" in out  # …and is caught all the same


def test_a_backup_carries_where_the_audit_log_stood(signed_ctx, tmp_path):
    seal(signed_ctx)
    make_backup(signed_ctx, tmp_path / "b.icvbackup")
    manifest = json.loads(zipfile.ZipFile(tmp_path / "b.icvbackup").read("manifest.json"))
    with signed_ctx.db.session() as s:
        now = audit.head(s)
    assert manifest["audit_head"] == now.as_dict() and now.entries > 0  # the backup's own entry is the head


def test_the_head_names_the_newest_entry_and_the_count(ctx):
    with ctx.db.session() as s:
        assert audit.head(s) == audit.AuditHead(0, audit.GENESIS)
        audit.append(s, audit.EXPORTED, actor="test")
        entry = audit.append(s, audit.EXPORTED, actor="test")
        assert audit.head(s) == audit.AuditHead(2, entry.hash)


def test_a_signed_board_report_prints_where_the_log_stood(demo_ctx, tmp_path):
    from sqlalchemy import select

    from icvapp.reports.board_pdf import export_board_pdf
    from icvapp.scheme.periods import recent_quarters
    from icvapp.storage.model import Volunteer
    from icvapp.trust.enrolment import unlock_signer

    with demo_ctx.db.session() as s:
        jo = s.scalars(select(Volunteer.id).where(Volunteer.is_coordinator.is_(True))).first()
        before = audit.head(s)
    period = recent_quarters(dt.date.today(), 2)[1]  # last quarter: the demo has a year and more
    out = export_board_pdf(demo_ctx, period, tmp_path / "board.pdf", signer=unlock_signer(demo_ctx.db, jo, "demo-pin"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert f"audit log stood at {before.entries} entries" in " ".join(text.split())
