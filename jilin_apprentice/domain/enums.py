"""Closed vocabularies of the domain. Values are stable codes stored in the database."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证 (GB 11643, R-ID-1..6)
    PASSPORT = "passport"
    HK_MO_TW_PERMIT = "hmt_permit"  # 港澳台居民居住证
    FOREIGN_PR = "foreign_pr"  # 外国人永久居留身份证


class StudyMode(StrEnum):
    FULL_TIME = "full_time"  # 全日制 (R-SCOPE-1)
    PART_TIME = "part_time"


class StudentStatus(StrEnum):
    ENROLLED = "enrolled"
    SUSPENDED = "suspended"
    GRADUATED = "graduated"
    WITHDRAWN = "withdrawn"


class SchoolLevel(StrEnum):
    SECONDARY = "secondary"  # 中职
    HIGHER = "higher"  # 高职专科
    UNDERGRADUATE = "undergraduate"  # 高职本科


class StaffKind(StrEnum):
    ENTERPRISE_MENTOR = "enterprise_mentor"  # 企业导师 / 实习单位专门人员
    SCHOOL_SUPERVISOR = "school_supervisor"  # 学校实习指导教师


class VenueType(StrEnum):
    ORDINARY = "ordinary"
    BAR = "bar"
    NIGHTCLUB = "nightclub"
    KTV = "ktv"
    BATHHOUSE = "bathhouse"
    GAME_ROOM = "game_room"
    INTERNET_CAFE = "internet_cafe"
    OTHER_ENTERTAINMENT = "other_entertainment"


class CreditStatus(StrEnum):
    GOOD = "good"
    WATCH = "watch"
    RESTRICTED = "restricted"  # 限制 / 失信 (R-JL-2, R-ENT-4)


class Hazard(StrEnum):
    HEIGHT = "height"
    UNDERGROUND = "underground"
    RADIOACTIVE = "radioactive"
    TOXIC = "toxic"
    FLAMMABLE_EXPLOSIVE = "flammable_explosive"
    OTHER_HIGH_RISK = "other_high_risk"


class Programme(StrEnum):
    SCHOOL_JOINT_ENROLMENT = "school_joint"  # 现代学徒制
    ENTERPRISE_NEW_APPRENTICESHIP = "enterprise_new"  # 企业新型学徒制


class SkillLevel(StrEnum):
    INTERMEDIATE = "intermediate"  # 中级工
    ADVANCED = "advanced"  # 高级工
    TECHNICIAN = "technician"  # 技师
    SENIOR_TECHNICIAN = "senior_technician"  # 高级技师


class PlacementType(StrEnum):
    COGNITIVE = "cognitive"  # 认识实习
    POST = "post"  # 岗位实习
    APPRENTICESHIP = "apprenticeship"  # apprenticeship period at the enterprise


class PlacementSource(StrEnum):
    SCHOOL_ARRANGED = "school_arranged"
    SELF_CHOSEN = "self_chosen"
    VIA_AGENT = "via_agent"


class PlacementStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class IndependenceLevel(StrEnum):
    ASSISTING = "assisting"
    RELATIVELY_INDEPENDENT = "relatively_independent"


class PayUnit(StrEnum):
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"


class PayMethod(StrEnum):
    BANK_TRANSFER_TO_STUDENT = "bank_to_student"
    CASH_TO_STUDENT = "cash_to_student"
    THIRD_PARTY = "third_party"
    IN_KIND = "in_kind"


class Lodging(StrEnum):
    HOME = "home"
    UNIFIED = "unified"
    OUTSIDE = "outside"


class PolicyType(StrEnum):
    INTERNSHIP_LIABILITY = "internship_liability"  # 实习责任保险
    PERSONAL_ACCIDENT = "personal_accident"
    WORK_INJURY = "work_injury"


class Payer(StrEnum):
    SCHOOL = "school"
    ENTERPRISE = "enterprise"
    STUDENT = "student"


class DeductionKind(StrEnum):
    TAX = "tax"
    SOCIAL_INSURANCE = "social_insurance"
    MEALS_LODGING = "meals_lodging"
    FEE = "fee"
    COMMISSION = "commission"
    INSURANCE_PREMIUM = "insurance_premium"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    GENERATED = "generated"
    PARTIALLY_SIGNED = "partially_signed"
    SIGNED_ALL = "signed_all"
    ARCHIVED = "archived"
    SUPERSEDED = "superseded"


class Role(StrEnum):
    ADMIN = "admin"
    OFFICER = "officer"
    READ_ONLY = "read_only"


class DayType(StrEnum):
    """What an apprentice does on a calendar day (issue 6: the alternating calendar)."""

    ENTERPRISE = "enterprise"
    SCHOOL = "school"
    HOLIDAY = "holiday"
    LEAVE = "leave"


class LogStatus(StrEnum):
    """Review state of a weekly logbook entry (R-LOG-1)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class VisitStatus(StrEnum):
    """A supervisor's site visit (巡查/走访, R-SUP-4): planned, done or called off."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class Grade(StrEnum):
    """Final grade of the joint evaluation (R-EVAL-1; the scale's bands are data)."""

    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    PASS = "pass"  # 合格
    FAIL = "fail"  # 不合格


class CertificateLevel(StrEnum):
    """Vocational qualification / skill level of a certificate (JL-48 §(15), R-JL-4)."""

    PRIMARY = "primary"  # 初级工 (五级)
    INTERMEDIATE = "intermediate"  # 中级工 (四级)
    ADVANCED = "advanced"  # 高级工 (三级)
    TECHNICIAN = "technician"  # 技师 (二级)
    SENIOR_TECHNICIAN = "senior_technician"  # 高级技师 (一级)


class MentorPayKind(StrEnum):
    """Money a mentor receives: the 导师带徒津贴 (R-APP-9) or part-time-teacher pay (seed §(20))."""

    ALLOWANCE = "allowance"
    TEACHING = "teaching"


class OpeningStatus(StrEnum):
    """An enterprise opening on the post board (issue 7, seed §(12))."""

    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"
