"""CertificateService: the register, its bad input, and the subsidy eligibility report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import NotFound, ValidationFailed
from jilin_apprentice.services.certificate_dto import CertificateDraft
from jilin_apprentice.storage.models import Apprenticeship, Certificate, ReferenceValue
from tests.conftest import TODAY
from tests.factories import build_world

D = dt.date
C_START, C_END = D(2026, 3, 1), D(2027, 2, 28)
B_START, B_END = D(2025, 3, 1), D(2026, 2, 28)  # a contract already over


@pytest.fixture
def world(services):
    return build_world(services)


def employ(world, student: int, start=C_START, end=C_END, programme="enterprise_new") -> int:
    with world.services.uow() as session:
        a = Apprenticeship(
            student_id=world.students[student],
            programme=programme,
            employer_id=world.enterprise,
            start_date=start,
            end_date=end,
            labour_contract_start=start if programme == "enterprise_new" else None,
            labour_contract_end=end if programme == "enterprise_new" else None,
        )
        session.add(a)
        session.flush()
        return a.id


def cert(world, student: int = 0, **kw) -> CertificateDraft:
    base = CertificateDraft(
        student_id=world.students[student],
        occupation="汽车维修工",
        level="intermediate",
        issuer="吉林省职业技能鉴定指导中心",
        issued_on=D(2026, 6, 1),
        cert_no="22010001",
    )
    return dataclasses.replace(base, **kw)


def count(services) -> int:
    with services.uow.read() as session:
        return session.scalar(select(func.count(Certificate.id)))


def test_save_list_edit_delete(world, services):
    cid = services.certificates.save(cert(world, occupation=" 电工 "))
    [row] = services.certificates.list()
    assert (row.id, row.draft.occupation, row.student_name) == (cid, "电工", "学生0")
    services.certificates.save(cert(world, level="advanced"), certificate_id=cid)
    assert services.certificates.get(cid).draft.level == "advanced"
    services.certificates.delete(cid)
    assert count(services) == 0
    with pytest.raises(NotFound):
        services.certificates.get(cid)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"student_id": None}, "student_id", "required"),
        ({"student_id": 999}, "student_id", "student.not_found"),
        ({"occupation": "  "}, "occupation", "required"),
        ({"issuer": ""}, "issuer", "required"),
        ({"occupation": "工" * 121}, "occupation", "too_long"),
        ({"cert_no": "1" * 61}, "cert_no", "too_long"),
        ({"level": "master"}, "cert_level", "choice.invalid"),
        ({"issued_on": None}, "issued_on", "required"),
        ({"issued_on": TODAY + dt.timedelta(days=1)}, "issued_on", "date.in_future"),
    ],
)
def test_bad_input_writes_nothing(world, services, change, field, code):
    with pytest.raises(ValidationFailed) as caught:
        services.certificates.save(cert(world, **change))
    assert (field, code) in {(v.field, v.code) for v in caught.value.violations}
    assert count(services) == 0


def test_issued_today_is_accepted_and_duplicate_number_refused(world, services):
    services.certificates.save(cert(world, issued_on=TODAY))
    with pytest.raises(ValidationFailed) as caught:
        services.certificates.save(cert(world, student=1))
    assert caught.value.violations[0].code == "certificate.duplicate"
    services.certificates.save(cert(world, student=1, issuer="长春市职业技能鉴定中心"))
    assert count(services) == 2


def test_mark_claimed_and_its_bad_input(world, services):
    cid = services.certificates.save(cert(world))
    for day, fen, code in (
        (TODAY + dt.timedelta(days=1), 100000, "date.in_future"),
        (D(2026, 5, 31), 100000, "certificate.claim_before_issue"),
        (D(2026, 7, 1), -1, "number.negative"),
        (D(2026, 7, 1), 10_000_001, "money.range"),
        (D(2026, 7, 1), None, "required"),
        (None, 100000, "required"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            services.certificates.mark_claimed(cid, day, fen)
        assert caught.value.violations[0].code == code
    assert services.certificates.get(cid).subsidy_claimed_on is None
    services.certificates.mark_claimed(cid, D(2026, 6, 1), 100000)  # the issue day itself
    row = services.certificates.get(cid)
    assert (row.subsidy_claimed_on, row.subsidy_claimed_fen) == (D(2026, 6, 1), 100000)
    services.certificates.mark_claimed(cid, None, None)
    assert services.certificates.get(cid).subsidy_claimed_fen is None


def rows_by_key(services):
    return {r.key: r for r in services.certificates.eligibility()}


@pytest.mark.parametrize(
    ("issued", "eligible", "reason"),
    [
        (B_START, True, "employee"),
        (B_END, True, "employee"),
        (B_START - dt.timedelta(days=1), False, "outside_contract"),
        (B_END + dt.timedelta(days=1), False, "outside_contract"),
    ],
)
def test_contract_boundaries(world, services, issued, eligible, reason):
    app = employ(world, 0, start=B_START, end=B_END)
    cid = services.certificates.save(cert(world, issued_on=issued))
    row = rows_by_key(services)[f"c{cid}"]
    assert (row.eligible, row.reason) == (eligible, reason)
    assert row.enterprise_name == ("长春一汽配套有限公司" if eligible else None)
    assert row.apprenticeship_id == (app if eligible else None)
    assert (row.min_fen, row.max_fen) == ((100000, 200000) if eligible else (None, None))
    assert row.verified and "48号" in row.source


def test_school_student_not_eligible_and_shortage_uplift(world, services):
    employ(world, 1, programme="school_joint")
    plain = services.certificates.save(cert(world, student=1))
    employ(world, 0)
    up = services.certificates.save(cert(world, cert_no="X2", shortage_occupation=True))
    rows = rows_by_key(services)
    assert (rows[f"c{plain}"].eligible, rows[f"c{plain}"].reason) == (False, "no_contract")
    assert (rows[f"c{up}"].min_fen, rows[f"c{up}"].max_fen, rows[f"c{up}"].reason) == (
        130000,
        260000,
        "shortage",
    )


def test_uplift_rounding_uses_the_stored_reference_value(world, services):
    with services.uow() as session:
        session.add(
            ReferenceValue(
                key="subsidy.certificate",
                value_json=json.dumps(
                    {
                        "levels": ["primary", "intermediate", "advanced"],
                        "min_fen": 100005,
                        "max_fen": 199999,
                        "shortage_uplift_pct": 30,
                    }
                ),
                effective_from=D(2026, 5, 1),
                source="测试",
                verified=False,
            )
        )
    employ(world, 0)
    cid = services.certificates.save(cert(world, shortage_occupation=True))
    earlier = services.certificates.save(cert(world, cert_no="E1", issued_on=D(2026, 4, 30)))
    rows = rows_by_key(services)
    assert (rows[f"c{cid}"].min_fen, rows[f"c{cid}"].max_fen) == (130007, 259999)
    assert (rows[f"c{cid}"].source, rows[f"c{cid}"].verified) == ("测试", False)
    assert rows[f"c{earlier}"].min_fen == 100000  # the value in force on its issue date


def test_technician_training_and_apprenticeship_years(world, services):
    app = employ(world, 0, end=D(2028, 2, 29))
    cid = services.certificates.save(cert(world, level="technician", shortage_occupation=True))
    rows = rows_by_key(services)
    tech = rows[f"c{cid}"]
    assert (tech.scheme, tech.min_fen, tech.max_fen) == ("technician_training", 200000, 300000)
    year = rows[f"a{app}-1"]
    assert (year.scheme, year.eligible, year.min_fen, year.max_fen) == (
        "apprenticeship",
        True,
        500000,
        None,
    )
    assert year.verified is False and f"a{app}-2" not in rows  # year 2 begins 2027-03-01
    rules = services.certificates.subsidy_rules()
    assert [r.key for r in rules] == [
        "subsidy.certificate",
        "subsidy.technician_training",
        "subsidy.apprenticeship",
    ]
    assert [r.verified for r in rules] == [True, True, False]
