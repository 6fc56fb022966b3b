# Shared by the scripts: system packages and the project's virtualenv.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${ICVAPP_VENV:-$ROOT/.venv}"

# Debian packages Qt needs for a real window (xcb) and the tests need (xvfb, poppler).
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
            echo "Please install these Debian/Ubuntu packages: ${missing[*]}" >&2; return 0; fi
    fi
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

QT_RUNTIME_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
                     libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0 libegl1 libgl1
                     libfontconfig1 libdbus-1-3)

# Building and checking the Linux packages (packaging/linux/build.sh, tests/packaging).
PACKAGING_TEST_PACKAGES=(binutils desktop-file-utils appstream x11-utils)

# The scheme server's tests start a throwaway PostgreSQL cluster (tests/server).
SERVER_TEST_PACKAGES=(postgresql)

# The accessibility tests read the app's accessible tree over the real AT-SPI bus (tests/ui).
A11Y_TEST_PACKAGES=(at-spi2-core python3-pyatspi dbus dbus-x11)

ensure_venv() {
    local extra="${1:-}"
    local python="${PYTHON:-python3}"
    if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "icvapp needs Python 3.11 or newer (found: $("$python" --version 2>&1))." >&2; exit 1
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        "$python" -m venv "$VENV"
    fi
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e "$ROOT$extra"
}
