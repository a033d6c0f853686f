"""Gap and expiry detection for the insurance register: every open placement needing cover, cut
against its student's merged liability cover (domain/coverage.py).

Split from insurance.py (the service). A handful of Core queries read every open placement at
once, so the whole register costs about as much as reading the rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilin_apprentice.domain import coverage as cov
from jilin_apprentice.domain.enums import PlacementStatus, PlacementType, PolicyType
from jilin_apprentice.domain.rules.model import Finding
from jilin_apprentice.services.rule_params import value_in_force
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Coverage,
    Enterprise,
    InsurancePolicy,
    Placement,
    PlacementPostHistory,
    SchoolClass,
    Student,
)

OPEN = (PlacementStatus.DRAFT, PlacementStatus.APPROVED, PlacementStatus.ACTIVE)
NEEDS_COVER = (PlacementType.POST, PlacementType.APPRENTICESHIP)  # R-TYPE-2: not 认识实习
EMPLOYEES = "enterprise_new"  # 企业新型学徒制 apprentices are employees with work-injury cover
IP, C, P = InsurancePolicy, Coverage, Placement


@dataclass
class Assessed:
    """One open placement after the cover check (internal to the register queries)."""

    row: Any  # Core row: id, student_id, enterprise_id, status, start, end, names
    gaps: list[cov.Gap]
    findings: list[Finding]


def load_settings(session: Session, on: dt.date) -> cov.InsuranceSettings:
    """The "insurance" reference value in force on `on` (defaults if none is stored)."""
    return cov.InsuranceSettings.from_value(value_in_force(session, "insurance", on))


def assess(session: Session, today: dt.date) -> tuple[list[Assessed], dict[int | None, str]]:
    """Cut every open placement needing cover against its student's merged liability cover."""
    conn = session.connection()  # Core rows: this reads every open placement
    settings = load_settings(session, today)
    placements = conn.execute(
        select(P.id, P.student_id, P.enterprise_id, P.status, P.start_date, P.end_date)
        .add_columns(
            Student.name.label("s_name"),
            SchoolClass.name.label("c_name"),
            Enterprise.name.label("e_name"),
            Apprenticeship.programme,
        )
        .join(Student, Student.id == P.student_id)
        .join(SchoolClass, SchoolClass.id == Student.class_id)
        .join(Enterprise, Enterprise.id == P.enterprise_id)
        .outerjoin(Apprenticeship, Apprenticeship.id == P.apprenticeship_id)
        .where(P.status.in_(OPEN), P.type.in_(NEEDS_COVER))
        .order_by(P.start_date, P.id)
    ).all()
    names: dict[int | None, str] = {r.enterprise_id: r.e_name for r in placements}
    history: dict[int, list[tuple[dt.date, dt.date | None, int]]] = defaultdict(list)
    for pid, frm, to, ent, name in conn.execute(
        select(PlacementPostHistory.placement_id, PlacementPostHistory.from_date)
        .add_columns(
            PlacementPostHistory.to_date, PlacementPostHistory.enterprise_id, Enterprise.name
        )
        .join(Enterprise, Enterprise.id == PlacementPostHistory.enterprise_id)
        .join(P, P.id == PlacementPostHistory.placement_id)
        .where(P.status.in_(OPEN))
    ):
        history[pid].append((frm, to, ent))
        names[ent] = name
    spans: dict[int, list[cov.CoverSpan]] = defaultdict(list)
    for sid, start, end, number in conn.execute(
        select(C.student_id, C.start_date, C.end_date, IP.policy_no)
        .join(IP, IP.id == C.policy_id)
        .where(IP.type == PolicyType.INTERNSHIP_LIABILITY)
    ):
        spans[sid].append(cov.CoverSpan(start, end, number))
    merged = {sid: cov.merge_cover(s) for sid, s in spans.items()}
    flagged, flagged_rows = _flagged_cover(conn, settings)
    out = []
    for r in placements:
        if r.programme == EMPLOYEES:
            continue
        parts = cov.segments(r.start_date, r.end_date, r.enterprise_id, history.get(r.id, ()))
        gaps, found = cov.placement_cover_findings(
            parts, merged.get(r.student_id, []), today, settings
        )
        policies = {
            policy_id
            for start, end, policy_id in flagged_rows.get(r.student_id, ())
            if cov.overlaps(start, end, r.start_date, r.end_date)
        }
        for policy_id in sorted(policies):
            found.extend(flagged[policy_id])
        out.append(Assessed(r, gaps, found))
    return out, names


def _flagged_cover(
    conn: Any, settings: cov.InsuranceSettings
) -> tuple[dict[int, list[Finding]], dict[int, list[tuple[dt.date, dt.date, int]]]]:
    """Policies with findings of their own (student pays, sum insured below the minimum) and,
    per student, the days they cover; few or none, so their rows are read separately."""
    flagged: dict[int, list[Finding]] = {}
    for pid, number, kind, payer, sum_fen in conn.execute(
        select(IP.id, IP.policy_no, IP.type, IP.premium_payer, IP.sum_insured_per_person_fen)
    ):
        found = cov.policy_findings(
            policy_no=number,
            policy_type=kind.value,
            premium_payer=payer.value,
            sum_insured_fen=sum_fen,
            min_sum_insured_fen=settings.min_sum_insured_fen,
        )
        if found:
            flagged[pid] = found
    rows: dict[int, list[tuple[dt.date, dt.date, int]]] = defaultdict(list)
    if flagged:
        for pid, sid, start, end in conn.execute(
            select(C.policy_id, C.student_id, C.start_date, C.end_date).where(
                C.policy_id.in_(list(flagged))
            )
        ):
            rows[sid].append((start, end, pid))
    return flagged, rows
