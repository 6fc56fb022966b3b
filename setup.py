"""Package discovery for the product's layout.

The core lives in ``icvapp/``; the Qt layer (``ui/``), the Alembic environment
(``db/``) and the shipped data (``resources/``) sit beside it at the top of the
repository and install as ``icvapp.ui``, ``icvapp.db`` and ``icvapp.resources``.
``find_packages`` discovers every package under each, so a new sub-package is
never left out of the wheel.
"""

from setuptools import find_namespace_packages, find_packages, setup

MOUNTED = {"icvapp.ui": "ui", "icvapp.db": "db", "icvapp.resources": "resources"}

packages = find_packages(include=["icvapp", "icvapp.*"])
for name, folder in MOUNTED.items():
    # resources/ holds data folders (fonts, schemes, icons…) with no __init__.py: namespace packages.
    find = find_namespace_packages if folder == "resources" else find_packages
    packages += [name] + [f"{name}.{sub}" for sub in find(folder) if "__pycache__" not in sub]

setup(packages=packages, package_dir=MOUNTED)
