"""Insurance register against a real database: policies, covered students, documents, gaps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.container import open_services
from jilin_apprentice.services.insurance import InsuranceService
from jilin_apprentice.services.insurance_dto import PolicyDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.storage.migrate import alembic_config
from jilin_apprentice.storage.models import (
    AuditEntry,
    Coverage,
    Incident,
    InsurancePolicy,
    ReferenceValue,
)
from tests.conftest import TODAY
from tests.factories import World, build_world

D = dt.date
HEAD = "0005"  # the newest migration: an upgrade from 0001 runs every one after it
START, END = D(2026, 9, 1), D(2027, 1, 31)  # running on TODAY (2026-11-26)
YEAR = (D(2026, 9, 1), D(2027, 8, 31))


@pytest.fixture
def world(services) -> World:
    return build_world(services)


@pytest.fixture
def insurance(services, tmp_path: Path) -> InsuranceService:
    return InsuranceService(services.uow, AuditWriter("tester"), services.today, tmp_path / "data")


def policy(no: str = "PJL2026-001", period=YEAR, **change) -> PolicyDraft:
    base = PolicyDraft(
        insurer="长白财产保险",
        policy_no=no,
        type="internship_liability",
        premium_payer="school",
        start_date=period[0],
        end_date=period[1],
        sum_insured_per_person_fen=50_000_000,
        premium_fen=12_000,
    )
    return dataclasses.replace(base, **change)


def place(w: World, student: int, start=START, end=END, **change) -> int:
    draft = PlacementDraft(
        student_id=student,
        enterprise_id=w.enterprise,
        post_id=w.post,
        type="post",
        start_date=start,
        end_date=end,
        enterprise_mentor_id=w.mentor,
        school_supervisor_id=w.supervisor,
        pay_amount_fen=350_000,
    )
    return w.services.placements.create(dataclasses.replace(draft, **change))


def codes(error: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in error.violations}


def rows(services, model=Coverage) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_premium_paid_by_the_student_is_refused_naming_field_and_rule(insurance, services):
    with pytest.raises(ValidationFailed) as caught:
        insurance.create_policy(policy(premium_payer="student"))
    (violation,) = caught.value.violations
    assert (violation.field, violation.code) == ("premium_payer", "policy.premium_payer_student")
    assert violation.params["rule"] == "R-INS-2"
    assert rows(services, InsurancePolicy) == 0


def test_bad_amounts_and_period_are_refused(insurance):
    bad = policy(end_date=D(2026, 8, 31), premium_fen=-1, sum_insured_per_person_fen=-5)
    with pytest.raises(ValidationFailed) as caught:
        insurance.create_policy(bad)
    assert codes(caught.value) == {
        "end_date": "date.end_before_start",
        "premium_fen": "number.negative",
        "sum_insured_per_person_fen": "number.negative",
    }


def test_duplicate_policy_number_refused_only_when_periods_overlap(insurance):
    first = insurance.create_policy(policy())
    with pytest.raises(ValidationFailed) as caught:
        insurance.create_policy(policy(" pjl2026-001 ", period=(D(2027, 8, 31), D(2028, 8, 30))))
    assert codes(caught.value) == {"policy_no": "policy.duplicate"}
    assert caught.value.violations[0].params["start"] == "2026-09-01"
    renewal = insurance.create_policy(policy(period=(D(2027, 9, 1), D(2028, 8, 31))))
    assert renewal != first  # same insurer, same number, next year: allowed (0002 dropped UNIQUE)
    assert [r.draft.policy_no for r in insurance.list_policies()] == ["PJL2026-001"] * 2


def test_adding_a_class_twice_creates_no_duplicate_coverage(insurance, world, services):
    pids = [place(world, s) for s in world.students[:3]]
    pid = insurance.create_policy(policy(period=(D(2026, 10, 1), D(2027, 8, 31))))
    first = insurance.add_coverage(pid, class_id=world.class_id)
    assert (first.added, first.unchanged, first.outside_period) == (3, 0, 0)
    again = insurance.add_coverage(pid, class_id=world.class_id)
    assert (again.added, again.unchanged, again.refreshed) == (0, 3, 0)
    assert rows(services) == 3
    covered = insurance.list_covered(pid)
    assert {c.placement_id for c in covered} == set(pids)
    assert {(c.start_date, c.end_date) for c in covered} == {(D(2026, 10, 1), END)}  # clipped
    row = insurance.get_policy(pid)
    assert (row.covered_students, row.covered_days) == (3, 3 * 123)
    assert insurance.list_policies()[0].covered_days == 3 * 123


def test_batch_and_chosen_placements_and_removal(insurance, world, services):
    batch = services.workflow.create_batch(
        "秋季",
        world.class_id,
        world.students[:2],
        dataclasses.replace(
            services.placements.get(place(world, world.students[3])).draft, student_id=None
        ),
    )
    pid = insurance.create_policy(policy())
    assert insurance.add_coverage(pid, batch_id=batch.batch_id).added == 2
    assert insurance.add_coverage(pid, placement_ids=batch.placement_ids[:1]).unchanged == 1
    outside = insurance.create_policy(policy("OLD-1", period=(D(2025, 9, 1), D(2026, 8, 31))))
    assert insurance.add_coverage(outside, batch_id=batch.batch_id).outside_period == 2
    with pytest.raises(ValidationFailed):
        insurance.add_coverage(pid)  # nobody chosen
    first = insurance.list_covered(pid)[0]
    assert insurance.remove_coverage(pid, [first.coverage_id]) == 1
    assert rows(services) == 1


def test_extension_shows_a_gap_until_coverage_is_added_again(insurance, world, services):
    p = place(world, world.students[0])
    pid = insurance.create_policy(policy())
    insurance.add_coverage(pid, placement_ids=[p])
    assert insurance.gaps() == []
    detail = services.placements.get(p)
    longer = dataclasses.replace(detail.draft, end_date=D(2027, 9, 30))
    services.placements.update(p, longer, version=detail.version)
    (gap,) = insurance.gaps()
    assert [(r.start, r.end) for r in gap.gaps] == [(D(2027, 2, 1), D(2027, 9, 30))]
    assert insurance.add_coverage(pid, placement_ids=[p]).refreshed == 1
    (gap,) = insurance.gaps()
    assert [(r.start, r.end, r.days) for r in gap.gaps] == [(D(2027, 9, 1), D(2027, 9, 30), 30)]


def test_gap_rows_name_student_class_and_the_enterprise_of_the_days(insurance, world, services):
    p = place(world, world.students[0])
    place(world, world.students[1], type="cognitive")  # 认识实习 needs no liability cover
    pid = insurance.create_policy(policy(period=(START, D(2026, 10, 31))))
    insurance.add_coverage(pid, class_id=world.class_id)
    services.workflow.change_post(
        p,
        version=services.placements.get(p).version,
        post_id=world.other_post,
        mentor_id=world.other_mentor,
        change_date=D(2026, 11, 15),
        reason="企业调整",
    )
    (gap,) = insurance.gaps()
    assert (gap.placement_id, gap.student_name, gap.class_name) == (p, "学生0", "2024级汽修1班")
    assert gap.enterprise_name == "吉林石化配套有限公司"  # the current one
    assert [(r.start, r.end, r.enterprise_name) for r in gap.gaps] == [
        (D(2026, 11, 1), D(2026, 11, 14), "长春一汽配套有限公司"),
        (D(2026, 11, 15), END, "吉林石化配套有限公司"),
    ]
    assert gap.uncovered_days == 14 + 78


def test_cover_of_the_first_enterprise_period_counts_after_a_change(insurance, world, services):
    """Decision (per student): the liability policy names the student, not the workplace."""
    p = place(world, world.students[0])
    pid = insurance.create_policy(policy())
    insurance.add_coverage(pid, placement_ids=[p])
    services.workflow.change_post(
        p,
        version=services.placements.get(p).version,
        post_id=world.other_post,
        mentor_id=world.other_mentor,
        change_date=D(2026, 12, 1),
        reason="企业调整",
    )
    assert insurance.gaps() == []


@pytest.mark.parametrize(("ends_in", "within"), [(31, None), (30, 30), (8, 30), (7, 7)])
def test_expiring_cover_warns_30_and_7_days_ahead(insurance, world, ends_in, within):
    p = place(world, world.students[0])
    ends = TODAY + dt.timedelta(days=ends_in)
    pid = insurance.create_policy(policy(period=(START, ends)))
    insurance.add_coverage(pid, placement_ids=[p])
    expiring = insurance.expiring()
    if within is None:
        assert expiring == []
        return
    (row,) = expiring
    assert (row.placement_id, row.policy_no, row.ends) == (p, "PJL2026-001", ends)
    assert (row.days_left, row.within, row.placement_end) == (ends_in, within, END)


def test_findings_for_the_compliance_scan(insurance, world, services):
    covered, bare = place(world, world.students[0]), place(world, world.students[1])
    pid = insurance.create_policy(policy(period=(START, TODAY + dt.timedelta(days=10))))
    insurance.add_coverage(pid, placement_ids=[covered])
    with services.uow() as session:  # an old record from before the app refused it
        legacy = InsurancePolicy(
            insurer="旧保险",
            policy_no="LEGACY",
            type="personal_accident",
            premium_payer="student",
            start_date=START,
            end_date=END,
        )
        session.add(legacy)
        session.flush()
        session.add(
            Coverage(
                policy_id=legacy.id, student_id=world.students[0], start_date=START, end_date=END
            )
        )
        value = {"min_sum_insured_fen": 60_000_000, "expiry_warn_days": [30, 7]}
        session.add(
            ReferenceValue(
                key="insurance",
                value_json=json.dumps(value),
                effective_from=D(2026, 1, 1),
                source="school",
                verified=True,
            )
        )
    found = {(p, f.rule_id, f.severity) for p, f in insurance.findings_for_all()}
    assert found == {
        (covered, "R-INS-1", "block"),
        (covered, "R-INS-EXPIRY", "warn"),
        (covered, "R-INS-2", "block"),
        (covered, "R-INS-4", "warn"),
        (bare, "R-INS-1", "block"),
    }
    bare_gap = next(f for p, f in insurance.findings_for_all() if p == bare)
    assert bare_gap.params == {"gaps": [["2026-09-01", "2027-01-31"]], "uncovered_days": 153}


def test_period_change_refits_the_covered_days_and_is_audited(insurance, world, services):
    p = place(world, world.students[0])
    pid = insurance.create_policy(policy())
    insurance.add_coverage(pid, placement_ids=[p])
    shorter = policy(period=(START, D(2026, 12, 31)))
    insurance.update_policy(pid, shorter, version=insurance.get_policy(pid).version)
    assert [(c.start_date, c.end_date) for c in insurance.list_covered(pid)] == [
        (START, D(2026, 12, 31))
    ]
    later = policy(period=(D(2027, 3, 1), D(2027, 8, 31)))
    insurance.update_policy(pid, later, version=insurance.get_policy(pid).version)
    assert insurance.list_covered(pid) == []
    with services.uow.read() as session:
        fields = set(
            session.scalars(select(AuditEntry.field).where(AuditEntry.entity == "insurance_policy"))
        )
    assert {"end_date", "coverage.added", "coverage.removed"} <= fields


def test_policy_named_by_an_incident_cannot_be_deleted(insurance, world, services):
    p = place(world, world.students[0])
    kept, gone = insurance.create_policy(policy()), insurance.create_policy(policy("B-2"))
    insurance.add_coverage(gone, placement_ids=[p])
    with services.uow() as session:
        session.add(
            Incident(placement_id=p, occurred_on=D(2026, 10, 1), description="x", policy_id=kept)
        )
    with pytest.raises(ValidationFailed) as caught:
        insurance.delete_policy(kept)
    assert codes(caught.value) == {"policy_no": "policy.has_incidents"}
    insurance.delete_policy(gone)
    assert rows(services, InsurancePolicy) == 1 and rows(services) == 0


def test_document_is_copied_into_the_data_folder(insurance, tmp_path: Path):
    pid = insurance.create_policy(policy())
    source = tmp_path / "扫描件 保单.pdf"
    source.write_bytes(b"%PDF-1.4 policy")
    relative = insurance.attach_document(pid, source)
    assert relative == f"documents/policy-{pid}-扫描件_保单.pdf"
    assert (tmp_path / "data" / relative).read_bytes() == b"%PDF-1.4 policy"
    assert insurance.get_policy(pid).document_path == relative
    second = insurance.attach_document(pid, source)
    assert second != relative and (tmp_path / "data" / second).exists()  # nothing overwritten
    with pytest.raises(ValidationFailed) as caught:
        insurance.attach_document(pid, tmp_path / "missing.pdf")
    assert codes(caught.value) == {"document_path": "document.not_found"}


def test_migration_from_0001_keeps_policies_coverage_and_incidents(tmp_path, template_db):
    """A database with data at 0001 (downgraded copy) upgrades cleanly through the app path."""
    path = tmp_path / "old.db"
    shutil.copy(template_db, path)
    services = open_services(f"sqlite:///{path}", today=lambda: TODAY)
    try:
        world = build_world(services)
        p = place(world, world.students[0])
        svc = InsuranceService(services.uow, AuditWriter("t"), services.today)
        pid = svc.create_policy(policy())
        svc.add_coverage(pid, placement_ids=[p])
        with services.uow() as session:
            session.add(
                Incident(
                    placement_id=p, occurred_on=D(2026, 10, 1), description="摔伤", policy_id=pid
                )
            )
        with services.engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
    finally:
        services.close()
    copy = tmp_path / "copy.db"
    shutil.copy(path, copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    upgraded = open_services(
        f"sqlite:///{copy}", backup_dir=tmp_path / "backups", today=lambda: TODAY
    )
    try:
        svc = InsuranceService(upgraded.uow, AuditWriter("t"), upgraded.today)
        assert [c.placement_id for c in svc.list_covered(pid)] == [p]
        assert rows(upgraded, Incident) == 1 and svc.gaps() == []
        svc.create_policy(policy(period=(D(2027, 9, 1), D(2028, 8, 31))))  # UNIQUE is gone
    finally:
        upgraded.close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("UPDATE incident SET amount_paid_fen = -1")
