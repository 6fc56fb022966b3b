"""Shared fixtures: real encrypted profiles in tmp dirs, an in-memory keychain, offscreen Qt."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "correct horse battery"


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in this process only (the tests' stand-in for the OS one)."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path):
    """No test touches the real keychain, data folder or passphrase variable."""
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    monkeypatch.delenv("ICVAPP_PASSPHRASE", raising=False)
    monkeypatch.setenv("ICVAPP_DATA_DIR", str(tmp_path / "default-profile"))
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(isolated_environment) -> MemoryKeyring:
    return isolated_environment


@pytest.fixture
def profile_dir(tmp_path) -> Path:
    return tmp_path / "profile"


@pytest.fixture(scope="session")
def ctx_template(tmp_path_factory) -> tuple[Path, str]:
    """The scheme ``ctx`` opens, made once per test run and copied for each test (making a profile derives
    its key and builds its database, which several hundred tests would otherwise each pay for); with the
    recovery key it was made with, shown once as a new profile's is."""
    from icvapp.profile.context import create_profile
    from icvapp.storage.model import Place, Volunteer

    folder = tmp_path_factory.mktemp("ctx-template") / "profile"
    context = create_profile(folder, "passphrase", "Test scheme", PASSPHRASE)
    with context.db.session() as s:
        s.add_all([
            Place(name="Beaumont Leys", locations=14),
            Place(name="Euston Street", locations=36),
            Place(name="Closed Suite", locations=4, active=False),
            Volunteer(name="Amrit Sandhu"),
            Volunteer(name="Zoë Ó Briain"),
            Volunteer(name="Łukasz Nowak"),
        ])
    recovery_key = context.new_recovery_key
    context.db.checkpoint()
    context.close()
    return folder, recovery_key


@pytest.fixture
def ctx(ctx_template, profile_dir):
    """An empty scheme with suites and volunteers, protected by a passphrase: a fresh copy for each test."""
    import shutil

    from icvapp.profile.context import open_profile

    template, recovery_key = ctx_template
    shutil.copytree(template, profile_dir)
    context = open_profile(profile_dir, PASSPHRASE)
    context.new_recovery_key = recovery_key
    yield context
    context.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo scheme, made once per test run (it seals dozens of visits) and copied for each test."""
    import shutil  # noqa: F401  (used by demo_ctx)

    from icvapp.demo.create import create_demo
    from icvapp.profile.context import create_profile

    folder = tmp_path_factory.mktemp("demo-template") / "profile"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))
        context = create_profile(folder, "passphrase", "Demo", PASSPHRASE)
        create_demo(context, today=DEMO_TODAY)
        context.db.checkpoint()
        context.close()
    return folder


DEMO_TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_ctx(demo_template, profile_dir):
    import shutil

    from icvapp.profile.context import open_profile

    shutil.copytree(demo_template, profile_dir)
    context = open_profile(profile_dir, PASSPHRASE)
    yield context
    context.close()


ROOT_PIN = "office root 2026"
PINS = {"Amrit Sandhu": "amrit-pin", "Zoë Ó Briain": "zoe-pin-1", "Łukasz Nowak": "lukasz-pin"}


@pytest.fixture(autouse=True)
def quick_pin_kdf(monkeypatch, request):
    """Argon2id at 1 MiB for PIN boxes in tests (the parameters travel in each box);
    tests marked ``strong_kdf`` keep the real cost."""
    if "strong_kdf" not in request.keywords:
        monkeypatch.setattr("icvapp.trust.pki.BOX_KDF", (1, 1, 1024))


@pytest.fixture
def signed_ctx(ctx):
    """``ctx`` with a scheme root and every volunteer enrolled to sign (PINs above)."""
    from icvapp.storage.model import Volunteer
    from icvapp.trust.enrolment import set_up_scheme_root
    from icvapp.trust.enrolment_files import enrol_here
    from tests.helpers import names_to_ids

    set_up_scheme_root(ctx.db, ROOT_PIN)
    for name, vid in names_to_ids(ctx, Volunteer).items():
        enrol_here(ctx.db, vid, PINS[name], ROOT_PIN)
    return ctx
