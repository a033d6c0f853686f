"""English source text for the pay codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "paid_on": QT_TRANSLATE_NOOP("Fields", "Paid on"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "method": QT_TRANSLATE_NOOP("Fields", "Payment method"),
    "payer": QT_TRANSLATE_NOOP("Fields", "Paid by"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "period": QT_TRANSLATE_NOOP("Fields", "Pay period"),
    "deductions": QT_TRANSLATE_NOOP("Fields", "Deductions"),
    "deduction_kind": QT_TRANSLATE_NOOP("Fields", "Deduction type"),
    "deduction_amount": QT_TRANSLATE_NOOP("Fields", "Deduction amount"),
    "deduction_reason": QT_TRANSLATE_NOOP("Fields", "Reason for the deduction"),
    "placement": QT_TRANSLATE_NOOP("Fields", "Placement"),
    "placement_id": QT_TRANSLATE_NOOP("Fields", "Placement"),
    "rows": QT_TRANSLATE_NOOP("Fields", "Payments"),
    "row": QT_TRANSLATE_NOOP("Fields", "Row"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "month": QT_TRANSLATE_NOOP("Fields", "Month"),
}

CODES: dict[str, str] = {
    "payment.payee_not_student": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: pay goes to the student ({student}) directly, not to {payee} "
        "(REG-2021 Art 18, R-PAY-3).",
    ),
    "payment.before_start": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the placement began ({start})."
    ),
    "payment.in_future": QT_TRANSLATE_NOOP(
        "Messages", "{field} is after today ({today}); record a payment once it has been made."
    ),
    "payment.amount_not_positive": QT_TRANSLATE_NOOP(
        "Messages", "{field} must be more than 0.00 yuan."
    ),
    "payment.deduction_reason_required": QT_TRANSLATE_NOOP(
        "Messages", "{field} (line {line}): say what an \u201cother\u201d deduction is for."
    ),
    "payment.deductions_exceed_gross": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the deductions add up to more than the gross pay."
    ),
    "payment.placement_draft": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the placement is still a draft; record pay once it is approved."
    ),
    "payment.no_period": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the placement has no pay period in the month of {period}."
    ),
    "payment.other_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this placement is at another enterprise."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{file} cannot be read ({error}). Save it as .xlsx or .csv and try again."
    ),
    "import.no_header": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: no header row with a name or ID number column and an amount column "
        "(实发工资, 实发金额 or 应发工资) was found.",
    ),
    "import.no_rows": QT_TRANSLATE_NOOP("Messages", "{file} has no payment rows."),
    "import.id_as_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} is stored as a number ({value}); Excel keeps only 15 digits, so the number "
        "may be wrong. Format the column as text, type the numbers again and import again.",
    ),
    "import.id_scientific": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} is in scientific notation ({value}); the last digits are lost. Format the "
        "column as text, type the numbers again and import again.",
    ),
    "import.unknown_student": QT_TRANSLATE_NOOP(
        "Messages", "{field}: no student {name} has a placement at this enterprise."
    ),
    "import.not_at_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this student ({name}) has no placement at this enterprise."
    ),
    "import.name_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the sheet says {name}, but this ID number belongs to {student}."
    ),
    "import.ambiguous_name": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: more than one student named {name} is at this enterprise; add the ID number "
        "column to the sheet.",
    ),
    "import.amount_format": QT_TRANSLATE_NOOP("Messages", "{field}: not an amount of money."),
    "import.amounts_disagree": QT_TRANSLATE_NOOP(
        "Messages", "{field}: gross pay less deductions is not the net pay on this row."
    ),
    "import.date_format": QT_TRANSLATE_NOOP(
        "Messages", "{field}: not a date (write it as 2026-11-10 or 2026年11月10日)."
    ),
    "import.duplicate_payment": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this payment (same date and amount) is already recorded."
    ),
}
