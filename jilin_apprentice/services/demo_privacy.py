"""Demo personal-data records: consents, privacy-notice acknowledgements and past students.

Planted problems the privacy checks find: placed students with no consent to share their data
with the enterprise and insurer (R-PI-6) or whose consent was withdrawn, placed students who
never acknowledged the privacy notice (R-PI-3), and a 往届 class whose graduates (and one
drop-out) are past the retention period (R-PI-8) next to one who is not yet.
"""

from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jilin_apprentice.domain.enums import PlacementStatus, StudentStatus
from jilin_apprentice.domain.validators import make_resident_id
from jilin_apprentice.services import demo_names
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.dto import GuardianDraft, StudentDraft
from jilin_apprentice.services.privacy_dto import ConsentDraft
from jilin_apprentice.storage.models import Major, Placement, SchoolClass, Student

SEED = 20261126 + 8
PLACED = (PlacementStatus.APPROVED, PlacementStatus.ACTIVE, PlacementStatus.COMPLETED)
OLD_COHORT = 2019
# (status, left on): six graduates and a drop-out past 3 years, one graduate not yet; they come
# on top of the demo's current students (a demo of 300 holds 308 students)
FORMER_STUDENTS = [("graduated", dt.date(2022, 7, 1))] * 6 + [
    ("withdrawn", dt.date(2021, 3, 15)),
    ("graduated", dt.date(2024, 7, 1)),
]


def seed_demo_privacy(services: Services) -> int:
    """Add the records; returns how many (students, consents, acknowledgements, leavings)."""
    rng = random.Random(SEED)
    return _past_students(services, rng) + _placed_students(services, rng)


def _placed_students(services: Services, rng: random.Random) -> int:
    today = services.today()
    with services.uow.read() as session:
        rows = session.execute(
            select(Placement.student_id, Placement.start_date, Student.name, Student.birth_date)
            .join(Student, Student.id == Placement.student_id)
            .where(Placement.status.in_(PLACED), Student.status == StudentStatus.ENROLLED)
            .order_by(Placement.student_id, Placement.start_date)
        ).all()
    first: dict[int, tuple[dt.date, str, dt.date]] = {}
    for sid, start, name, birth in rows:
        first.setdefault(sid, (start, name, birth))
    made = 0
    privacy = services.privacy
    for sid, (start, name, birth) in first.items():
        signed = min(start - dt.timedelta(days=rng.randint(7, 40)), today)
        signer = name
        if signed < birth + relativedelta(years=14):  # R-PI-5: the guardian signs
            guardians = services.students.get(sid).guardians
            signer = guardians[0].name if guardians else name
        roll = rng.random()
        if roll < 0.12:  # planted: nothing recorded (R-PI-6)
            pass
        else:
            for purpose in ("share_enterprise", "share_insurer"):
                privacy.add_consent(sid, ConsentDraft(purpose, signer, signed, "实习管理和保险"))
                made += 1
            if rng.random() < 0.5:
                scope = "实习报酬发放（工资卡）"
                privacy.add_consent(sid, ConsentDraft("bank_account", signer, signed, scope))
                made += 1
            if roll > 0.96:  # planted: withdrawn sharing consent
                consent = next(c for c in privacy.consents(sid) if c.purpose == "share_enterprise")
                withdrawn = min(signed + dt.timedelta(days=rng.randint(20, 90)), today)
                privacy.withdraw_consent(consent.id, withdrawn, expected_version=consent.version)
                made += 1
        if rng.random() < 0.75:  # the rest is planted: notice never acknowledged (R-PI-3)
            privacy.acknowledge_notice(sid, min(signed, today))
            made += 1
    return made


def _old_class(services: Services) -> tuple[int, str]:
    """A class of the 2019 cohort (graduated 2022); classes have no service, so a plain row."""
    with services.uow() as session:
        major = session.scalar(select(Major).order_by(Major.id).limit(1))
        assert major is not None, "seed the demo school first"
        name = f"{OLD_COHORT}级{major.name}1班"
        existing = session.scalar(select(SchoolClass.id).where(SchoolClass.name == name))
        if existing is not None:
            return existing, name
        cls = SchoolClass(name=name, major_id=major.id, cohort_year=OLD_COHORT, program_years=3)
        session.add(cls)
        session.flush()
        return cls.id, name


def _past_students(services: Services, rng: random.Random) -> int:
    class_id, _ = _old_class(services)
    leavings = FORMER_STUDENTS
    made = 0
    for i, (status, left) in enumerate(leavings):
        sex = "M" if i % 2 else "F"
        birth = dt.date(2003, rng.randint(1, 12), rng.randint(1, 28))
        name = demo_names.student_name(rng, sex, korean=False)
        enrolled = dt.date(OLD_COHORT, 9, 1)
        draft = StudentDraft(
            name=name,
            id_number=make_resident_id("220102", birth, 700 + 2 * i + (sex == "M"), sex),
            class_id=class_id,
            enrolment_date=enrolled,
            student_no=f"{OLD_COHORT}9{i:03d}",
            phone=demo_names.mobile(rng),
            address=f"长春市南关区民康路{rng.randint(1, 300)}号",
            guardians=(
                GuardianDraft(
                    demo_names.elder_name(rng, "M", name[0]), "父亲", demo_names.mobile(rng)
                ),
            ),
        )
        sid = services.students.create(draft)
        if i % 3 == 0:
            scope = "实习报酬发放（工资卡）"
            signed = dt.date(2020, 10, 1)
            services.privacy.add_consent(sid, ConsentDraft("bank_account", name, signed, scope))
            made += 1
        version = services.students.get(sid).version
        services.privacy.record_leaving(sid, status, left, expected_version=version)
        made += 2
    return made
