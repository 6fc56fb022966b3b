"""What a screen reader finds: each main window's accessible tree, read through the real AT-SPI bus.

The app runs in a real X server (Xvfb) on a private D-Bus session with the AT-SPI
bus launcher, on a copy of the demo scheme. A small reader run by Debian's Python
(``tests/ui/atspi_dump.py``, which has ``pyatspi``) walks each window's tree of
roles and names, and the test compares it with the baseline in ``tests/ui/a11y/``.
A control that loses its name, a chart that loses its table, a renamed button: each
changes the tree and fails here. Any focusable control without a name fails too.

Regenerate the baselines after a deliberate change (never automatically):

    ICVAPP_A11Y_UPDATE=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -p no:cacheprovider \\
        tests/ui/test_accessibility_tree.py

then read the diff of ``tests/ui/a11y/*.json`` before committing it. If the bus,
the X server or the reader cannot start, the test fails (it never skips).
"""

from __future__ import annotations

import difflib
import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.xvfb import start_xvfb

HERE = Path(__file__).resolve().parent
BASELINES = HERE / "a11y"
APP = BASELINES / "show_windows.py"
READER = HERE / "atspi_dump.py"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
UPDATE = os.environ.get("ICVAPP_A11Y_UPDATE") == "1"
# The order matters: the unlock dialog is shown last, with the main window hidden.
WINDOWS = ["visit-list", "visit-form", "dashboard", "dashboard-tables", "unlock"]
NEEDED = {"Xvfb": "xvfb", "dbus-daemon": "dbus", "dbus-send": "dbus", SYSTEM_PYTHON: "python3-pyatspi",
          BUS_LAUNCHER: "at-spi2-core"}


def require_tools() -> None:
    missing = [f"{tool} (Debian package {package})" for tool, package in NEEDED.items() if not shutil.which(tool)]
    if missing:
        pytest.fail("The accessibility-tree test needs " + ", ".join(missing) + "; scripts/test installs them.")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, check=False)
    if probe.returncode:
        pytest.fail(f"{SYSTEM_PYTHON} cannot import pyatspi (install python3-pyatspi): {probe.stderr.strip()}")


def read_line(proc: subprocess.Popen, timeout: float, what: str, log: Path) -> str:
    """The next line a child prints, or a loud failure naming what it was doing, with its error output."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else ""
    if not line:
        proc.kill()
        err = log.read_text(errors="replace") if log.exists() else ""
        pytest.fail(f"{what}: nothing after {timeout:.0f} s (exit {proc.poll()}).\n{err[-3000:]}")
    return line.strip()


def wait_for(check, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.05)
    pytest.fail(f"{what} within {timeout:.0f} s")


class Session:
    """Xvfb, a private session bus, the AT-SPI bus, and the app showing one window at a time."""

    def __init__(self, data: Path, logs: Path) -> None:
        self.procs: list[subprocess.Popen] = []
        self.data, self.logs = data, logs
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "WAYLAND"))}

    def spawn(self, args: list[str], **kw) -> subprocess.Popen:
        """A child whose error output goes to a file (a full pipe would stall it mid-test)."""
        with (self.logs / f"{Path(args[0]).name}.log").open("w") as err:
            proc = subprocess.Popen(args, env=self.env, text=True, stderr=err, **kw)
        self.procs.append(proc)
        return proc

    def log(self, program: str) -> Path:
        return self.logs / f"{Path(program).name}.log"

    def start(self) -> None:
        with self.log("Xvfb").open("w") as log:
            server, display = start_xvfb("1280x1000x24", log)
        self.procs.append(server)
        bus = self.spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE)
        address = read_line(bus, 10, "the private D-Bus session bus", self.log("dbus-daemon"))
        self.env.update(DBUS_SESSION_BUS_ADDRESS=address,
                        DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                        QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
        self.spawn([BUS_LAUNCHER, "--launch-immediately", "--a11y=1"], stdout=subprocess.DEVNULL)
        wait_for(self.a11y_bus_answers, 10, "the AT-SPI bus (at-spi-bus-launcher) did not answer on the session bus")
        self.app = self.spawn([sys.executable, str(APP), str(self.data), PASSPHRASE],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        if read_line(self.app, 60, "the app opening the demo data folder", self.log(sys.executable)) != "ready":
            pytest.fail("the app did not say it was ready")

    def a11y_bus_answers(self) -> bool:
        asked = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                                "org.a11y.Bus.GetAddress"], env=self.env, capture_output=True, text=True, check=False)
        return asked.returncode == 0 and "unix:" in asked.stdout

    def dump(self, window: str) -> dict:
        self.app.stdin.write(window + "\n")
        self.app.stdin.flush()
        assert read_line(self.app, 30, f"showing {window}", self.log(sys.executable)) == f"shown {window}"
        read = subprocess.run([SYSTEM_PYTHON, str(READER), "--pid", str(self.app.pid)],
                              env=self.env, capture_output=True, text=True, timeout=60, check=False)
        if read.returncode:
            pytest.fail(f"the AT-SPI reader failed on {window}:\n{read.stderr[-3000:]}")
        return json.loads(read.stdout)

    def stop(self) -> None:
        if getattr(self, "app", None) is not None and self.app.poll() is None:
            try:
                self.app.stdin.write("quit\n")
                self.app.stdin.flush()
                self.app.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                pass
        for proc in reversed(self.procs):  # SIGTERM, so Xvfb removes its lock and socket
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()


@pytest.fixture(scope="module")
def a11y(demo_template, tmp_path_factory):
    require_tools()
    folder = tmp_path_factory.mktemp("a11y")
    shutil.copytree(demo_template, folder / "profile")
    session = Session(folder / "profile", folder)
    try:
        session.start()
        yield session
    finally:
        session.stop()


def as_lines(tree: list) -> list[str]:
    return json.dumps(tree, ensure_ascii=False, indent=1).splitlines()


def differences(window: str, found: list) -> str:
    """'' when ``found`` matches the window's baseline (written first when regenerating)."""
    baseline = BASELINES / f"{window}.json"
    if UPDATE:
        baseline.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not baseline.exists():
        return f"no baseline {baseline.name}: regenerate with ICVAPP_A11Y_UPDATE=1 (see this file's doc)"
    expected = json.loads(baseline.read_text(encoding="utf-8"))
    if found == expected:
        return ""
    diff = difflib.unified_diff(as_lines(expected), as_lines(found), "baseline", "now", lineterm="", n=2)
    return (f"the accessible tree differs from tests/ui/a11y/{baseline.name} (if intended, regenerate with "
            "ICVAPP_A11Y_UPDATE=1):\n" + "\n".join(list(diff)[:120]))


@pytest.mark.parametrize("window", WINDOWS)
def test_each_window_has_its_baseline_tree_and_every_focusable_control_a_name(a11y, window):
    found = a11y.dump(window)
    assert found["windows"], f"{window}: no showing window on the accessibility bus"
    unnamed = "\n".join(found["unnamed"])
    assert not unnamed, f"{window}: focusable controls a screen reader cannot name:\n{unnamed}"
    problem = differences(window, found["windows"])
    assert not problem, f"{window}: {problem}"
