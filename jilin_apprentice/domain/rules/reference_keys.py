"""The rule parameters and reference tables the app keeps as data (key, default, source).

Each entry is what a fresh database is seeded with; an administrator adds dated rows to change
it (a new Jilin minimum-wage table, a Jilin 细则 with other caps). `check_shape` keeps an edited
value usable by the rules: same keys, same kinds of value as the default.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

MIN_WAGE_2021 = {1: (1880, 19), 2: (1760, 18), 3: (1640, 17), 4: (1540, 16)}  # rulebook §4.2

MINOR_PROHIBITED_WORK = (
    "《生产性粉尘作业危害程度分级》国家标准中第一级以上的接尘作业",
    "《有毒作业分级》国家标准中第一级以上的有毒作业",
    "《高处作业分级》国家标准中第二级以上的高处作业",
    "《冷水作业分级》国家标准中第二级以上的冷水作业",
    "《高温作业分级》国家标准中第三级以上的高温作业",
    "《低温作业分级》国家标准中第三级以上的低温作业",
    "《体力劳动强度分级》国家标准中第四级体力劳动强度的作业",
    "矿山井下及矿山地面采石作业",
    "森林业中的伐木、流放及守林作业",
    "工作场所接触放射性物质的作业",
    "有易燃易爆、化学性烧伤和热烧伤等危险性大的作业",
    "地质勘探和资源勘探的野外作业",
    "潜水、涵洞、涵道作业和海拔三千米以上的高原作业（不包括世居高原者）",
    "连续负重每小时在六次以上并每次超过二十公斤，间断负重每次超过二十五公斤的作业",
    "使用凿岩机、捣固机、气镐、气铲、铆钉机、电锤的作业",
    "工作中需要长时间保持低头、弯腰、上举、下蹲等强迫体位和动作频率每分钟大于五十次的流水线作业",
    "锅炉司炉",
)

# 元旦; 除夕 + 春节 初一–初三; 清明; 劳动节 ×2; 端午; 中秋; 国庆 ×3 (statutory days, not 调休)
HOLIDAYS_2026 = (
    "2026-01-01",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-04-05",
    "2026-05-01",
    "2026-05-02",
    "2026-06-19",
    "2026-09-25",
    "2026-10-01",
    "2026-10-02",
    "2026-10-03",
)

HOLIDAYS_2027 = (  # the same 13 statutory days; 除夕 2027-02-05, 端午 06-09, 中秋 09-15
    "2027-01-01",
    "2027-02-05",
    "2027-02-06",
    "2027-02-07",
    "2027-02-08",
    "2027-04-05",
    "2027-05-01",
    "2027-05-02",
    "2027-06-09",
    "2027-09-15",
    "2027-10-01",
    "2027-10-02",
    "2027-10-03",
)


@dataclass(frozen=True)
class ReferenceKey:
    key: str
    default: Any
    effective_from: dt.date
    source: str
    verified: bool


REFERENCE_KEYS: tuple[ReferenceKey, ...] = (
    ReferenceKey(
        "min_wage.jilin",
        {
            "currency": "CNY",
            "classes": [
                {"class": k, "monthly_fen": m * 100, "hourly_part_time_fen": h * 100}
                for k, (m, h) in MIN_WAGE_2021.items()
            ],
        },
        dt.date(2021, 12, 1),
        "吉林省人民政府关于调整最低工资标准的通知 (2021-09-30), rulebook §4.2",
        False,
    ),
    ReferenceKey(
        "min_wage.staleness_months",
        {"months": 24},
        dt.date(2004, 3, 1),
        "最低工资规定 Art 10: adjusted at least every two years (R-JL-MW-1)",
        True,
    ),
    ReferenceKey(
        "night_window",
        {"start": "22:00", "end": "06:00"},
        dt.date(2021, 12, 31),
        "Convention: REG-2021 Art 17(3) does not define 夜班; rulebook R-TIME-3",
        False,
    ),
    ReferenceKey(
        "intern_caps",
        {"enterprise_max_pct": 10, "post_max_pct": 20},
        dt.date(2021, 12, 31),
        "REG-2021 Art 11 para 1 (R-CAP-1, R-CAP-2)",
        True,
    ),
    ReferenceKey(
        "working_time",
        {
            "max_hours_per_day": 8,
            "warn_hours_per_week": 40,
            "max_hours_per_week": 44,
            "max_days_per_week": 6,
        },
        dt.date(1995, 5, 1),
        "WT-1995 Art 3; LABOUR Arts 36, 38 (R-TIME-2)",
        True,
    ),
    ReferenceKey(
        "ages",
        {"min_post_age": 16, "adult_age": 18},
        dt.date(2021, 12, 31),
        "REG-2021 Art 16(2); LABOUR Art 58 (R-AGE-1, R-AGE-3)",
        True,
    ),
    ReferenceKey(
        "pay",
        {
            "ratio_percent": 80,
            "max_cycle_days": 31,
            "paid_days_per_month_x100": 2175,
            "grace_days": 5,
        },
        dt.date(2021, 12, 31),
        "REG-2021 Art 18 (R-PAY-2, R-PAY-4); 劳社部发〔2008〕3号 21.75 days (R-JL-MW-2); "
        "grace days before a payment counts as late: school setting",
        True,
    ),
    ReferenceKey(
        "post_duration",
        {"warn_days": 183},
        dt.date(2021, 12, 31),
        "REG-2021 Art 12: 一般为6个月 (R-DUR-1)",
        True,
    ),
    ReferenceKey(
        "apprenticeship",
        {"warn_min_months": 12, "warn_max_months": 24, "max_months": 36, "min_contract_months": 12},
        dt.date(2021, 6, 1),
        "人社部发〔2021〕39号 (APP-2021), R-APP-4, R-APP-6; secondary sources, unconfirmed",
        False,
    ),
    ReferenceKey(
        "physical_intensity",
        {"max_level": 2, "band_upper_index": [15, 20, 25]},
        dt.date(2021, 12, 31),
        "REG-2021 Art 16(7): level III and above barred; GB 3869-1997 bands (R-PROH-3)",
        False,
    ),
    ReferenceKey(
        "high_risk_hazards",
        {
            "codes": [
                "height",
                "underground",
                "radioactive",
                "toxic",
                "flammable_explosive",
                "other_high_risk",
            ]
        },
        dt.date(2021, 12, 31),
        "REG-2021 Art 17(1) (R-PROH-2)",
        True,
    ),
    ReferenceKey(
        "entertainment_venues",
        {
            "codes": [
                "bar",
                "nightclub",
                "ktv",
                "bathhouse",
                "game_room",
                "internet_cafe",
                "other_entertainment",
            ]
        },
        dt.date(2021, 12, 31),
        "REG-2021 Art 16(5); MINOR Art 61 para 2 (R-PROH-1)",
        True,
    ),
    ReferenceKey(
        "minor_prohibited_work",
        {"items": list(MINOR_PROHIBITED_WORK)},
        dt.date(1995, 1, 1),
        "未成年工特殊保护规定 (劳部发〔1994〕498号) Art 3 (R-AGE-3)",
        False,
    ),
    ReferenceKey(
        "public_holidays.2026",
        {"dates": list(HOLIDAYS_2026)},
        dt.date(2026, 1, 1),
        "HOL-2025 Art 2 (13 statutory days); 2026 dates by the lunar calendar, check against "
        "the State Council notice for 2026 (R-TIME-4)",
        False,
    ),
    ReferenceKey(
        "public_holidays.2027",
        {"dates": list(HOLIDAYS_2027)},
        dt.date(2027, 1, 1),
        "HOL-2025 Art 2 (13 statutory days); 2027 dates by the lunar calendar, check against "
        "the State Council notice for 2027 (R-TIME-4); apprenticeship calendars run into 2027",
        False,
    ),
    ReferenceKey(
        "lodging_away",
        {"same_prefecture_is_local": True},
        dt.date(2021, 12, 31),
        "REG-2021 Art 24 para 1: what counts as 外地 is a school setting (R-LODGE-1)",
        False,
    ),
    ReferenceKey(
        "insurance",
        {"min_sum_insured_fen": 0, "expiry_warn_days": [30, 7]},
        dt.date(2021, 12, 31),
        "REG-2021 Arts 34-36 set no minimum (R-INS-4); per-school setting",
        True,
    ),
    ReferenceKey(
        "subsidy.certificate",
        {
            "levels": ["primary", "intermediate", "advanced"],
            "min_fen": 100000,
            "max_fen": 200000,
            "shortage_uplift_pct": 30,
        },
        dt.date(2018, 12, 12),
        "吉政办发〔2018〕48号 §(15): insured enterprise employees with a 初级/中级/高级 "
        "certificate get ¥1,000–2,000; +30 % for shortage occupations (R-JL-4)",
        True,
    ),
    ReferenceKey(
        "subsidy.technician_training",
        {"levels": ["technician", "senior_technician"], "min_fen": 200000, "max_fen": 300000},
        dt.date(2018, 12, 12),
        "吉政办发〔2018〕48号 §(15): insured enterprise employees in new-technician or "
        "senior-technician training get ¥2,000–3,000 per person (R-JL-4)",
        True,
    ),
    ReferenceKey(
        "subsidy.apprenticeship",
        {"min_per_year_fen": 500000},
        dt.date(2021, 6, 1),
        "人社部发〔2021〕39号 (APP-2021): in principle ≥ ¥5,000 per apprentice per year, set by "
        "city-level HRSS; Jilin city standards not found (R-APP-8)",
        False,
    ),
    ReferenceKey(
        "mentor_load",
        {"enterprise_mentor": 10, "school_supervisor": 40},
        dt.date(2021, 12, 31),
        "No national ratio (R-SUP-3, R-APP-10): school setting, used when a person has no "
        "limit of their own",
        True,
    ),
    ReferenceKey(
        "evaluation",
        {
            "enterprise_weight_pct": 50,
            "bands": [
                {"grade": "excellent", "min_score": 90},
                {"grade": "good", "min_score": 80},
                {"grade": "pass", "min_score": 60},
            ],
            "criteria": [
                {"key": "attitude", "weight_pct": 20},
                {"key": "skills", "weight_pct": 40},
                {"key": "safety", "weight_pct": 20},
                {"key": "teamwork", "weight_pct": 20},
            ],
        },
        dt.date(2021, 12, 31),
        "REG-2021 Art 27 (R-EVAL-1): assessed jointly, process and result; no scale is "
        "prescribed, so weights and bands are a school setting (REG-2016 four grades)",
        False,
    ),
    ReferenceKey(
        "logbook",
        {"copy_similarity_pct": 80, "min_chars": 30, "shingle_n": 4},
        dt.date(2021, 12, 31),
        "Product setting for R-LOG-1: how alike two weekly entries may be before they are "
        "flagged as copied, the shortest text compared, and the character n-gram length",
        True,
    ),
    ReferenceKey(
        "site_assessment",
        {"valid_months": 12},
        dt.date(2021, 12, 31),
        "REG-2021 Art 7 (R-ENT-1) sets no validity; school setting for when an on-site "
        "assessment must be repeated",
        False,
    ),
    ReferenceKey(
        "login",
        {"max_failures": 5, "lock_minutes": 15, "min_password_length": 8},
        dt.date(2021, 12, 31),
        "Product setting for R-PI-7 (access control): wrong passwords before an account is "
        "locked, for how long, and the shortest password",
        True,
    ),
    ReferenceKey(
        "retention",
        {"graduated_years": 3},
        dt.date(2021, 11, 1),
        "PIPL Arts 19, 47 (R-PI-8): keep personal data the shortest time necessary; no period is "
        "set for internship records (R-REC-2), so how long after graduation is a school setting",
        False,
    ),
    ReferenceKey(
        "backups",
        {"keep": 10},
        dt.date(2021, 12, 31),
        "Product setting: how many automatic backups (on start, daily, before migrations) are kept",
        True,
    ),
    ReferenceKey(
        "deadlines",
        {"upcoming_days": 14},
        dt.date(2021, 12, 31),
        "Product setting: how far ahead the home screen looks (issue 3)",
        True,
    ),
    ReferenceKey(
        "agreement_reading_copy",
        {"korean": False},
        dt.date(2021, 12, 31),
        "School setting: a Korean reading copy of agreements; the Chinese text stays the legal one",
        True,
    ),
)

BY_KEY = {k.key: k for k in REFERENCE_KEYS}


def _same_shape(default: Any, value: Any, path: str) -> list[str]:
    if isinstance(default, dict):
        if not isinstance(value, dict):
            return [f"{path or 'value'}: expected an object"]
        problems = [f"{path}.{k}".lstrip(".") + ": missing" for k in default if k not in value]
        for k, v in default.items():
            if k in value:
                problems += _same_shape(v, value[k], f"{path}.{k}".lstrip("."))
        return problems
    if isinstance(default, list):
        if not isinstance(value, list):
            return [f"{path}: expected a list"]
        if default:
            return [p for item in value for p in _same_shape(default[0], item, path + "[]")]
        return []
    if isinstance(default, bool):
        return [] if isinstance(value, bool) else [f"{path}: expected true or false"]
    if isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return [] if ok else [f"{path}: expected a whole number ≥ 0"]
    if isinstance(default, str):
        return [] if isinstance(value, str) else [f"{path}: expected text"]
    return []


def check_shape(key: str, value: Any) -> list[str]:
    """Problems that would stop the rules from reading `value` for `key` (empty: usable)."""
    spec = BY_KEY.get(key)
    if spec is None:
        prefix = key.split(".", 1)[0] + "."
        spec = next((k for k in REFERENCE_KEYS if k.key.startswith(prefix)), None)
    if spec is None:
        return []
    problems = _same_shape(spec.default, value, "")
    if key == "night_window" and not problems:
        for part in ("start", "end"):
            try:
                dt.time.fromisoformat(value[part])
            except ValueError:
                problems.append(f"{part}: expected a time like 22:00")
    if key.startswith("public_holidays.") and not problems:
        for text in value["dates"]:
            try:
                dt.date.fromisoformat(text)
            except ValueError:
                problems.append(f"dates: {text} is not a date like 2026-10-01")
    return problems
