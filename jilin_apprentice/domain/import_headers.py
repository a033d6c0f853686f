"""Header names of imported sheets -> import fields, per kind (issue 7 import).

The synonyms are the headers that academic-office systems, enterprise HR exports and the
bureau's templates really use. A header matches when, normalised (NFKC, no spaces, no
"*" required marks, no bracketed notes such as "（必填）" or "(yyyy-mm-dd)"), it equals one of
the synonyms. Two-row headers are read as the top label joined to the one below
("监护人" over "电话" -> "监护人电话") before the lower label alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

KINDS = ("students", "enterprises", "posts", "placements")

HEADERS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "students": (
        ("name", ("姓名", "学生姓名", "学生名称")),
        (
            "id_number",
            (
                "身份证号",
                "身份证号码",
                "证件号码",
                "证件号",
                "公民身份号码",
                "身份证",
                "学生身份证号",
            ),
        ),
        ("sex", ("性别",)),
        ("class_name", ("班级", "班级名称", "所在班级", "行政班", "行政班级")),
        ("major", ("专业", "专业名称", "所学专业")),
        (
            "phone",
            ("手机", "手机号", "手机号码", "联系电话", "联系方式", "电话", "学生电话", "学生手机"),
        ),
        ("enrolment_date", ("入学日期", "入学时间", "入校日期")),
        ("student_no", ("学号", "学籍号", "学生学号")),
        ("birth_date", ("出生日期", "出生年月日")),
        ("address", ("家庭住址", "家庭地址", "住址", "地址", "通讯地址")),
        ("guardian.name", ("监护人", "监护人姓名", "家长姓名", "家长", "监护人名称")),
        (
            "guardian.phone",
            ("监护人电话", "监护人手机", "监护人手机号", "监护人联系电话", "家长电话", "家长手机"),
        ),
        (
            "guardian.relationship",
            ("与学生关系", "监护人与学生关系", "监护人关系", "与本人关系", "关系"),
        ),
        ("notes", ("备注",)),
    ),
    "enterprises": (
        (
            "name",
            ("企业名称", "单位名称", "企业全称", "实习单位", "实习单位名称", "合作企业", "企业"),
        ),
        ("uscc", ("统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码")),
        ("industry", ("所属行业", "行业", "行业类别", "产业类别")),
        ("address", ("地址", "企业地址", "注册地址", "办公地址", "单位地址")),
        ("county_code", ("区县代码", "行政区划代码", "所在区县代码")),
        ("legal_representative", ("法定代表人", "法人", "法人代表")),
        ("contact_person", ("联系人", "企业联系人")),
        ("contact_phone", ("联系电话", "联系人电话", "电话", "手机", "联系方式")),
        ("on_post_staff", ("在岗职工人数", "职工人数", "在岗人数", "员工人数", "职工总数")),
        ("is_training_base", ("实训基地", "是否实训基地", "是否为实训基地")),
        ("is_intermediary_or_dispatch", ("是否中介或劳务派遣", "中介或劳务派遣", "是否中介")),
        ("notes", ("备注",)),
    ),
    "posts": (
        ("enterprise_name", ("企业名称", "单位名称", "实习单位", "实习单位名称", "企业")),
        ("uscc", ("统一社会信用代码", "社会信用代码", "信用代码")),
        ("title", ("岗位名称", "岗位", "实习岗位", "工种")),
        ("major_category", ("专业大类", "对口专业大类", "面向专业大类", "对口专业")),
        ("description", ("岗位描述", "岗位职责", "工作内容", "岗位说明")),
        (
            "physical_intensity_level",
            ("体力劳动强度", "劳动强度", "劳动强度等级", "体力劳动强度等级"),
        ),
        ("minor_prohibited", ("禁止未成年人", "未成年人禁止", "未成年人禁忌")),
        ("female_prohibited", ("禁止女性", "女职工禁忌", "女性禁忌")),
        ("same_post_wage_fen", ("同岗位工资", "同岗职工工资", "岗位工资", "同岗位职工工资")),
        ("on_post_staff", ("在岗人数", "岗位在岗人数", "在岗职工人数", "岗位人数")),
    ),
    "placements": (
        ("id_number", ("身份证号", "身份证号码", "证件号码", "公民身份号码", "学生身份证号")),
        ("name", ("姓名", "学生姓名")),
        ("enterprise_name", ("企业名称", "实习单位", "实习单位名称", "单位名称", "实习企业")),
        ("uscc", ("统一社会信用代码", "社会信用代码", "信用代码")),
        ("post", ("岗位名称", "实习岗位", "岗位")),
        ("type", ("实习类型", "实习形式")),
        ("source", ("实习方式", "安排方式", "来源")),
        ("start_date", ("开始日期", "实习开始日期", "起始日期", "实习开始时间", "开始时间")),
        ("end_date", ("结束日期", "实习结束日期", "截止日期", "实习结束时间", "结束时间")),
        (
            "enterprise_mentor_id",
            ("企业导师", "企业指导教师", "企业指导老师", "师傅", "企业指导人"),
        ),
        (
            "school_supervisor_id",
            ("校内指导教师", "学校指导教师", "带队教师", "指导教师", "校内指导老师"),
        ),
        ("pay_amount", ("实习报酬", "月报酬", "报酬", "实习报酬(元/月)", "月工资", "工资")),
    ),
}

# at least one field of each group must have a column, else the file is refused
REQUIRED: dict[str, tuple[tuple[str, ...], ...]] = {
    "students": (("name",), ("id_number",), ("class_name",)),
    "enterprises": (("name",), ("uscc",), ("industry",)),
    "posts": (("enterprise_name", "uscc"), ("title",)),
    "placements": (
        ("id_number",),
        ("enterprise_name", "uscc"),
        ("post",),
        ("start_date",),
        ("end_date",),
    ),
}
HEADER_SEARCH_ROWS = 20
_NOTE = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")


def normalise(header: Any) -> str:
    """ "* 身份证号码（必填）" -> "身份证号码"; full-width to half-width, no spaces or colons."""
    if header is None:
        return ""
    shown = unicodedata.normalize("NFKC", str(header))
    shown = _NOTE.sub("", shown)
    return "".join(shown.split()).replace("*", "").replace(":", "").strip()


def _lookup(kind: str) -> dict[str, str]:
    return {normalise(s): field for field, synonyms in HEADERS[kind] for s in synonyms}


def field_of(kind: str, header: Any) -> str | None:
    """The field a header names for `kind`, or None."""
    return _lookup(kind).get(normalise(header))


def fields_of(kind: str) -> tuple[str, ...]:
    return tuple(field for field, _ in HEADERS[kind])


def column_labels(top: Sequence[Any], below: Sequence[Any] | None) -> list[str]:
    """One label per column: the header row, or two rows joined (a merged top cell over the
    cells below it must already repeat its value across the merged range)."""
    width = max(len(top), len(below or ()))
    labels = []
    for c in range(width):
        upper = normalise(top[c]) if c < len(top) else ""
        lower = normalise(below[c]) if below is not None and c < len(below) else ""
        if below is None or not lower or lower == upper:
            labels.append(upper)
        elif not upper:
            labels.append(lower)
        else:
            labels.append(upper + "|" + lower)
    return labels


def auto_mapping(kind: str, labels: Sequence[str]) -> dict[int, str]:
    """Column -> field: a joined label as a whole ("监护人电话"), else its lower part, else its
    upper part; each field goes to its first column."""
    lookup = _lookup(kind)
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for c, label in enumerate(labels):
        upper, _, lower = label.partition("|")
        for candidate in (upper + lower, lower, upper) if lower else (upper,):
            field = lookup.get(candidate)
            if field and field not in taken:
                mapping[c] = field
                taken.add(field)
                break
    return mapping


def header_score(kind: str, labels: Sequence[str]) -> int:
    return len(auto_mapping(kind, labels))


def find_header(kind: str, grid: Sequence[Sequence[Any]]) -> tuple[int, int] | None:
    """(first header row, number of header rows: 1 or 2), 0-based; the row among the first
    20 that names the most fields (at least two), read with the row below when that names
    more."""
    best: tuple[int, int, int] | None = None
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        one = header_score(kind, column_labels(grid[r], None))
        if one == 0:
            continue
        two = header_score(kind, column_labels(grid[r], grid[r + 1])) if r + 1 < len(grid) else 0
        score, rows = (two, 2) if two > one else (one, 1)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, r, rows)
    return (best[1], best[2]) if best else None


def missing_required(kind: str, mapped: Mapping[int, str] | Sequence[str]) -> list[str]:
    """The first field of each required group that has no column."""
    have = set(mapped.values()) if isinstance(mapped, Mapping) else set(mapped)
    return [group[0] for group in REQUIRED[kind] if not have.intersection(group)]
