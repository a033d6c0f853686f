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
TEST_APT_PACKAGES = [
    "postgresql",  # the service tests run against PostgreSQL too (issue 8)
    # tests/e2e/test_bundle.py: makensis compiles installer/jilin_apprentice.nsi, 7z lists the
    # installer's files, icupkg trims Qt's ICU data in the Linux bundle (installer/icu_trim.py)
    "nsis",
    "p7zip-full",
    "icu-devtools",
]
PG_URL = "postgresql+psycopg://ja:ja@localhost/postgres"
PG_SETUP = (
    "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ja') THEN "
    "CREATE ROLE ja LOGIN SUPERUSER PASSWORD 'ja'; END IF; END $$;"
)


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


def install_system_packages(extra: list[str]) -> None:
    if WINDOWS or not shutil.which("apt-get") or os.geteuid() != 0:
        return
    wanted = [*APT_PACKAGES, *extra]
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
    install_system_packages(TEST_APT_PACKAGES if action == "test" else [])
    install_python_packages()
    build_translations()
    if action == "demo":
        return subprocess.call([str(PY), "-m", "jilin_apprentice", "--demo", *sys.argv[2:]])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = subprocess.call([str(PY), "-m", "pytest", "-q", *sys.argv[2:]], cwd=ROOT, env=env)
    if code == 0 and not sys.argv[2:] and start_postgresql():
        print("+ the service tests again, on PostgreSQL", flush=True)
        pg_env = {**env, "JA_TEST_PG": PG_URL}
        code = subprocess.call(
            [str(PY), "-m", "pytest", "-q", "tests/service"], cwd=ROOT, env=pg_env
        )
    return code


def start_postgresql() -> bool:
    """Start the local Debian cluster and make the test role; False where there is none."""
    if WINDOWS or not shutil.which("pg_lsclusters") or os.geteuid() != 0:
        print("PostgreSQL not available here: the service tests ran on SQLite only", flush=True)
        return False
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    if not clusters.strip():
        print("no PostgreSQL cluster: the service tests ran on SQLite only", flush=True)
        return False
    version, name = clusters.split()[:2]
    if "online" not in clusters:
        run(["pg_ctlcluster", version, name, "start"])
    run(["runuser", "-u", "postgres", "--", "psql", "-q", "-c", PG_SETUP])  # no shell: $$ stays
    return True


if __name__ == "__main__":
    raise SystemExit(main())
