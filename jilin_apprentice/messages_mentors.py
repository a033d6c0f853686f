"""Issue 6 codes and fields: mentors' pay, certificates (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "staff_id": QT_TRANSLATE_NOOP("Fields", "Mentor or teacher"),
    "pay_kind": QT_TRANSLATE_NOOP("Fields", "Kind of pay"),
    "amount_fen": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "teaching_hours": QT_TRANSLATE_NOOP("Fields", "Teaching hours"),
    "occupation": QT_TRANSLATE_NOOP("Fields", "Occupation"),
    "cert_level": QT_TRANSLATE_NOOP("Fields", "Certificate level"),
    "cert_no": QT_TRANSLATE_NOOP("Fields", "Certificate number"),
    "issuer": QT_TRANSLATE_NOOP("Fields", "Issued by"),
    "issued_on": QT_TRANSLATE_NOOP("Fields", "Issued on"),
    "claimed_on": QT_TRANSLATE_NOOP("Fields", "Subsidy claimed on"),
    "claimed_fen": QT_TRANSLATE_NOOP("Fields", "Subsidy received"),
}

CODES: dict[str, str] = {
    "mentor_pay.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {name} already has a record of this kind for {month}; edit that one instead.",
    ),
    "mentor_pay.not_part_time_teacher": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {name} is not marked as a part-time teacher; mark them in Staff first "
        "(teaching pay is for enterprise staff teaching at the school, seed §(20)).",
    ),
    "mentor_pay.month_future": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {month} has not begun yet; record pay for this month or earlier."
    ),
    "mentor_pay.not_found": QT_TRANSLATE_NOOP("Messages", "The pay record no longer exists."),
    "certificate.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {issuer} already issued a certificate with this number ({name})."
    ),
    "certificate.not_found": QT_TRANSLATE_NOOP("Messages", "The certificate no longer exists."),
    "certificate.claim_before_issue": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the certificate was issued ({issued})."
    ),
}
