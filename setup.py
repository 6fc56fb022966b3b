"""Package discovery for the product's layout, and the translations compiled at build time.

The core lives in ``icvapp/``; the Qt layer (``ui/``), the Alembic environment
(``db/``) and the shipped data (``resources/``) sit beside it at the top of the
repository and install as ``icvapp.ui``, ``icvapp.db`` and ``icvapp.resources``.
``find_packages`` discovers every package under each, so a new sub-package is
never left out of the wheel.

The Qt layer's ``resources/translations/ui_*.ts`` are compiled to ``.qm`` into the
build (never into the source tree, and never committed) with PySide6's ``lrelease``.
A build that finds no ``lrelease`` still succeeds: the app compiles a missing ``.qm``
from its ``.ts`` on first start (``icvapp.ui.translation.qm_file``).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
MOUNTED = {"icvapp.ui": "ui", "icvapp.db": "db", "icvapp.resources": "resources"}

packages = find_packages(include=["icvapp", "icvapp.*"])
for name, folder in MOUNTED.items():
    # resources/ holds data folders (fonts, schemes, icons…) with no __init__.py: namespace packages.
    find = find_namespace_packages if folder == "resources" else find_packages
    packages += [name] + [f"{name}.{sub}" for sub in find(folder) if "__pycache__" not in sub]


def lrelease() -> str | None:
    """``$ICVAPP_LRELEASE``, PySide6's own, the checkout's virtualenv's, or Qt's on PATH."""
    candidates = [os.environ.get("ICVAPP_LRELEASE")]
    try:
        import PySide6  # only present when the build environment has it

        candidates.append(str(Path(PySide6.__file__).parent / "lrelease"))
    except ImportError:
        pass
    # The binary itself, not the pyside6-lrelease wrapper: a build environment cannot import PySide6.
    candidates += [str(p) for p in sorted(ROOT.glob(".venv/lib/python3*/site-packages/PySide6/lrelease"))]
    candidates.append(shutil.which("lrelease"))
    return next((c for c in candidates if c and Path(c).is_file() and os.access(c, os.X_OK)), None)


class BuildWithTranslations(build_py):
    """build_py, then ``lrelease`` for each ``ui_*.ts`` into the build's translations folder."""

    def run(self) -> None:
        super().run()
        sources = sorted((ROOT / "resources" / "translations").glob("ui_*.ts"))
        tool = lrelease()
        if not sources:
            return
        if tool is None:
            print("warning: no lrelease found; the app will compile its translations on first start",
                  file=sys.stderr)
            return
        out = Path(self.build_lib) / "icvapp" / "resources" / "translations"
        out.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


setup(packages=packages, package_dir=MOUNTED, cmdclass={"build_py": BuildWithTranslations})
