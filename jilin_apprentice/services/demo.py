"""Build the demo dataset and finish it (search column) in one call for the CLI and `--demo`."""

from __future__ import annotations

from collections.abc import Callable

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.demo_seed import SeedReport, seed_database
from jilin_apprentice.storage.search import rebuild_student_search


def build_demo(
    services: Services, *, size: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> SeedReport:
    """Seed deterministically, then rebuild the search column in SQL (one statement)."""
    report = seed_database(services.engine, size=size, seed=seed, progress=progress)
    with services.uow() as session:
        rebuild_student_search(session)
    return report
