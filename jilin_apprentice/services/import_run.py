"""One headless import, start to end (the `import` command): preview, then commit or not,
with the exit code the command returns. Payments go through the payroll reader
(import_payments.py); every other kind through ImportService."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jilin_apprentice.domain import sheet_values as sv
from jilin_apprentice.domain.errors import ValidationFailed, Violation
from jilin_apprentice.services.import_dto import (
    DUPLICATE,
    INVALID,
    OK,
    ImportOutcome,
    ImportPreview,
)
from jilin_apprentice.services.import_payments import as_import_preview, as_outcome
from jilin_apprentice.services.imports import refused

EXIT_OK, EXIT_REFUSED, EXIT_BAD_FILE = 0, 1, 2


@dataclass(frozen=True)
class RunResult:
    preview: ImportPreview
    outcome: ImportOutcome | None
    refused: tuple[Violation, ...]
    code: int


def run_file(
    services: Any,
    kind: str,
    path: Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    on_duplicate: str = "skip",
    enterprise: str | None = None,
    month: str | None = None,
    paid_on: str | None = None,
) -> RunResult:
    """Without skip_invalid any invalid row refuses the file (exit 1), also in a dry run."""
    if kind == "payments":
        return _payments(services, path, dry_run, skip_invalid, enterprise, month, paid_on)
    preview = services.imports.preview(kind, path)
    if preview.problems:
        return RunResult(preview, None, (), EXIT_BAD_FILE)
    if dry_run:
        code = EXIT_REFUSED if preview.count(INVALID) and not skip_invalid else EXIT_OK
        return RunResult(preview, None, (), code)
    try:
        outcome = services.imports.commit(
            preview, on_duplicate=on_duplicate, skip_invalid=skip_invalid
        )
    except ValidationFailed as exc:
        return RunResult(preview, None, tuple(exc.violations), EXIT_REFUSED)
    return RunResult(preview, outcome, (), EXIT_OK)


def _payments(
    services: Any,
    path: Path,
    dry_run: bool,
    skip_invalid: bool,
    enterprise: str | None,
    month: str | None,
    paid_on: str | None,
) -> RunResult:
    enterprise_id = services.imports.find_enterprise(enterprise or "")
    first, ok = sv.date_cell(f"{month}-01" if month and len(month) <= 7 else month)
    if not ok or first is None:
        raise ValidationFailed([Violation("month", "import.month_format")])
    default, ok = sv.date_cell(paid_on)
    if not ok:
        raise ValidationFailed([Violation("paid_on", "import.date_format")])
    payroll = services.payroll.preview(enterprise_id, path, month=first, paid_on=default)
    preview = as_import_preview(payroll, str(path))
    if preview.problems:
        return RunResult(preview, None, (), EXIT_BAD_FILE)
    bad = [r.row for r in preview.rows if r.status == INVALID]
    if bad and not skip_invalid:
        return RunResult(preview, None, (refused(bad),), EXIT_REFUSED)
    if dry_run:
        return RunResult(preview, None, (), EXIT_OK)
    if not preview.count(OK):
        dup = tuple(r.row for r in preview.rows if r.status == DUPLICATE)
        nothing = ImportOutcome("payments", (), (), dup, tuple(bad))
        return RunResult(preview, nothing, (), EXIT_OK)
    try:
        result = services.payroll.commit(payroll, skip_invalid=True)  # duplicates: skipped
    except ValidationFailed as exc:
        return RunResult(preview, None, tuple(exc.violations), EXIT_REFUSED)
    return RunResult(preview, as_outcome(result, preview.rows), (), EXIT_OK)
