"""The yearly report as Chinese tables (the bureau reads Chinese), shared by the PDF and the
.xlsx writers so both always show the same figures."""

from __future__ import annotations

from jilin_apprentice.domain.money import format_yuan
from jilin_apprentice.pdf.statistics_pdf import ReportDoc, ReportTable
from jilin_apprentice.services.statistics_dto import Count, YearlyReport

STATUS_ZH = {
    "draft": "草稿",
    "approved": "已审批",
    "active": "实习中",
    "completed": "已完成",
    "terminated": "已终止",
}
TYPE_ZH = {"cognitive": "认识实习", "post": "岗位实习", "apprenticeship": "学徒制"}
OTHER_ENTERPRISES = "其他企业"
ANY_MAJOR = "不限专业"


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _counts(
    title: str, sheet: str, first: str, items: tuple[Count, ...], total: int, names: dict[str, str]
) -> ReportTable:
    rows = tuple(
        (names.get(c.key, c.label or c.key), c.count, _share(c.count, total)) for c in items
    )
    return ReportTable(
        title, (first, "人次", "占比"), ("text", "int", "pct"), rows, chart=(0, 1), sheet=sheet
    )


def _bucket_label(low: int, high: int | None) -> str:
    if high is None:
        return f"{low // 100} 元及以上"
    return f"{low // 100}–{high // 100} 元"


def build_tables(report: YearlyReport) -> ReportDoc:
    d = report.dashboard
    ent_names = {c.key: c.label for c in d.by_enterprise} | {"": OTHER_ENTERPRISES}
    pay = d.pay
    ins = d.insurance
    summary = (
        ("学校", report.school or "—"),
        ("统计年度", f"{report.year} 年"),
        ("在籍学生数", f"{report.students:,}"),
        ("本年度实习人次", f"{d.total:,}"),
        ("岗位实习月薪中位数（元）", format_yuan(pay.median_fen) if pay.median_fen else "—"),
        (
            "实习责任保险覆盖率（当日在岗）",
            f"{ins.share * 100:.1f}%（{ins.covered}/{ins.needing}）"
            if ins.share is not None
            else "—",
        ),
        ("生成日期", report.generated_on.isoformat()),
    )
    rates = ReportTable(
        "一、各专业岗位实习（就业）率（毕业年级）",
        ("专业", "学生数", "已安排岗位人数", "安排率"),
        ("text", "int", "int", "pct"),
        tuple((r.major, r.students, r.placed, r.rate) for r in d.placement_rates),
        chart=(0, 3),
        note="统计口径：在籍（含本年度毕业）、处于最后学年的班级学生；"
        "已安排：本年度有已审批、实习中或已完成的岗位实习或学徒岗位。",
        sheet="专业安排率",
    )
    demand = ReportTable(
        "六、各专业岗位供需（截至生成日期）",
        ("专业", "待招岗位数", "可安排学生数", "岗位供需比"),
        ("text", "int", "int", "ratio"),
        tuple((s.major or ANY_MAJOR, s.places, s.available, s.ratio) for s in d.supply_demand),
        chart=(0, 1),
        note="待招岗位：开放中、未过期岗位需求的剩余名额；可安排学生：在籍全日制且无进行中实习的学生。"
        "供需比 = 待招岗位数 ÷ 可安排学生数。",
        sheet="岗位供需",
    )
    pay_table = ReportTable(
        "七、岗位实习报酬分布（折合月薪）",
        ("月薪区间", "人次", "占比"),
        ("text", "int", "pct"),
        tuple(
            (_bucket_label(b.low_fen, b.high_fen), b.count, _share(b.count, pay.count))
            for b in pay.buckets
        ),
        chart=(0, 1),
        note=(
            f"共 {pay.count} 人次；下四分位 {format_yuan(pay.q1_fen) if pay.q1_fen else '—'} 元，"
            f"中位数 {format_yuan(pay.median_fen) if pay.median_fen else '—'} 元，"
            f"上四分位 {format_yuan(pay.q3_fen) if pay.q3_fen else '—'} 元；"
            f"低于同岗位工资 80% 的 {pay.below_80_count} 人次"
            f"（有同岗位工资记录的 {pay.with_wage_count} 人次）。日薪按每月 21.75 天折算。"
        ),
        sheet="报酬分布",
    )
    compliance = ReportTable(
        "八、合规检查情况（按日记录）",
        ("日期", "在办实习", "问题数", "阻断问题数"),
        ("text", "int", "int", "int"),
        tuple(
            (p.taken_on.isoformat(), p.open_placements, p.findings, p.blocking)
            for p in d.compliance
            if p.taken_on.year == report.year
        ),
        sheet="合规趋势",
    )
    tables = (
        rates,
        _counts("二、实习状态", "实习状态", "状态", d.by_status, d.total, STATUS_ZH),
        _counts("三、实习类型", "实习类型", "类型", d.by_type, d.total, TYPE_ZH),
        _counts("四、按企业行业", "行业", "行业", d.by_industry, d.total, {}),
        _counts("五（1）、按专业", "专业", "专业", d.by_major, d.total, {}),
        _counts("五（2）、主要实习企业", "企业", "企业", d.by_enterprise, d.total, ent_names),
        demand,
        pay_table,
        compliance,
    )
    return ReportDoc(
        f"{report.year} 年度学生实习统计报表",
        f"{report.school}　·　报送教育行政部门" if report.school else "报送教育行政部门",
        summary,
        tables,
    )
