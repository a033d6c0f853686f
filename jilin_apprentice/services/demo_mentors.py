"""Demo data for mentors' pay and certificates, written through the services (so it validates).

Plants what the screens should find: one enterprise mentor over the load limit, teaching pay
for the part-time teachers, certificates for about one student in ten (some in shortage
occupations, some issued to 企业新型学徒制 apprentices during their labour contract, so they
are eligible), and one subsidy already received.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jilin_apprentice.domain.enums import Programme
from jilin_apprentice.domain.mentor_load import last_months, month_start
from jilin_apprentice.services.certificate_dto import CertificateDraft
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.mentor_dto import PaymentDraft
from jilin_apprentice.storage.models import Apprenticeship, Student

SEED = 6_0003
MONTHS = 6
TEACHING_RATE_FEN = 10_000  # ¥100 an hour of part-time teaching (the school decides, seed §(20))
SCHOOL_PAYER = "学校财务处"
OCCUPATIONS = (  # (occupation, shortage occupation in this demo)
    ("汽车维修工", False),
    ("电工", True),
    ("焊工", True),
    ("数控车工", True),
    ("中式烹调师", False),
    ("育婴员", True),
    ("保育师", False),
    ("钳工", False),
    ("工业机器人系统操作员", True),
    ("电子商务师", False),
)
ISSUERS = (
    "吉林省职业技能鉴定指导中心",
    "长春市职业技能鉴定中心",
    "吉林市职业技能鉴定中心",
    "一汽解放职业技能等级认定中心",
)


def _plant_overload(services: Services) -> int:
    """If nobody is over the limit, lower one busy mentor's own limit to one below their load."""
    rows = services.mentors.loads()
    if any(r.over_limit for r in rows):
        return 0
    busy = [r for r in rows if r.kind == "enterprise_mentor" and r.load >= 2]
    if not busy:
        return 0
    target = max(busy, key=lambda r: (r.load, -r.id))
    draft = services.staff.get(target.id)
    services.staff.save(dataclasses.replace(draft, max_load=target.load - 1), staff_id=target.id)
    return 1


def _pay(services: Services, rng: random.Random) -> int:
    today = services.today()
    made = 0
    months = last_months(month_start(today) - relativedelta(months=1), MONTHS)
    teachers = [r for r in services.mentors.loads() if r.is_part_time_teacher]
    for month in months:
        paid = month + relativedelta(months=1, day=10)
        made += services.mentors.generate_allowances(month, paid if paid <= today else None)
        if month.month in (7, 8):
            continue  # summer holiday: no classes taught
        for teacher in teachers:
            if rng.random() < 0.25:
                continue
            hours = rng.randint(4, 16)
            services.mentors.save_payment(
                PaymentDraft(
                    staff_id=teacher.id,
                    month=month,
                    kind="teaching",
                    amount_fen=hours * TEACHING_RATE_FEN,
                    hours=hours,
                    paid_on=paid if paid <= today else None,
                    payer=SCHOOL_PAYER,
                    note="校企合作兼职教师课酬",
                )
            )
            made += 1
    return made


def _certificates(services: Services, rng: random.Random) -> int:
    today = services.today()
    with services.uow.read() as session:
        students = list(session.scalars(select(Student.id).order_by(Student.id)))
        apprentices = session.execute(
            select(
                Apprenticeship.student_id,
                Apprenticeship.labour_contract_start,
                Apprenticeship.labour_contract_end,
            ).where(
                Apprenticeship.programme == Programme.ENTERPRISE_NEW_APPRENTICESHIP,
                Apprenticeship.labour_contract_start.is_not(None),
            )
        ).all()
    chosen: dict[int, tuple[dt.date, dt.date] | None] = {}
    for sid, start, end in apprentices:  # most employed apprentices certify during the contract
        if rng.random() < 0.7 and start <= today:
            chosen[sid] = (start, min(end, today))
    wanted = max(1, len(students) // 10)
    others = [s for s in students if s not in chosen]
    for sid in rng.sample(others, min(len(others), max(0, wanted - len(chosen)))):
        chosen[sid] = None
    made, claimed, employed = 0, False, 0
    for n, (sid, span) in enumerate(sorted(chosen.items())):
        occupation, shortage = OCCUPATIONS[rng.randrange(len(OCCUPATIONS))]
        if span is not None:
            employed += 1
            days = (span[1] - span[0]).days
            issued = span[0] + dt.timedelta(days=rng.randint(0, max(0, days)))
            level = rng.choice(("intermediate", "advanced", "advanced", "technician"))
            if employed == 1:
                level = "technician"  # new-technician training (¥2,000–3,000)
            elif employed == 2:  # planted: before the labour contract, so not eligible
                issued = span[0] - dt.timedelta(days=30)
        else:
            issued = today - dt.timedelta(days=rng.randint(20, 500))
            level = rng.choice(("primary", "primary", "intermediate"))
        cert_id = services.certificates.save(
            CertificateDraft(
                student_id=sid,
                occupation=occupation,
                level=level,
                issuer=ISSUERS[n % len(ISSUERS)],
                issued_on=issued,
                cert_no=f"2201{issued.year}{sid:06d}{n:02d}",
                shortage_occupation=shortage,
            )
        )
        made += 1
        claim_on = issued + dt.timedelta(days=45)
        if span is not None and not claimed and claim_on <= today:
            rows = {r.certificate_id: r for r in services.certificates.eligibility()}
            row = rows.get(cert_id)
            if row is not None and row.eligible and row.min_fen is not None:
                services.certificates.mark_claimed(cert_id, claim_on, row.min_fen)
                claimed = True
    return made


def seed_demo_mentors(services: Services) -> int:
    """Pay records and certificates for the demo; returns how many records it made."""
    rng = random.Random(SEED)
    made = _plant_overload(services)
    made += _pay(services, rng)
    made += _certificates(services, rng)
    return made
