"""Field checks for the records officers type in (level 1 of validation: pure, no database).

The UI calls these on every keystroke for inline feedback; the services call them again before
storing, so nothing invalid is ever saved whichever way it arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.validators import parse_resident_id, validate_mobile, validate_uscc

MAX_NAME = 60


@dataclass(frozen=True)
class StudentFacts:
    """Values derived from a valid ID number: stored, never typed (R-ID-4, R-ID-5)."""

    id_number: str
    birth_date: dt.date
    sex: str
    phone: str | None


def _required_text(value: str | None, field: str, max_len: int = MAX_NAME) -> list[Violation]:
    text = (value or "").strip()
    if not text:
        return [Violation(field, "required")]
    if len(text) > max_len:
        return [Violation(field, "too_long", {"max": max_len})]
    return []


def check_student(
    *,
    name: str,
    id_number: str,
    phone: str | None,
    class_id: int | None,
    enrolment_date: dt.date | None,
    today: dt.date,
) -> tuple[StudentFacts | None, list[Violation]]:
    """Check a student's own fields; returns derived facts when nothing blocks."""
    violations = _required_text(name, "name")
    rid, id_violations = parse_resident_id(id_number, field="id_number", today=today)
    violations += id_violations
    mobile, phone_violations = validate_mobile(phone or "", field="phone", required=False)
    violations += phone_violations
    if class_id is None:
        violations.append(Violation("class_id", "required"))
    if enrolment_date is None:
        violations.append(Violation("enrolment_date", "required"))
    elif enrolment_date > today + dt.timedelta(days=366):
        violations.append(Violation("enrolment_date", "date.too_far_future"))
    elif rid is not None and enrolment_date <= rid.birth_date:
        violations.append(Violation("enrolment_date", "date.before_birth"))
    if any(v.severity == "block" for v in violations) or rid is None:
        return None, violations
    return StudentFacts(rid.number, rid.birth_date, rid.sex, mobile), violations


def check_guardian(
    *, name: str, relationship: str, phone: str | None, index: int
) -> list[Violation]:
    prefix = f"guardians[{index}]"
    violations = _required_text(name, f"{prefix}.name")
    violations += _required_text(relationship, f"{prefix}.relationship", 20)
    if phone:
        violations += validate_mobile(phone, field=f"{prefix}.phone")[1]
    return violations


def check_enterprise(
    *, name: str, uscc: str, industry_code: str, on_post_staff: int, contact_phone: str | None
) -> tuple[str | None, list[Violation]]:
    """Returns the normalised credit code when it is valid."""
    violations = _required_text(name, "name", 120)
    code, uscc_violations = validate_uscc(uscc, field="uscc")
    violations += uscc_violations
    if not industry_code:
        violations.append(Violation("industry_code", "required"))
    if on_post_staff < 0:
        violations.append(Violation("on_post_staff", "number.negative"))
    if contact_phone:
        from_mobile = validate_mobile(contact_phone, field="contact_phone")[1]
        violations += [v for v in from_mobile if v.severity != "block"] or []
        if any(v.severity == "block" for v in from_mobile) and not _looks_like_landline(
            contact_phone
        ):
            violations.append(Violation("contact_phone", "phone.format"))
    return code, violations


def _looks_like_landline(raw: str) -> bool:
    digits = raw.replace(" ", "").replace("-", "")
    return digits.startswith("0") and digits.isdigit() and 10 <= len(digits) <= 12


def check_post(
    *, title: str, physical_intensity_level: int, same_post_wage_fen: int | None, on_post_staff: int
) -> list[Violation]:
    violations = _required_text(title, "title", 80)
    if not 1 <= physical_intensity_level <= 4:
        violations.append(
            Violation("physical_intensity_level", "number.range", {"min": 1, "max": 4})
        )
    if same_post_wage_fen is not None and not 0 <= same_post_wage_fen <= 10_000_000:
        violations.append(Violation("same_post_wage_fen", "money.range"))
    if on_post_staff < 0:
        violations.append(Violation("on_post_staff", "number.negative"))
    return violations


def blocking(violations: list[Violation]) -> list[Violation]:
    return [v for v in violations if v.severity == "block"]
