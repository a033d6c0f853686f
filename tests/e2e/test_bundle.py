"""Build the PyInstaller bundle from build.spec and run the real app from it (slow: ~1 minute).

Run with `pytest -m slow tests/e2e/test_bundle.py -s` to see the build time and bundle size.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
BUNDLE_NAME = "jilin_apprentice"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
MAX_BUNDLE_BYTES = 250 * 1000 * 1000


def _folder_size(folder: Path) -> int:
    """Bytes on disk of every file below folder, symlinks counted once (not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def _tail(text: str, lines: int = 60) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _log_tails(log_dir: Path) -> str:
    """The end of every app log file, for the failure message."""
    if not log_dir.is_dir():
        return "(no logs folder)"
    return "\n".join(
        f"--- {log}\n{_tail(log.read_text(encoding='utf-8', errors='replace'))}"
        for log in sorted(log_dir.glob("*.log*"))
    )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/jilin_apprentice/, built once for this module into a temporary folder."""
    tmp = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(tmp / "dist"),
            "--workpath",
            str(tmp / "build"),
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    elapsed = time.perf_counter() - started
    assert build.returncode == 0, f"pyinstaller failed:\n{_tail(build.stderr, 120)}"
    print(f"\nbundle built in {elapsed:.1f} s")
    return tmp / "dist" / BUNDLE_NAME


def test_bundle_has_both_executables_resources_and_migrations(bundle: Path) -> None:
    assert (bundle / f"JilinApprentice{EXE_SUFFIX}").is_file()
    assert (bundle / f"jilin-apprentice-cli{EXE_SUFFIX}").is_file()
    internal = bundle / "_internal"  # sys._MEIPASS = jilin_apprentice.paths.resource_root()
    assert (internal / "resources" / "fonts" / "WenQuanYiMicroHei.ttf").stat().st_size > 4_000_000
    assert (internal / "resources" / "fonts" / "LICENSE-WenQuanYi-MicroHei.txt").is_file()
    assert (internal / "db" / "env.py").is_file()
    assert (internal / "db" / "script.py.mako").is_file()
    versions = sorted(p.name for p in (internal / "db" / "versions").glob("*.py"))
    expected = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert versions == expected
    assert versions, "no migrations in the bundle"


def test_bundle_is_smaller_than_250_mb(bundle: Path) -> None:
    size = _folder_size(bundle)
    print(f"\nbundle size: {size / 1e6:.1f} MB ({size:,} bytes) in {bundle}")
    assert size < MAX_BUNDLE_BYTES, f"bundle is {size / 1e6:.1f} MB"


def test_bundled_cli_runs_the_demo_smoke_test(bundle: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("JILIN_APPRENTICE_DATA_DIR", None)
    started = time.perf_counter()
    run = subprocess.run(
        [
            str(bundle / f"jilin-apprentice-cli{EXE_SUFFIX}"),
            "--data-dir",
            str(data_dir),
            "--demo",
            "--smoke-test",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
    )
    print(f"\nsmoke test in the bundle took {time.perf_counter() - started:.1f} s")
    logs = _log_tails(data_dir / "logs")
    assert run.returncode == 0, (
        f"exit code {run.returncode}\nstdout:\n{_tail(run.stdout)}\n"
        f"stderr:\n{_tail(run.stderr)}\nlogs:\n{logs}"
    )
    assert (data_dir / "jilin_apprentice.db").is_file()
