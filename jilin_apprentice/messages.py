"""English source text for every error and field code (no Qt, so the CLI can use it too).

Strings are marked with QT_TRANSLATE_NOOP so `pyside6-lupdate` extracts them; the UI translates
them at display time (ui/errors.py), the command line prints the English source.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "id_number": QT_TRANSLATE_NOOP("Fields", "ID number"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Mobile phone"),
    "contact_phone": QT_TRANSLATE_NOOP("Fields", "Contact phone"),
    "class_id": QT_TRANSLATE_NOOP("Fields", "Class"),
    "enrolment_date": QT_TRANSLATE_NOOP("Fields", "Enrolment date"),
    "student_no": QT_TRANSLATE_NOOP("Fields", "Student number"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "uscc": QT_TRANSLATE_NOOP("Fields", "Unified social credit code"),
    "industry_code": QT_TRANSLATE_NOOP("Fields", "Industry"),
    "county_code": QT_TRANSLATE_NOOP("Fields", "County"),
    "on_post_staff": QT_TRANSLATE_NOOP("Fields", "On-post staff"),
    "venue_type": QT_TRANSLATE_NOOP("Fields", "Venue type"),
    "title": QT_TRANSLATE_NOOP("Fields", "Post title"),
    "physical_intensity_level": QT_TRANSLATE_NOOP("Fields", "Physical intensity level"),
    "same_post_wage_fen": QT_TRANSLATE_NOOP("Fields", "Same-post wage"),
    "hazards": QT_TRANSLATE_NOOP("Fields", "Hazards"),
    "enterprise_id": QT_TRANSLATE_NOOP("Fields", "Enterprise"),
    "max_load": QT_TRANSLATE_NOOP("Fields", "Load limit"),
    "monthly_allowance_fen": QT_TRANSLATE_NOOP("Fields", "Monthly mentor allowance"),
    "skill_level": QT_TRANSLATE_NOOP("Fields", "Skill level"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Role"),
    "guardian.name": QT_TRANSLATE_NOOP("Fields", "Guardian name"),
    "guardian.relationship": QT_TRANSLATE_NOOP("Fields", "Guardian relationship"),
    "guardian.phone": QT_TRANSLATE_NOOP("Fields", "Guardian phone"),
    "student": QT_TRANSLATE_NOOP("Fields", "Student"),
    "enterprise": QT_TRANSLATE_NOOP("Fields", "Enterprise"),
    "post": QT_TRANSLATE_NOOP("Fields", "Post"),
    "staff": QT_TRANSLATE_NOOP("Fields", "Mentor or supervisor"),
    # placements (issue 3)
    "student_id": QT_TRANSLATE_NOOP("Fields", "Student"),
    "post_id": QT_TRANSLATE_NOOP("Fields", "Post"),
    "type": QT_TRANSLATE_NOOP("Fields", "Placement type"),
    "source": QT_TRANSLATE_NOOP("Fields", "Arranged by"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "enterprise_mentor_id": QT_TRANSLATE_NOOP("Fields", "Enterprise mentor"),
    "school_supervisor_id": QT_TRANSLATE_NOOP("Fields", "School supervisor"),
    "independence": QT_TRANSLATE_NOOP("Fields", "Independence"),
    "hours_per_day": QT_TRANSLATE_NOOP("Fields", "Hours per day"),
    "days_per_week": QT_TRANSLATE_NOOP("Fields", "Days per week"),
    "shift_start": QT_TRANSLATE_NOOP("Fields", "Shift start"),
    "shift_end": QT_TRANSLATE_NOOP("Fields", "Shift end"),
    "overtime_allowed": QT_TRANSLATE_NOOP("Fields", "Overtime"),
    "work_on_rest_days": QT_TRANSLATE_NOOP("Fields", "Work on rest days"),
    "work_on_public_holidays": QT_TRANSLATE_NOOP("Fields", "Work on public holidays"),
    "pay_amount": QT_TRANSLATE_NOOP("Fields", "Pay"),
    "pay_unit": QT_TRANSLATE_NOOP("Fields", "Pay unit"),
    "pay_method": QT_TRANSLATE_NOOP("Fields", "Payment method"),
    "payee_name": QT_TRANSLATE_NOOP("Fields", "Payee"),
    "pay_cycle_days": QT_TRANSLATE_NOOP("Fields", "Pay cycle (days)"),
    "payday": QT_TRANSLATE_NOOP("Fields", "Payday"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Informed consent"),
    "consent_signed_date": QT_TRANSLATE_NOOP("Fields", "Consent signed on"),
    "self_choice_application": QT_TRANSLATE_NOOP("Fields", "Self-choice application"),
    "school_approval_date": QT_TRANSLATE_NOOP("Fields", "School approval date"),
    "lodging": QT_TRANSLATE_NOOP("Fields", "Lodging"),
    "lodging_guardian_consent": QT_TRANSLATE_NOOP("Fields", "Guardian consent to own lodging"),
    "lodging_filing_ref": QT_TRANSLATE_NOOP("Fields", "Lodging filing reference"),
    "cross_province_approval_ref": QT_TRANSLATE_NOOP("Fields", "Cross-province approval"),
    "filing_ref": QT_TRANSLATE_NOOP("Fields", "Filing reference"),
    "safety_training_date": QT_TRANSLATE_NOOP("Fields", "Safety training"),
    "agreement": QT_TRANSLATE_NOOP("Fields", "Tripartite agreement"),
    "agreement_number": QT_TRANSLATE_NOOP("Fields", "Agreement number"),
    "agreement_signed_on": QT_TRANSLATE_NOOP("Fields", "Agreement signed on"),
    "insurance": QT_TRANSLATE_NOOP("Fields", "Insurance"),
    "exception_reason": QT_TRANSLATE_NOOP("Fields", "Exception reason"),
    "exception_filing_ref": QT_TRANSLATE_NOOP("Fields", "Exception filing reference"),
    "exception_filing_date": QT_TRANSLATE_NOOP("Fields", "Exception filed on"),
    "exception_approver": QT_TRANSLATE_NOOP("Fields", "Exception approved by"),
    "apprenticeship": QT_TRANSLATE_NOOP("Fields", "Apprenticeship"),
    "termination_reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "students": QT_TRANSLATE_NOOP("Fields", "Students"),
    "clauses": QT_TRANSLATE_NOOP("Fields", "Clauses"),
    "change_date": QT_TRANSLATE_NOOP("Fields", "Date of change"),
    "key": QT_TRANSLATE_NOOP("Fields", "Parameter"),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "effective_from": QT_TRANSLATE_NOOP("Fields", "Effective from"),
    "ref_source": QT_TRANSLATE_NOOP("Fields", "Source"),
}

CODES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "{field} is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "{field} is longer than {max} characters."),
    "choice.invalid": QT_TRANSLATE_NOOP("Messages", "{field}: choose one of the listed values."),
    "number.negative": QT_TRANSLATE_NOOP("Messages", "{field} cannot be negative."),
    "number.range": QT_TRANSLATE_NOOP("Messages", "{field} must be between {min} and {max}."),
    "money.range": QT_TRANSLATE_NOOP("Messages", "{field}: the amount is not plausible."),
    "date.too_far_future": QT_TRANSLATE_NOOP("Messages", "{field} is too far in the future."),
    "date.before_birth": QT_TRANSLATE_NOOP("Messages", "{field} is before the date of birth."),
    "id.format": QT_TRANSLATE_NOOP(
        "Messages", "{field} must have 18 characters: 17 digits and a digit or X (GB 11643)."
    ),
    "id.checksum": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the check character is wrong; expected {expected} (GB 11643)."
    ),
    "id.birth_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: digits 7-14 are not a real date of birth."
    ),
    "id.area_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the area code is not in the GB/T 2260 table; please check."
    ),
    "id.legacy_15": QT_TRANSLATE_NOOP(
        "Messages", "{field}: old 15-digit numbers are not accepted; enter the 18-digit number."
    ),
    "id.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: another student already has this ID number."
    ),
    "student_no.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: another student already has this number."
    ),
    "uscc.format": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} must have 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100).",
    ),
    "uscc.checksum": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the check character is wrong; expected {expected} (GB 32100)."
    ),
    "uscc.org_code": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the embedded organisation code fails its check (GB 11714)."
    ),
    "uscc.authority_unknown": QT_TRANSLATE_NOOP(
        "Messages", "{field}: unusual registration authority code; please check."
    ),
    "uscc.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: another enterprise already has this credit code."
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "Messages", "{field} must be an 11-digit mainland mobile number starting with 1."
    ),
    "phone.pattern": QT_TRANSLATE_NOOP(
        "Messages", "{field}: unusual mobile number prefix; please check."
    ),
    "phone.landline_pattern": QT_TRANSLATE_NOOP(
        "Messages", "{field}: neither a mobile nor a landline number; please check."
    ),
    "area.unknown": QT_TRANSLATE_NOOP("Messages", "{field}: unknown county code."),
    "mentor.needs_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "An enterprise mentor must belong to an enterprise."
    ),
    "student.has_placements": QT_TRANSLATE_NOOP(
        "Messages",
        "This student has placements or apprenticeships, which are legal records; "
        "set the status to withdrawn or graduated instead.",
    ),
    "enterprise.has_placements": QT_TRANSLATE_NOOP(
        "Messages", "This enterprise has placements, which are legal records; it cannot be deleted."
    ),
    "post.has_placements": QT_TRANSLATE_NOOP(
        "Messages", "This post has placements; it cannot be deleted."
    ),
    "staff.has_placements": QT_TRANSLATE_NOOP(
        "Messages", "This person guides placements; reassign them before deleting."
    ),
    "auth.denied": QT_TRANSLATE_NOOP(
        "Messages",
        "You are not allowed to do this ({permission}); ask an administrator for the right.",
    ),
    "staff.has_records": QT_TRANSLATE_NOOP(
        "Messages",
        "This person is named in apprenticeships, pay records, site visits, logbook reviews or "
        "evaluations, which are kept as records; the person cannot be deleted.",
    ),
    "student.has_records": QT_TRANSLATE_NOOP(
        "Messages",
        "This student has certificates or logbook entries, which are kept as records; set the "
        "status to withdrawn or graduated instead.",
    ),
    "student.not_found": QT_TRANSLATE_NOOP("Messages", "The student no longer exists."),
    "enterprise.not_found": QT_TRANSLATE_NOOP("Messages", "The enterprise no longer exists."),
    "post.not_found": QT_TRANSLATE_NOOP("Messages", "The post no longer exists."),
    "staff.not_found": QT_TRANSLATE_NOOP("Messages", "The person no longer exists."),
    "record.conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this record after you opened it. "
        "Reopen it to see their changes; yours were not saved.",
    ),
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not a Jilin Apprentice database. Nothing was changed."
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} is read-only. Copy it to a writable folder."
    ),
    "db.folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages", "The folder {path} is not writable; choose another data folder."
    ),
    "db.server_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server cannot be reached. Nothing was saved by this step; check the "
        "network or ask the administrator whether the server is running, then try again.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "Messages", "The database is in use by another program. Close it and try again."
    ),
    "db.newer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "This database was written by a newer version of Jilin Apprentice "
        "(schema {revision}). Install the newer version; nothing was changed.",
    ),
    "db.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full. Nothing was saved."),
    "db.integrity": QT_TRANSLATE_NOOP(
        "Messages", "The change contradicts other records and was not saved."
    ),
    "seed.not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database already holds students; demo data was not added."
    ),
    "validation_failed": QT_TRANSLATE_NOOP("Messages", "{count} field(s) need attention."),
    "date.end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "{field} ({end}) is before the start date ({start})."
    ),
    "placement.overlap": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student already has a placement from {start} to {end} at {enterprise}; "
        "one student cannot be at two placements on the same day.",
    ),
    "post.other_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this post belongs to another enterprise."
    ),
    "mentor.other_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this mentor works for another enterprise."
    ),
    "staff.wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "{field}: choose a person of the right role (mentor or supervisor)."
    ),
    "pay.in_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: pay must be money paid to the student, not goods or vouchers "
        "(REG-2021 Art 18, R-PAY-3).",
    ),
    "student.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the student is not enrolled ({status}); a placement needs an "
        "enrolled student (REG-2021 Art 2).",
    ),
    "placement.not_found": QT_TRANSLATE_NOOP("Messages", "The placement no longer exists."),
    "placement.bad_transition": QT_TRANSLATE_NOOP(
        "Messages", "A placement that is {current} cannot become {target}."
    ),
    "placement.blocked": QT_TRANSLATE_NOOP(
        "Messages", "{count} rule(s) stop this change: {rules}."
    ),
    "placement.not_editable": QT_TRANSLATE_NOOP(
        "Messages", "A {status} placement is a closed record and cannot be changed."
    ),
    "reference.shape": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the value cannot be used by the rules: {problems}."
    ),
    "reference.json": QT_TRANSLATE_NOOP("Messages", "{field}: not valid JSON ({error})."),
    "reference.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this parameter already has a value from that date."
    ),
    "reference.not_found": QT_TRANSLATE_NOOP("Messages", "The parameter no longer exists."),
    "placement.needs_apprenticeship": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: an apprenticeship period belongs to one of the student's apprenticeships; "
        "choose it (or record the apprenticeship first).",
    ),
    "batch.empty": QT_TRANSLATE_NOOP("Messages", "{field}: choose at least one student."),
    "pdf.font_missing": QT_TRANSLATE_NOOP("Messages", "The font file {path} is missing."),
}

# issues 4-6 keep their codes beside this file (one module per area) and are merged here
from jilin_apprentice import (  # noqa: E402
    messages_agreements,
    messages_audit,
    messages_backups,
    messages_board,
    messages_calendar,
    messages_exports,
    messages_imports,
    messages_insurance,
    messages_logbook,
    messages_mentors,
    messages_pay,
    messages_privacy,
    messages_programmes,
    messages_reading_copy,
    messages_statistics,
    messages_users,
    messages_visits,
)

for _module in (
    messages_pay,
    messages_insurance,
    messages_agreements,
    messages_programmes,
    messages_calendar,
    messages_mentors,
    messages_logbook,
    messages_visits,
    messages_imports,
    messages_exports,
    messages_board,
    messages_statistics,
    messages_users,
    messages_audit,
    messages_backups,
    messages_privacy,
    messages_reading_copy,
):
    FIELDS.update(_module.FIELDS)
    CODES.update(_module.CODES)


def field_key(field: str) -> str:
    """`guardians[1].phone` -> `guardian.phone` (the label ignores the index)."""
    if field.startswith("guardians["):
        return "guardian." + field.split(".", 1)[1]
    if field.startswith("students[") and "." in field:
        return field.split(".", 1)[1]
    return field


def render(code: str, params: dict[str, Any], field: str = "", translate: Any = None) -> str:
    """Fill a message template; `translate(context, text)` translates when the UI passes one."""
    translate_fn = translate or (lambda _ctx, text: text)
    label = translate_fn("Fields", FIELDS.get(field_key(field), field)) if field else ""
    template = translate_fn("Messages", CODES.get(code, code))
    values = {"field": label, **{k: v for k, v in params.items()}}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def join_reasons(texts: Iterable[str]) -> str:
    """Several messages in one cell: each already ends with its own full stop ("。" or ".")."""
    return " ".join(t.strip() for t in texts if t.strip())
