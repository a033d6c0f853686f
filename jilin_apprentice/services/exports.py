"""Exports of every list as .xlsx and the provincial data package (issue 7).

Personal numbers (ID numbers, phones) are masked unless the caller passes `unmasked=True`
(issue 8 ties that to a user right; the command line documents `--unmasked` as for an
administrator, the UI always masks). Every export is recorded in the audit trail, since
handing personal data out of the program is itself something PIPL asks a school to account for.
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
    ) -> ExportResult:
        """Write every row of `kind` to an .xlsx file (typed cells, formula-safe text)."""
        title, headers = self.headers(kind, language, translate)
        with self._uow() as session:
            rows = BUILDERS[kind](session, Cells(not unmasked, language))
            try:
                written = write_xlsx(Path(path), title, headers, rows)
            except OSError as exc:
                raise DomainError("export.write_failed", path=str(path), reason=str(exc)) from exc
            self._record(session, kind, written, len(rows), not unmasked)
        return ExportResult(kind, written, len(rows), not unmasked)

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
