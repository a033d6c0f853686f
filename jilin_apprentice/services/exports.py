"""Exports of every list as .xlsx and the provincial data package (issue 7).

Personal numbers (ID numbers, phones) are masked unless the caller passes `unmasked=True`
(issue 8 ties that to a user right; the command line documents `--unmasked` as for an
administrator, the UI always masks). Every export is recorded in the audit trail, since
handing personal data out of the program is itself something PIPL asks a school to account for.

Recipient (issue 9, R-PI-6): an export is for the school's own use unless the caller names an
enterprise or an insurer. Then every student in it needs a consent in force that day for that
purpose (a guardian's if signed under 14, R-PI-5): without `skip_without_consent` the export is
refused as a whole, naming how many lack one, and nothing is written or recorded; with it, their
rows are left out and the audit entry says how many.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from jilin_apprentice.domain.errors import DomainError, ValidationFailed, Violation
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.data_package import PackageResult, write_package
from jilin_apprentice.services.export_consent import (
    RECIPIENTS,
    SCHOOL,
    STUDENT_KINDS,
    consent_purpose,
    students_without_consent,
)
from jilin_apprentice.services.export_kinds import KINDS, ExportKind
from jilin_apprentice.services.export_rows import BUILDERS, Cells
from jilin_apprentice.services.table_export import write_xlsx
from jilin_apprentice.storage.uow import UnitOfWork

Translate = Callable[[str, str], str]  # (context, English source) -> shown text
MIN_YEAR, MAX_YEAR = 2000, 2100


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    masked: bool
    recipient: str = SCHOOL
    left_out: int = 0  # students without consent left out (R-PI-6)


class ExportService:
    """Built once per database by services/container.py."""

    KINDS: tuple[str, ...] = tuple(KINDS)

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today

    @staticmethod
    def _kind(kind: str) -> ExportKind:
        spec = KINDS.get(kind)
        if spec is None:
            params = {"kind": kind, "kinds": ", ".join(KINDS)}
            raise ValidationFailed([Violation("export.kind", "export.kind.unknown", params)])
        return spec

    def headers(
        self, kind: str, language: str = "zh_CN", translate: Translate | None = None
    ) -> tuple[str, list[str]]:
        """The sheet title and column headers of `kind`: Chinese by default (the headers the
        importer recognises), English source for "en", or whatever `translate` makes of it."""
        spec = self._kind(kind)
        if translate is not None:
            return translate("Exports", spec.en), [translate("Exports", c.en) for c in spec.columns]
        if language == "en":
            return spec.en, [c.en for c in spec.columns]
        return spec.zh, [c.zh for c in spec.columns]

    def rows(self, kind: str, *, unmasked: bool = False, language: str = "zh_CN") -> list[list]:
        """The typed cells of `kind` (no file, no audit): for previews and tests."""
        self._kind(kind)
        with self._uow.read() as session:
            return BUILDERS[kind](session, Cells(not unmasked, language))

    def export(
        self,
        kind: str,
        path: Path,
        *,
        unmasked: bool = False,
        language: str = "zh_CN",
        translate: Translate | None = None,
        recipient: str = SCHOOL,
        skip_without_consent: bool = False,
    ) -> ExportResult:
        """Write every row of `kind` to an .xlsx file (typed cells, formula-safe text).

        `recipient` is "school" (default), "authority", "enterprise" or "insurer"; the last two
        need each student's consent (R-PI-6, R-PI-5), see the module docstring."""
        title, headers = self.headers(kind, language, translate)
        if recipient not in RECIPIENTS:
            params = {"kinds": ", ".join(RECIPIENTS)}
            raise ValidationFailed([Violation("export.recipient", "choice.invalid", params)])
        purpose = consent_purpose(recipient) if kind in STUDENT_KINDS else None
        with self._uow() as session:
            lacking: set[int] = set()
            if purpose is not None:
                lacking = students_without_consent(session, purpose, self._today())
            keep = (lambda sid: sid not in lacking) if lacking else None
            cells = Cells(not unmasked, language, keep)
            rows = BUILDERS[kind](session, cells)
            if cells.dropped and not skip_without_consent:
                code = f"export.consent_missing.{recipient}"
                params = {"count": len(cells.dropped)}
                raise ValidationFailed([Violation("export.recipient", code, params)])
            try:
                written = write_xlsx(Path(path), title, headers, rows)
            except OSError as exc:
                raise DomainError("export.write_failed", path=str(path), reason=str(exc)) from exc
            extra: dict[str, object] = {}
            if recipient != SCHOOL:
                extra = {"recipient": recipient, "left_out": len(cells.dropped)}
            self._record(session, kind, written, len(rows), not unmasked, **extra)
        left_out = len(cells.dropped)
        return ExportResult(kind, written, len(rows), not unmasked, recipient, left_out)

    def data_package(
        self, folder: Path, year: int | None = None, *, unmasked: bool = False
    ) -> PackageResult:
        """The provincial data package of `year` (default: this year) in `folder`
        (docs/data-package.md): placements, enterprises, students, insurance as CSV, plus
        schema.json and manifest.json with row counts and SHA-256 of each file."""
        year = self._today().year if year is None else year
        if not MIN_YEAR <= year <= MAX_YEAR:
            params = {"year": year, "min": MIN_YEAR, "max": MAX_YEAR}
            raise ValidationFailed([Violation("export.year", "export.year.range", params)])
        with self._uow() as session:
            try:
                result = write_package(
                    session, Path(folder), year, Cells(not unmasked, "zh_CN"), self._today()
                )
            except OSError as exc:
                raise DomainError("export.write_failed", path=str(folder), reason=str(exc)) from exc
            rows = sum(f.rows or 0 for f in result.files)
            self._record(session, "package", result.folder, rows, not unmasked, year=year)
        return result

    def _record(
        self, session: Session, kind: str, path: Path, rows: int, masked: bool, **extra: object
    ) -> None:
        changes = {
            "file": (None, path.name),
            "rows": (None, rows),
            "masked": (None, masked),
            **{k: (None, v) for k, v in extra.items()},
        }
        self._audit.record(session, action="export", entity=kind, entity_id=None, changes=changes)
