"""The provincial data package: CSV files, their JSON Schema and a manifest (R-PLAT-1, R-JL-3).

Jilin's 产教融合信息服务平台 (JL-48 §(26)) has no published upload format, so the package is an
open, documented one (docs/data-package.md) built on the national 学生校外实习情况 fields that
the rulebook (§7, last paragraph) lists. What goes in for a year: placements whose period
overlaps the calendar year, the students and enterprises of those placements, and insurance
cover that overlaps the year. ID numbers and phones are masked unless the caller asks for them.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from jilin_apprentice.domain.enums import PlacementType, PolicyType
from jilin_apprentice.services.data_package_schema import build_schema, columns
from jilin_apprentice.services.export_rows import Cells
from jilin_apprentice.services.table_export import neutralise
from jilin_apprentice.storage.models import (
    Coverage,
    InsurancePolicy,
    Placement,
    SchoolClass,
    SchoolProfile,
    Student,
)

FORMAT = "jilin-apprentice-data-package"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class PackageFile:
    name: str
    rows: int | None  # None for schema.json
    bytes: int
    sha256: str


@dataclass(frozen=True)
class PackageResult:
    folder: Path
    year: int
    masked: bool
    files: tuple[PackageFile, ...]

    def rows(self, name: str) -> int:
        return next(f.rows or 0 for f in self.files if f.name == name)


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return neutralise(str(getattr(value, "value", value)))


def _yuan(fen: int | None) -> str | None:
    return None if fen is None else f"{fen / 100:.2f}"


def _write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    count = 0
    temp = path.with_name(path.name + ".part")
    with temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_text(v) for v in row])
            count += 1
    os.replace(temp, path)
    return count


def _describe(path: Path, rows: int | None) -> PackageFile:
    data = path.read_bytes()
    return PackageFile(path.name, rows, len(data), hashlib.sha256(data).hexdigest())


def _liability(covers: list[tuple[Coverage, InsurancePolicy]], p: Placement) -> Any:
    """The liability policy covering the student on the placement's first day, if any."""
    for cover, policy in covers:
        if (
            policy.type == PolicyType.INTERNSHIP_LIABILITY
            and cover.start_date <= p.start_date <= cover.end_date
        ):
            return policy
    return None


def write_package(
    session: Session, folder: Path, year: int, cells: Cells, today: dt.date
) -> PackageResult:
    """Write the four CSV files, schema.json and manifest.json into `folder`."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    folder.mkdir(parents=True, exist_ok=True)
    placed = list(
        session.scalars(
            select(Placement)
            .where(Placement.start_date <= last, Placement.end_date >= first)
            .options(
                joinedload(Placement.student)
                .joinedload(Student.school_class)
                .joinedload(SchoolClass.major),
                joinedload(Placement.enterprise),
                joinedload(Placement.post),
                joinedload(Placement.enterprise_mentor),
                joinedload(Placement.school_supervisor),
            )
            .order_by(Placement.start_date, Placement.id)
        )
    )
    cover_rows = list(
        session.execute(
            select(Coverage, InsurancePolicy)
            .join(InsurancePolicy, Coverage.policy_id == InsurancePolicy.id)
            .where(Coverage.start_date <= last, Coverage.end_date >= first)
            .order_by(InsurancePolicy.policy_no, Coverage.start_date, Coverage.id)
        ).all()
    )
    by_student: dict[int, list[tuple[Coverage, InsurancePolicy]]] = {}
    for cover, policy in cover_rows:
        by_student.setdefault(cover.student_id, []).append((cover, policy))
    cols = columns(cells.masked)
    written: dict[str, int] = {}

    def header(name: str) -> list[str]:
        return [c.name for c in cols[name]]

    placement_rows = []
    for p in placed:
        s, policy = p.student, _liability(by_student.get(p.student_id, []), p)
        placement_rows.append(
            [
                p.id, s.student_no, s.name, cells.id_number(s.id_number), s.school_class.name,
                s.school_class.major.name, p.enterprise.uscc, p.enterprise.name, p.post.title,
                p.type, p.type == PlacementType.POST, p.status, p.start_date, p.end_date,
                p.enterprise_mentor.name if p.enterprise_mentor else None,
                p.school_supervisor.name if p.school_supervisor else None,
                _yuan(p.pay_amount_fen), p.pay_unit, policy is not None,
                policy.premium_payer if policy else None, p.filing_ref,
            ]
        )  # fmt: skip
    written["placements.csv"] = _write_csv(
        folder / "placements.csv", header("placements.csv"), placement_rows
    )
    counts: dict[int, int] = {}
    enterprises = {}
    for p in placed:
        counts[p.enterprise_id] = counts.get(p.enterprise_id, 0) + 1
        enterprises[p.enterprise_id] = p.enterprise
    written["enterprises.csv"] = _write_csv(
        folder / "enterprises.csv",
        header("enterprises.csv"),
        (
            [e.uscc, e.name, e.industry_code, e.province, e.county_code, e.on_post_staff,
             e.credit_status, e.is_training_base, counts[e.id]]
            for e in sorted(enterprises.values(), key=lambda e: (e.name, e.id))
        ),
    )  # fmt: skip
    students = {p.student_id: p.student for p in placed}
    written["students.csv"] = _write_csv(
        folder / "students.csv",
        header("students.csv"),
        (
            [s.student_no, s.name, cells.id_number(s.id_number), s.sex, s.birth_date,
             s.school_class.name, s.school_class.major.code, s.school_class.major.name,
             s.enrolment_date, s.study_mode, s.status, cells.phone(s.phone)]
            for s in sorted(students.values(), key=lambda s: (s.school_class.name, s.name_sort))
        ),
    )  # fmt: skip
    people = {
        s.id: s
        for s in session.scalars(
            select(Student).where(Student.id.in_({c.student_id for c, _ in cover_rows}))
        )
    }
    written["insurance.csv"] = _write_csv(
        folder / "insurance.csv",
        header("insurance.csv"),
        (
            [pol.policy_no, pol.insurer, pol.type, _yuan(pol.sum_insured_per_person_fen),
             _yuan(pol.premium_fen), pol.premium_payer, pol.start_date, pol.end_date,
             people[c.student_id].student_no, people[c.student_id].name,
             cells.id_number(people[c.student_id].id_number), c.start_date, c.end_date,
             c.placement_id]
            for c, pol in cover_rows
        ),
    )  # fmt: skip
    schema_path = folder / "schema.json"
    schema_path.write_text(
        json.dumps(build_schema(cells.masked), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    files = [_describe(folder / name, rows) for name, rows in written.items()]
    files.append(_describe(schema_path, None))
    school = session.scalar(select(SchoolProfile).limit(1))
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "year": year,
        "period": {"from": first.isoformat(), "to": last.isoformat()},
        "generated_on": today.isoformat(),
        "school": {"name": school.name, "uscc": school.uscc} if school else None,
        "masked": cells.masked,
        "encoding": "UTF-8 with BOM, CRLF line ends, RFC 4180 quoting",
        "files": [
            {"name": f.name, "rows": f.rows, "bytes": f.bytes, "sha256": f.sha256} for f in files
        ],
    }
    (folder / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return PackageResult(folder, year, cells.masked, tuple(files))
