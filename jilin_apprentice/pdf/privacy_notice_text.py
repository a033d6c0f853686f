"""The privacy notice's words (个人信息处理告知书; PIPL Arts 17, 23, 30; R-PI-3), without ReportLab.

Kept apart from the drawing so the services can name the notice version and build its data
without loading ReportLab at start-up (issue 9); privacy_notice_pdf draws it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NOTICE_VERSION = 1
BLANK = "＿＿＿＿＿＿＿＿"


@dataclass(frozen=True)
class NoticeData:
    """What one notice prints; `student` None gives a blank form to fill in by hand."""

    version: int
    school: str
    school_address: str
    contact: str
    contact_phone: str
    student: str | None
    class_name: str | None
    enterprises: tuple[str, ...]
    insurers: tuple[str, ...]
    retention_years: int
    printed_on: dt.date


def _date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def sections(d: NoticeData) -> list[tuple[str, list[str]]]:
    """The notice text: (heading, paragraphs), in the order of PIPL Art 17."""
    enterprises = "、".join(d.enterprises) if d.enterprises else "学校安排或经学校同意的实习单位"
    insurers = "、".join(d.insurers) if d.insurers else "学校或实习单位投保的保险公司"
    contact = d.contact or BLANK
    phone = d.contact_phone or BLANK
    return [
        (
            "一、个人信息处理者",
            [
                f"{d.school or BLANK}（以下简称“学校”），地址：{d.school_address or BLANK}；"
                f"个人信息保护联系人：{contact}，联系电话：{phone}。"
            ],
        ),
        (
            "二、处理目的和方式",
            [
                "为组织和管理岗位实习、认识实习及学徒培养，学校以电子和纸质方式收集、存储、"
                "使用上述个人信息，用于：安排实习岗位和签订实习协议；办理实习责任保险；"
                "核对和发放实习报酬；实习过程管理、检查和考核；按规定向教育主管部门报送备案。",
            ],
        ),
        (
            "三、处理的个人信息种类",
            [
                "一般个人信息：姓名、性别、出生日期、学号、班级、专业、手机号码、家庭住址、"
                "监护人姓名、关系和联系电话、实习单位、岗位、实习日志和考核结果。",
                "敏感个人信息：身份证件号码；健康信息（体检结果、伤病情况）；银行账户；"
                "身份证件扫描件；不满十四周岁未成年人的个人信息。处理敏感个人信息具有特定目的和"
                "充分必要性（办理保险、发放报酬、核验身份），学校将另行取得您的单独同意，"
                "并说明对个人权益的影响；您可以拒绝，拒绝可能影响相关事项的办理。",
            ],
        ),
        (
            "四、向其他方提供",
            [
                f"实习单位：{enterprises}（用于岗位安排、实习管理和报酬发放）。",
                f"保险公司：{insurers}（用于投保和理赔）。",
                "教育行政部门：学校所在地教育局及上级教育主管部门（依法报送实习备案和统计，"
                "属于履行法定职责所必需）。",
                "向实习单位和保险公司提供时，仅提供所需的最少信息，并事先取得您的单独同意。",
            ],
        ),
        (
            "五、保存期限",
            [
                f"您毕业或离校后，学校保存您的个人信息 {d.retention_years} 年，期满后予以删除或"
                "匿名化处理；依照档案管理规定须归档的实习协议等材料按归档要求保存，"
                "但停止除存储和必要保护以外的处理。",
            ],
        ),
        (
            "六、您的权利",
            [
                "您有权查阅、复制、更正、补充您的个人信息，有权请求删除，有权要求学校对处理规则"
                "进行解释说明，有权撤回同意（撤回不影响此前基于同意已进行的处理）。"
                "不满十八周岁的学生，由监护人一同行使上述权利。",
                f"请向上述联系人（电话：{phone}）提出请求，学校将及时答复；拒绝的，将说明理由。",
            ],
        ),
    ]
