"""English source text for the insurance codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "insurer": QT_TRANSLATE_NOOP("Fields", "Insurer"),
    "policy_no": QT_TRANSLATE_NOOP("Fields", "Policy number"),
    "policy_type": QT_TRANSLATE_NOOP("Fields", "Policy type"),
    "premium_payer": QT_TRANSLATE_NOOP("Fields", "Premium paid by"),
    "sum_insured_per_person_fen": QT_TRANSLATE_NOOP("Fields", "Sum insured per person"),
    "premium_fen": QT_TRANSLATE_NOOP("Fields", "Premium"),
    "document_path": QT_TRANSLATE_NOOP("Fields", "Policy document"),
    "placement_id": QT_TRANSLATE_NOOP("Fields", "Placement"),
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Date of the incident"),
    "description": QT_TRANSLATE_NOOP("Fields", "What happened"),
    "injury": QT_TRANSLATE_NOOP("Fields", "Injury"),
    "reported_to_insurer_on": QT_TRANSLATE_NOOP("Fields", "Reported to the insurer on"),
    "claim_no": QT_TRANSLATE_NOOP("Fields", "Claim number"),
    "claim_status": QT_TRANSLATE_NOOP("Fields", "Claim status"),
    "amount_claimed_fen": QT_TRANSLATE_NOOP("Fields", "Amount claimed"),
    "amount_paid_fen": QT_TRANSLATE_NOOP("Fields", "Amount paid"),
}

CODES: dict[str, str] = {
    "policy.premium_payer_student": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the premium may not be charged to students or deducted from their pay "
        "(REG-2021 Art 35 para 2, R-INS-2).",
    ),
    "policy.duplicate": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {insurer} already has a policy with this number from {start} to {end}; "
        "the same number may only be reused for a period that does not overlap.",
    ),
    "policy.not_found": QT_TRANSLATE_NOOP("Messages", "The insurance policy no longer exists."),
    "policy.has_incidents": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: incidents name this policy, so it is part of a claim record and cannot be "
        "deleted.",
    ),
    "document.not_found": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the file {path} does not exist or is not a file."
    ),
    "date.in_future": QT_TRANSLATE_NOOP("Messages", "{field} cannot be in the future."),
    "incident.outside_placement": QT_TRANSLATE_NOOP(
        "Messages", "{field} is outside the placement ({start} to {end})."
    ),
    "incident.reported_before": QT_TRANSLATE_NOOP(
        "Messages", "{field} is before the date of the incident."
    ),
    "incident.not_found": QT_TRANSLATE_NOOP("Messages", "The incident no longer exists."),
}
