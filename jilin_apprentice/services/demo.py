"""Build the demo dataset and finish it (search column) in one call for the CLI and `--demo`."""

from __future__ import annotations

from collections.abc import Callable

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.demo_seed import SeedReport, seed_database


def build_demo(
    services: Services, *, size: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> SeedReport:
    """Seed deterministically (the seeder also fills the search and sort columns).

    ANALYZE afterwards gives SQLite's planner the statistics that make a search scan the
    narrow covering index rather than the table.
    """
    report = seed_database(services.engine, size=size, seed=seed, progress=progress)
    with services.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return report
