"""Programmes for the demo school: its apprenticeships grouped into cohorts, with training plans.

The demo seeder (demo_placements.py) gives ~10 % of students an Apprenticeship row. Here they
are grouped by employer, class and programme type into programmes, through ProgrammeService
so everything passes its validation; each programme gets a training plan of 5–8 modules for
its major, past modules get recorded progress, and one apprentice loses the school mentor
(R-APP-5, planted for the cohort view and the home-screen scan).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select

from jilin_apprentice.services.programme_dto import ModuleDraft, ProgrammeDraft
from jilin_apprentice.storage.models import (
    Apprenticeship,
    Enterprise,
    Major,
    Post,
    SchoolClass,
    Student,
)

if TYPE_CHECKING:
    from jilin_apprentice.services.container import Services

S, E = "school", "enterprise"
PLANS: tuple[tuple[tuple[str, ...], tuple[tuple[str, int, str], ...]], ...] = (
    (
        ("汽车",),
        (
            ("安全生产与职业素养", 32, S),
            ("汽车构造与识图", 64, S),
            ("汽车维护与保养", 160, E),
            ("发动机拆装与检修", 192, E),
            ("底盘检修", 160, E),
            ("汽车电气检测", 128, E),
            ("岗位综合考核", 40, E),
        ),
    ),
    (
        ("轨道",),
        (
            ("安全生产与职业素养", 32, S),
            ("城轨车辆构造", 64, S),
            ("车辆日常检查作业", 160, E),
            ("转向架检修", 192, E),
            ("制动系统检修", 160, E),
            ("车辆电气设备维护", 128, E),
            ("岗位综合考核", 40, E),
        ),
    ),
    (
        ("烹饪", "餐", "酒店"),
        (
            ("食品安全与卫生", 32, S),
            ("烹饪原料与刀工", 96, S),
            ("冷菜制作", 128, E),
            ("热菜炉灶", 192, E),
            ("面点制作", 128, E),
            ("宴席设计与成本控制", 64, S),
        ),
    ),
    (
        ("护理", "养老", "康复", "医"),
        (
            ("医德医风与职业素养", 32, S),
            ("基础护理技术", 96, S),
            ("内科护理轮转", 160, E),
            ("外科护理轮转", 160, E),
            ("老年照护", 128, E),
            ("急救技术", 64, S),
            ("护理文书与沟通", 48, E),
        ),
    ),
    (
        ("电子", "电气", "信息", "通信", "网络"),
        (
            ("安全生产与职业素养", 32, S),
            ("电子元器件识别与检测", 64, S),
            ("SMT贴装工艺", 160, E),
            ("电子产品装配与调试", 192, E),
            ("产品检验与品质管理", 128, E),
            ("设备日常维护", 96, E),
        ),
    ),
)
GENERIC = (
    ("安全生产与职业素养", 32, S),
    ("专业基础", 96, S),
    ("岗位认知与规范", 64, E),
    ("核心岗位技能（一）", 192, E),
    ("核心岗位技能（二）", 160, E),
    ("岗位综合考核", 40, E),
)
LEVELS = {"school_joint": "现代学徒制", "enterprise_new": "企业新型学徒制"}


def _plan(major: str) -> tuple[tuple[str, int, str], ...]:
    return next((plan for keys, plan in PLANS if any(k in major for k in keys)), GENERIC)


def _post_for(module: str, posts: list[tuple[int, str]]) -> int | None:
    """The post whose title shares most characters with the module, else the first (main) one."""
    if not posts:
        return None
    best = max(posts, key=lambda p: (len(set(p[1]) & set(module)), -p[0]))
    return best[0]


def _slots(start: dt.date, end: dt.date, n: int) -> list[tuple[dt.date, dt.date]]:
    """The programme split into n consecutive periods, one per module."""
    days = (end - start).days + 1
    cuts = [start + dt.timedelta(days=days * i // n) for i in range(n + 1)]
    return [(cuts[i], cuts[i + 1] - dt.timedelta(days=1)) for i in range(n)]


def seed_demo_programmes(services: Services) -> int:
    """Programmes, members, modules and progress; returns how many records were made."""
    svc = services.programmes
    today = services.today()
    with services.uow.read() as session:
        apps = session.execute(
            select(
                Apprenticeship,
                Student.class_id,
                SchoolClass.name,
                SchoolClass.cohort_year,
                Major.name,
                Enterprise.name,
            )
            .join(Student, Student.id == Apprenticeship.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .join(Major, Major.id == SchoolClass.major_id)
            .join(Enterprise, Enterprise.id == Apprenticeship.employer_id)
            .order_by(Apprenticeship.id)
        ).all()
        groups: dict[tuple[int, int, str], list] = defaultdict(list)
        for row in apps:
            app = row[0]
            groups[(app.employer_id, row[1], app.programme.value)].append(row)
        posts: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for post_id, ent, title in session.execute(
            select(Post.id, Post.enterprise_id, Post.title).order_by(Post.id)
        ):
            posts[ent].append((post_id, title))
    made = 0
    planted = False
    for serial, ((ent_id, class_id, kind), rows) in enumerate(sorted(groups.items()), 1):
        first = rows[0][0]
        _a, _c, class_name, cohort, major, ent_name = rows[0]
        start = min(r[0].start_date for r in rows)
        end = max(r[0].end_date for r in rows)
        short_ent = ent_name.replace("有限公司", "").replace("股份", "")
        pid = svc.save(
            ProgrammeDraft(
                name=f"{short_ent}·{class_name}{LEVELS[kind]}",
                programme=kind,
                enterprise_id=ent_id,
                class_id=class_id,
                start_date=start,
                end_date=end,
                target_level=first.target_level.value if first.target_level else None,
                training_agreement_ref=f"XTPY-{cohort}-P{serial:03d}",
                training_agreement_date=start - dt.timedelta(days=20),
                notes=f"{major}专业 校企双主体育人",
            )
        )
        made += 1
        app_ids = [r[0].id for r in rows]
        for app_id in app_ids:
            svc.attach(pid, app_id)
            made += 1
        plan = _plan(major)
        own_posts = posts.get(ent_id, [])
        module_ids = []
        for (name, hours, place), (frm, to) in zip(
            plan, _slots(start, end, len(plan)), strict=True
        ):
            at_work = place == E
            post = _post_for(name, own_posts) if at_work else None
            draft = ModuleDraft(
                name=name,
                planned_hours=hours,
                place=place,
                competency=f"能够独立完成{name}相关工作任务" if at_work else None,
                post_id=post,
                rotation_start=frm if at_work else None,
                rotation_end=to if at_work else None,
            )
            module_ids.append((svc.save_module(pid, draft), hours, frm, to))
            made += 1
        for k, app_id in enumerate(app_ids):
            for j, (module_id, hours, frm, to) in enumerate(module_ids):
                if frm > today:
                    break
                if to < today:  # a finished module: assessed, nearly always passed
                    failed = (app_id + j) % 11 == 0
                    done = hours if not failed else hours * 3 // 4
                    svc.record_progress(app_id, module_id, done, to, not failed)
                else:  # the current module: part done
                    share = (today - frm).days / max(1, (to - frm).days + 1)
                    svc.record_progress(app_id, module_id, int(hours * share), None, False)
                made += 1
            if not planted and kind == "school_joint" and k == 0 and len(app_ids) > 1:
                member = next(m for m in svc.cohort(pid) if m.apprenticeship_id == app_id)
                svc.update_member(
                    app_id,
                    dataclasses.replace(member.draft, school_mentor_id=None),
                    version=member.version,
                )
                planted = True
    return made
