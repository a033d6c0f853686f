"""Demo compliance history: about twelve weekly snapshots before today, so the dashboard's
"compliance over time" chart has a series from the first start. Deterministic (derived from
the current counts and the week index), and today's real snapshot is taken as well."""

from __future__ import annotations

import datetime as dt
import random

from jilin_apprentice.services.container import Services
from jilin_apprentice.services.statistics_dto import SnapshotPoint

WEEKS = 12
SEED = 20261126


def seed_demo_statistics(services: Services) -> int:
    """Store today's real snapshot and WEEKS earlier weekly ones that trend down towards it
    (an officer working through the findings), with a planted spike six weeks ago (a batch of
    drafts entered without insurance). Returns the number of snapshots written."""
    today = services.today()
    rng = random.Random(SEED)
    made = 0
    current = services.statistics.record_snapshot(today)
    if current is None:
        current = services.statistics.compliance_series(today)[-1]
    else:
        made += 1
    for week in range(WEEKS, 0, -1):
        day = today - dt.timedelta(weeks=week)
        factor = 1 + week * 0.06 + rng.uniform(-0.04, 0.04)
        if week == 6:
            factor += 0.45  # the planted spike
        by_rule = {rule: max(0, round(n * factor)) for rule, n in current.by_rule.items()}
        if week == 6:
            by_rule["R-INS-1"] = by_rule.get("R-INS-1", 0) + 9
        findings = sum(by_rule.values())
        blocking = min(findings, round(current.blocking * factor) + (9 if week == 6 else 0))
        opened = max(1, current.open_placements + rng.randint(-4, 4) - week // 3)
        point = SnapshotPoint(day, opened, findings, blocking, by_rule)
        if services.statistics.store_snapshot(point) is not None:
            made += 1
    return made
