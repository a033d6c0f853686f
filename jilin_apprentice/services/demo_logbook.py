"""Demo weekly logbooks: ~40 active placements' last 6–8 weeks, written through the service.

Texts are composed from phrase pools (so they differ as real students' weeks do); statuses are
mixed (approved, submitted, returned with a comment, draft). Two copies are planted for the
copy check to find: one student's week copied from another student's same week, and one
student's week repeating their own earlier week.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from jilin_apprentice.domain.enums import PlacementStatus
from jilin_apprentice.domain.logbook_rules import monday, weeks_between
from jilin_apprentice.services.container import Services
from jilin_apprentice.services.logbook_dto import LogDraft
from jilin_apprentice.storage.models import LogEntry, Placement, Post

PLACEMENTS = 40
OPENINGS = [
    "本周在{post}岗位继续实习，",
    "这一周我跟随{mentor}师傅在{post}岗位学习，",
    "本周实习内容以{post}的日常工作为主，",
    "进入实习第{n}周，我对{post}岗位越来越熟悉，",
    "本周车间生产任务较重，我在{post}岗位协助师傅工作，",
    "周一参加了班前安全例会后，开始本周的{post}实习，",
]
TASKS = [
    "学习了设备开机前的点检流程，逐项核对油位、气压和安全防护装置",
    "在师傅指导下完成了{k}批次产品的首件检验并填写记录表",
    "练习使用游标卡尺和千分尺测量零件尺寸，误差控制在要求范围内",
    "参与了生产线的5S整理，重新规划了工具柜的摆放位置",
    "学习读懂工艺卡片和作业指导书，了解了各工序之间的衔接",
    "协助班组完成了月度盘点，核对物料编码{k}余项",
    "跟随师傅排查了一次设备故障，原因是传感器接线松动",
    "独立完成了简单工件的装配，经师傅检查合格",
    "学习了质量问题的追溯方法，参加了一次质量分析会",
    "熟悉了企业的信息系统，学会录入生产报工数据",
    "参加了企业组织的消防演练，学会使用灭火器",
    "在客服岗位接待了{k}位客户，学习规范的沟通用语",
    "整理了本周的工作台账，把遇到的问题记在笔记本上",
    "练习了焊接前的坡口打磨，掌握了角磨机的安全操作",
    "跟着质检员抽检了{k}件成品，学会判断表面划伤和毛刺是否超标",
    "学习更换刀具和对刀，第一次在数控车床上加工出合格的轴套",
    "参加了导师组织的技术小课堂，内容是液压系统的常见故障",
    "把仓库的呆滞物料重新贴了标签，共处理{k}箱",
    "学习电气控制柜的接线图，能够找出主回路和控制回路",
    "在师傅监护下进行了登高作业前的安全带检查",
    "协助工艺员做了{k}组工时测定，用秒表记录每道工序的时间",
    "用办公软件整理了车间的交接班记录，做成了统计表",
    "参加了新产品试制，负责记录每一件试制品的参数",
    "学习了叉车作业区域的安全规定，知道了行人通道的划分",
]
DETAILS = [
    "周{d}遇到{e}，",
    "周{d}车间{e}，",
    "周{d}下午{e}，",
]
EVENTS = [
    "设备临时停机检修",
    "来了一批急单需要赶工",
    "企业安全员来班组检查",
    "指导老师来企业巡查并和我谈话",
    "系统升级暂停报工",
    "原材料晚到了半天",
    "师傅请假由班长带我",
    "组织了一次质量事故案例学习",
]
REFLECTIONS = [
    "我体会到规范操作是安全生产的前提，不能图快省步骤。",
    "感觉理论课学到的知识在现场得到了印证，也发现自己动手能力还需加强。",
    "师傅说细节决定质量，我会在下周更加注意记录数据。",
    "虽然工作有些辛苦，但每天都有新收获，对专业的兴趣更浓了。",
    "我发现与同事沟通很重要，遇到不懂的地方要及时请教。",
    "下周计划学习更复杂的工序，争取能独立操作。",
    "本周没有出现差错，得到了班长的表扬，我会继续保持。",
    "遇到加班需求时我按学校规定向指导老师报告，企业也予以理解。",
]
RETURN_COMMENTS = [
    "内容过于简单，请补充本周具体完成的工作和体会。",
    "请写明本周的安全培训内容和自己的收获。",
    "工时与考勤不符，请核对后重新提交。",
]
APPROVE_COMMENTS = ["", "", "内容具体，继续保持。", "记录认真。", "请注意安全操作。"]


def _text(rng: random.Random, post: str, mentor: str, n: int) -> str:
    opening = rng.choice(OPENINGS).format(post=post, mentor=mentor[:1] or "王", n=n)
    tasks = rng.sample(TASKS, rng.randint(3, 4))
    body = "；".join(t.format(k=rng.randint(3, 60)) for t in tasks)
    detail = rng.choice(DETAILS).format(d="一二三四五"[rng.randrange(5)], e=rng.choice(EVENTS))
    return f"{opening}{body}。{detail}{rng.choice(REFLECTIONS)}"


def seed_demo_logbook(services: Services, seed: int = 20261126) -> int:
    """Adds weekly entries for up to 40 active placements; returns how many entries."""
    rng = random.Random(seed)
    today = services.today()
    this_week = monday(today)
    with services.uow.read() as session:
        taken = set(session.scalars(select(LogEntry.student_id)))
        rows = session.execute(
            select(Placement, Post.title)
            .join(Post, Post.id == Placement.post_id)
            .where(
                Placement.status == PlacementStatus.ACTIVE,
                Placement.start_date <= this_week - dt.timedelta(weeks=6),
                Placement.enterprise_mentor_id.is_not(None),
            )
            .order_by(Placement.id)
        ).all()
        chosen = [
            (
                p.id,
                title,
                p.start_date,
                p.end_date,
                p.enterprise_mentor_id,
                p.school_supervisor_id,
                p.enterprise_mentor.name if p.enterprise_mentor else "",
            )
            for p, title in rows
            if p.student_id not in taken
        ][:PLACEMENTS]
    log = services.logbook
    made = 0
    week_texts: dict[dt.date, str] = {}
    for k, (pid, post, start, end, mentor, supervisor, mentor_name) in enumerate(chosen):
        first_text = ""
        weeks = [w for w in weeks_between(start, min(end, today)) if w <= this_week]
        weeks = weeks[-rng.randint(6, 8) :]
        for i, week in enumerate(weeks):
            text = _text(rng, post, mentor_name, i + 1)
            if k == 1 and week == weeks[-2] and week in week_texts:
                text = week_texts[week]  # planted: copied from another student, same week
            if k == 2 and i == len(weeks) - 2:
                text = first_text + "下周继续。"  # planted: the student's own earlier week
            if i == 0:
                first_text = text
            week_texts.setdefault(week, text)
            hours = rng.choice([400, 400, 400, 385, 440, 320])
            eid = log.save_draft(LogDraft(pid, week, text, hours))
            made += 1
            age = len(weeks) - 1 - i  # 0 = this week
            if age == 0 and rng.random() < 0.7:
                continue  # this week's entry is still a draft
            log.submit(eid)
            reviewer = mentor if rng.random() < 0.7 or supervisor is None else supervisor
            if age >= 2 and rng.random() < 0.08:
                log.return_entry(eid, reviewer, rng.choice(RETURN_COMMENTS))
            elif age >= 2 or (age == 1 and rng.random() < 0.4):
                log.approve(eid, reviewer, rng.choice(APPROVE_COMMENTS))
    return made
