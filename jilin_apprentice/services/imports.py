"""Excel/CSV import: students (with a guardian), enterprises and posts (issue 7).

`preview` reads the whole file, finds the header (one or two rows, merged cells filled),
maps columns by the header names real exports use or by a saved mapping, and checks every
row with the existing services' rules; nothing is written. `commit` writes the chosen rows
in ONE transaction: any invalid row refuses the whole file unless the caller skips invalid
rows; duplicates (same ID number / USCC / enterprise + title) are skipped or updated.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from jilin_apprentice.domain import import_headers as ih
from jilin_apprentice.domain import sheet_values as sv
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.validators import normalize_uscc
from jilin_apprentice.services.audit import AuditWriter
from jilin_apprentice.services.enterprises import EnterpriseService
from jilin_apprentice.services.import_dto import (
    DUPLICATE,
    INVALID,
    OK,
    ImportColumn,
    ImportOutcome,
    ImportPreview,
    PresetRow,
    PreviewRow,
    Written,
)
from jilin_apprentice.services.import_orgs import EnterpriseKind, PostKind
from jilin_apprentice.services.import_placements import PlacementKind
from jilin_apprentice.services.import_reader import Grid, SheetError, read_grid
from jilin_apprentice.services.import_students import StudentKind
from jilin_apprentice.services.students import StudentService
from jilin_apprentice.storage.models import Enterprise, ImportPreset, Student
from jilin_apprentice.storage.search import rebuild_student_search
from jilin_apprentice.storage.uow import UnitOfWork

DUPLICATE_POLICIES = ("skip", "update")
Progress = Callable[[int, int], None]


class _Kind(Protocol):
    name: str
    entity: str  # in the audit trail

    def context(self, session: Any, records: Any) -> Any: ...

    def check(
        self, number: int, cells: dict[str, Any], ctx: Any, present: frozenset[str]
    ) -> PreviewRow: ...

    def write(self, session: Any, item: Any, existing_id: int | None) -> Written | None: ...


class ImportService:
    """Built once per database by services/container.py."""

    def __init__(
        self,
        uow: UnitOfWork,
        audit: AuditWriter,
        today: Callable[[], dt.date],
    ) -> None:
        self._uow, self._audit, self._today = uow, audit, today
        enterprises = EnterpriseService(uow, audit, today)
        self._kinds: dict[str, _Kind] = {
            "students": StudentKind(StudentService(uow, audit, today)),
            "enterprises": EnterpriseKind(enterprises),
            "posts": PostKind(enterprises),
            "placements": PlacementKind(),
        }

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._kinds)

    def fields(self, kind: str) -> tuple[str, ...]:
        """The fields a column can be mapped to, in template order."""
        self._kind(kind)
        return ih.fields_of(kind)

    def _kind(self, kind: str) -> _Kind:
        if kind not in self._kinds:
            raise ValidationFailed([Violation("kind", "choice.invalid", {"value": kind})])
        return self._kinds[kind]

    # --- preview -----------------------------------------------------------------------------
    def preview(
        self,
        kind: str,
        path: Path,
        *,
        mapping: Mapping[str, str | None] | None = None,
        sheet: str | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """Read and check `path`; `mapping` (header -> field, None to ignore a column)
        overrides the automatic one. File-level problems come back in `problems`."""
        handler = self._kind(kind)
        path = Path(path)
        empty = ImportPreview(kind, path.name, str(path), "", 0, 0, (), ())
        try:
            grid = read_grid(path, sheet)
        except SheetError as exc:
            return _with(empty, problems=(exc.violation,))
        located = _locate(kind, grid, mapping)
        if located is None:
            return _with(empty, sheet=grid.sheet, problems=(_no_header(kind, path.name),))
        top, count, labels = located
        columns = _columns(kind, grid.rows[top], labels, mapping)
        mapped = {c.index: c.field for c in columns if c.field}
        missing = ih.missing_required(kind, mapped)
        base = _with(
            empty, sheet=grid.sheet, header_row=top + 1, header_rows=count, columns=columns
        )
        if missing:
            return _with(base, problems=(_missing(kind, missing, path.name),))
        records = []
        for r in range(top + count, len(grid.rows)):
            raw = grid.rows[r]
            cells = {f: raw[c] for c, f in mapped.items() if c < len(raw)}
            if all(sv.is_blank(v) for v in cells.values()):
                continue
            records.append((r + 1, cells, raw))
        if not records:
            return _with(base, problems=(Violation("file", "import.no_data", {"file": path.name}),))
        present = frozenset(mapped.values())
        rows = []
        with self._uow.read() as session:  # one snapshot for the lookups and every check
            ctx = handler.context(session, [c for _, c, _ in records])
            for i, (number, cells, raw) in enumerate(records):
                row = handler.check(number, cells, ctx, present)
                rows.append(_with_cells(row, raw))
                if progress and i % 500 == 0:
                    progress(i, len(records))
        return _with(base, rows=tuple(rows))

    # --- commit ------------------------------------------------------------------------------
    def commit(
        self,
        preview: ImportPreview,
        *,
        on_duplicate: str = "skip",
        skip_invalid: bool = False,
        progress: Progress | None = None,
    ) -> ImportOutcome:
        """Write the previewed rows in one transaction, or nothing (ValidationFailed)."""
        handler = self._kind(preview.kind)
        if on_duplicate not in DUPLICATE_POLICIES:
            raise ValidationFailed([Violation("on_duplicate", "choice.invalid")])
        if preview.problems:
            raise ValidationFailed(list(preview.problems))
        bad = [r.row for r in preview.rows if r.status == INVALID]
        if bad and not skip_invalid:
            raise ValidationFailed([refused(bad)])
        update = on_duplicate == "update"
        chosen = [r for r in preview.rows if r.status == OK or (update and r.status == DUPLICATE)]
        created: list[int] = []
        updated: list[int] = []
        try:
            with self._uow() as session:
                if preview.kind == "students":  # one query instead of one per duplicate
                    session.scalars(select(Student).where(Student.id.in_(_ids(chosen)))).all()
                staged, kept = [], []
                for i, row in enumerate(chosen):
                    done = handler.write(session, row.draft, row.existing_id)
                    if done is None:  # a duplicate that may not be changed (approved placement)
                        kept.append(row.row)
                    else:
                        staged.append(done)
                    if progress and i % 500 == 0:
                        progress(i, 2 * len(chosen))
                session.flush()  # all inserts at once; the new ids are known from here
                for i, done in enumerate(staged):
                    (updated if done.action == "update" else created).append(done.row.id)
                    if done.changes:
                        self._audit.record(
                            session,
                            action=done.action,
                            entity=handler.entity,
                            entity_id=done.row.id,
                            changes=done.changes,
                        )
                    if progress and i % 500 == 0:
                        progress(len(chosen) + i, 2 * len(chosen))
                if preview.kind == "students" and chosen:
                    if len(chosen) > 200:
                        rebuild_student_search(session)
                    else:
                        for sid in created + updated:
                            rebuild_student_search(session, sid)
                self._audit.record(
                    session,
                    action="import",
                    entity=preview.kind,
                    entity_id=None,
                    changes={
                        "file": (None, preview.source),
                        "created": (None, len(created)),
                        "updated": (None, len(updated)),
                    },
                )
        except IntegrityError as exc:  # someone saved the same record since the preview
            raise ValidationFailed([Violation("file", "import.changed")]) from exc
        skipped = sorted(
            [r.row for r in preview.rows if r.status == DUPLICATE and not update] + kept
        )
        return ImportOutcome(
            preview.kind, tuple(created), tuple(updated), tuple(skipped), tuple(bad)
        )

    def find_enterprise(self, text: str) -> int:
        """An enterprise by credit code or exact name (payroll sheets name one enterprise)."""
        code, _problem = sv.code_cell(text)
        with self._uow.read() as session:
            found = session.scalars(
                select(Enterprise.id).where(
                    (Enterprise.uscc == normalize_uscc(code)) | (Enterprise.name == sv.text(text))
                )
            ).all()
        if len(found) != 1:
            code = "import.unknown_enterprise" if not found else "import.ambiguous_enterprise"
            raise ValidationFailed([Violation("enterprise", code, {"value": text})])
        return found[0]

    # --- presets -----------------------------------------------------------------------------
    def presets(self, kind: str) -> list[PresetRow]:
        with self._uow.read() as session:
            rows = session.scalars(
                select(ImportPreset).where(ImportPreset.kind == kind).order_by(ImportPreset.name)
            ).all()
            return [PresetRow(p.id, p.kind, p.name, _load(p.mapping_json)) for p in rows]

    def save_preset(self, kind: str, name: str, mapping: Mapping[str, str | None]) -> int:
        """Create or replace the preset `name` of `kind` (header -> field)."""
        self._kind(kind)
        name = name.strip()
        problems = []
        if not name:
            problems.append(Violation("name", "required"))
        elif len(name) > 60:
            problems.append(Violation("name", "too_long", {"max": 60}))
        known = set(ih.fields_of(kind))
        if any(f and f not in known for f in mapping.values()):
            problems.append(Violation("mapping", "choice.invalid"))
        if problems:
            raise ValidationFailed(problems)
        text = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
        with self._uow() as session:
            found = session.scalar(
                select(ImportPreset).where(ImportPreset.kind == kind, ImportPreset.name == name)
            )
            old = found.mapping_json if found else None
            if found is None:
                found = ImportPreset(kind=kind, name=name, mapping_json=text)
                session.add(found)
            else:
                found.mapping_json = text
            session.flush()
            self._audit.record(
                session,
                action="update" if old else "create",
                entity="import_preset",
                entity_id=found.id,
                changes={"mapping": (old, text)},
            )
            return found.id

    def delete_preset(self, preset_id: int) -> None:
        with self._uow() as session:
            found = session.get(ImportPreset, preset_id)
            if found is None:
                raise NotFound("import_preset.not_found", id=preset_id)
            session.delete(found)
            self._audit.record(
                session,
                action="delete",
                entity="import_preset",
                entity_id=preset_id,
                changes={"name": (found.name, None)},
            )


def refused(rows: list[int]) -> Violation:
    """Why nothing was written: how many rows are invalid and which (the first 20)."""
    shown = ", ".join(str(n) for n in rows[:20]) + ("…" if len(rows) > 20 else "")
    return Violation("rows", "import.refused", {"count": len(rows), "rows": shown})


def _ids(rows: list[PreviewRow]) -> list[int]:
    return [r.existing_id for r in rows if r.existing_id is not None]


def _load(text: str) -> dict[str, str]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items() if v} if isinstance(value, dict) else {}


def _with(preview: ImportPreview, **changes: Any) -> ImportPreview:
    import dataclasses

    return dataclasses.replace(preview, **changes)


def _with_cells(row: PreviewRow, raw: list[Any]) -> PreviewRow:
    import dataclasses

    return dataclasses.replace(row, cells=tuple(raw))


def _locate(
    kind: str, grid: Grid, mapping: Mapping[str, str | None] | None
) -> tuple[int, int, list[str]] | None:
    """(header row, header row count, one label per column), by the synonyms or else by the
    headers a saved mapping names."""
    found = ih.find_header(kind, grid.rows)
    if found is None and mapping:
        keys = {ih.normalise(k) for k, v in mapping.items() if v}
        for r in range(min(ih.HEADER_SEARCH_ROWS, len(grid.rows))):
            for count in (1, 2):
                below = grid.rows[r + 1] if count == 2 and r + 1 < len(grid.rows) else None
                labels = ih.column_labels(grid.rows[r], below)
                if len(keys.intersection(_shown_labels(labels))) >= 2:
                    return r, count, labels
        return None
    if found is None:
        return None
    top, count = found
    below = grid.rows[top + 1] if count == 2 else None
    return top, count, ih.column_labels(grid.rows[top], below)


def _shown_labels(labels: list[str]) -> list[str]:
    return [label.replace("|", "") for label in labels]


def _columns(
    kind: str, header: list[Any], labels: list[str], mapping: Mapping[str, str | None] | None
) -> tuple[ImportColumn, ...]:
    auto = ih.auto_mapping(kind, labels)
    if mapping:
        chosen = {ih.normalise(k): v for k, v in mapping.items()}
        known = set(ih.fields_of(kind))
        for c, label in enumerate(_shown_labels(labels)):
            if label in chosen:
                field = chosen[label]
                auto.pop(c, None)
                if field in known:
                    for other, f in list(auto.items()):
                        if f == field:
                            del auto[other]
                    auto[c] = field
    shown = _shown_labels(labels)
    return tuple(
        ImportColumn(c, shown[c], auto.get(c)) for c in range(len(labels)) if shown[c] or c in auto
    )


def _no_header(kind: str, file: str) -> Violation:
    needed = "、".join(ih.HEADERS[kind][0][1][:1] + ih.HEADERS[kind][1][1][:1])
    return Violation("file", "import.no_header_row", {"file": file, "columns": needed})


def _missing(kind: str, fields: list[str], file: str) -> Violation:
    first = {f: synonyms[0] for f, synonyms in ih.HEADERS[kind]}
    names = "、".join(first[f] for f in fields)
    return Violation("file", "import.missing_columns", {"file": file, "columns": names})
