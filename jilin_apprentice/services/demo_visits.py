"""Demo site visits, site assessments and evaluations (issue 6 §5–§6), through the services.

Deterministic (random.Random(seed)); Chinese texts. Planted for the checks to find: one
overdue visit, visit records with problems and their notes, one enterprise whose assessment
has expired (R-ENT-1 on its open 岗位实习), one expiring within 30 days, and one completed
placement with only the enterprise's evaluation (R-EVAL-1).
"""

from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from jilin_apprentice.domain.site_checks import ITEM_KEYS
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.evaluation_dto import EvaluationDraft
from jilin_apprentice.services.placement_dto import PlacementRow
from jilin_apprentice.services.visit_dto import AssessmentDraft, VisitDraft

SEED = 20261126
PROBLEM_NOTES = {
    "working_hours": "实习生反映本月有两次加班至21点，已要求企业按协议不安排加班和夜班",
    "environment": "车间通风不良、噪声偏大，已请企业整改并补发防护耳塞",
    "safety": "部分学生未佩戴防护眼镜上岗，已现场纠正并要求班组长每日检查",
    "lodging": "宿舍热水供应不稳定，企业承诺两周内维修",
    "pay_received": "10月实习报酬延迟发放，已与人事部门沟通，约定本月15日前补发",
    "talked_to_student": "一名学生情绪低落、想家，已与其谈心并告知班主任和家长",
}
ASSESSORS = ("王建国", "刘淑芬", "陈志强", "赵丽华")


def seed_demo_visits(services: Services) -> int:
    """Add visits, assessments and evaluations; returns how many records were made."""
    rng = random.Random(SEED)
    return _visits(services, rng) + _assessments(services, rng) + _evaluations(services, rng)


def _checklist(rng: random.Random) -> tuple[dict[str, str], str | None]:
    answers = {key: "ok" for key in ITEM_KEYS}
    if rng.random() < 0.25:
        answers["lodging"] = "n/a"  # students living at home
    notes: list[str] = []
    if rng.random() < 0.2:
        key = rng.choice(ITEM_KEYS)
        answers[key] = "problem"
        notes.append(PROBLEM_NOTES[key])
    return answers, "；".join(notes) or None


def _visits(services: Services, rng: random.Random) -> int:
    today = services.today()
    visits = services.visits
    made = 0
    overdue_planted = False
    for supervisor in services.staff.choices("school_supervisor"):
        enterprises = visits.enterprise_choices(supervisor.id)[:3]
        for n, enterprise in enumerate(enterprises):
            # done: about every four weeks over the last three months
            for weeks_ago in (12, 8, 4):
                day = today - dt.timedelta(weeks=weeks_ago, days=n + rng.randrange(3))
                while day.weekday() >= 5:
                    day -= dt.timedelta(days=1)
                vid = visits.plan(VisitDraft(supervisor.id, enterprise.id, day))
                answers, notes = _checklist(rng)
                seen = "、".join(visits.students_at(vid)[:4]) or None
                visits.record(vid, day, answers, seen, notes)
                made += 1
            upcoming = today + dt.timedelta(days=7 + 3 * n + rng.randrange(5))
            while upcoming.weekday() >= 5:
                upcoming += dt.timedelta(days=1)
            visits.plan(VisitDraft(supervisor.id, enterprise.id, upcoming, "例行巡查"))
            made += 1
            if not overdue_planted:
                late = today - dt.timedelta(days=6)
                visits.plan(VisitDraft(supervisor.id, enterprise.id, late, "月度走访，待补记录"))
                overdue_planted = True
                made += 1
    return made


def _assessments(services: Services, rng: random.Random) -> int:
    today = services.today()
    hosts = sorted(_post_placements(services), key=lambda r: (r.enterprise_name, r.id))
    enterprise_ids = list(dict.fromkeys(_enterprise_of(services, r.id) for r in hosts))
    made = 0
    for n, enterprise_id in enumerate(enterprise_ids):
        if n == 0:  # planted: expired a month ago (R-ENT-1 on its open post placements)
            assessed = today - relativedelta(months=13)
        elif n == 1:  # planted: expiring in about three weeks
            assessed = today - relativedelta(months=12) + dt.timedelta(days=20)
        else:
            assessed = today - dt.timedelta(days=30 + rng.randrange(300))
        services.visits.record_assessment(
            AssessmentDraft(
                enterprise_id=enterprise_id,
                assessed_on=assessed,
                assessor=rng.choice(ASSESSORS),
                passed=True,
                report=f"实地评估报告-{assessed.year}-{enterprise_id:03d}.pdf",
                notes="单位资质、诚信、管理水平、岗位、工作时间、工作与生活环境、安全防护均已核查",
            )
        )
        made += 1
    return made


def _post_placements(services: Services) -> list[PlacementRow]:
    rows = services.placements.list(limit=5000)
    return [r for r in rows if r.type == "post" and r.status != "terminated"]


def _enterprise_of(services: Services, placement_id: int) -> int:
    detail = services.placements.get(placement_id)
    assert detail.draft.enterprise_id is not None
    return detail.draft.enterprise_id


def _evaluations(services: Services, rng: random.Random) -> int:
    today = services.today()
    evals = services.evaluations
    rubric = evals.rubric()
    made = 0
    rows = [r for r in evals.list() if r.status == "completed"]
    for n, row in enumerate(rows):
        day = min(today, row.end_date + dt.timedelta(days=3 + rng.randrange(10)))
        base = rng.randrange(62, 96)
        sides = ("enterprise_mentor",) if n == 0 else ("enterprise_mentor", "school_supervisor")
        for role in sides:
            choices = evals.evaluator_choices(row.placement_id, role)
            preferred = row.mentor_id if role == "enterprise_mentor" else row.supervisor_id
            evaluator = next((c.id for c in choices if c.id == preferred), None)
            if evaluator is None and choices:
                evaluator = choices[0].id
            if evaluator is None:
                break
            scores = {
                key: max(0, min(100, base + rng.randrange(-8, 9))) for key, _w in rubric.criteria
            }
            comment = (
                "工作认真，能按操作规程完成岗位任务"
                if base >= 75
                else "基本完成任务，需加强规范意识"
            )
            evals.evaluate(EvaluationDraft(row.placement_id, role, evaluator, scores, day, comment))
            made += 1
        else:
            if len(sides) == 2:
                evals.grade(row.placement_id)
                made += 1
    return made
