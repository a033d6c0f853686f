"""What the import service hands to the dialog and the command line (plain frozen data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jilin_apprentice.domain.errors import Violation

OK, DUPLICATE, INVALID = "ok", "duplicate", "invalid"
STATUSES = (OK, DUPLICATE, INVALID)


@dataclass(frozen=True)
class ImportColumn:
    """One sheet column: its position, its header as shown, the field it fills (or None)."""

    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class PreviewRow:
    """One data row of the sheet. `row` is the sheet's own row number (1-based, as Excel
    shows it); `key` is what duplicates are matched by, masked (ID numbers, PIPL R-PI-7);
    `cells` are the row's cell values as read (sheet_values.display shows them)."""

    row: int
    status: str
    key: str
    label: str
    reasons: tuple[Violation, ...] = ()
    warnings: tuple[Violation, ...] = ()
    existing_id: int | None = None
    cells: tuple[Any, ...] = ()
    draft: Any = field(default=None, repr=False, compare=False)  # what commit writes


@dataclass(frozen=True)
class ImportPreview:
    """The whole file, read and checked; nothing is written until ImportService.commit."""

    kind: str
    source: str  # file name
    path: str
    sheet: str
    header_row: int  # 1-based number of the (first) header row; 0 when none was found
    header_rows: int
    columns: tuple[ImportColumn, ...]
    rows: tuple[PreviewRow, ...]
    problems: tuple[Violation, ...] = ()  # the file cannot be imported at all

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def mapping(self) -> dict[str, str]:
        """Header -> field, as a preset saves it."""
        return {c.header: c.field for c in self.columns if c.field and c.header}


@dataclass(frozen=True)
class ImportOutcome:
    """What one import wrote: every id created or updated, and the rows left out."""

    kind: str
    created: tuple[int, ...]
    updated: tuple[int, ...]
    skipped_duplicates: tuple[int, ...]  # sheet row numbers
    skipped_invalid: tuple[int, ...]


@dataclass(frozen=True)
class Written:
    """One record staged by an import kind: the ORM row (its id is known once flushed), what
    was done and the changes for the audit trail (personal data already masked)."""

    row: Any
    action: str  # "create" / "update"
    changes: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class PresetRow:
    id: int
    kind: str
    name: str
    mapping: dict[str, str]
