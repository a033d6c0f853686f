"""The enterprise side of the demo school: enterprises, credit history, mentors and posts.

Split from `demo_seed` so each module stays small. Besides writing rows it fills a `PostPool`
with the posts a placement may lawfully use, and sizes each by the intern caps, so the planner
produces clean placements except where a rule case is planted on purpose.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import select

from jilin_apprentice.domain.enums import CreditStatus, SkillLevel, StaffKind, VenueType
from jilin_apprentice.domain.rules.reference_keys import MIN_WAGE_2021
from jilin_apprentice.services import demo_names as names
from jilin_apprentice.services.demo_posts import PostPool, PostSlot, RowSink
from jilin_apprentice.services.reference_data import Area, CatalogueMajor, industries
from jilin_apprentice.storage.models import CreditEvent, Enterprise, Post, Staff

MENTOR_MAX_LOAD = 10  # R-APP-10 / R-SUP-3 set no national ratio; a plausible demo value
SPECIAL_CASES = ("ktv", "intermediary", "restricted")  # the first three enterprises
_SKILL_LABEL = {
    SkillLevel.INTERMEDIATE: "中级工",
    SkillLevel.ADVANCED: "高级工",
    SkillLevel.TECHNICIAN: "技师",
    SkillLevel.SENIOR_TECHNICIAN: "高级技师",
}


class EnterpriseBuilder:
    """Writes the enterprise side through a `RowSink` and registers usable posts in a pool."""

    def __init__(
        self, w: RowSink, rng: random.Random, today: dt.date, pool: PostPool, areas: list[Area]
    ) -> None:
        self.w, self.rng, self.today, self.pool = w, rng, today, pool
        self.areas = areas
        self.home_areas = [a for a in areas if a.city == "长春市"]  # the school's city
        self.taken = set(w.conn.execute(select(Enterprise.__table__.c.uscc)).scalars())

    def build(
        self, count: int, majors: list[CatalogueMajor], catalogue: list[CatalogueMajor]
    ) -> None:
        """`count` enterprises, 60 % in industries the school's majors serve; three planted cases.

        Case enterprises: a KTV venue (R-PROH-1), an intermediary (R-PROH-5) and one under a
        credit restriction with its CreditEvent history (R-JL-2).
        """
        rng = self.rng
        served = [m.industry_code for m in majors]
        codes = [i.code for i in industries() if i.code != "other"]
        category = {m.industry_code: m.category for m in catalogue}
        category.update({m.industry_code: m.category for m in majors})
        for i in range(count):
            special = SPECIAL_CASES[i] if i < len(SPECIAL_CASES) else None
            industry = rng.choice(served if rng.random() < 0.6 or special else codes)
            industry = {"ktv": "hospitality", "intermediary": "other"}.get(special or "", industry)
            area = rng.choice(self.home_areas if rng.random() < 0.5 else self.areas)
            ent_id, staff, lowest = self._enterprise(industry, area, special)
            cat = category.get(industry, names.INDUSTRY_TEXT[industry].category)
            self._posts(ent_id, industry, cat, staff, lowest, special)

    def _credit_code(self, area: Area) -> str:
        code = names.credit_code(self.rng, kind="91", area=str(area.code))
        while code in self.taken:
            code = names.credit_code(self.rng, kind="91", area=str(area.code))
        self.taken.add(code)
        return code

    def _enterprise(self, industry: str, area: Area, special: str | None) -> tuple[int, int, int]:
        """One enterprise; returns (id, on-post staff, lowest wage grade in fen)."""
        rng = self.rng
        name = names.enterprise_name(rng, industry, area.city)
        if special == "ktv":
            name = names.CITY_SHORT[area.city] + rng.choice(names.BRANDS) + "量贩KTV有限公司"
        uscc = self._credit_code(area)
        staff = int(math.exp(rng.uniform(math.log(20), math.log(2000))))
        others = rng.randint(1, max(1, staff // 40)) if rng.random() < 0.2 else 0
        assessed = special is not None or rng.random() < 0.9
        credit = (
            CreditStatus.RESTRICTED
            if special == "restricted"
            else (CreditStatus.WATCH if rng.random() < 0.02 else CreditStatus.GOOD)
        )
        clean = credit == CreditStatus.GOOD and rng.random() < 0.95
        # lowest grade at least 50 yuan above the minimum wage, so the planted low-pay case can
        # sit below it without also falling below the minimum wage (R-PAY-2 vs R-PAY-5)
        lowest = (MIN_WAGE_2021[area.min_wage_class][0] + 10 * rng.randint(5, 60)) * 100
        assessed_on = self.today - dt.timedelta(days=rng.randint(30, 900))
        ent_id = self.w.add(
            Enterprise,
            {
                "name": name,
                "uscc": uscc,
                "industry_code": industry,
                "uscc_verified_on": self.today - dt.timedelta(days=rng.randint(10, 700)),
                "address": names.street_address(rng, area.full_name),
                "county_code": area.code,
                "min_wage_area_class": area.min_wage_class,
                "legal_representative": names.any_name(rng),
                "contact_person": names.any_name(rng),
                "contact_phone": names.mobile(rng),
                "on_post_staff": staff,
                "other_school_interns": others,
                "lowest_wage_grade_fen": lowest,
                "venue_type": VenueType.KTV if special == "ktv" else VenueType.ORDINARY,
                "is_intermediary_or_dispatch": special == "intermediary",
                "is_training_base": rng.random() < 0.15,
                "site_assessment_date": assessed_on if assessed else None,
                "site_assessment_report": f"assessments/{uscc}.pdf" if assessed else None,
                "no_illegal_or_dishonest_record": credit != CreditStatus.RESTRICTED,
                "no_safety_violation_3y": clean or credit != CreditStatus.GOOD,
                "approved_list_ref": f"校党委会纪要〔{assessed_on.year}〕{rng.randint(1, 30)}号"
                if assessed
                else None,
                "credit_status": credit,
            },
        )
        if credit != CreditStatus.GOOD:
            self._credit_events(ent_id, credit)
        mentors = [self._mentor(ent_id) for _ in range(rng.randint(1, 3))]
        usable = assessed and clean and special is None  # nothing for the rules to flag
        capacity = min(staff // 10 - others, MENTOR_MAX_LOAD * len(mentors))  # R-CAP-1
        self.pool.add_enterprise(ent_id, capacity if usable else 0, mentors)
        return ent_id, staff, lowest

    def _credit_events(self, ent_id: int, status: CreditStatus) -> None:
        """The dated credit history a restriction rests on (R-ENT-4, R-JL-2), with sources."""
        restricted = status == CreditStatus.RESTRICTED
        latest = "信用中国（吉林）严重失信主体名单" if restricted else "经营异常名录"
        latest += "（演示数据）"
        history = (
            (CreditStatus.GOOD, 400, "入库审核：国家企业信用信息公示系统查询无异常"),
            (status, 42, latest),
        )
        for credit, days_ago, source in history:
            self.w.add(
                CreditEvent,
                {
                    "enterprise_id": ent_id,
                    "status": credit,
                    "source": source,
                    "recorded_on": self.today - dt.timedelta(days=days_ago),
                    "how_verified": "官网查询截图存档",
                },
            )

    def _mentor(self, ent_id: int) -> int:
        rng = self.rng
        level = rng.choices(list(SkillLevel), cum_weights=(30, 70, 92, 100))[0]
        return self.w.add(
            Staff,
            {
                "kind": StaffKind.ENTERPRISE_MENTOR,
                "enterprise_id": ent_id,
                "name": names.any_name(rng),
                "phone": names.mobile(rng),
                "title": rng.choice(names.MENTOR_TITLES),
                "qualification": f"{_SKILL_LABEL[level]}职业资格证书",
                "skill_level": level,
                "max_load": MENTOR_MAX_LOAD,
                "monthly_allowance_fen": rng.randint(20, 80) * 1000,
                "is_part_time_teacher": rng.random() < 0.2,
            },
        )

    def _posts(
        self,
        ent_id: int,
        industry: str,
        category: str,
        staff: int,
        lowest: int,
        special: str | None,
    ) -> None:
        """2-5 posts; risky or heavy ones carry the flags R-PROH-2/3/4 and R-AGE-3 read."""
        rng, text = self.rng, names.INDUSTRY_TEXT[industry]
        count = min(rng.randint(2, 5), len(text.posts) + len(text.risky_posts))
        titles = rng.sample(text.posts, min(count, len(text.posts)))
        titles += [t for t, _ in text.risky_posts][: count - len(titles)]
        for title in titles:
            hazard = next((h for t, h in text.risky_posts if t == title), None)
            if hazard is None and text.risky_posts and not special and rng.random() < 0.1:
                title, hazard = rng.choice(text.risky_posts)
            intensity = 3 if hazard else rng.choices((1, 2, 3, 4), cum_weights=(55, 92, 97, 100))[0]
            female_no = intensity == 4 or hazard == "underground" or rng.random() < 0.03
            odd, odd_kind = rng.random() < 0.08, rng.random()  # R-MAJ-2 / R-MAJ-1 warnings
            if special:  # the planted enterprises' posts trip no rule of their own
                hazard, intensity, female_no, odd = None, 1, False, False
            wage = rng.randint(300, 600) * 1000  # 3000-6000 yuan, in fen
            post_staff = min(staff, rng.randint(5, 120))
            post_id = self.w.add(
                Post,
                {
                    "enterprise_id": ent_id,
                    "title": title,
                    "major_category": category,
                    "description": f"在企业导师指导下从事{title}相关工作，岗前完成安全教育培训",
                    "hazards": hazard.value if hazard else "",
                    "physical_intensity_level": intensity,
                    "minor_prohibited": hazard is not None or intensity >= 3,
                    "female_prohibited": female_no,
                    "same_post_wage_fen": wage,
                    "on_post_staff": post_staff,
                    "simple_repetitive_only": odd and odd_kind < 0.5,
                    "unrelated_to_major": odd and odd_kind >= 0.5,
                },
            )
            usable = not (hazard or intensity >= 3 or female_no or odd)
            slot = PostSlot(post_id, ent_id, wage, lowest, category)
            self.pool.add_post(slot, post_staff // 5 if usable else 0, special)  # R-CAP-2
