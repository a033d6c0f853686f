"""The demo databases the benchmarks run on, built once and kept in a cache folder.

Building the 100,000-student demo takes 15-20 s; six benchmarks need it. The first one builds
it into `$JILIN_BENCH_CACHE` (default `~/.cache/jilin-apprentice-bench`), keyed by size, seed,
the schema head and a hash of the demo seeder's source, so a changed seeder or a new migration
builds a new one; every benchmark then works on its own copy (some of them write).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_SEED = 1  # what the benchmarks have always used


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "jilin-apprentice-bench"
    folder = Path(os.environ.get("JILIN_BENCH_CACHE") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_key(size: int, seed: int) -> str:
    from jilin_apprentice.storage.migrate import head_revision

    digest = hashlib.sha256()
    for source in sorted((ROOT / "jilin_apprentice" / "services").glob("demo*.py")):
        digest.update(source.read_bytes())
    return f"demo-{size}-{seed}-{head_revision()}-{digest.hexdigest()[:10]}"


def demo_database(size: int, seed: int = DEMO_SEED) -> tuple[Path, bool]:
    """The cached pristine database file, and whether it was already there (False: built now)."""
    folder = cache_dir()
    key = cache_key(size, seed)
    path = folder / f"{key}.db"
    with _locked(folder / f"demo-{size}-{seed}.lock"):
        if path.is_file():
            return path, True
        for stale in folder.glob(f"demo-{size}-{seed}-*.db"):
            stale.unlink()  # an older schema or seeder: never used again
        partial = folder / f"{key}.partial"
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        _build(partial, size, seed)
        partial.replace(path)
        print(f"(demo database of {size} students built for the cache in "
              f"{time.perf_counter() - started:.1f} s: {path})")  # fmt: skip
    return path, False


def copy_demo_database(dest: Path, size: int, seed: int = DEMO_SEED) -> Path:
    """A private copy of the cached demo database at `dest` (built first if needed)."""
    source, _ = demo_database(size, seed)
    shutil.copyfile(source, dest)
    return dest


def _build(path: Path, size: int, seed: int) -> None:
    from jilin_apprentice.services.container import open_services
    from jilin_apprentice.services.demo import build_demo
    from jilin_apprentice.services.demo_seed import REFERENCE_DATE

    services = open_services(f"sqlite:///{path}", today=lambda: REFERENCE_DATE)
    build_demo(services, size=size, seed=seed)
    services.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:  # fold any WAL back into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    """One builder at a time, should two benchmarks start together."""
    try:
        import fcntl
    except ImportError:  # Windows: run_all.py runs the benchmarks one after another anyway
        yield
        return
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
