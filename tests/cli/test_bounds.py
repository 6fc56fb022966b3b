"""The command line takes nothing without bounds: endless or oversized input, device targets, numbers out
of range, absurdly nested submissions and key descriptions it cannot trust all end in a plain message,
never a traceback and never a hang."""

from __future__ import annotations

import json
import os
import resource
import stat

import pytest

from icvapp.cli.main import run_command as main
from tests.conftest import PASSPHRASE


@pytest.fixture
def office(demo_ctx, monkeypatch):
    """The demo scheme office's profile, on the command line."""
    monkeypatch.setenv("ICVAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(demo_ctx.data_dir))
    return demo_ctx


@pytest.fixture
def memory_cap():
    """A safety net: were a reader to regress to reading /dev/zero whole, the test fails with
    MemoryError instead of exhausting the machine."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/status") as fh:
        used = next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmSize"))
    cap = used + 2 * 2**30
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def plain(capsys) -> str:
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text, text
    return text


# --------------------------------------------------------------------------- endless and oversized input


@pytest.mark.timeout(60)
@pytest.mark.parametrize("argv", [
    ["verify", "/dev/zero"],
    ["import", "/dev/zero"],
    ["import-csv", "/dev/zero"],
    ["scheme", "join", "/dev/zero"],
    ["signing", "import", "/dev/zero"],
    ["signing", "issue", "/dev/zero", "--out", "{tmp}/cert.json"],
], ids=lambda a: " ".join(a[:2]))
def test_dev_zero_is_refused_by_every_command_that_reads_a_file(office, capsys, memory_cap, tmp_path, argv):
    assert main([a.format(tmp=tmp_path) for a in argv]) == 1
    assert "/dev/zero is a device, not a file icvapp can read" in plain(capsys)


@pytest.mark.timeout(60)
def test_a_root_certificate_that_is_a_device_is_refused(capsys, memory_cap, tmp_path):
    assert main(["verify", "--root", "/dev/zero", str(tmp_path / "report.pdf")]) == 1
    assert "/dev/zero is a device" in plain(capsys)


@pytest.mark.timeout(60)
def test_a_pipe_is_refused_without_waiting_for_a_writer(office, capsys, tmp_path):
    pipe = tmp_path / "visits.csv"
    os.mkfifo(pipe)
    assert main(["import-csv", str(pipe)]) == 1
    assert "is a pipe, not a file icvapp can read" in plain(capsys)


@pytest.mark.parametrize("name, argv, words", [
    ("report.pdf", ["verify"], "a signed report or submission file can be at most 20 MB"),
    ("visit.icvsub", ["import"], "a submission file can be at most 20 MB"),
    ("history.csv", ["import-csv"], "a history file can be at most 50 MB"),
    ("scheme.json", ["scheme", "join"], "a scheme, request or certificate file can be at most 2 MB"),
])
def test_an_oversized_file_is_refused_by_its_size(office, capsys, tmp_path, name, argv, words):
    path = tmp_path / name
    with path.open("wb") as fh:
        fh.truncate(4 * 2**30)  # sparse
    assert main([*argv, str(path)]) == 1
    assert words in plain(capsys)


# --------------------------------------------------------------------------- output targets


@pytest.mark.timeout(60)
@pytest.mark.parametrize("argv", [["visits", "export", "2"], ["scheme", "root-cert"]], ids=lambda a: " ".join(a[:2]))
def test_an_output_that_is_not_an_ordinary_file_is_refused_and_kept(office, capsys, tmp_path, argv):
    pipe = tmp_path / "out.pdf"
    os.mkfifo(pipe)
    assert main([*argv, "--out", str(pipe)]) == 1
    text = plain(capsys)
    assert "is a pipe, not an ordinary file, so icvapp will not write to it" in text and "Wrote" not in text
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


# --------------------------------------------------------------------------- numbers and dates in range


@pytest.mark.parametrize("argv, words", [
    (["visits", "list", "--fy", "99999"], "99999 is not a financial year icvapp knows"),
    (["visits", "list", "--fy", "-5"], "-5 is not a financial year icvapp knows"),
    (["visits", "list", "--fy", "twenty"], "'twenty' is not a whole number"),
    (["report", "quarterly", "--fy", "99999", "--quarter", "1", "--out", "q.pdf"], "not a financial year"),
    (["report", "annual", "--fy", "0", "--out", "a.pdf"], "0 is not a financial year"),
    (["report", "summary", "--from", "0001-01-01", "--to", "2026-01-01", "--out", "s.pdf"],
     "0001-01-01 is outside the years icvapp knows"),
    (["report", "summary", "--from", "2026-02-30", "--to", "2026-03-01", "--out", "s.pdf"],
     "'2026-02-30' is not a date written YYYY-MM-DD"),
    (["visits", "export", "99999999999999999999999", "--out", "v.pdf"], "is not a visit number"),
    (["visits", "export", "0", "--out", "v.pdf"], "0 is not a visit number"),
    (["submit", "-3", "--out", "v.icvsub"], "-3 is not a visit number"),
    (["retention", "set", "--months", "99999999"], "99999999 is not a retention period"),
    (["retention", "set", "--months", "-1"], "-1 is not a retention period"),
    (["retention", "purge", "--before", "9999-12-31"], "outside the years icvapp knows"),
])
def test_values_out_of_range_are_refused_plainly(capsys, argv, words):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert words in plain(capsys)


def test_values_in_range_still_work(office, capsys):
    assert main(["visits", "list", "--fy", "2026", "--quarter", "2"]) == 0
    assert len(plain(capsys).splitlines()) > 1


# --------------------------------------------------------------------------- nested JSON


@pytest.mark.timeout(120)
@pytest.mark.parametrize("payload", [b"[" * 200_000 + b"]" * 200_000, b'{"format":' * 100_000 + b"1" + b"}" * 100_000])
def test_a_deeply_nested_submission_is_refused_by_verify_and_import(office, capsys, tmp_path, payload):
    from icvapp.sealing.submission import encrypt_for
    from icvapp.trust.enrolment import require_trust

    path = tmp_path / "deep.icvsub"
    path.write_bytes(encrypt_for(require_trust(office.db), payload))
    assert main(["verify", str(path)]) == 1
    assert "damaged: its contents are not readable" in plain(capsys)
    assert main(["import", str(path)]) == 1
    assert "REFUSED" in plain(capsys)


@pytest.mark.timeout(60)
def test_a_deeply_nested_scheme_file_is_refused(office, capsys, tmp_path):
    path = tmp_path / "scheme.json"
    path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    assert main(["scheme", "join", str(path)]) == 1
    assert "not readable" in plain(capsys)


# --------------------------------------------------------------------------- the key description


def _edit_keyinfo(ctx, **changes) -> None:
    path = ctx.data_dir / "keyinfo.json"
    info = json.loads(path.read_text())
    info.update(changes)
    path.write_text(json.dumps(info))


def test_a_key_description_with_an_unknown_entry_is_read_as_damaged(office, capsys):
    # Version 2 is this icvapp's own format; no icvapp writes a "colour" into it, so the file was damaged.
    _edit_keyinfo(office, colour="blue")
    assert main(["visits", "list"]) == 1
    text = plain(capsys)
    assert "keyinfo.json is damaged (entries icvapp never writes: colour)" in text
    assert "Restore it from a backup" in text


def test_a_key_description_from_a_newer_icvapp_says_so(office, capsys):
    _edit_keyinfo(office, version=3, colour="blue")
    assert main(["visits", "list"]) == 1
    text = plain(capsys)
    assert "written by a newer version of icvapp (key format 3" in text and "Install the newer icvapp" in text


@pytest.mark.parametrize("changes", [{"kdf": "fast"}, {"salt": "not hex"}, {"method": "post-it note"},
                                     {"kdf": {"iterations": 3}}, {"version": "2"}])
def test_a_key_description_with_wrong_values_is_read_as_damaged(office, capsys, changes):
    _edit_keyinfo(office, **changes)
    assert main(["visits", "list"]) == 1
    assert "keyinfo.json is damaged" in plain(capsys)
