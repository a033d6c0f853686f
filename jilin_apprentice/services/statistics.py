"""Dashboard figures, the yearly statistical report and compliance over time (issue 7).

Seed §(9) employment statistics per major, §(27) evaluation figures, §(12)/(26) supply and
demand. Everything is a grouped SQL aggregate (statistics_queries.py): the dashboard of a
100,000-student database is computed in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilin_apprentice.domain.enums import StudentStatus
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.domain.rules.model import BLOCK
from jilin_apprentice.services import statistics_queries as q
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.compliance import ComplianceFinding, ComplianceService
from jilin_apprentice.services.reference_data import industry_by_code
from jilin_apprentice.services.statistics_dto import (
    Count,
    Dashboard,
    InsuranceCoverage,
    MajorRate,
    PayBucket,
    PayLevels,
    SnapshotPoint,
    SupplyDemand,
    YearlyReport,
)
from jilin_apprentice.storage.models import ComplianceSnapshot, Enterprise, Placement, Student
from jilin_apprentice.storage.models.people import SchoolProfile
from jilin_apprentice.storage.uow import UnitOfWork

TOP_ENTERPRISES = 10
SERIES_DAYS = 400  # compliance points shown: a bit more than a year


def _industry_label(code: str) -> str:
    found = industry_by_code(code)
    return found.name_zh if found else code


def _top(rows: list[tuple[int, str, int]], n: int) -> tuple[Count, ...]:
    """The n largest enterprises, then the rest summed under key "" (label "")."""
    head = [Count(str(eid), name, c) for eid, name, c in rows[:n]]
    rest = sum(c for _, _, c in rows[n:])
    return tuple(head + ([Count("", "", rest)] if rest else []))


def _point(row: Any) -> SnapshotPoint:
    return SnapshotPoint(
        row.taken_on,
        row.open_placements,
        row.findings,
        row.blocking,
        {str(k): int(v) for k, v in json.loads(row.by_rule_json or "{}").items()},
    )


FIRST_YEAR = 2000


def _check_year(year: int, today: dt.date) -> None:
    """A year outside 2000 … next year is a typing slip, not a statistics question."""
    if not FIRST_YEAR <= year <= today.year + 1:
        raise ValidationFailed(
            [Violation("year", "number.range", {"min": FIRST_YEAR, "max": today.year + 1})]
        )


class StatisticsService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
        compliance: ComplianceService,
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        self._compliance = compliance

    # --- figures -----------------------------------------------------------------------------
    def years(self) -> list[int]:
        """Calendar years with placements (newest first), always including this year, within
        the years dashboard() accepts."""
        with self._uow.read() as session:
            first, last = session.execute(
                select(func.min(Placement.start_date), func.max(Placement.end_date))
            ).one()
        this = self._today().year
        low = max(FIRST_YEAR, min(first.year if first else this, this))
        high = min(this + 1, max(last.year if last else this, this))
        return list(range(high, low - 1, -1))

    def dashboard(self, year: int | None = None, *, top: int = TOP_ENTERPRISES) -> Dashboard:
        """All dashboard figures for the placements overlapping `year` (default: this year).

        Supply/demand and insurance cover are as of today; the placement rate counts the
        graduating cohorts (statistics_queries.eligible) on min(today, 31 December).
        """
        today = self._today()
        year = year or today.year
        _check_year(year, today)
        ref = min(today, dt.date(year, 12, 31))
        with self._uow.read() as session:
            conn = session.connection()
            status = q.grouped(conn, Placement.status, year)
            kinds = q.grouped(conn, Placement.type, year)
            industry = q.grouped(conn, Enterprise.industry_code, year)
            majors = q.by_major(conn, year)
            enterprises = q.by_enterprise(conn, year)
            rates = q.placement_rates(conn, year, ref)
            demand = q.supply_demand(conn, today)
            pay = q.pay_rows(conn, year)
            needing, covered = q.insurance_coverage(conn, today)
            series = self._series(session, today)
        return Dashboard(
            year=year,
            today=today,
            total=sum(c for _, c in status),
            by_status=tuple(Count(k, k, c) for k, c in status),
            by_type=tuple(Count(k, k, c) for k, c in kinds),
            by_industry=tuple(Count(k, _industry_label(k), c) for k, c in industry),
            by_major=tuple(Count(m, m, c) for m, c in majors),
            by_enterprise=_top(enterprises, top),
            placement_rates=tuple(MajorRate(m, s, p) for m, s, p in rates),
            supply_demand=tuple(SupplyDemand(m, p, a) for m, p, a in demand),
            pay=self._pay_levels(pay),
            insurance=InsuranceCoverage(today, needing, covered),
            compliance=series,
        )

    @staticmethod
    def _pay_levels(rows: list[tuple[int, int | None]]) -> PayLevels:
        """R-PAY-2: intern pay not below 80 % of the same post's wage (fen, integer test)."""
        values = sorted(v for v, _ in rows)
        q1, median, q3 = q.quartiles(values)
        with_wage = [(v, w) for v, w in rows if w]
        below = sum(1 for v, w in with_wage if v * 100 < w * 80)
        return PayLevels(
            count=len(values),
            median_fen=median,
            q1_fen=q1,
            q3_fen=q3,
            below_80_count=below,
            with_wage_count=len(with_wage),
            buckets=tuple(PayBucket(lo, hi, n) for lo, hi, n in q.pay_buckets(values)),
        )

    def yearly_report(self, year: int) -> YearlyReport:
        """The figures of the yearly statistical report for the education bureau.
        Raises ValidationFailed (year, number.range) outside 2000 … next year."""
        board = self.dashboard(year)
        with self._uow.read() as session:
            school = session.scalar(select(SchoolProfile.name).limit(1)) or ""
            students = session.scalar(
                select(func.count(Student.id)).where(Student.status != StudentStatus.WITHDRAWN)
            )
        return YearlyReport(school, year, self._today(), int(students or 0), board)

    def write_yearly_pdf(self, year: int, path: Path) -> Path:
        """The yearly report as a PDF (ReportLab, embedded CJK font)."""
        from jilin_apprentice.pdf.statistics_pdf import write_report_pdf
        from jilin_apprentice.services.statistics_tables import build_tables

        return write_report_pdf(build_tables(self.yearly_report(year)), Path(path))

    def write_yearly_xlsx(self, year: int, path: Path) -> Path:
        """The yearly report as an .xlsx workbook, one sheet per table, typed numbers."""
        from jilin_apprentice.services.statistics_tables import build_tables
        from jilin_apprentice.services.statistics_xlsx import write_report_xlsx

        return write_report_xlsx(build_tables(self.yearly_report(year)), Path(path))

    # --- compliance over time ----------------------------------------------------------------
    def record_snapshot(
        self,
        today: dt.date | None = None,
        findings: Sequence[ComplianceFinding] | None = None,
    ) -> SnapshotPoint | None:
        """Store today's compliance counts (at most one row a day); None if already taken.

        Called by the home screen after its scan: pass that scan's `findings` to avoid
        scanning twice. A day already taken costs one indexed lookup only.
        """
        day = today or self._today()
        with self._uow.read() as session:
            if session.scalar(
                select(ComplianceSnapshot.id).where(ComplianceSnapshot.taken_on == day)
            ):
                return None
        if findings is None:
            findings = self._compliance.scan()
        with self._uow.read() as session:
            open_count = session.scalar(
                select(func.count(Placement.id)).where(Placement.status.in_(q.OPEN))
            )
        by_rule = Counter(f.rule_id for f in findings)
        return self.store_snapshot(
            SnapshotPoint(
                day,
                int(open_count or 0),
                len(findings),
                sum(1 for f in findings if f.severity == BLOCK),
                dict(sorted(by_rule.items())),
            )
        )

    def store_snapshot(self, point: SnapshotPoint) -> SnapshotPoint | None:
        """Write one day's counts unless that day is taken (record_snapshot; demo history)."""
        with self._uow() as session:
            if session.scalar(
                select(ComplianceSnapshot.id).where(ComplianceSnapshot.taken_on == point.taken_on)
            ):
                return None
            row = ComplianceSnapshot(
                taken_on=point.taken_on,
                open_placements=point.open_placements,
                findings=point.findings,
                blocking=point.blocking,
                by_rule_json=json.dumps(point.by_rule, sort_keys=True),
            )
            session.add(row)
            session.flush()
            self._audit.record(
                session,
                action="create",
                entity="compliance_snapshot",
                entity_id=row.id,
                changes={
                    "taken_on": (None, point.taken_on.isoformat()),
                    "findings": (None, point.findings),
                    "blocking": (None, point.blocking),
                },
            )
        return point

    def compliance_series(self, since: dt.date | None = None) -> list[SnapshotPoint]:
        """Stored daily counts from `since` (default: about a year ago), oldest first."""
        with self._uow.read() as session:
            return list(self._series(session, self._today(), since))

    @staticmethod
    def _series(
        session: Session, today: dt.date, since: dt.date | None = None
    ) -> tuple[SnapshotPoint, ...]:
        since = since or today - dt.timedelta(days=SERIES_DAYS)
        snap = ComplianceSnapshot
        rows = session.execute(
            select(
                snap.taken_on, snap.open_placements, snap.findings, snap.blocking, snap.by_rule_json
            )
            .where(snap.taken_on >= since)
            .order_by(snap.taken_on)
        )
        return tuple(_point(r) for r in rows)
