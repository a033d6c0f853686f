"""Payments through the generic import: the payroll sheet reader of issue 4.

A payroll sheet is one enterprise's pay for one month, matched against that enterprise's
placements (services/payroll_import.py: header search, merged headers, ID numbers Excel
mangled, amounts and dates in Chinese spellings). The command line reuses it whole and only
reshapes its preview into the import's rows, statuses and reasons, so the JSON report of
`import payments` reads like every other kind. A row whose only problem is that the same
payment (date and amount) is already recorded is a duplicate, which is always skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.services.import_dto import (
    DUPLICATE,
    INVALID,
    OK,
    ImportColumn,
    ImportOutcome,
    ImportPreview,
    PreviewRow,
)
from jilin_apprentice.services.pay_dto import ImportPreview as PayrollPreview
from jilin_apprentice.services.pay_dto import ImportResult as PayrollResult

DUPLICATE_CODE = "import.duplicate_payment"


def as_import_preview(p: PayrollPreview, path: str) -> ImportPreview:
    """The payroll preview as rows of the generic import (the draft is the payroll row)."""
    rows = []
    for r in p.rows:
        codes = {v.code for v in r.problems}
        if r.ok:
            status = OK
        elif codes == {DUPLICATE_CODE} and r.draft is not None:
            status = DUPLICATE
        else:
            status = INVALID
        reasons = () if status == DUPLICATE else tuple(_without_row(v) for v in r.problems)
        rows.append(
            PreviewRow(
                r.row,
                status,
                r.id_masked,
                r.student_name or r.name,
                reasons,
                existing_id=None,
                cells=(r.name, r.id_masked, r.amount_fen, r.paid_on, r.note),
                draft=r,
            )
        )
    columns = tuple(
        ImportColumn(i, header, field) for i, (field, header) in enumerate(p.columns.items())
    )
    return ImportPreview(
        "payments",
        p.source,
        path,
        "",
        p.header_row,
        1 if p.header_row else 0,
        columns,
        tuple(rows),
        tuple(p.problems),
    )


def _without_row(v: Violation) -> Violation:
    """The payroll reader numbers its problems; the report has the row number already."""
    params = {k: val for k, val in v.params.items() if k != "row"}
    return Violation(v.field, v.code, params, v.severity)


def as_outcome(result: PayrollResult, rows: Sequence[PreviewRow]) -> ImportOutcome:
    duplicates = tuple(r.row for r in rows if r.status == DUPLICATE)
    invalid = tuple(r.row for r in rows if r.status == INVALID)
    return ImportOutcome("payments", tuple(result.payment_ids), (), duplicates, invalid)
