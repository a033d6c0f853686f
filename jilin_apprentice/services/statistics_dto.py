"""Plain figures for the dashboard and the yearly statistical report (issue 7, seed §(9),
§(12)/(26), §(27)). Codes (status, type, industry) stay codes; screens and writers label them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Count:
    """One bar or slice: a code or name, its label (already human text where the service
    knows it, e.g. an enterprise or major name) and the count."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class MajorRate:
    """Placement rate of one major: eligible students and those placed (seed §(9))."""

    major: str
    students: int
    placed: int

    @property
    def rate(self) -> float | None:
        return self.placed / self.students if self.students else None


@dataclass(frozen=True)
class SupplyDemand:
    """Places still open for a major against the students free to take them (§(12), §(26)).
    `major` "" is the row of openings that accept any major."""

    major: str
    places: int
    available: int

    @property
    def ratio(self) -> float | None:
        """Places per available student (岗位供需比); None when nobody is available."""
        return self.places / self.available if self.available else None


@dataclass(frozen=True)
class PayBucket:
    """Post placements whose monthly-equivalent pay is in [low, high) fen (high None: open)."""

    low_fen: int
    high_fen: int | None
    count: int


@dataclass(frozen=True)
class PayLevels:
    """Monthly-equivalent pay of post placements (R-JL-MW-2 conversion)."""

    count: int
    median_fen: int | None
    q1_fen: int | None
    q3_fen: int | None
    below_80_count: int  # below 80 % of the post's wage (R-PAY-2), of those with a wage known
    with_wage_count: int
    buckets: tuple[PayBucket, ...] = ()

    @property
    def below_80_share(self) -> float | None:
        return self.below_80_count / self.with_wage_count if self.with_wage_count else None


@dataclass(frozen=True)
class InsuranceCoverage:
    """Open placements running today that need liability cover (R-INS-1), and how many have
    it today."""

    on: dt.date
    needing: int
    covered: int

    @property
    def share(self) -> float | None:
        return self.covered / self.needing if self.needing else None


@dataclass(frozen=True)
class SnapshotPoint:
    """The compliance counts of one day (ComplianceSnapshot row)."""

    taken_on: dt.date
    open_placements: int
    findings: int
    blocking: int
    by_rule: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Dashboard:
    """Everything the reports page charts for one year."""

    year: int
    today: dt.date
    total: int  # placements overlapping the year
    by_status: tuple[Count, ...]
    by_type: tuple[Count, ...]
    by_industry: tuple[Count, ...]
    by_major: tuple[Count, ...]
    by_enterprise: tuple[Count, ...]  # top N, then "other" (key "")
    placement_rates: tuple[MajorRate, ...]
    supply_demand: tuple[SupplyDemand, ...]
    pay: PayLevels
    insurance: InsuranceCoverage
    compliance: tuple[SnapshotPoint, ...]


@dataclass(frozen=True)
class YearlyReport:
    """The yearly statistical report for the education bureau (PDF and xlsx)."""

    school: str
    year: int
    generated_on: dt.date
    students: int  # students on roll (not withdrawn)
    dashboard: Dashboard
