#!/usr/bin/env bash
# Build icvapp for Linux into dist/: the wheel, the PyInstaller bundle, a .tar.gz and a .deb.
# Installs what the build needs first (binutils for strip and objdump, the Qt runtime libraries,
# PyInstaller through the project's `test` extra). Extra arguments go to build.py (see --help).
source "$(dirname "$0")/../../scripts/_env.sh"
apt_install "${QT_RUNTIME_PACKAGES[@]}" "${PACKAGING_TEST_PACKAGES[@]}"
ensure_venv "[test]"
cd "$ROOT"
exec "$VENV/bin/python" packaging/linux/build.py "$@"
