"""What each export kind holds: its columns, their zh_CN headers, and enum labels (issue 7).

Headers: the command line has no Qt, so it cannot load the zh_CN .qm translations (only ui/ may
import Qt). Each column therefore carries its English source text (marked for lupdate, context
"Exports", so the UI can translate it like any other string) and the Chinese header that
academic-office and enterprise sheets really use (姓名, 身份证号, 统一社会信用代码 …). The command
line writes the Chinese headers by default; they are also the headers the importer recognises,
so an export can be imported again (round trip). Enum values are written as Chinese labels for
the same reason (男/女, 岗位实习 …); `enum_label` gives the English ones for `language="en"`.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


@dataclass(frozen=True)
class ExportColumn:
    key: str
    en: str  # English source text (translated by the UI, context "Exports")
    zh: str  # the header Chinese sheets use; the importer recognises it


def _c(key: str, en: str, zh: str) -> ExportColumn:
    return ExportColumn(key, en, zh)


C = QT_TRANSLATE_NOOP
STUDENT_COLUMNS = [
    _c("student_no", C("Exports", "Student number"), "学号"),
    _c("name", C("Exports", "Name"), "姓名"),
    _c("id_number", C("Exports", "ID number"), "身份证号"),
    _c("sex", C("Exports", "Sex"), "性别"),
    _c("birth_date", C("Exports", "Date of birth"), "出生日期"),
    _c("phone", C("Exports", "Mobile phone"), "手机"),
    _c("class", C("Exports", "Class"), "班级"),
    _c("major", C("Exports", "Major"), "专业"),
    _c("enrolment_date", C("Exports", "Enrolment date"), "入学日期"),
    _c("study_mode", C("Exports", "Study mode"), "学习形式"),
    _c("status", C("Exports", "Status"), "学籍状态"),
    _c("guardian", C("Exports", "Guardian"), "监护人"),
    _c("guardian_relationship", C("Exports", "Guardian relationship"), "与学生关系"),
    _c("guardian_phone", C("Exports", "Guardian phone"), "监护人电话"),
]
ENTERPRISE_COLUMNS = [
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("uscc", C("Exports", "Unified social credit code"), "统一社会信用代码"),
    _c("industry", C("Exports", "Industry"), "所属行业"),
    _c("province", C("Exports", "Province"), "所在省份"),
    _c("county_code", C("Exports", "County code"), "区县代码"),
    _c("address", C("Exports", "Address"), "地址"),
    _c("legal_representative", C("Exports", "Legal representative"), "法定代表人"),
    _c("contact_person", C("Exports", "Contact person"), "联系人"),
    _c("contact_phone", C("Exports", "Contact phone"), "联系电话"),
    _c("on_post_staff", C("Exports", "On-post staff"), "在岗职工人数"),
    _c("other_school_interns", C("Exports", "Interns from other schools"), "其他学校实习生人数"),
    _c("credit_status", C("Exports", "Credit status"), "信用状况"),
    _c("is_training_base", C("Exports", "Training base"), "实训基地"),
    _c("intermediary", C("Exports", "Intermediary or labour dispatch"), "是否中介或劳务派遣"),
    _c("site_assessment_date", C("Exports", "Site assessment date"), "实地考察日期"),
]
POST_COLUMNS = [
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("uscc", C("Exports", "Unified social credit code"), "统一社会信用代码"),
    _c("title", C("Exports", "Post title"), "岗位名称"),
    _c("major_category", C("Exports", "Major category"), "专业大类"),
    _c("hazards", C("Exports", "Hazards"), "危险因素"),
    _c("intensity", C("Exports", "Physical intensity level"), "体力劳动强度等级"),
    _c("minor_prohibited", C("Exports", "Closed to minors"), "未成年人禁止"),
    _c("female_prohibited", C("Exports", "Closed to women"), "女性禁忌"),
    _c("same_post_wage", C("Exports", "Same-post wage"), "同岗位工资"),
    _c("on_post_staff", C("Exports", "On-post staff"), "岗位在岗人数"),
    _c("simple_repetitive_only", C("Exports", "Simple repetitive work only"), "简单重复劳动"),
]
STAFF_COLUMNS = [
    _c("name", C("Exports", "Name"), "姓名"),
    _c("kind", C("Exports", "Role"), "类别"),
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("phone", C("Exports", "Mobile phone"), "手机"),
    _c("title", C("Exports", "Position or title"), "职务职称"),
    _c("department", C("Exports", "Department"), "部门"),
    _c("qualification", C("Exports", "Qualification"), "资格"),
    _c("skill_level", C("Exports", "Skill level"), "技能等级"),
    _c("max_load", C("Exports", "Load limit"), "带教上限"),
    _c("allowance", C("Exports", "Monthly allowance"), "月津贴"),
    _c("part_time_teacher", C("Exports", "Part-time teacher"), "兼职教师"),
]
PERSON = [
    _c("name", C("Exports", "Name"), "姓名"),
    _c("id_number", C("Exports", "ID number"), "身份证号"),
    _c("class", C("Exports", "Class"), "班级"),
]
PLACEMENT_COLUMNS = [
    *PERSON,
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("uscc", C("Exports", "Unified social credit code"), "统一社会信用代码"),
    _c("post", C("Exports", "Post title"), "岗位名称"),
    _c("type", C("Exports", "Placement type"), "实习类型"),
    _c("source", C("Exports", "Arranged by"), "实习来源"),
    _c("status", C("Exports", "Status"), "状态"),
    _c("start_date", C("Exports", "Start date"), "开始日期"),
    _c("end_date", C("Exports", "End date"), "结束日期"),
    _c("mentor", C("Exports", "Enterprise mentor"), "企业导师"),
    _c("supervisor", C("Exports", "School supervisor"), "指导教师"),
    _c("pay", C("Exports", "Pay"), "实习报酬"),
    _c("pay_unit", C("Exports", "Pay unit"), "报酬单位"),
    _c("hours_per_day", C("Exports", "Hours per day"), "每日工时"),
    _c("days_per_week", C("Exports", "Days per week"), "每周天数"),
    _c("filing_ref", C("Exports", "Filing reference"), "备案号"),
]
PAYMENT_COLUMNS = [
    *PERSON,
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("paid_on", C("Exports", "Paid on"), "支付日期"),
    _c("amount", C("Exports", "Amount"), "金额"),
    _c("deductions", C("Exports", "Deductions"), "扣款"),
    _c("method", C("Exports", "Payment method"), "支付方式"),
    _c("payer", C("Exports", "Payer"), "付款单位"),
    _c("payee", C("Exports", "Payee"), "收款人"),
    _c("period_start", C("Exports", "Period start"), "所属期开始"),
    _c("period_end", C("Exports", "Period end"), "所属期结束"),
    _c("amount_due", C("Exports", "Amount due"), "应发金额"),
    _c("note", C("Exports", "Note"), "备注"),
]
INSURANCE_COLUMNS = [
    _c("insurer", C("Exports", "Insurer"), "保险公司"),
    _c("policy_no", C("Exports", "Policy number"), "保单号"),
    _c("policy_type", C("Exports", "Policy type"), "险种"),
    _c("sum_insured", C("Exports", "Sum insured per person"), "每人保额"),
    _c("premium", C("Exports", "Premium"), "保费"),
    _c("premium_payer", C("Exports", "Premium paid by"), "保费支付方"),
    _c("policy_start", C("Exports", "Policy start"), "保单起始日期"),
    _c("policy_end", C("Exports", "Policy end"), "保单终止日期"),
    *PERSON,
    _c("cover_start", C("Exports", "Cover start"), "保障开始日期"),
    _c("cover_end", C("Exports", "Cover end"), "保障结束日期"),
]
AGREEMENT_COLUMNS = [
    _c("number", C("Exports", "Agreement number"), "协议编号"),
    _c("version", C("Exports", "Version"), "版本"),
    _c("status", C("Exports", "Status"), "状态"),
    *PERSON,
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    _c("post", C("Exports", "Post title"), "岗位名称"),
    _c("start_date", C("Exports", "Start date"), "开始日期"),
    _c("end_date", C("Exports", "End date"), "结束日期"),
    _c("generated_at", C("Exports", "Generated at"), "生成时间"),
    _c("copies", C("Exports", "Copies"), "份数"),
    _c("signed_by", C("Exports", "Signed by"), "已签署方"),
]
APPRENTICESHIP_COLUMNS = [
    _c("programme_name", C("Exports", "Programme"), "项目名称"),
    _c("programme", C("Exports", "Apprenticeship kind"), "学徒制类型"),
    _c("enterprise", C("Exports", "Enterprise name"), "企业名称"),
    *PERSON,
    _c("joined_on", C("Exports", "Joined on"), "加入日期"),
    _c("start_date", C("Exports", "Start date"), "开始日期"),
    _c("end_date", C("Exports", "End date"), "结束日期"),
    _c("target_level", C("Exports", "Target level"), "目标等级"),
    _c("mentor", C("Exports", "Enterprise mentor"), "企业导师"),
    _c("school_mentor", C("Exports", "School mentor"), "学校导师"),
    _c("wage", C("Exports", "Monthly wage"), "月工资"),
    _c("status", C("Exports", "Status"), "状态"),
]
CERTIFICATE_COLUMNS = [
    *PERSON,
    _c("occupation", C("Exports", "Occupation"), "职业工种"),
    _c("level", C("Exports", "Level"), "等级"),
    _c("cert_no", C("Exports", "Certificate number"), "证书编号"),
    _c("issuer", C("Exports", "Issuer"), "发证机构"),
    _c("issued_on", C("Exports", "Issued on"), "发证日期"),
    _c("shortage", C("Exports", "Shortage occupation"), "紧缺职业"),
    _c("subsidy_claimed_on", C("Exports", "Subsidy claimed on"), "补贴申领日期"),
    _c("subsidy", C("Exports", "Subsidy claimed"), "补贴金额"),
]


@dataclass(frozen=True)
class ExportKind:
    key: str
    en: str  # sheet title, English source
    zh: str  # sheet title in Chinese (command line default)
    columns: list[ExportColumn]


KINDS: dict[str, ExportKind] = {
    k.key: k
    for k in (
        ExportKind("students", C("Exports", "Students"), "学生名册", STUDENT_COLUMNS),
        ExportKind("enterprises", C("Exports", "Enterprises"), "实习单位", ENTERPRISE_COLUMNS),
        ExportKind("posts", C("Exports", "Posts"), "实习岗位", POST_COLUMNS),
        ExportKind("staff", C("Exports", "Mentors and supervisors"), "双导师", STAFF_COLUMNS),
        ExportKind("placements", C("Exports", "Placements"), "实习安排", PLACEMENT_COLUMNS),
        ExportKind("payments", C("Exports", "Payments"), "报酬发放", PAYMENT_COLUMNS),
        ExportKind("insurance", C("Exports", "Insurance cover"), "保险保障", INSURANCE_COLUMNS),
        ExportKind("agreements", C("Exports", "Agreements"), "三方协议", AGREEMENT_COLUMNS),
        ExportKind(
            "apprenticeships", C("Exports", "Apprentices"), "学徒名单", APPRENTICESHIP_COLUMNS
        ),
        ExportKind(
            "certificates", C("Exports", "Certificates"), "职业资格证书", CERTIFICATE_COLUMNS
        ),
    )
}

# enum value -> (English, Chinese). English labels are plain words (not translated: the UI
# exports what its own models show; these serve the command line).
LABELS: dict[str, tuple[str, str]] = {
    "M": ("Male", "男"),
    "F": ("Female", "女"),
    "full_time": ("Full-time", "全日制"),
    "part_time": ("Part-time", "非全日制"),
    "enrolled": ("Enrolled", "在籍"),
    "suspended": ("Suspended", "休学"),
    "graduated": ("Graduated", "毕业"),
    "withdrawn": ("Withdrawn", "退学"),
    "enterprise_mentor": ("Enterprise mentor", "企业导师"),
    "school_supervisor": ("School supervisor", "实习指导教师"),
    "good": ("Good", "良好"),
    "watch": ("Watch", "关注"),
    "restricted": ("Restricted", "失信限制"),
    "intermediate": ("Intermediate", "中级工"),
    "advanced": ("Advanced", "高级工"),
    "technician": ("Technician", "技师"),
    "senior_technician": ("Senior technician", "高级技师"),
    "primary": ("Primary", "初级工"),
    "cognitive": ("Cognitive internship", "认识实习"),
    "post": ("Post internship", "岗位实习"),
    "apprenticeship": ("Apprenticeship", "学徒岗位"),
    "school_arranged": ("School-arranged", "学校安排"),
    "self_chosen": ("Self-chosen", "自行选择"),
    "via_agent": ("Via an agent", "中介安排"),
    "draft": ("Draft", "草稿"),
    "approved": ("Approved", "已批准"),
    "active": ("Active", "进行中"),
    "completed": ("Completed", "已完成"),
    "terminated": ("Terminated", "已终止"),
    "month": ("Month", "月"),
    "day": ("Day", "日"),
    "hour": ("Hour", "小时"),
    "bank_to_student": ("Bank transfer to student", "银行转账至学生"),
    "cash_to_student": ("Cash to student", "现金付给学生"),
    "third_party": ("Via a third party", "经第三方支付"),
    "in_kind": ("In kind", "实物"),
    "internship_liability": ("Internship liability", "实习责任保险"),
    "personal_accident": ("Personal accident", "意外伤害保险"),
    "work_injury": ("Work injury", "工伤保险"),
    "school": ("School", "学校"),
    "enterprise": ("Enterprise", "企业"),
    "student": ("Student", "学生"),
    "generated": ("Generated", "已生成"),
    "partially_signed": ("Partly signed", "部分签署"),
    "signed_all": ("Signed", "已签署"),
    "archived": ("Archived", "已归档"),
    "superseded": ("Superseded", "已作废"),
    "school_joint": ("Modern apprenticeship", "现代学徒制"),
    "enterprise_new": ("Enterprise new-type apprenticeship", "企业新型学徒制"),
    "guardian": ("Guardian", "监护人"),
}
YES_NO = {True: ("Yes", "是"), False: ("No", "否")}


def enum_label(value: object, language: str) -> str | None:
    """The label of an enum value (or a bool) in Chinese, or in English for "en"."""
    if value is None:
        return None
    if isinstance(value, bool):
        pair = YES_NO[value]
    else:
        code = str(getattr(value, "value", value))
        pair = LABELS.get(code, (code, code))
    return pair[0] if language == "en" else pair[1]
