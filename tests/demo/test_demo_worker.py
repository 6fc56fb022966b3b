"""The dog unit demo is made in a process of its own beside the custody demo: started by spawning, never
forking; handed the passphrase over its pipe only; and when either side fails, the error the user sees is
the one a single process gives, and no half-made animal welfare scheme is left on the list."""

from __future__ import annotations

import datetime as dt
import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from icvapp.demo import worker
from icvapp.demo.schemes import create_demo_office
from icvapp.errors import StorageFault, UserFacingError
from icvapp.profile.context import open_profile
from icvapp.profile.profiles import list_profiles
from icvapp.storage.model import AuditEvent, Conversation, Place, RotaAssignment, TrackedIssue, Visit, Volunteer
from tests.conftest import PASSPHRASE
from tests.demo import failing_child

TODAY = dt.date(2026, 11, 23)
SECRET = PASSPHRASE + " for the dogs"


@pytest.fixture(autouse=True)
def two_cores_free(monkeypatch):
    """The child is started whatever else the machine is doing (a test that wants one core free says so)."""
    monkeypatch.setattr("icvapp.demo.schemes.cores_here", lambda: 2)


class Stop(Exception):
    """The custody side fails (as a full disk would) once the test has looked at the child."""


def children(spawned: bool = False) -> list[int]:
    """This process's live child processes, from /proc; with ``spawned``, only those running a spawned
    worker (not multiprocessing's resource tracker, which stays for the life of the process)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z" and (
                    not spawned or b"spawn_main" in (entry / "cmdline").read_bytes()):
                out.append(int(entry.name))
    return out


def dog_unit_left(data: Path) -> list:
    listed = [entry.kind for entry in list_profiles(data)]
    folders = list((data / "schemes").iterdir()) if (data / "schemes").exists() else []
    return [kind for kind in listed if kind != "custody"] + folders


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads other processes' details from /proc")
def test_the_child_is_spawned_and_the_passphrase_reaches_it_only_through_its_pipe(tmp_path):
    data, seen = tmp_path / "office", {}

    def look(_n, _total):
        for pid in children():
            proc = Path("/proc") / str(pid)
            seen[pid] = (proc / "cmdline").read_bytes(), (proc / "environ").read_bytes()
        raise Stop

    with pytest.raises(Stop):
        create_demo_office(data, "passphrase", SECRET, today=TODAY, progress=look)
    spawned = [cmdline for cmdline, _env in seen.values() if b"multiprocessing.spawn" in cmdline]
    assert spawned, seen  # a fresh interpreter, not a fork of this one
    secret = SECRET.encode()
    assert all(secret not in cmdline and secret not in env for cmdline, env in seen.values())
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and secret in p.read_bytes()]
    # The custody side failed: the child was stopped and its scheme taken off the list.
    assert dog_unit_left(data) == [] and not children(spawned=True)


def test_a_child_that_fails_half_way_gives_its_own_message_and_leaves_nothing_listed(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "serve", failing_child.fails_half_way)
    data = tmp_path / "office"
    with pytest.raises(StorageFault) as failure:
        create_demo_office(data, "passphrase", PASSPHRASE, today=TODAY)
    assert failure.value.message == failing_child.DISK_FULL
    assert failure.value.hint == "Free some space and try again."
    assert dog_unit_left(data) == []
    assert [entry.kind for entry in list_profiles(data)] == ["custody"]


def test_a_child_that_is_killed_is_reported_plainly_and_leaves_nothing_listed(tmp_path):
    data = tmp_path / "office"

    def kill_the_child(_n, _total):
        if list((data / "schemes").glob("*/keyinfo.json")):  # it has started on the dog unit's profile
            for pid in children(spawned=True):
                os.kill(pid, signal.SIGKILL)

    with pytest.raises(UserFacingError) as failure:
        create_demo_office(data, "passphrase", PASSPHRASE, today=TODAY, progress=kill_the_child)
    assert "the process making it stopped unexpectedly" in failure.value.message
    assert failure.value.hint == "Nothing of that scheme was kept."
    assert dog_unit_left(data) == []


def test_a_bug_in_the_child_reaches_the_crash_report_with_its_traceback(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "serve", failing_child.has_a_bug)
    with pytest.raises(RuntimeError) as failure:
        create_demo_office(tmp_path / "office", "passphrase", PASSPHRASE, today=TODAY)
    assert not isinstance(failure.value, UserFacingError)
    assert "KeyError: 'kennel'" in str(failure.value) and "broken" in str(failure.value)
    assert dog_unit_left(tmp_path / "office") == []


def contents(data: Path) -> list:
    """What each profile of the office holds, ids and dates included (not the times it was made at)."""
    out = []
    for entry in list_profiles(data):
        ctx = open_profile(entry.path, PASSPHRASE)
        try:
            with ctx.db.session() as s:
                out.append((
                    entry.kind, ctx.scheme_name(),
                    s.execute(select(Place.id, Place.name, Place.locations)).all(),
                    s.execute(select(Volunteer.id, Volunteer.name, Volunteer.is_coordinator)).all(),
                    s.execute(select(Visit.id, Visit.visit_date, Visit.place_id, Visit.status, Visit.version,
                                     Visit.supersedes_id, Visit.visitor_a_id, Visit.visitor_b_id, Visit.observations,
                                     Visit.officer_name).order_by(Visit.id)).all(),
                    s.execute(select(Conversation.visit_id, Conversation.identifier).order_by(Conversation.id)).all(),
                    s.execute(select(TrackedIssue.status, TrackedIssue.raised_on).order_by(TrackedIssue.id)).all(),
                    s.execute(select(RotaAssignment.place_id, RotaAssignment.week_start, RotaAssignment.visitor_a_id,
                                     RotaAssignment.visitor_b_id).order_by(RotaAssignment.id)).all(),
                    s.scalars(select(AuditEvent.event).order_by(AuditEvent.id)).all(),
                ))
        finally:
            ctx.close()
    return out


def test_the_office_made_in_two_processes_holds_what_one_process_makes(tmp_path, monkeypatch):
    def make(data: Path) -> tuple[list, list]:
        spawned, steps = [], []

        def look(n, _total):
            spawned.extend(children(spawned=True))
            steps.append(n)

        create_demo_office(data, "passphrase", PASSPHRASE, today=TODAY, progress=look).close()
        assert steps == sorted(steps) and steps[-1] == 100
        return spawned, contents(data)

    spawned, two = make(tmp_path / "two")
    assert spawned
    monkeypatch.setattr("icvapp.demo.schemes.cores_here", lambda: 1)  # one core: both made here, in turn
    spawned, one = make(tmp_path / "one")
    assert not spawned
    assert [kind for kind, *_rest in one] == ["custody", "dog_unit"]
    assert two == one


def test_when_no_process_can_be_started_the_demo_is_made_in_this_one(tmp_path, monkeypatch):
    def cannot_start():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr("icvapp.demo.schemes.DogUnitWorker", cannot_start)
    spawned = []

    def look(_n, _total):
        spawned.extend(children(spawned=True))
        raise Stop

    with pytest.raises(Stop):
        create_demo_office(tmp_path / "office", "passphrase", PASSPHRASE, today=TODAY, progress=look)
    assert not spawned and [e.kind for e in list_profiles(tmp_path / "office")] == ["custody"]


def test_a_child_that_cannot_start_leaves_the_dog_unit_to_this_process(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "serve", failing_child.cannot_start)
    steps = []
    create_demo_office(tmp_path / "office", "passphrase", PASSPHRASE, today=TODAY,
                       progress=lambda n, _total: steps.append(n)).close()
    assert [entry.kind for entry in list_profiles(tmp_path / "office")] == ["custody", "dog_unit"]
    assert len(list((tmp_path / "office" / "schemes").iterdir())) == 1
    assert steps == sorted(steps) and steps[-1] == 100


def test_a_child_that_cannot_start_leaves_nothing_when_the_custody_side_fails_too(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "serve", failing_child.cannot_start)
    data = tmp_path / "office"

    def fail_once_the_child_has_gone(_n, _total):
        if not children(spawned=True):
            raise Stop

    with pytest.raises(Stop):
        create_demo_office(data, "passphrase", PASSPHRASE, today=TODAY, progress=fail_once_the_child_has_gone)
    assert dog_unit_left(data) == []
    assert "dog_unit" not in (data / "profiles.json").read_text()


def test_a_problem_for_the_user_crosses_from_the_child_unchanged():
    problem = StorageFault("The disk is full.", hint="Free some space.")
    crossed = worker.portable(problem)
    assert type(crossed) is StorageFault and (crossed.message, crossed.hint) == (problem.message, problem.hint)
