"""What users install, installed as they would, run from outside the checkout.

Three installed copies of icvapp, each given the same smoke test with a fresh profile:

- ``tarball``: the Linux bundle's ``.tar.gz``, unpacked in a temporary folder;
- ``deb``: the ``.deb``, installed with ``dpkg -i`` (root only; removed again at the end);
- ``wheel``: the wheel, ``pip install``-ed into a new venv outside the checkout (its dependencies
  come from the package index).

The smoke test: ``--version``; ``demo``; ``visits list``; export a sealed visit and ``verify`` it;
the quarterly and annual reports; and the main window opening under Xvfb, with a screenshot saved in
``build/packaging-screenshots/``. The packages' own metadata is checked too: the menu entry and the
AppStream file pass their validators, and the .deb declares every system library the bundle loads.

Building takes a few minutes; the wheel's venv is installed while the bundle builds. The tools come
from ``scripts/test``. ``ICVAPP_SKIP_PACKAGING=1`` skips this module on a developer's machine.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import venv
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import icvapp
from tests.xvfb import start_xvfb

ROOT = Path(__file__).resolve().parents[2]
LINUX_PACKAGING = ROOT / "packaging" / "linux"
APP_ID = "uk.org.icvapp"
SCREENSHOTS = ROOT / "build" / "packaging-screenshots"
PASSPHRASE = "a long smoke-test passphrase"
TOOLS = ["dpkg-deb", "dpkg-query", "ldd", "objdump", "strip", "Xvfb", "xwininfo", "desktop-file-validate",
         "appstreamcli"]
SIZE_BUDGET_MB = 160  # measured 147 MB; a jump means Qt parts slipped back in (QtPdf, once used, adds ~7 MB)

pytestmark = [
    pytest.mark.timeout(900),
    pytest.mark.skipif(sys.platform != "linux" or not shutil.which("dpkg"),
                       reason="the Linux packages are built and tested on Debian/Ubuntu"),
    pytest.mark.skipif(os.environ.get("ICVAPP_SKIP_PACKAGING") == "1", reason="ICVAPP_SKIP_PACKAGING=1"),
]


def run(cmd, *, timeout: float = 600, check: bool = True, **kw) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, check=False, **kw)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, cmd))} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def outside_checkout(path: Path) -> Path:
    assert not path.resolve().is_relative_to(ROOT), f"{path} is inside the checkout"
    return path


# --- building ----------------------------------------------------------------------------------------

@dataclass
class Build:
    wheel: Path
    bundle: Path
    tarball: Path
    deb: Path
    seconds: float


@pytest.fixture(scope="session")
def packaging_dir(tmp_path_factory) -> Path:
    missing = [t for t in TOOLS if not shutil.which(t)]
    assert not missing, f"missing tools {missing}: run scripts/test, which installs them"
    return outside_checkout(tmp_path_factory.mktemp("packaging"))


@pytest.fixture(scope="session")
def wheel(packaging_dir) -> Path:
    spec = importlib.util.spec_from_file_location("icvapp_linux_build", LINUX_PACKAGING / "build.py")
    linux_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(linux_build)
    return linux_build.build_wheel(packaging_dir / "dist", packaging_dir / "wheel-work")


@pytest.fixture(scope="session")
def wheel_venv_install(wheel, packaging_dir):
    """``python -m venv`` + ``pip install icvapp-*.whl``, started in the background: it downloads
    while the bundle builds."""
    target = packaging_dir / "venv"

    def install() -> Path:
        started = time.monotonic()
        venv.EnvBuilder(with_pip=True, clear=True).create(target)
        run([target / "bin" / "python", "-m", "pip", "install", "-q", wheel], timeout=900, cwd=packaging_dir)
        print(f"\nwheel venv installed in {time.monotonic() - started:.0f} s")
        return target

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        yield pool.submit(install)


@pytest.fixture(scope="session")
def linux_build(wheel, wheel_venv_install, packaging_dir) -> Build:
    started = time.monotonic()
    dist = packaging_dir / "dist"
    # zstd: the release default (xz) takes minutes here; what dpkg unpacks is the same.
    result = run([sys.executable, LINUX_PACKAGING / "build.py", "--wheel", wheel, "--dist", dist,
                  "--work", packaging_dir / "work", "--deb-compression", "zstd"], timeout=1200, cwd=packaging_dir)
    print("\n" + "\n".join(line for line in result.stdout.splitlines() if line.startswith("build:")))
    (tarball,) = dist.glob("icvapp-*-linux-*.tar.gz")
    (deb,) = dist.glob("icvapp_*.deb")
    return Build(wheel, dist / "icvapp", tarball, deb, time.monotonic() - started)


# --- installing ------------------------------------------------------------------------------------------

@dataclass
class Installed:
    name: str
    command: list[str]
    home: Path  # a temporary folder outside the checkout: working directory and profiles
    extra_env: dict = field(default_factory=dict)

    def env(self, data_dir: Path, **more) -> dict:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("ICVAPP_", "PYTHON", "QT_", "VIRTUAL_ENV", "PYTEST"))}
        env.update(ICVAPP_DATA_DIR=str(data_dir), ICVAPP_PASSPHRASE=PASSPHRASE, **self.extra_env, **more)
        return env

    def run(self, *args, data_dir: Path, timeout: float = 180, check: bool = True) -> subprocess.CompletedProcess:
        return run(self.command + list(args), env=self.env(data_dir), cwd=self.home, timeout=timeout, check=check)


@pytest.fixture(scope="session")
def tarball_install(linux_build, packaging_dir) -> Installed:
    home = packaging_dir / "tarball"
    home.mkdir()
    run(["tar", "-xzf", linux_build.tarball, "-C", home])
    (top,) = home.glob("icvapp-*")
    return Installed("tarball", [str(top / "icvapp")], home)


@pytest.fixture(scope="session")
def deb_install(linux_build, packaging_dir):
    if os.geteuid() != 0:
        pytest.skip("installing the .deb needs root (CI runs as root)")
    already = run(["dpkg-query", "-W", "-f=${Status}", "icvapp"], check=False)
    assert "installed" not in already.stdout, "icvapp is already installed on this machine: dpkg -r icvapp first"
    run(["dpkg", "-i", linux_build.deb], timeout=300)
    home = packaging_dir / "deb"
    home.mkdir()
    try:
        yield Installed("deb", ["/usr/bin/icvapp"], home)
    finally:
        run(["dpkg", "-r", "icvapp"], timeout=300)
        left = [p for p in (Path("/opt/icvapp"), Path("/usr/bin/icvapp"),
                            Path(f"/usr/share/applications/{APP_ID}.desktop")) if os.path.lexists(p)]
        assert not left, f"dpkg -r left {left} behind"


@pytest.fixture(scope="session")
def wheel_install(wheel_venv_install, packaging_dir) -> Installed:
    target = wheel_venv_install.result()
    home = packaging_dir / "wheel"
    home.mkdir()
    return Installed("wheel", [str(target / "bin" / "icvapp")], home)


@pytest.fixture(scope="module", params=["tarball", "deb", "wheel"])
def installed(request) -> Installed:
    return request.getfixturevalue(f"{request.param}_install")


@dataclass
class Profile:
    app: Installed
    data_dir: Path
    visits: str  # `visits list`


@pytest.fixture(scope="module")
def demo(installed) -> Profile:
    data_dir = installed.home / "profile"
    result = installed.run("demo", data_dir=data_dir, timeout=300)
    assert "Demo scheme ready" in result.stdout, result.stdout + result.stderr
    # The animal welfare scheme is made beside it in a process of its own (two cores here): in the bundle that
    # process is the frozen app started again ("spawn"), which falls back to one process, with a warning,
    # if it cannot start.
    assert "Animal welfare scheme ready beside it: 13 visits." in result.stdout, result.stdout + result.stderr
    assert "making the dog unit here" not in result.stderr, result.stderr
    listing = installed.run("visits", "list", data_dir=data_dir).stdout
    return Profile(installed, data_dir, listing)


# --- the smoke test, on each installed copy -------------------------------------------------------------

def test_version(installed):
    result = installed.run("--version", data_dir=installed.home / "unused")
    assert result.stdout.strip() == f"icvapp {icvapp.__version__}"


def test_the_wheel_runs_from_its_venv(wheel_install):
    python = Path(wheel_install.command[0]).parent / "python"
    where = run([python, "-c", "import icvapp; print(icvapp.__file__)"], cwd=wheel_install.home,
                env=wheel_install.env(wheel_install.home / "unused")).stdout.strip()
    assert Path(where).is_relative_to(python.parent.parent), where


def test_demo_and_visit_list(demo):
    assert demo.visits.splitlines()[0].split()[:2] == ["ID", "Date"]
    assert len(sealed_visits(demo)) >= 5, demo.visits


def sealed_visits(demo: Profile) -> list[tuple[int, dt.date]]:
    rows = [line.split() for line in demo.visits.splitlines()[1:]]
    return [(int(r[0]), dt.date.fromisoformat(r[1])) for r in rows if "sealed" in r]


def test_export_and_verify_a_sealed_visit(demo):
    visit_id, _ = sealed_visits(demo)[0]
    pdf = demo.app.home / f"visit-{visit_id}.pdf"
    demo.app.run("visits", "export", str(visit_id), "--out", str(pdf), data_dir=demo.data_dir)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    result = demo.app.run("verify", str(pdf), data_dir=demo.data_dir)
    assert result.stdout.startswith("Valid: signed by"), result.stdout


def test_quarterly_and_annual_reports(demo):
    _, day = sealed_visits(demo)[0]
    fy = day.year if day.month >= 4 else day.year - 1
    q = (day.month - 4) % 12 // 3 + 1
    quarterly, annual = demo.app.home / "quarterly.pdf", demo.app.home / "annual.pdf"
    demo.app.run("report", "quarterly", "--fy", str(fy), "--quarter", str(q), "--unsigned", "--out",
                 str(quarterly), data_dir=demo.data_dir)
    demo.app.run("report", "annual", "--fy", str(fy), "--out", str(annual), data_dir=demo.data_dir)
    for pdf in (quarterly, annual):
        assert pdf.read_bytes()[:5] == b"%PDF-"
        assert pdf.stat().st_size > 10_000


@pytest.fixture(scope="session")
def display(packaging_dir):
    """An Xvfb display of our own, waiting for its socket."""
    log = open(packaging_dir / "xvfb.log", "w")  # noqa: SIM115 (closed below)
    try:
        server, number = start_xvfb("1280x800x24", log)
    except RuntimeError as exc:
        log.close()
        pytest.fail(f"{exc}: {(packaging_dir / 'xvfb.log').read_text()}")
    try:
        yield f":{number}"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        log.close()


def test_the_main_window_opens(demo, display):
    app = demo.app
    env = app.env(demo.data_dir, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{app.name}-main-window.png"
    errors = app.home / "window-stderr.txt"
    with errors.open("w") as stderr:
        window = subprocess.Popen(app.command, env=env, cwd=app.home, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            grab = run([sys.executable, Path(__file__).with_name("screen.py"), shot, "60"], timeout=120,
                       env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"))
            windows = run(["xwininfo", "-root", "-tree"], env=dict(os.environ, DISPLAY=display)).stdout
            running = window.poll() is None
        finally:
            window.send_signal(signal.SIGTERM)
            try:
                window.wait(timeout=15)
            except subprocess.TimeoutExpired:
                window.kill()
                window.wait()
    problems = errors.read_text()
    assert running, f"the app exited ({window.returncode}):\n{problems}"
    assert "Traceback" not in problems and "Could not load the Qt platform plugin" not in problems, problems
    info = json.loads(grab.stdout)
    assert info["colours"] >= 50 and info["coverage"] >= 0.5 and info["settled"], (info, shot)
    # The main window (not an error box), mapped with the WM_CLASS the .desktop file names.
    wm_class = re.search(r"^StartupWMClass=(.+)$", (LINUX_PACKAGING / f"{APP_ID}.desktop").read_text(), re.MULTILINE)[1]
    main = [line for line in windows.splitlines() if f'"{wm_class}")' in line and "icvapp" in line.split(":")[0]
            and re.search(r"\s(\d{3,})x(\d{3,})\+", line)]
    assert main, windows


# --- the packages themselves -----------------------------------------------------------------------------

def test_the_menu_entry_validates():
    result = run(["desktop-file-validate", LINUX_PACKAGING / f"{APP_ID}.desktop"], check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_appstream_metadata_validates_and_names_this_release():
    metainfo = LINUX_PACKAGING / f"{APP_ID}.metainfo.xml"
    result = run(["appstreamcli", "validate", "--no-net", "--pedantic", metainfo], check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    newest = re.search(r'<release version="([^"]+)"', metainfo.read_text())[1]
    assert newest == icvapp.__version__, "add a <release> for this version to the metainfo"


def test_the_bundle_leaves_out_what_it_does_not_need(linux_build):
    internal = linux_build.bundle / "_internal"
    names = {str(p.relative_to(internal)) for p in internal.rglob("*")}
    unwanted = [n for n in names if re.search(r"(^|/)qml/|Qt6(Quick|Qml|VirtualKeyboard|WebEngine|Wayland)|"
                                              r"plugins/(wayland|egldeviceintegrations|tls)|"
                                              r"PySide6/Qt/translations/(?!qt(base)?_en\.qm)|libqgtk3|"
                                              r"babel/locale-data/(?!(root|en|en_001|en_150|en_GB|cy|cy_GB)\.dat)", n)]
    assert not unwanted, sorted(unwanted)[:20]
    needed = ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Charts.so.6",
              "PySide6/Qt/plugins/imageformats/libqsvg.so", "icvapp/db/script.py.mako", "icvapp/db/env.py",
              "icvapp/resources/fonts/DejaVuSans.ttf", "icvapp/resources/schemes/custody.json",
              "icvapp/resources/icons/icvapp.svg", "icvapp/resources/translations/core_cy.ts",
              "icvapp/resources/translations/ui_cy.qm", "babel/locale-data/cy_GB.dat", "babel/locale-data/en_GB.dat"]
    assert not [n for n in needed if n not in names], [n for n in needed if n not in names]
    migrations = {p.name for p in (ROOT / "db" / "versions").glob("*.py")}
    assert migrations <= {p.name for p in (internal / "icvapp" / "db" / "versions").glob("*.py")}
    dangling = [p for p in linux_build.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling


def test_the_bundle_fits_its_size_budget(linux_build):
    size = int(run(["du", "-sm", linux_build.bundle]).stdout.split()[0])
    print(f"\nbundle {size} MB, tar.gz {linux_build.tarball.stat().st_size / 1e6:.0f} MB, "
          f".deb {linux_build.deb.stat().st_size / 1e6:.0f} MB (zstd), built in {linux_build.seconds:.0f} s")
    assert size < SIZE_BUDGET_MB, (f"the bundle grew to {size} MB: see build/.../dropped-files.txt and "
                                   "packaging/README.md; raise the budget only for something the app needs")


def test_the_deb_installs_what_it_should(deb_install, linux_build):
    fields = {k: run(["dpkg-deb", "-f", linux_build.deb, k]).stdout.strip() for k in ("Package", "Version", "Depends")}
    assert fields["Package"] == "icvapp" and fields["Version"] == icvapp.__version__
    qt_runtime = run(["bash", "-c", 'source scripts/_env.sh; echo "${QT_RUNTIME_PACKAGES[@]}"'], cwd=ROOT)
    qt_runtime = qt_runtime.stdout.split()
    declared = {d.split()[0] for d in fields["Depends"].split(", ")}
    assert set(qt_runtime) <= declared, set(qt_runtime) - declared
    assert os.readlink("/usr/bin/icvapp") == "/opt/icvapp/icvapp"
    for path in (f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg", "/usr/share/doc/icvapp/copyright"):
        assert Path(path).is_file(), path
    run(["desktop-file-validate", f"/usr/share/applications/{APP_ID}.desktop"])
    run(["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{APP_ID}.metainfo.xml"])
    assert run(["/usr/bin/icvapp", "--version"], cwd=deb_install.home).stdout.strip() == f"icvapp {icvapp.__version__}"


def dependency_closure(packages: set[str]) -> set[str]:
    """These installed packages and everything they depend on, as dpkg records it."""
    seen, todo = set(), list(packages)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        info = run(["dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}, ${Provides}", name], check=False).stdout
        for alternative in re.split(r"[,|]", info):
            dep = alternative.strip().split(" ")[0].split(":")[0]
            if dep and dep not in seen:
                todo.append(dep)
    return seen


def is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def test_the_deb_declares_every_system_library_it_loads(deb_install, linux_build):
    """Every library outside /opt/icvapp that a binary in it loads, directly or not, belongs to a
    package the .deb depends on (or one they pull in): installed elsewhere, it will be there."""
    depends = run(["dpkg-deb", "-f", linux_build.deb, "Depends"]).stdout
    closure = dependency_closure({d.strip().split(" ")[0] for d in depends.split(",")})
    env = dict(os.environ, LD_LIBRARY_PATH="/opt/icvapp/_internal")
    system_libs, missing = set(), []
    for path in Path("/opt/icvapp").rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        for line in run(["ldd", path], env=env, check=False).stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("not found"):
                missing.append(f"{path}: {name}")
            elif where.startswith("/") and not where.startswith("/opt/icvapp/"):
                system_libs.add(where.split(" (")[0])
    assert not missing, missing
    owners = {}
    for line in run(["dpkg-query", "-S", *sorted({os.path.realpath(p) for p in system_libs} | system_libs)],
                    check=False).stdout.splitlines():
        packages, _, path = line.partition(": ")
        owners[path] = {p.strip().split(":")[0] for p in packages.split(",")}
    undeclared = {lib: owners.get(lib, owners.get(os.path.realpath(lib), {"?"})) for lib in system_libs
                  if not owners.get(lib, owners.get(os.path.realpath(lib), set())) & closure}
    assert not undeclared, undeclared
