"""The command line, as automation and a co-ordinator's terminal would use it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from icvapp import __version__
from icvapp.cli.main import run_command as main
from tests.conftest import PASSPHRASE


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "cli-profile"
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(data))
    return data


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"icvapp {__version__}"


def test_demo_then_list_and_export(env, capsys, tmp_path):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Demo scheme ready:" in out and "passphrase" in out
    assert main(["visits", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split()[:4] == ["ID", "Date", "Custody", "suite"]  # the kind's noun for its places
    assert len(listing) > 150 and any("draft" in line for line in listing)  # a year and more: three places weekly
    for state in ("superseded", "unsigned", "sealed", "history", "abandoned"):
        assert any(state in line for line in listing), state
    assert main(["visits", "list", "--suite", "Keyham Lane", "--status", "sealed"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows and all("Keyham Lane" in r for r in rows)
    assert main(["visits", "list", "--place", "Keyham Lane", "--status", "sealed"]) == 0  # --suite is its old name
    assert capsys.readouterr().out.splitlines()[1:] == rows
    assert main(["visits", "list", "--place", "Kennels"]) == 1
    assert "There is no place called 'Kennels'." in capsys.readouterr().err
    pdf = tmp_path / "report.pdf"
    assert main(["visits", "export", "2", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_demo_refuses_a_profile_that_already_has_visits(env, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 1
    assert "already holds visits" in capsys.readouterr().err


def test_data_dir_flag_beats_the_environment(env, tmp_path, capsys):
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "init", "--name", "Other scheme"]) == 0
    assert (other / "icvapp.db").exists() and not env.exists()


def test_wrong_passphrase_is_a_plain_error(env, monkeypatch, capsys):
    assert main(["demo"]) == 0
    monkeypatch.setenv("ICVAPP_PASSPHRASE", "not the passphrase")
    assert main(["visits", "list"]) == 1
    err = capsys.readouterr().err
    assert "not the one that protects this profile" in err and "Traceback" not in err


def test_missing_profile_and_unknown_visit(env, capsys, tmp_path):
    assert main(["visits", "list"]) == 1
    assert "no icvapp profile" in capsys.readouterr().err
    main(["demo"])
    assert main(["visits", "export", "999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no visit number 999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_cli_imports_no_widgets(env):
    code = ("import sys; from icvapp.cli.main import run_command as main; main(['demo']); main(['visits', 'list']); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'icvapp.ui'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_verify_gives_exit_status_0_only_for_a_valid_file(env, capsys, tmp_path):
    assert main(["demo"]) == 0
    pdf, root, sub = tmp_path / "signed.pdf", tmp_path / "root.pem", tmp_path / "visit.icvsub"
    capsys.readouterr()
    assert main(["visits", "list", "--status", "sealed"]) == 0
    sealed = capsys.readouterr().out.splitlines()[1].split()[0]
    assert main(["visits", "export", sealed, "--out", str(pdf)]) == 0
    assert main(["scheme", "root-cert", "--out", str(root)]) == 0
    capsys.readouterr()
    assert main(["verify", str(pdf)]) == 0
    assert capsys.readouterr().out.startswith("Valid: signed by the scheme's volunteers")
    assert main(["verify", "--root", str(root), str(pdf)]) == 0  # anyone with the root certificate
    capsys.readouterr()
    data = pdf.read_bytes()
    i = data.index(b"Custody visit report")
    pdf.write_bytes(data[:i] + b"X" + data[i + 1:])
    assert main(["verify", str(pdf)]) == 1
    assert capsys.readouterr().out.startswith("Altered after signing")
    assert main(["submit", sealed, "--out", str(sub)]) == 0
    assert main(["verify", str(sub)]) == 0
    capsys.readouterr()
    assert main(["import", str(sub)]) == 1  # the office already holds it
    assert "already been imported" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0


def test_enrolment_by_files_from_the_command_line(env, capsys, tmp_path, monkeypatch):
    from icvapp.demo.create import DEMO_ROOT_PIN

    assert main(["demo"]) == 0
    monkeypatch.setenv("ICVAPP_ROOT_PIN", DEMO_ROOT_PIN)
    scheme = tmp_path / "scheme.json"
    assert main(["scheme", "export", "--out", str(scheme)]) == 0
    laptop = ["--data-dir", str(tmp_path / "laptop")]
    assert main([*laptop, "init", "--name", "My laptop"]) == 0
    assert main([*laptop, "scheme", "join", str(scheme)]) == 0
    monkeypatch.setenv("ICVAPP_PIN", "my-new-pin")
    request, reply = tmp_path / "request.json", tmp_path / "cert.json"
    assert main([*laptop, "signing", "request", "--volunteer", "Hannah Kowalski", "--out", str(request)]) == 0
    assert main(["signing", "issue", str(request), "--out", str(reply)]) == 0
    assert main([*laptop, "signing", "import", str(reply)]) == 0
    capsys.readouterr()
    assert main([*laptop, "signing", "status"]) == 0
    status = {line[:28].strip(): line[28:].strip() for line in capsys.readouterr().out.splitlines()}
    assert status["Hannah Kowalski"] == "ready" and status["Amrit Sandhu"] == "none"
    monkeypatch.setenv("ICVAPP_ROOT_PIN", "wrong root pin")
    assert main(["signing", "issue", str(request), "--out", str(reply)]) == 1
    assert "PIN does not unlock the scheme root key" in capsys.readouterr().err


def test_backup_and_restore_from_the_command_line(env, capsys, tmp_path, monkeypatch):
    assert main(["init", "--name", "Scheme"]) == 0
    out = capsys.readouterr().out
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 6)
    backup = tmp_path / "scheme.icvbackup"
    assert main(["backup", "--out", str(backup)]) == 0
    monkeypatch.setenv("ICVAPP_RECOVERY_KEY", recovery)
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "restore", str(backup)]) == 0
    assert "Restored into" in capsys.readouterr().out
    assert main(["restore", str(backup)]) == 1  # never over an existing profile unless asked
    assert "already holds a profile" in capsys.readouterr().err
    monkeypatch.setenv("ICVAPP_NEW_PASSPHRASE", "another fine passphrase")
    assert main(["security", "change-passphrase"]) == 0
    monkeypatch.setenv("ICVAPP_PASSPHRASE", "another fine passphrase")
    assert main(["security", "rotate-key"]) == 0
    assert main(["visits", "list"]) == 0
