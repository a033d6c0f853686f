"""The apprenticeship and observation-internship agreements and the informed-consent form.

Default texts as plain data, built from the shared clauses of agreement_clauses.py (see
agreement_templates.py, which collects and re-exports them).
"""

from __future__ import annotations

from jilin_apprentice.domain.agreement_clauses import (
    DISPUTE,
    FINAL,
    INSURANCE,
    LAW_BASIS,
    OTHER,
    PARTIES,
    POST,
    THREE,
    clause,
    preamble,
)
from jilin_apprentice.domain.agreement_template_model import ART15_ITEMS, ClauseTemplate, Template

_APPRENTICE_STATUS = (
    "（四）丙方已与乙方签订劳动合同、按照企业新型学徒制接受培养的，丙方与乙方之间的劳动关系"
    "以及工资、工作时间、休息休假、社会保险等事项，依照《中华人民共和国劳动合同法》等法律法规"
    "和双方签订的劳动合同执行，本协议仅约定培养事项；本协议与劳动合同不一致的，劳动关系事项"
    "以劳动合同为准。丙方未与乙方建立劳动关系的，其在乙方岗位学习期间依照《职业学校学生实习"
    "管理规定》和本协议执行。"
)
APPRENTICESHIP = Template(
    "apprenticeship",
    1,
    "学徒培养协议",
    (
        preamble(
            "甲乙双方联合招收丙方为学徒并进行培养的有关事项",
            "甲方（职业学校）、乙方（企业）、丙方（学生学徒）",
            "学徒培养",
            "《中华人民共和国职业教育法》第三十条和《中华人民共和国劳动合同法》"
            + LAW_BASIS.replace("《中华人民共和国职业教育法》", ""),
        ),
        ClauseTemplate(PARTIES.heading, (*PARTIES.paragraphs, _APPRENTICE_STATUS), (1,)),
        clause(
            "培养的时间、地点、内容、要求与条件保障",
            (2,),
            "（一）培养期限：自{start_date}起至{end_date}止。",
            "（二）培养专业（工种）及目标：{programme_text}。",
            "（三）岗位学习地点：{place}；岗位：{post_title}；岗位学习内容：{post_content}。",
            "（四）甲乙双方共同制订培养方案，实行校企双基地培养；丙方按照培养方案完成学习任务。",
            "（五）乙方指定{mentor}为企业导师，甲方指定{supervisor}为学校导师，双导师共同指导"
            "和管理丙方，原则上每日检查并向甲乙双方报告丙方岗位学习情况。",
        ),
        *POST.clauses[3:],
    ),
)

COGNITIVE = Template(
    "cognitive",
    1,
    "职业学校学生认识实习协议",
    (
        preamble("丙方参加甲方组织的、在乙方进行的认识实习的有关事项", THREE),
        PARTIES,
        clause(
            "实习的时间、地点、内容、要求与条件保障",
            (2,),
            "（一）实习时间：自{start_date}起至{end_date}止；实习地点：{place}。",
            "（二）实习内容：{post_content}。认识实习由甲方组织安排，以参观、观摩和体验为主，"
            "不安排丙方从事生产性劳动，不涉及实习报酬。",
            "（三）甲方指定{supervisor}为带队指导教师，乙方指定{mentor}负责现场讲解和安全管理。",
        ),
        clause(
            "实习期间的食宿和作息安排",
            (3,),
            "（一）食宿安排：{lodging_text}。",
            "（二）每日实习活动不超过{hours_per_day}小时，不得安排在夜间、休息日或者法定节假日。",
        ),
        clause(
            "安全、卫生和防护",
            (5,),
            "（一）乙方在活动前向丙方进行安全告知，提供必要的防护用品，不得安排丙方进入具有较高"
            "安全风险或者存在职业病危害的区域。",
            "（二）丙方服从带队教师和乙方人员的管理，遵守乙方的安全和卫生制度。",
        ),
        clause(
            "责任保险与伤亡事故处理",
            (6,),
            INSURANCE.paragraphs[0],
            "（二）保险费由{premium_payer}承担，不得向丙方收取。",
            *INSURANCE.paragraphs[2:4],
        ),
        clause(
            "实习考核方式",
            (7,),
            "考核方式：{assessment_text}。丙方应当在实习结束时提交实习报告。",
        ),
        clause(
            "各方的责任",
            (),
            "甲方和乙方不得向丙方收取任何费用，不得扣押丙方的学生证、居民身份证或者其他证件。",
        ),
        clause(
            ART15_ITEMS[8],
            (8,),
            "任何一方违反本协议约定的，应当承担相应的违约责任；给其他方造成损失的，依法承担赔偿"
            "责任。丙方违反实习纪律的，由甲方依照学生管理规定处理。",
        ),
        DISPUTE,
        OTHER,
        ClauseTemplate(FINAL.heading, FINAL.paragraphs[:2]),
    ),
)

CONSENT = Template(
    "consent",
    1,
    "学生岗位实习知情同意书",
    (
        ClauseTemplate(
            "",
            (
                "{student_name}同学是{school_name}在校学生。根据《职业学校学生实习管理规定》第九条，"
                "学校组织学生岗位实习，应当取得学生及其法定监护人（或家长）签字的知情同意书。"
                "现告知如下：",
            ),
            numbered=False,
        ),
        clause(
            "实习安排",
            (),
            "实习单位：{enterprise_name}；实习岗位：{post_title}；实习地点：{place}；"
            "实习时间：自{start_date}起至{end_date}止。",
            "学校实习指导教师：{supervisor}；实习单位指导人员：{mentor}。",
        ),
        clause(
            "食宿、工作时间、实习报酬和保险",
            (),
            "食宿安排：{lodging_text}。每日实习{hours_per_day}小时，每周实习{days_per_week}天；"
            "不安排加班和夜班，不安排在休息日、法定节假日实习。",
            "实习报酬：{pay_text}，{pay_schedule}，以货币形式直接支付给学生本人。实习责任保险："
            "{insurance_text}，保险费不由学生承担。学生上岗前须接受安全教育培训并通过考核。",
        ),
        clause(
            "学生和家长的权利",
            (),
            "学校和实习单位不得向学生收取任何实习费用，不得扣押学生的学生证、居民身份证或者"
            "其他证件。学生申请在统一安排的住宿以外居住的，须经法定监护人（或家长）签字同意，"
            "由学校备案后方可办理。",
            "学生及其法定监护人（或家长）明确拒绝学校安排的，学生可以自行选择符合条件的实习"
            "单位，由学生本人及其法定监护人（或家长）申请，经学校同意后实施。",
        ),
        clause(
            "确认",
            (),
            "学生本人及其法定监护人（或家长）已认真阅读并知悉上述实习安排和各项权利义务，"
            "同意{student_name}参加上述岗位实习，并教育、督促其遵守实习纪律和安全规定。"
            "本知情同意书一式两份，学校和学生各执一份。",
        ),
    ),
    numbering="list",
)
