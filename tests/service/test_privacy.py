"""Consent records, retention review and anonymisation, the privacy notice (issue 8, R-PI-*)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import or_, select

from jilin_apprentice.domain.enums import PlacementStatus, Role, StudentStatus
from jilin_apprentice.domain.errors import ConflictError, ValidationFailed
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.audit import _chain_hash
from jilin_apprentice.services.dto import GuardianDraft
from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.services.privacy_dto import ConsentDraft
from jilin_apprentice.storage.models import (
    Agreement,
    AuditEntry,
    Guardian,
    Incident,
    Payment,
    Placement,
    Student,
    StudentConsent,
)
from tests.conftest import TODAY
from tests.factories import END, START, build_world, student_draft

D = dt.date
ZHANG = "张丽华"
PHONE = "13912345678"
GUARDIAN_PHONE = "13700002222"


def codes(error: ValidationFailed) -> dict[str, str]:
    return {v.field: v.code for v in error.violations}


BIRTH = D(2006, 5, 1)


def _student(services, world, *, seq: int = 41, birth: D = BIRTH) -> int:
    d = dataclasses.replace(
        student_draft(world.class_id, name=ZHANG, seq=seq, birth=birth, phone=PHONE),
        address="长春市朝阳区红旗街1号",
        guardians=(GuardianDraft("张建军", "父亲", GUARDIAN_PHONE, "长春市朝阳区红旗街1号"),),
    )
    return services.students.create(d)


def _leave(services, student_id: int, on: D | None, status=StudentStatus.GRADUATED) -> None:
    with services.uow() as session:
        s = session.get(Student, student_id)
        s.status, s.graduation_date = status, on


def _placement(
    world, student_id: int, status=PlacementStatus.COMPLETED, payee: str | None = None
) -> int:
    services = world.services
    draft = PlacementDraft(
        student_id=student_id,
        enterprise_id=world.enterprise,
        post_id=world.post,
        type="post",
        start_date=START,
        end_date=END,
        enterprise_mentor_id=world.mentor,
        school_supervisor_id=world.supervisor,
        pay_amount_fen=350_000,
        filing_ref="备案-1",
        payee_name=payee,
    )
    pid = services.placements.create(draft)
    with services.uow() as session:
        session.get(Placement, pid).status = status
        session.add(Agreement(placement_id=pid, number=f"XY-{pid}", file_path="a/xy.pdf"))
    return pid


# --- consents --------------------------------------------------------------------------------
def test_consent_in_force_from_signing_until_withdrawal(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    privacy = services.privacy
    assert privacy.requires_consent(sid, "bank_account", TODAY)
    assert not privacy.requires_consent(sid, "share_authority", TODAY)  # statutory basis
    cid = privacy.add_consent(sid, ConsentDraft("bank_account", ZHANG, D(2026, 9, 1), "工资卡"))
    assert not privacy.requires_consent(sid, "bank_account", D(2026, 9, 1))
    assert privacy.requires_consent(sid, "bank_account", D(2026, 8, 31))
    assert privacy.requires_consent(sid, "health", TODAY)  # per purpose
    view = privacy.consents(sid)[0]
    privacy.withdraw_consent(cid, D(2026, 11, 20), expected_version=view.version)
    assert privacy.has_consent(sid, "bank_account", D(2026, 11, 19))
    assert privacy.requires_consent(sid, "bank_account", D(2026, 11, 20))
    assert privacy.consents(sid)[0].withdrawn_on == D(2026, 11, 20)
    with pytest.raises(ValidationFailed) as caught:
        privacy.withdraw_consent(cid, TODAY, expected_version=view.version + 1)
    assert codes(caught.value) == {"withdrawn_on": "consent.already_withdrawn"}
    with pytest.raises(ConflictError):
        privacy.withdraw_consent(cid, TODAY, expected_version=view.version)


@pytest.mark.parametrize(
    ("draft", "field", "code"),
    [
        (ConsentDraft("religion", ZHANG, D(2026, 9, 1)), "purpose", "choice.invalid"),
        (ConsentDraft("health", "  ", D(2026, 9, 1)), "signer", "required"),
        (ConsentDraft("health", ZHANG, None), "signed_date", "required"),
        (
            ConsentDraft("health", ZHANG, TODAY + dt.timedelta(days=1)),
            "signed_date",
            "date.in_future",
        ),
        (ConsentDraft("health", ZHANG, TODAY, "x" * 201), "scope", "too_long"),
    ],
)
def test_bad_consent_is_refused(services, draft, field, code) -> None:
    world = build_world(services)
    sid = _student(services, world)
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.add_consent(sid, draft)
    assert codes(caught.value)[field] == code
    assert services.privacy.consents(sid) == []


def test_withdrawal_before_signing_is_refused(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    cid = services.privacy.add_consent(sid, ConsentDraft("health", ZHANG, D(2026, 9, 1)))
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.withdraw_consent(cid, D(2026, 8, 31), expected_version=1)
    assert codes(caught.value) == {"withdrawn_on": "consent.withdrawn_before_signed"}
    services.privacy.withdraw_consent(cid, D(2026, 9, 1), expected_version=1)  # same day: fine


def test_under_fourteen_needs_a_guardian_signer(services) -> None:
    """R-PI-5 boundary: the 14th birthday is the first day the student signs alone."""
    world = build_world(services)
    sid = _student(services, world, seq=43, birth=D(2012, 9, 1))
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.add_consent(sid, ConsentDraft("health", ZHANG, D(2026, 8, 31)))
    assert codes(caught.value) == {"signer": "consent.needs_guardian"}
    services.privacy.add_consent(sid, ConsentDraft("health", "张建军", D(2026, 8, 31)))
    services.privacy.add_consent(sid, ConsentDraft("health", ZHANG, D(2026, 9, 1)))
    assert len(services.privacy.consents(sid)) == 2


# --- retention review ------------------------------------------------------------------------
def test_due_for_review_boundaries(services) -> None:
    world = build_world(services)
    due_today = _student(services, world, seq=51)
    tomorrow = _student(services, world, seq=53)
    withdrawn = _student(services, world, seq=55)
    enrolled = _student(services, world, seq=57)
    no_date = _student(services, world, seq=59)
    _leave(services, due_today, D(2023, 11, 26))  # + 3 years = TODAY
    _leave(services, tomorrow, D(2023, 11, 27))
    _placement(world, withdrawn)  # left after a placement ending 2027-06-30: not due either
    _leave(services, withdrawn, None, StudentStatus.WITHDRAWN)
    _leave(services, no_date, None)
    review = services.privacy.due_for_review(TODAY)
    assert review.graduated_years == 3
    assert [c.student_id for c in review.candidates] == [due_today]
    assert enrolled not in [c.student_id for c in review.candidates]
    c = review.candidates[0]
    assert (c.left_on, c.due_on, c.guardians) == (D(2023, 11, 26), TODAY, 1)
    assert "id_number" in c.anonymised and "agreements" in c.kept
    later = services.privacy.due_for_review(D(2030, 7, 1))
    assert {x.student_id for x in later.candidates} == {due_today, tomorrow, withdrawn}


def test_retention_period_comes_from_the_reference_value(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    _leave(services, sid, D(2024, 11, 26))
    assert services.privacy.due_for_review(TODAY).candidates == ()
    from jilin_apprentice.storage.models import ReferenceValue

    with services.uow() as session:
        session.add(
            ReferenceValue(
                key="retention",
                value_json=json.dumps({"graduated_years": 2}),
                effective_from=D(2026, 1, 1),
                source="school rule",
            )
        )
    assert services.privacy.retention_years(TODAY) == 2
    assert [c.student_id for c in services.privacy.due_for_review(TODAY).candidates] == [sid]


# --- anonymisation ---------------------------------------------------------------------------
def _texts(row) -> str:
    return " ".join(str(v) for v in vars(row).values() if v is not None)


def test_anonymise_removes_personal_data_and_keeps_the_legal_record(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    id_number = services.students.get(sid).id_number
    pid = _placement(world, sid, payee=ZHANG)
    with services.uow() as session:
        session.add_all(
            [
                Payment(
                    placement_id=pid,
                    paid_on=D(2026, 4, 10),
                    amount_fen=350_000,
                    method="bank_to_student",
                    payee_name=ZHANG,
                ),
                Payment(
                    placement_id=pid,
                    paid_on=D(2026, 5, 10),
                    amount_fen=350_000,
                    method="third_party",
                    payee_name="张建军",
                ),
                Incident(
                    placement_id=pid,
                    occurred_on=D(2026, 4, 2),
                    description="搬运时受伤",
                    injury="左踝扭伤",
                ),
            ]
        )
    services.privacy.add_consent(sid, ConsentDraft("bank_account", ZHANG, D(2026, 9, 1)))
    _leave(services, sid, D(2023, 7, 1))
    other = world.students[1]
    other_name = services.students.get(other).name
    result = services.privacy.anonymise([sid])
    assert (result.students, result.guardians_removed, result.consents_removed) == (1, 1, 1)
    assert result.audit_entries_redacted > 0
    personal = (
        ZHANG,
        id_number,
        id_number[-4:],
        PHONE[-4:],
        GUARDIAN_PHONE[-4:],
        "红旗街",
        "张建军",
    )
    with services.uow.read() as session:
        s = session.get(Student, sid)
        assert s.name == f"学生{sid}" and s.birth_date == D(2006, 1, 1)
        assert (s.phone, s.address, s.student_no) == (None, None, None)
        assert not any(p in _texts(s) for p in personal)
        assert session.scalars(select(Guardian).where(Guardian.student_id == sid)).all() == []
        consents = select(StudentConsent).where(StudentConsent.student_id == sid)
        assert session.scalars(consents).all() == []
        entries = session.scalars(
            select(AuditEntry).where(
                or_(AuditEntry.entity == "student", AuditEntry.entity == "student_consent")
            )
        ).all()
        mine = [e for e in entries if e.entity_id == sid or e.entity == "student_consent"]
        assert any(e.action == "anonymise" for e in mine)
        for e in mine:
            assert not any(p in f"{e.old_value} {e.new_value}" for p in personal), e.field
        # the chain still verifies from the first entry to the last
        prev = None
        for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            assert e.prev_hash == prev and e.entry_hash == _chain_hash(prev, e)
            prev = e.entry_hash
        # the legal record stays
        assert session.get(Placement, pid).student_id == sid
        agreement = session.scalar(select(Agreement).where(Agreement.placement_id == pid))
        assert agreement is not None and agreement.file_path == "a/xy.pdf"
        assert session.get(Student, other).name == other_name  # others untouched
        placement = session.get(Placement, pid)
        assert placement.payee_name == f"学生{sid}"  # still reads "paid to the student"
        payees = session.scalars(select(Payment.payee_name).where(Payment.placement_id == pid))
        assert sorted(payees) == sorted([f"学生{sid}", "[已匿名]"])
        assert session.scalar(select(Incident.injury)) == "[已匿名]"
        about_pay = select(AuditEntry).where(AuditEntry.field == "payee_name")
        for e in session.scalars(about_pay):
            assert ZHANG not in f"{e.old_value} {e.new_value}"
    assert services.privacy.due_for_review(dt.date(2030, 1, 1)).candidates == ()
    if hasattr(services.audit_trail, "verify"):  # the audit screen's check agrees
        assert services.audit_trail.verify().intact


def test_anonymise_refuses_open_placements_and_enrolled_students(services) -> None:
    world = build_world(services)
    done = _student(services, world, seq=61)
    busy = _student(services, world, seq=63)
    _placement(world, busy, PlacementStatus.ACTIVE)
    _leave(services, done, D(2023, 7, 1))
    _leave(services, busy, D(2023, 7, 1))
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.anonymise([done, busy])
    assert codes(caught.value) == {"students": "privacy.open_placements"}
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.anonymise([world.students[0]])
    assert codes(caught.value) == {"students": "privacy.not_left"}
    with services.uow.read() as session:  # all or nothing
        assert session.get(Student, done).name == ZHANG


def test_only_an_administrator_may_anonymise(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    _leave(services, sid, D(2023, 7, 1))
    before = services.access.principal
    services.access.principal = Principal("li", "李老师", Role.OFFICER)
    try:
        with pytest.raises(PermissionDenied):
            services.privacy.anonymise([sid])
    finally:
        services.access.principal = before
    with services.uow.read() as session:
        assert session.get(Student, sid).name == ZHANG


# --- privacy notice --------------------------------------------------------------------------
def test_notice_pdf_and_acknowledgement(services, tmp_path) -> None:
    world = build_world(services)
    sid = world.students[0]
    _placement(world, sid, PlacementStatus.ACTIVE)
    assert sid in services.privacy.students_without_notice()
    out = services.privacy.write_notice_pdf(tmp_path / "notice.pdf", sid)
    blank = services.privacy.write_notice_pdf(tmp_path / "blank.pdf")
    assert out.read_bytes().startswith(b"%PDF") and blank.stat().st_size > 1000
    services.privacy.acknowledge_notice(sid, D(2026, 11, 20))
    assert [(a.notice_version, a.acknowledged_on) for a in services.privacy.notice_acks(sid)] == [
        (1, D(2026, 11, 20))
    ]
    assert sid not in services.privacy.students_without_notice()
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.acknowledge_notice(sid, TODAY)
    assert codes(caught.value) == {"acknowledged_on": "notice.already_acknowledged"}
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.acknowledge_notice(sid, TODAY + dt.timedelta(days=1), version=2)
    assert codes(caught.value) == {"acknowledged_on": "date.in_future"}


@pytest.mark.parametrize(
    ("status", "on", "field", "code"),
    [
        ("enrolled", D(2026, 7, 1), "status", "choice.invalid"),
        ("graduated", None, "graduation_date", "required"),
        ("graduated", TODAY + dt.timedelta(days=1), "graduation_date", "date.in_future"),
        ("withdrawn", D(2024, 8, 31), "graduation_date", "privacy.left_before_enrolment"),
    ],
)
def test_record_leaving_refuses_bad_input(services, status, on, field, code) -> None:
    world = build_world(services)
    sid = _student(services, world)
    with pytest.raises(ValidationFailed) as caught:
        services.privacy.record_leaving(sid, status, on, expected_version=1)
    assert codes(caught.value)[field] == code


def test_record_leaving_starts_the_retention_period(services) -> None:
    world = build_world(services)
    sid = _student(services, world)
    version = services.students.get(sid).version
    services.privacy.record_leaving(sid, "withdrawn", D(2024, 9, 1), expected_version=version)
    with pytest.raises(ConflictError):
        services.privacy.record_leaving(sid, "graduated", TODAY, expected_version=version)
    assert services.privacy.due_for_review(D(2027, 8, 31)).candidates == ()
    due = services.privacy.due_for_review(D(2027, 9, 1)).candidates
    assert [(c.student_id, c.status, c.left_on) for c in due] == [(sid, "withdrawn", D(2024, 9, 1))]


def test_demo_seeding_plants_what_the_checks_find(demo_services) -> None:
    privacy = demo_services.privacy  # build_demo ran seed_demo_privacy
    due = privacy.due_for_review(TODAY).candidates
    assert len(due) == 7 and {c.status for c in due} == {"graduated", "withdrawn"}
    assert all(c.open_placements == 0 for c in due)
    assert privacy.students_without_notice()  # R-PI-3 planted
    with demo_services.uow.read() as session:
        placed = set(session.scalars(select(Placement.student_id)))
    missing = [sid for sid in placed if privacy.requires_consent(sid, "share_enterprise", TODAY)]
    assert 0 < len(missing) < len(placed) / 2  # R-PI-6 planted, most students covered
    result = privacy.anonymise([c.student_id for c in due])
    assert result.students == 7 and privacy.due_for_review(TODAY).candidates == ()
