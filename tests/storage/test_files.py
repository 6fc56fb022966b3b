"""Bounded input and safe output: devices, pipes and oversized files are refused before a byte is read,
JSON nested absurdly deep is refused before it is parsed, and no write replaces a device with a file."""

from __future__ import annotations

import json
import os
import stat
import time

import pytest

from icvapp.errors import InvalidInput, StorageFault
from icvapp.storage.atomic import write_atomic
from icvapp.storage.files import MAX_JSON_DEPTH, json_depth, parse_json, read_bounded, size_text


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


# --------------------------------------------------------------------------- reading


def test_an_ordinary_file_within_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n" * 100)
    assert read_bounded(path, 900, "a report") == b"%PDF-1.7\n" * 100


@pytest.mark.parametrize("target, words", [("/dev/zero", "is a device"), ("/dev/null", "is a device")])
def test_a_device_is_refused_before_it_is_read(target, words):
    with pytest.raises(InvalidInput, match=words) as refused:
        read_bounded(target, 1024, "a report")
    assert "Choose a report saved on disk" in refused.value.hint


@pytest.mark.timeout(10)
def test_a_pipe_is_refused_without_waiting_for_a_writer(fifo):
    with pytest.raises(InvalidInput, match="is a pipe"):
        read_bounded(fifo, 1024, "a history file")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(InvalidInput, match="is a folder"):
        read_bounded(tmp_path, 1024, "a history file")


def test_a_file_over_the_limit_is_refused_by_its_size_alone(tmp_path):
    path = tmp_path / "huge.icvsub"
    with path.open("wb") as fh:
        fh.truncate(10 * 2**30)  # sparse: 10 GB that would take minutes to read
    started = time.monotonic()
    with pytest.raises(InvalidInput, match=r"huge.icvsub is 10240 MB; a submission file can be at most 20 MB") as e:
        read_bounded(path, 20 * 2**20, "a submission file", hint="Ask for the file again.")
    assert time.monotonic() - started < 1 and e.value.hint == "Ask for the file again."


@pytest.mark.parametrize(("size", "shown"), [
    (20 * 2**20, None),                  # at the limit: read
    (20 * 2**20 + 1, "21 MB"),           # one byte over never reads as the limit itself
    (21 * 2**20, "21 MB"),
    (21 * 2**20 + 1, "22 MB"),
])
def test_a_file_over_the_limit_is_never_shown_smaller_than_it_is(tmp_path, size, shown):
    path = tmp_path / "big.icvsub"
    with path.open("wb") as fh:
        fh.truncate(size)
    if shown is None:
        assert len(read_bounded(path, 20 * 2**20, "a submission file")) == size
        return
    with pytest.raises(InvalidInput) as caught:
        read_bounded(path, 20 * 2**20, "a submission file")
    assert caught.value.message == f"big.icvsub is {shown}; a submission file can be at most 20 MB."


@pytest.mark.parametrize(("size", "up", "shown"), [
    (0, False, "1 KB"), (1023, False, "1 KB"), (1024, False, "1 KB"), (1025, False, "1 KB"), (1025, True, "2 KB"),
    (2**20 - 1, False, "1023 KB"), (2**20 - 1, True, "1024 KB"), (2**20, False, "1 MB"), (2**20, True, "1 MB"),
    (2**20 + 1, False, "1 MB"), (2**20 + 1, True, "2 MB"),
])
def test_sizes_are_in_kb_below_a_megabyte_and_in_mb_from_one(size, up, shown):
    assert size_text(size, up=up) == shown


def test_a_file_that_says_it_is_empty_is_still_read_no_further_than_the_limit():
    # /proc files report a size of 0 and hold more: the limit, not the size, bounds the read.
    status = read_bounded("/proc/self/status", 1 << 20, "a status file")
    assert b"VmSize" in status
    with pytest.raises(InvalidInput, match="can be at most 1 KB"):
        read_bounded("/proc/self/status", 64, "a status file")


def test_a_missing_file_is_a_plain_message(tmp_path):
    with pytest.raises(InvalidInput, match=r"nothing.csv could not be read \(No such file or directory\)"):
        read_bounded(tmp_path / "nothing.csv", 1024, "a history file")


# --------------------------------------------------------------------------- writing


@pytest.mark.timeout(10)
def test_a_write_to_a_pipe_is_refused_and_the_pipe_stays(fifo):
    with pytest.raises(StorageFault, match="is a pipe, not an ordinary file"):
        write_atomic(fifo, b"report")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert sorted(p.name for p in fifo.parent.iterdir()) == ["pipe"]  # no temporary file left behind


def test_a_link_to_a_device_is_refused(tmp_path):
    link = tmp_path / "out.pdf"
    link.symlink_to("/dev/full")
    with pytest.raises(StorageFault, match="is a device"):
        write_atomic(link, b"report")
    assert link.is_symlink() and os.readlink(link) == "/dev/full"


def test_a_folder_is_not_a_file_name(tmp_path):
    with pytest.raises(StorageFault, match="is a folder, not a file name"):
        write_atomic(tmp_path, b"report")


def test_an_ordinary_file_is_still_replaced_atomically(tmp_path):
    path = tmp_path / "out.pdf"
    path.write_bytes(b"old")
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o600


# --------------------------------------------------------------------------- JSON


def test_deep_nesting_is_refused_before_parsing():
    for deep in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000, b"[" * 10_000_000):
        with pytest.raises(ValueError, match=f"nested more than {MAX_JSON_DEPTH} levels"):
            parse_json(deep)


def test_brackets_inside_strings_do_not_count():
    doc = {"note": "[[[[{{{{" * 1000, "quote": 'a \\"[[[\\" b', "nested": [[[1]]]}
    text = json.dumps(doc)
    assert json_depth(text.encode()) == 4
    assert parse_json(text) == doc


def test_ordinary_documents_parse_as_json_loads_does():
    assert parse_json('{"format": "icvapp-submission/1", "x": [1, 2.5, null, true]}') == json.loads(
        '{"format": "icvapp-submission/1", "x": [1, 2.5, null, true]}')
    assert parse_json(b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH) is not None
    with pytest.raises(ValueError):
        parse_json(b"\xff\xfe not utf-8")
    with pytest.raises(ValueError):
        parse_json(b"{not json")


def test_a_large_document_is_checked_quickly():
    big = json.dumps({"signed_pdf": "A" * 20_000_000, "record": {"a": [1] * 100_000}}).encode()
    started = time.monotonic()
    assert json_depth(big) == 3
    assert time.monotonic() - started < 2


def test_a_real_submission_nests_far_less_than_the_limit(demo_ctx):
    from sqlalchemy import select

    from icvapp.sealing.submission import submission_payload
    from icvapp.storage.model import Visit

    with demo_ctx.db.session() as s:
        sealed = s.scalars(select(Visit.id).where(Visit.sealed_record.is_not(None)).limit(5)).all()
    depths = [json_depth(submission_payload(demo_ctx.db, vid)) for vid in sealed]
    assert depths and max(depths) <= MAX_JSON_DEPTH // 4, depths
