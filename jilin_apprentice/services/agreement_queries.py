"""What the agreement service reads: the rows it lists, one agreement, a placement's latest
version, the template in force, and which findings stop generation. Split from agreements.py."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from jilin_apprentice.domain.agreement_templates import DEFAULT_TEMPLATES, Template, from_json
from jilin_apprentice.domain.errors import NotFound
from jilin_apprentice.domain.rules.engine import gate_of
from jilin_apprentice.domain.rules.model import BLOCK
from jilin_apprentice.services.agreement_dto import AgreementRow
from jilin_apprentice.services.agreement_values import KIND_OF_PLACEMENT, is_minor, required_signers
from jilin_apprentice.storage.models import (
    Agreement,
    AgreementTemplate,
    Enterprise,
    Placement,
    Student,
)

# beyond the approval gate: what the agreement must state (R-AGR-2 items 4 and 6, both mentors)
GATE_EXTRA = frozenset({"R-PAY-1", "R-INS-1", "R-SUP-1"})


def blocking_for_agreement(findings: list[Any]) -> list[Any]:
    """Rules that stop generation: substance (the approval gate) and what the text must state.

    Takes rule Findings or ComplianceFindings (both carry rule_id and severity)."""
    return [
        f
        for f in findings
        if f.severity == BLOCK and (gate_of(f.rule_id) == "approve" or f.rule_id in GATE_EXTRA)
    ]


def template_for(session: Session, kind: str) -> Template:
    """The school's latest edited version of the template, else the built-in one."""
    row = session.scalars(
        select(AgreementTemplate)
        .where(AgreementTemplate.kind == kind)
        .order_by(AgreementTemplate.template_version.desc())
        .limit(1)
    ).first()
    return from_json(row.clauses_json) if row is not None else DEFAULT_TEMPLATES[kind]


def agreement_rows(session: Session, where: list[Any]) -> list[AgreementRow]:
    """Agreements matching `where` in one query, signatures included; `current` marks the
    latest version of each placement among those found."""
    stmt = (
        select(
            Agreement,
            Student.name,
            Student.birth_date,
            Enterprise.name,
            Placement.type,
            Placement.start_date,
        )
        .join(Placement, Placement.id == Agreement.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .join(Enterprise, Enterprise.id == Placement.enterprise_id)
        .where(*where)
        .options(selectinload(Agreement.signatures))
        .order_by(Agreement.placement_id, Agreement.agreement_version)
    )
    found = session.execute(stmt).all()
    latest: dict[int, int] = {}
    for a, *_ in found:
        latest[a.placement_id] = max(latest.get(a.placement_id, 0), a.agreement_version)
    rows = []
    for a, student, birth, enterprise, kind, start in found:
        minor = is_minor(birth, start)
        rows.append(
            AgreementRow(
                a.id,
                a.placement_id,
                a.number,
                a.agreement_version,
                a.status.value,
                a.file_path,
                a.content_sha256,
                tuple(sorted(s.party for s in a.signatures)),
                required_signers(minor),
                a.scanned_copy_path,
                latest[a.placement_id] == a.agreement_version,
                student,
                enterprise,
                KIND_OF_PLACEMENT.get(kind.value, "post"),
                minor,
            )
        )
    return rows


def get_agreement(session: Session, agreement_id: int) -> Agreement:
    a = session.get(Agreement, agreement_id)
    if a is None:
        raise NotFound("agreement.not_found", id=agreement_id)
    return a


def latest_agreement(session: Session, placement_id: int) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(Agreement.placement_id == placement_id)
        .order_by(Agreement.agreement_version.desc())
        .limit(1)
    ).first()
