"""Build the PyInstaller bundle from build.spec once, run the real app from it, and compile the
NSIS installer over it (slow: ~2-4 minutes; makensis is most of it).

Run with `pytest tests/e2e/test_bundle.py -s` to see build times and sizes. The bundle is the
Linux one (PyInstaller does not cross-compile); the Windows release is built the same way on
Windows (README "Building the Windows release").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
NSI = ROOT / "installer" / "jilin_apprentice.nsi"
BUNDLE_NAME = "jilin_apprentice"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI = f"jilin-apprentice-cli{EXE_SUFFIX}"
MAX_BUNDLE_BYTES = 150 * 1000 * 1000
MAX_INSTALLER_BYTES = 70 * 1000 * 1000
CERT_PASSWORD = "校章-2026"
SCHOOL = "吉林示范职业技术学院"


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


def _run_cli(bundle: Path, data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop("JILIN_APPRENTICE_DATA_DIR", None)
    return subprocess.run(
        [str(bundle / CLI), "--data-dir", str(data_dir), *args],
        cwd=data_dir.parent,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=600,
    )


def _explain(run: subprocess.CompletedProcess, data_dir: Path) -> str:
    return (
        f"exit code {run.returncode}\nstdout:\n{_tail(run.stdout)}\n"
        f"stderr:\n{_tail(run.stderr)}\nlogs:\n{_log_tails(data_dir / 'logs')}"
    )


# ---- contents -------------------------------------------------------------------------------


def test_bundle_has_both_executables_resources_and_migrations(bundle: Path) -> None:
    assert (bundle / f"JilinApprentice{EXE_SUFFIX}").is_file()
    assert (bundle / CLI).is_file()
    internal = bundle / "_internal"  # sys._MEIPASS = jilin_apprentice.paths.resource_root()
    assert (internal / "resources" / "fonts" / "WenQuanYiMicroHei.ttf").stat().st_size > 4_000_000
    assert (internal / "resources" / "fonts" / "LICENSE-WenQuanYi-MicroHei.txt").is_file()
    for language in ("zh_CN", "en", "ko"):
        assert (internal / "resources" / "i18n" / f"app_{language}.qm").is_file(), language
    qt_translations = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert {"qtbase_zh_CN.qm", "qtbase_en.qm", "qtbase_ko.qm"} <= qt_translations
    assert (internal / "resources" / "data" / "jilin_areas.json").is_file()
    assert (internal / "resources" / "icons" / "app.png").is_file()
    assert (internal / "resources" / "licences" / "third_party.json").is_file()
    assert (internal / "db" / "env.py").is_file()
    assert (internal / "db" / "script.py.mako").is_file()
    versions = sorted(p.name for p in (internal / "db" / "versions").glob("*.py"))
    expected = sorted(p.name for p in (ROOT / "db" / "versions").glob("*.py"))
    assert versions == expected
    assert versions, "no migrations in the bundle"
    assert (internal / "stdnum" / "cn" / "loc.dat").is_file()  # GB/T 2260 divisions


def test_developer_files_and_unused_parts_stay_out(bundle: Path) -> None:
    internal = bundle / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert not [n for n in names if n.endswith(".ts")], "translation sources in the bundle"
    assert "resources/i18n/update.py" not in names and "resources/i18n/fill.py" not in names
    assert "db/alembic.ini" not in names
    assert [n for n in names if n.startswith("stdnum/") and n.endswith(".dat")] == [
        "stdnum/cn/loc.dat"
    ]
    formats = sorted(p.name for p in internal.rglob("imageformats/*"))
    assert formats and all(any(k in f for k in ("qsvg", "qico", "qjpeg")) for f in formats)
    for dropped in ("Qt6Pdf", "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6Network"):
        assert not [n for n in names if dropped in n.rsplit("/", 1)[-1]], dropped
    for package in ("pygments", "fontTools", "setuptools", "pkg_resources"):
        assert not (internal / package).exists(), package


def test_both_executables_share_one_module_archive(bundle: Path) -> None:
    """Each executable embeds only the bootstrap's few modules; the rest is in one shared file."""
    shared = bundle / "_internal" / "jilin_apprentice.pyz"
    assert shared.stat().st_size > 5_000_000
    for exe in (f"JilinApprentice{EXE_SUFFIX}", CLI):
        assert (bundle / exe).stat().st_size < 2_000_000, exe


def test_package_metadata_for_the_about_box(bundle: Path) -> None:
    """importlib.metadata finds every About-box component's version in _internal (sys.path)."""
    listed = json.loads((ROOT / "resources" / "licences" / "third_party.json").read_text("utf-8"))
    dists = {c["dist"] for c in listed["components"] if c.get("dist")}
    dists |= {"PySide6-Essentials", "shiboken6", "pyHanko", "python-calamine", "python-stdnum"}
    internal = str(bundle / "_internal")
    for dist in sorted(dists):
        found = list(metadata.distributions(name=dist, path=[internal]))
        assert found, f"no metadata for {dist} in the bundle"
        assert found[0].version == metadata.version(dist), dist


def test_bundle_is_smaller_than_150_mb(bundle: Path) -> None:
    size = _folder_size(bundle)
    print(f"\nbundle size: {size / 1e6:.1f} MB ({size:,} bytes) in {bundle}")
    assert size < MAX_BUNDLE_BYTES, f"bundle is {size / 1e6:.1f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux ICU data only")
def test_trimmed_icu_sorts_chinese_and_korean_names_as_the_full_data(bundle: Path) -> None:
    """The bundle's smaller libicudata (installer/icu_trim.py) in Qt's QCollator: zh and ko
    orders are unchanged, while a dropped language (Swedish) falls back to the root order."""
    icudata = next(bundle.rglob("libicudata.so.73"))
    assert icudata.stat().st_size < 16_000_000
    probe = (
        "from PySide6.QtCore import QCollator, QLocale\n"
        "names = ['张伟', '李娜', '王芳', '阿强', '赵敏', '陈静', '박민수', '김영희', 'Zoe']\n"
        "for locale in ('zh_CN', 'ko_KR', 'sv_SE'):\n"
        "    key = QCollator(QLocale(locale)).sortKey\n"
        "    print(' '.join(sorted(names if locale != 'sv_SE' else ['ä', 'z', 'a'], key=key)))\n"
    )

    def sort(preload: str | None) -> list[str]:
        env = {**os.environ, "LD_PRELOAD": preload} if preload else dict(os.environ)
        run = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
        return run.stdout.splitlines()

    full, trimmed = sort(None), sort(str(icudata))
    assert trimmed[:2] == full[:2]
    assert trimmed[0].startswith("阿强 陈静 李娜")  # pinyin order
    assert full[2] == "a z ä" and trimmed[2] == "a ä z"  # proves the trimmed data was loaded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux OpenSSL sharing only")
def test_python_ssl_and_hashlib_work_on_the_shared_openssl(bundle: Path, tmp_path: Path) -> None:
    """build.spec points libssl.so.3/libcrypto.so.3 at psycopg's OpenSSL: Python's _ssl and
    _hashlib (scrypt for passwords) must give the same results on it."""
    internal = bundle / "_internal"
    for name in ("libssl.so.3", "libcrypto.so.3"):
        assert (internal / name).is_symlink(), name
        assert os.readlink(internal / name).startswith("psycopg_binary.libs/"), name
        (tmp_path / name).symlink_to(internal / name)
    probe = (
        "import hashlib, ssl\n"
        "print(ssl.OPENSSL_VERSION)\n"
        "print(hashlib.scrypt(b'pw', salt=b'salt' * 4, n=2**14, r=8, p=1).hex())\n"
        "print(hashlib.sha256(b'x').hexdigest(), ssl.create_default_context().verify_mode)\n"
    )

    def run(env: dict[str, str]) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    system = run(dict(os.environ))
    shared = run({**os.environ, "LD_LIBRARY_PATH": str(tmp_path)})
    assert shared[0] != system[0]  # really loaded the other OpenSSL
    assert shared[1:] == system[1:]


# ---- running it ----------------------------------------------------------------------------


def test_bundled_cli_runs_the_demo_smoke_test(bundle: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    started = time.perf_counter()
    run = _run_cli(bundle, data_dir, "--demo", "--smoke-test")
    print(f"\nsmoke test in the bundle took {time.perf_counter() - started:.1f} s")
    assert run.returncode == 0, _explain(run, data_dir)
    assert "smoke test ok: 12 pages" in run.stdout
    assert (data_dir / "jilin_apprentice.db").is_file()


def test_bundled_cli_seeds_generates_signs_and_verifies_an_agreement(
    bundle: Path, tmp_path: Path
) -> None:
    from jilin_apprentice.services.signing_certs import build_self_signed_p12

    data_dir, pdfs = tmp_path / "data", tmp_path / "pdf"
    seed = _run_cli(bundle, data_dir, "seed", "--size", "60", "--seed", "7")
    assert seed.returncode == 0 and "students=60" in seed.stdout, _explain(seed, data_dir)

    # The batch runs in a spawn process pool: inside the bundle this needs freeze_support().
    generate = _run_cli(
        bundle, data_dir, "agreement", "generate", "--all-ready", "--out", str(pdfs)
    )
    assert generate.returncode == 0, _explain(generate, data_dir)
    done = [
        line.split("\t")[0].split()[1]
        for line in generate.stdout.splitlines()
        if "\tgenerated" in line
    ]
    assert done, generate.stdout
    one = _run_cli(
        bundle,
        data_dir,
        "agreement",
        "generate",
        "--placement",
        done[0],
        "--out",
        str(pdfs / "one"),
    )
    assert one.returncode == 0 and f"placement {done[0]}\tgenerated" in one.stdout, _explain(
        one, data_dir
    )
    pdf = next((pdfs / "one").glob("*.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF")

    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    p12, _cert = build_self_signed_p12(
        SCHOOL, SCHOOL, CERT_PASSWORD, start, start + dt.timedelta(days=30)
    )
    cert = tmp_path / "school.p12"
    cert.write_bytes(p12)
    signed = tmp_path / "signed.pdf"
    sign = _run_cli(
        bundle,
        data_dir,
        "agreement",
        "sign",
        "--cert",
        str(cert),
        "--out",
        str(signed),
        str(pdf),
        JA_CERT_PASSWORD=CERT_PASSWORD,  # the password variable `agreement sign --help` names
    )
    assert sign.returncode == 0 and signed.is_file(), _explain(sign, data_dir)

    verify = _run_cli(bundle, data_dir, "agreement", "verify", str(signed))
    assert verify.returncode == 0, _explain(verify, data_dir)
    lines = verify.stdout.splitlines()
    assert lines[0] == "intact: yes"
    assert lines[1].startswith(f"signed by {SCHOOL} at ") and "(known certificate" in lines[1]
    assert lines[2].startswith("agreement ") and f"placement {done[0]}" in lines[2]

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed.read_bytes() + b"\n% edited after signing\n")
    check = _run_cli(bundle, data_dir, "agreement", "verify", str(tampered))
    assert check.returncode == 1, _explain(check, data_dir)
    assert check.stdout.startswith("intact: no") and "problem: " in check.stdout


# ---- the installer --------------------------------------------------------------------------


def _symlinks(folder: str, names: list[str]) -> list[str]:
    return [name for name in names if os.path.islink(os.path.join(folder, name))]


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis missing (apt install nsis)")
def test_nsis_script_compiles_into_a_chinese_installer(bundle: Path, tmp_path: Path) -> None:
    """makensis over the bundle laid out under its Windows names (hard links, no copy)."""
    from jilin_apprentice import __version__

    staged = tmp_path / "win" / BUNDLE_NAME
    # Without the Linux-only symlinks PyInstaller adds to _internal/ (a Windows bundle has none;
    # makensis would store their targets twice).
    shutil.copytree(bundle, staged, copy_function=os.link, ignore=_symlinks)
    for name in ("JilinApprentice", "jilin-apprentice-cli"):
        if not (staged / f"{name}.exe").exists():
            (staged / name).rename(staged / f"{name}.exe")
    setup = tmp_path / f"JilinApprentice-{__version__}-win64-setup.exe"
    started = time.perf_counter()
    run = subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={__version__}",
            f"-DDIST={staged}",
            f"-DOUTFILE={setup}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    elapsed = time.perf_counter() - started
    assert run.returncode == 0, f"makensis failed:\n{_tail(run.stdout)}\n{_tail(run.stderr)}"
    size = setup.stat().st_size
    print(f"\ninstaller: {size / 1e6:.1f} MB, compiled in {elapsed:.1f} s")
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and b"Nullsoft" in data
    # file properties (VIAddVersionKey) carry the Chinese product name and the version
    assert "吉林学徒实习管理".encode("utf-16-le") in data
    assert __version__.encode("utf-16-le") in data
    assert size < MAX_INSTALLER_BYTES, f"installer is {size / 1e6:.1f} MB"
    if shutil.which("7z") is None:
        return
    listing = subprocess.run(["7z", "l", str(setup)], capture_output=True, text=True, timeout=300)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    files = listing.stdout.replace("\\", "/")
    for name in (
        "JilinApprentice.exe",
        "jilin-apprentice-cli.exe",
        "_internal/jilin_apprentice.pyz",
        "_internal/resources/fonts/WenQuanYiMicroHei.ttf",
        "_internal/db/env.py",
        "uninstall.exe",
    ):
        assert name in files, f"{name} not in the installer"
