#!/usr/bin/env python3
"""Set up everything a fresh clone needs, then open the demo app or run the whole test suite.

    python3 .ci/bootstrap.py demo     # install, then open the app on the demo database
    python3 .ci/bootstrap.py test     # install, then run every test (what CI runs)

Standard library only, so it runs before anything is installed. On Debian as root it installs
the system libraries Qt needs (and poppler-utils/binutils for the PDF and bundle tests); on
Windows nothing outside the virtual environment is needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
WINDOWS = os.name == "nt"
PY = VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")
APT_PACKAGES = [
    # Qt offscreen + xcb runtime (environment.md §1.1)
    "libegl1",
    "libgl1",
    "libx11-6",
    "libdbus-1-3",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libxkbcommon0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-util1",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    # PDF text extraction in tests, PyInstaller's objdump/strip
    "poppler-utils",
    "poppler-data",
    "binutils",
]


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)  # type: ignore[call-overload]


def missing_debian_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        probe = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        )
        if "install ok installed" not in probe.stdout:
            missing.append(package)
    return missing


def install_system_packages() -> None:
    if WINDOWS or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    wanted = list(APT_PACKAGES)
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        wanted.append(f"python3.{sys.version_info.minor}-venv")
    if (
        sys.version_info[:2] == (3, 11)
        and not Path(sys.base_prefix, "lib", "libpython3.11.so").exists()
    ):
        wanted.append("libpython3.11")  # PyInstaller needs the shared library
    missing = missing_debian_packages(wanted)
    if not missing:
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-qq"], env=env)
    run(
        [
            "apt-get",
            "-o",
            "DPkg::Lock::Timeout=600",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            *missing,
        ],
        env=env,
    )


def install_python_packages() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before any venv exists
        sys.exit(f"Python 3.11 or newer is needed (found {sys.version.split()[0]}).")
    if not PY.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
        run([str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test,build]"])


def build_translations() -> None:
    run([str(PY), str(ROOT / "resources" / "i18n" / "update.py"), "--release-only"])


def main() -> int:
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action not in ("demo", "test"):
        print(__doc__)
        return 2
    install_system_packages()
    install_python_packages()
    build_translations()
    if action == "demo":
        return subprocess.call([str(PY), "-m", "jilin_apprentice", "--demo", *sys.argv[2:]])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PY), "-m", "pytest", "-q", *sys.argv[2:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main())
