"""Build icvapp for Linux: the wheel, the one-folder bundle, a .tar.gz of it and a .deb.

    python packaging/linux/build.py [--dist DIR] [--work DIR] [--wheel FILE] [--deb-compression xz|gzip|zstd|none]

Run it through ``packaging/linux/build.sh``, which installs what it needs first. Writes to ``dist/``:

    icvapp-VERSION-py3-none-any.whl     what ``pip install`` users get
    icvapp/                             the PyInstaller bundle (``dist/icvapp/icvapp`` runs it)
    icvapp-VERSION-linux-ARCH.tar.gz    that bundle, as ``icvapp-VERSION/``
    icvapp_VERSION_ARCH.deb             the bundle in /opt/icvapp, /usr/bin/icvapp, menu entry, icon, metainfo

The .deb's Depends are the Qt runtime packages of ``scripts/_env.sh`` plus the package owning every
system library the bundle loads (found with ``ldd``), and ``libc6`` at the newest glibc symbol
version any of its binaries asks for. Build on the oldest Debian/Ubuntu you support.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
APP_ID = "uk.org.icvapp"
MAINTAINER = os.environ.get("ICVAPP_MAINTAINER", "icvapp developers <icvapp@example.org>")
JUNK = {".git", ".venv", "venv", "build", "dist", "out", ".hypothesis", ".ruff_cache", ".pytest_cache",
        ".mypy_cache", "__pycache__", "bench", "tests"}


def log(message: str) -> None:
    print(f"build: {message}", flush=True)


def run(*cmd, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


# --- wheel and bundle ------------------------------------------------------------------------------

def build_wheel(dist: Path, work: Path) -> Path:
    """From a copy of the sources: the checkout's ``build/lib`` may hold files deleted since."""
    src = work / "src"
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(ROOT, src, ignore=lambda d, names: [n for n in names if n in JUNK or n.endswith(".egg-info")])
    for old in dist.glob("icvapp-*.whl"):
        old.unlink()
    # pip builds in an isolated environment without PySide6: hand setup.py this interpreter's lrelease,
    # so the wheel (and the bundle made from it) carries the compiled Welsh catalogue.
    env = dict(os.environ)
    tool = lrelease_tool()
    if tool:
        env["ICVAPP_LRELEASE"] = tool
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, src, env=env)
    (wheel,) = dist.glob("icvapp-*.whl")
    return wheel


def lrelease_tool() -> str | None:
    """PySide6's lrelease from the environment running the build, if it has PySide6."""
    try:
        import PySide6
    except ImportError:
        return None
    tool = Path(PySide6.__file__).parent / "lrelease"
    return str(tool) if tool.is_file() else None


def build_bundle(wheel: Path, dist: Path, work: Path) -> Path:
    env = dict(os.environ, ICVAPP_WHEEL=str(wheel))
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work / "pyinstaller", ROOT / "packaging" / "icvapp.spec", env=env)
    bundle = dist / "icvapp"
    if not os.access(bundle / "icvapp", os.X_OK):
        raise SystemExit(f"build: no executable in {bundle}")
    return bundle


def tarball(bundle: Path, dist: Path, version: str, arch: str) -> Path:
    out = dist / f"icvapp-{version}-linux-{arch}.tar.gz"
    top = f"icvapp-{version}"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if "SOURCE_DATE_EPOCH" in os.environ:
            info.mtime = int(os.environ["SOURCE_DATE_EPOCH"])
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=owned_by_root)
    return out


# --- the .deb ----------------------------------------------------------------------------------------

def elf_files(tree: Path) -> list[Path]:
    found = []
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[str]:
    """The libraries outside the bundle that its binaries link to directly (their ``NEEDED``
    entries), resolved by ``ldd`` with the bundle's own folder first, as PyInstaller's bootloader
    arranges. A library ``ldd`` cannot find at all, even indirectly, stops the build."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    libs, missing = set(), []
    for path in elf_files(bundle):
        dynamic = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=False).stdout
        needed = set(re.findall(r"^\s*NEEDED\s+(\S+)", dynamic, re.MULTILINE))
        resolved = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True, check=False).stdout
        for line in resolved.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.startswith("not found"):
                missing.append(f"{path.relative_to(bundle)}: {name}")
            elif name in needed and where.startswith("/"):
                lib = where.split(" (")[0]
                if not Path(lib).resolve().is_relative_to(bundle.resolve()):
                    libs.add(lib)
    if missing:
        raise SystemExit("build: these libraries are needed but not found on this system:\n  " + "\n  ".join(missing))
    return libs


def owning_packages(paths: set[str]) -> set[str]:
    """The Debian packages that own these files, in one ``dpkg-query`` call."""
    spellings = {}
    for path in paths:
        for p in {path, os.path.realpath(path)}:  # merged /usr: a package may list either spelling
            spellings[p] = path
            spellings["/usr" + p if p.startswith("/lib") else p.removeprefix("/usr")] = path
    out = subprocess.run(["dpkg-query", "-S", *sorted(spellings)], capture_output=True, text=True, check=False).stdout
    owners, owned = set(), set()
    for line in out.splitlines():
        packages, _, path = line.partition(": ")
        if path in spellings:
            owners |= {p.strip().split(":")[0] for p in packages.split(",")}
            owned.add(spellings[path])
    if paths - owned:
        raise SystemExit(f"build: no Debian package owns {sorted(paths - owned)}; cannot declare them")
    return owners


def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any binary of the bundle refers to."""
    versions = set()
    for path in elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        versions |= set(re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b", out))
    return max(versions, key=lambda v: tuple(int(x) for x in v.split(".")))


def qt_runtime_packages() -> list[str]:
    out = run("bash", "-c", 'source "$1"; printf "%s\\n" "${QT_RUNTIME_PACKAGES[@]}"', "_",
              ROOT / "scripts" / "_env.sh", capture_output=True, text=True).stdout
    return out.split()


def depends(bundle: Path) -> str:
    packages = set(qt_runtime_packages())
    packages |= owning_packages(system_libraries(bundle))
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {glibc_floor(bundle)})"] + sorted(packages))


def du_kib(tree: Path) -> int:
    return sum(-(-p.lstat().st_size // 1024) for p in tree.rglob("*") if not p.is_dir()) + 4 * sum(
        1 for p in tree.rglob("*") if p.is_dir() and not p.is_symlink())


def normalise_modes(tree: Path) -> None:
    """Directories 0755, files 0644 or 0755, whatever the umask or the temporary folder's mode."""
    os.chmod(tree, 0o755)
    for path in tree.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            os.chmod(path, 0o755)
        else:
            os.chmod(path, 0o755 if path.stat().st_mode & 0o111 else 0o644)


def deb(bundle: Path, dist: Path, work: Path, version: str, arch: str, compression: str) -> Path:
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "icvapp", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "icvapp").symlink_to("/opt/icvapp/icvapp")
    share = root / "usr" / "share"
    for src, dest in (
        (HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (ROOT / "resources" / "icons" / "icvapp.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"),
        (HERE / "copyright", share / "doc" / "icvapp" / "copyright"),
    ):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    control = root / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: icvapp\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {du_kib(root)}\n"
        f"Depends: {depends(bundle)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: Independent Custody Visiting: visit reports, signing and Board reports\n"
        f" icvapp is a desktop app for Independent Custody Visiting schemes. Volunteers\n"
        f" fill in the visit report (encrypted, saved as they type), both visitors sign\n"
        f" and seal it, and the scheme office writes the quarterly Board report and the\n"
        f" annual summary. Run 'icvapp' for the window, 'icvapp --help' for the command line.\n"
    )
    normalise_modes(root)
    out = dist / f"icvapp_{version}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", root, out, stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "linux")
    p.add_argument("--wheel", type=Path, help="bundle this wheel instead of building one")
    p.add_argument("--deb-compression", default="xz", choices=["xz", "gzip", "zstd", "none"])
    args = p.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    arch = run("dpkg", "--print-architecture", capture_output=True, text=True).stdout.strip()
    tarch = {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)

    started = time.monotonic()
    wheel = args.wheel.resolve() if args.wheel else build_wheel(dist, work)
    version = wheel.name.split("-")[1]
    log(f"wheel {wheel.name} ({time.monotonic() - started:.0f} s)")
    bundle = build_bundle(wheel, dist, work)
    log(f"bundle {bundle} ({time.monotonic() - started:.0f} s)")
    tar = tarball(bundle, dist, version, tarch)
    log(f"tarball {tar.name} ({time.monotonic() - started:.0f} s)")
    package = deb(bundle, dist, work, version, arch, args.deb_compression)
    log(f"deb {package.name} ({time.monotonic() - started:.0f} s)")
    size = subprocess.run(["du", "-sh", str(bundle)], capture_output=True, text=True, check=False).stdout.split()[0]
    log(f"sizes: bundle {size}, tar.gz {tar.stat().st_size / 1e6:.0f} MB, .deb {package.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
