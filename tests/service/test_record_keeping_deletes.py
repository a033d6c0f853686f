"""People named in issue-6 records (pay, certificates, logbook) are not deleted with them."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain.enums import CertificateLevel, LogStatus, MentorPayKind
from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.storage.models import Certificate, LogEntry, MentorPayment, Staff, Student
from tests.factories import build_world


def test_staff_with_pay_records_is_kept(services) -> None:
    w = build_world(services)
    with services.uow() as session:
        session.add(
            MentorPayment(
                staff_id=w.mentor,
                month=dt.date(2026, 10, 1),
                kind=MentorPayKind.ALLOWANCE,
                amount_fen=50_000,
            )
        )
    with pytest.raises(ValidationFailed) as refused:
        services.staff.delete(w.mentor)
    assert [(v.field, v.code) for v in refused.value.violations] == [("staff", "staff.has_records")]
    with services.uow.read() as session:
        assert session.get(Staff, w.mentor) is not None
    services.staff.delete(w.other_mentor)  # nobody's records name this one
    with services.uow.read() as session:
        assert session.get(Staff, w.other_mentor) is None


@pytest.mark.parametrize("record", ["certificate", "log_entry"])
def test_student_with_certificate_or_logbook_is_kept(services, record: str) -> None:
    w = build_world(services)
    student = w.students[0]
    with services.uow() as session:
        if record == "certificate":
            session.add(
                Certificate(
                    student_id=student,
                    occupation="汽车维修工",
                    level=CertificateLevel.INTERMEDIATE,
                    issuer="吉林省职业技能鉴定中心",
                    issued_on=dt.date(2026, 6, 30),
                )
            )
        else:
            session.add(
                LogEntry(
                    student_id=student,
                    week_start=dt.date(2026, 11, 16),
                    text="本周学习发动机拆装。",
                    status=LogStatus.DRAFT,
                )
            )
    with pytest.raises(ValidationFailed) as refused:
        services.students.delete(student)
    assert refused.value.violations[0].code == "student.has_records"
    with services.uow.read() as session:
        assert session.get(Student, student) is not None
