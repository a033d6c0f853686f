"""Display names of the placement form's choices (translated, context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kinds() -> list[tuple[str, str]]:
    return [
        ("post", QCoreApplication.translate("Labels", "Post internship")),
        ("cognitive", QCoreApplication.translate("Labels", "Observation internship")),
        ("apprenticeship", QCoreApplication.translate("Labels", "Apprenticeship")),
    ]


def sources() -> list[tuple[str, str]]:
    return [
        ("school_arranged", QCoreApplication.translate("Labels", "Arranged by the school")),
        ("self_chosen", QCoreApplication.translate("Labels", "Chosen by the student")),
        ("via_agent", QCoreApplication.translate("Labels", "Through an agency")),
    ]


def independence() -> list[tuple[str, str]]:
    return [
        ("assisting", QCoreApplication.translate("Labels", "Assisting (跟岗)")),
        (
            "relatively_independent",
            QCoreApplication.translate("Labels", "Relatively independent"),
        ),
    ]


def pay_units() -> list[tuple[str, str]]:
    return [
        ("month", QCoreApplication.translate("Labels", "per month")),
        ("day", QCoreApplication.translate("Labels", "per day")),
        ("hour", QCoreApplication.translate("Labels", "per hour")),
    ]


def pay_methods() -> list[tuple[str, str]]:
    return [
        ("bank_to_student", QCoreApplication.translate("Labels", "Bank transfer to the student")),
        ("cash_to_student", QCoreApplication.translate("Labels", "Cash to the student")),
        ("third_party", QCoreApplication.translate("Labels", "Through a third party")),
        ("in_kind", QCoreApplication.translate("Labels", "In goods or vouchers")),
    ]


def lodgings() -> list[tuple[str, str]]:
    return [
        ("unified", QCoreApplication.translate("Labels", "Unified lodging")),
        ("home", QCoreApplication.translate("Labels", "Lives at home")),
        ("outside", QCoreApplication.translate("Labels", "Own lodging outside")),
    ]
