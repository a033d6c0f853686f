"""Demo data for the import (issue 7): the column mappings a school keeps for the sheets it
receives, saved through ImportService so the dialog's preset list is not empty."""

from __future__ import annotations

from jilin_apprentice.services.container import Services

PRESETS: tuple[tuple[str, str, dict[str, str | None]], ...] = (
    (
        "students",
        "学籍系统导出（教务处）",
        {
            "学生姓名": "name",
            "证件号": "id_number",
            "性别": "sex",
            "行政班": "class_name",
            "专业名称": "major",
            "本人电话": "phone",
            "入学时间": "enrolment_date",
            "学籍号": "student_no",
            "家长姓名": "guardian.name",
            "家长电话": "guardian.phone",
            "关系": "guardian.relationship",
            "序号": None,
        },
    ),
    (
        "enterprises",
        "合作企业名录（招就处）",
        {
            "单位全称": "name",
            "信用代码": "uscc",
            "行业类别": "industry",
            "单位地址": "address",
            "联系人": "contact_person",
            "联系方式": "contact_phone",
            "职工总数": "on_post_staff",
        },
    ),
    (
        "posts",
        "企业岗位需求表",
        {
            "企业": "enterprise_name",
            "工种": "title",
            "对口专业": "major_category",
            "工作内容": "description",
            "劳动强度": "physical_intensity_level",
            "岗位人数": "on_post_staff",
        },
    ),
)


def seed_demo_imports(services: Services) -> int:
    """Save the demo presets (idempotent: a preset of the same kind and name is replaced)."""
    for kind, name, mapping in PRESETS:
        services.imports.save_preset(kind, name, mapping)
    return len(PRESETS)
