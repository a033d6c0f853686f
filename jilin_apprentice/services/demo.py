"""Build the demo dataset and finish it (search column) in one call for the CLI and `--demo`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.demo_seed import SeedReport, seed_database
from jilin_apprentice.services.insurance_dto import IncidentDraft

# The issue-6 records (programmes, calendars, logbooks, visits, evaluations, certificates) go
# through the services one by one so that they are valid; for the 100,000-student benchmark
# databases that would take many minutes, and those benchmarks measure the issue 2-5 paths.
ISSUE6_DEMO_MAX_SIZE = 5_000


def build_demo(
    services: Services, *, size: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> SeedReport:
    """Seed deterministically (the seeder also fills the search and sort columns).

    ANALYZE afterwards gives SQLite's planner the statistics that make a search scan the
    narrow covering index rather than the table.
    """
    report = seed_database(services.engine, size=size, seed=seed, progress=progress)
    seed_demo_users(services)
    _incident(services)
    if size <= ISSUE6_DEMO_MAX_SIZE:
        seed_issue6(services)
        seed_issue7(services)
        seed_issue8(services)
    with services.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return report


def seed_issue6(services: Services) -> int:
    """Apprenticeship programmes (then their calendars), mentors' pay and certificates, site
    visits and evaluations, the weekly logbook: through the services, so all of it is valid."""
    from jilin_apprentice.services.demo_calendar import seed_demo_calendar
    from jilin_apprentice.services.demo_logbook import seed_demo_logbook
    from jilin_apprentice.services.demo_mentors import seed_demo_mentors
    from jilin_apprentice.services.demo_programmes import seed_demo_programmes
    from jilin_apprentice.services.demo_visits import seed_demo_visits

    made = seed_demo_programmes(services)
    made += seed_demo_calendar(services)
    made += seed_demo_mentors(services)
    made += seed_demo_visits(services)
    made += seed_demo_logbook(services)
    return made


def seed_issue7(services: Services) -> int:
    """Openings on the post board (one filled from it, one closed), students' wishes, saved
    import column mappings, and twelve weeks of compliance counts for the dashboard."""
    from jilin_apprentice.services.demo_board import seed_demo_board
    from jilin_apprentice.services.demo_imports import seed_demo_imports
    from jilin_apprentice.services.demo_statistics import seed_demo_statistics

    made = seed_demo_board(services) + seed_demo_imports(services)
    return made + seed_demo_statistics(services)  # the snapshots chart today's findings too


DEMO_PASSWORD = "jilin-demo"
DEMO_USERS = (  # user name, display name, role, may see full personal data
    ("admin", "系统管理员", "admin", True),
    ("officer", "李敏（实习就业办）", "officer", False),
    ("teacher", "张海燕（班主任）", "read_only", False),
)


def seed_issue8(services: Services) -> int:
    """Consents (some missing or withdrawn), privacy-notice acknowledgements, and former
    students past the retention period."""
    from jilin_apprentice.services.demo_privacy import seed_demo_privacy

    return seed_demo_privacy(services)


def seed_demo_users(services: Services) -> int:
    """An administrator, an officer and a read-only teacher, all with password `jilin-demo`
    (README lists them); made through the user service as the system principal."""
    from jilin_apprentice.services.user_dto import UserDraft

    if not services.users.needs_setup():
        return 0
    for username, name, role, pii in DEMO_USERS:
        services.users.save(UserDraft(username, name, role, pii, True, DEMO_PASSWORD))
    return len(DEMO_USERS)


def _incident(services: Services) -> None:
    """One recorded incident with a claim, so the incidents register is not empty."""
    today = services.today()
    rows = services.placements.list(status="active", limit=50)
    row = next(
        (r for r in rows if r.type == "post" and r.start_date <= today - dt.timedelta(days=20)),
        None,
    )
    if row is None:
        return
    services.incidents.record(
        IncidentDraft(
            placement_id=row.id,
            occurred_on=today - dt.timedelta(days=12),
            description="搬运物料时左手被货架边缘划伤，现场包扎后送医缝合",
            injury="左手掌划伤，缝合3针",
            reported_to_insurer_on=today - dt.timedelta(days=11),
            claim_no=f"LP{today:%Y%m}{row.id:05d}",
            claim_status="submitted",
            amount_claimed_fen=86_000,
        )
    )
