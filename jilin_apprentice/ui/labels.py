"""Translated display names of enum codes and industries, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jilin_apprentice.services.reference_data import industries


def sex(code: str) -> str:
    return {
        "M": QCoreApplication.translate("Labels", "Male"),
        "F": QCoreApplication.translate("Labels", "Female"),
    }.get(code, code)


def student_status(code: str) -> str:
    return {
        "enrolled": QCoreApplication.translate("Labels", "Enrolled"),
        "suspended": QCoreApplication.translate("Labels", "Suspended"),
        "graduated": QCoreApplication.translate("Labels", "Graduated"),
        "withdrawn": QCoreApplication.translate("Labels", "Withdrawn"),
    }.get(code, code)


def study_mode(code: str) -> str:
    return {
        "full_time": QCoreApplication.translate("Labels", "Full-time"),
        "part_time": QCoreApplication.translate("Labels", "Part-time"),
    }.get(code, code)


def placement_kind(code: str) -> str:
    return {
        "cognitive": QCoreApplication.translate("Labels", "Observation internship"),
        "post": QCoreApplication.translate("Labels", "Post internship"),
        "apprenticeship": QCoreApplication.translate("Labels", "Apprenticeship"),
    }.get(code, code)


def programme(code: str | None) -> str:
    return {
        "school_joint": QCoreApplication.translate("Labels", "Modern apprenticeship"),
        "enterprise_new": QCoreApplication.translate(
            "Labels", "Enterprise new-type apprenticeship"
        ),
    }.get(code or "", code or "")


def placement_status(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("Labels", "Draft"),
        "approved": QCoreApplication.translate("Labels", "Approved"),
        "active": QCoreApplication.translate("Labels", "Active"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "terminated": QCoreApplication.translate("Labels", "Terminated"),
    }.get(code, code)


def credit_status(code: str) -> str:
    return {
        "good": QCoreApplication.translate("Labels", "Good"),
        "watch": QCoreApplication.translate("Labels", "Watch"),
        "restricted": QCoreApplication.translate("Labels", "Restricted"),
    }.get(code, code)


def venue_types() -> list[tuple[str, str]]:
    return [
        ("ordinary", QCoreApplication.translate("Labels", "Ordinary workplace")),
        ("bar", QCoreApplication.translate("Labels", "Bar")),
        ("nightclub", QCoreApplication.translate("Labels", "Nightclub")),
        ("ktv", QCoreApplication.translate("Labels", "KTV / song hall")),
        ("bathhouse", QCoreApplication.translate("Labels", "Bathhouse")),
        ("game_room", QCoreApplication.translate("Labels", "Electronic game room")),
        ("internet_cafe", QCoreApplication.translate("Labels", "Internet café")),
        ("other_entertainment", QCoreApplication.translate("Labels", "Other entertainment venue")),
    ]


def hazards() -> list[tuple[str, str]]:
    return [
        ("height", QCoreApplication.translate("Labels", "Work at height")),
        ("underground", QCoreApplication.translate("Labels", "Underground")),
        ("radioactive", QCoreApplication.translate("Labels", "Radioactive")),
        ("toxic", QCoreApplication.translate("Labels", "Toxic")),
        ("flammable_explosive", QCoreApplication.translate("Labels", "Flammable or explosive")),
        ("other_high_risk", QCoreApplication.translate("Labels", "Other high safety risk")),
    ]


def enterprise_flag(code: str) -> str:
    return {
        "venue": QCoreApplication.translate("Labels", "Entertainment venue"),
        "intermediary": QCoreApplication.translate("Labels", "Intermediary/dispatch"),
        "credit_restricted": QCoreApplication.translate("Labels", "Credit restricted"),
        "training_base": QCoreApplication.translate("Labels", "Training base"),
    }.get(code, code)


def staff_kind(code: str) -> str:
    return {
        "enterprise_mentor": QCoreApplication.translate("Labels", "Enterprise mentor"),
        "school_supervisor": QCoreApplication.translate("Labels", "School supervisor"),
    }.get(code, code)


def skill_level(code: str | None) -> str:
    """中级工 … 高级技师 (the apprenticeship targets of R-APP-5)."""
    if not code:
        return ""
    return {
        "intermediate": QCoreApplication.translate("Labels", "Intermediate worker"),
        "advanced": QCoreApplication.translate("Labels", "Advanced worker"),
        "technician": QCoreApplication.translate("Labels", "Technician"),
        "senior_technician": QCoreApplication.translate("Labels", "Senior technician"),
    }.get(code, code)


def industry(code: str, language: str = "zh_CN") -> str:
    for item in industries():
        if item.code == code:
            return item.name_en if language == "en" else item.name_zh  # ko: official Chinese names
    return code
