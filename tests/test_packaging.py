"""The wheel users install holds every module and data file the checkout has, found by the build itself.

An editable install hides a package the wheel left out (``icvapp.metrics`` once was), so this builds the
real wheel, unpacks it outside the checkout, and imports every module from there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MOUNTED = {"ui": "icvapp/ui", "db": "icvapp/db", "resources": "icvapp/resources"}


def source_modules() -> set[str]:
    names = {str(p.relative_to(ROOT)) for p in (ROOT / "icvapp").rglob("*.py")}
    for folder, installed in MOUNTED.items():
        names |= {installed + "/" + str(p.relative_to(ROOT / folder)) for p in (ROOT / folder).rglob("*.py")}
    return {n for n in names if "__pycache__" not in n}


def clean_copy(dest: Path) -> Path:
    """The files git knows, as in the working tree: a build/ folder left over in the checkout
    (which can hold a module deleted since) must not reach the wheel under test."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = clean_copy(tmp_path_factory.mktemp("source"))
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(out), str(source)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "absent from the" not in built.stdout + built.stderr, "setuptools would drop a data folder"
    (whl,) = out.glob("icvapp-*.whl")
    return whl


def test_the_wheel_holds_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {n for n in names if n.endswith(".py")}
    missing, stale = source_modules() - shipped, shipped - source_modules()
    assert not missing, f"left out of the wheel: {sorted(missing)}"
    assert not stale, f"in the wheel but not in the source: {sorted(stale)}"
    data = {f"icvapp/resources/{p.relative_to(ROOT / 'resources')}" for p in (ROOT / "resources").rglob("*")
            if p.is_file() and p.suffix in (".json", ".csv", ".ttf", ".txt", ".svg", ".png", ".qm")}
    assert data and not data - names, f"resources left out: {sorted(data - names)}"
    assert "icvapp/db/script.py.mako" in names
    assert not [n for n in names if n.startswith("tests/")], "the tests are not shipped"


def test_every_module_imports_from_the_unpacked_wheel(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import importlib, pkgutil, sys, icvapp\n"
        f"assert icvapp.__file__.startswith({str(site)!r}), icvapp.__file__\n"
        "bad = []\n"
        "for m in pkgutil.walk_packages(icvapp.__path__, 'icvapp.'):\n"
        "    if m.name.endswith('__main__') or m.name.startswith('icvapp.db.'): continue  # Alembic runs those\n"
        "    try: importlib.import_module(m.name)\n"
        "    except Exception as exc: bad.append(f'{m.name}: {exc!r}')\n"
        "from pathlib import Path\n"
        "from icvapp.profile.context import create_profile\n"
        "from icvapp.storage.database import SCHEMA_VERSION\n"
        "from icvapp.storage.keys import PASSPHRASE\n"
        "ctx = create_profile(Path('profile'), PASSPHRASE, 'Wheel scheme', 'a long passphrase')  # runs every migration\n"
        "assert ctx.db.schema_version() == SCHEMA_VERSION and ctx.config.kind == 'custody'\n"
        "print('\\n'.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
