"""Pay spreadsheets: an enterprise's payroll sheet in (preview, then commit), and the monthly
confirmation sheet out. openpyxl, which costs start-up time, is imported only when a sheet is
read (payroll_grid) or written (pay_confirmation_sheet).

Real payroll sheets are messy: a title above the header, headers merged over two rows, stray
and full-width characters, ID numbers that Excel turned into numbers (it keeps 15 significant
digits, so the last three of an 18-digit ID are lost), dates as serials or Chinese text. The
preview reads what it can, matches each row to a student (ID number first, else the name among
the enterprise's placements) and says why a row cannot be used; nothing is saved until
`commit`, which saves every row or none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from jilin_apprentice.domain.enums import PlacementStatus
from jilin_apprentice.domain.errors import NotFound, ValidationFailed, Violation
from jilin_apprentice.domain.masking import mask_id_number
from jilin_apprentice.domain.pay_checks import deduction_kind, payment_violations, same_name
from jilin_apprentice.domain.pay_schedule import money_fen, plain_text, sheet_date
from jilin_apprentice.domain.validators import normalize_id_number, parse_resident_id
from jilin_apprentice.services.pay_confirmation_sheet import write_sheet
from jilin_apprentice.services.pay_dto import (
    ArrearsRow,
    BulkRow,
    ConfirmationHeading,
    DeductionDraft,
    ImportPreview,
    ImportResult,
    ImportRow,
    PaymentDraft,
    RecordedPayment,
)
from jilin_apprentice.services.payroll_grid import find_header, read_grid, skip_row
from jilin_apprentice.storage.models import (
    Enterprise,
    Payment,
    Placement,
    SchoolClass,
    SchoolProfile,
    Student,
)
from jilin_apprentice.storage.uow import UnitOfWork

SCIENTIFIC = re.compile(r"[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+")


class PaymentBook(Protocol):
    """Where the import saves (PayLedgerService; a Protocol keeps the imports one-way)."""

    def bulk_entry(
        self, enterprise_id: int, month: dt.date, rows: Sequence[BulkRow]
    ) -> list[RecordedPayment]: ...


@dataclass(frozen=True)
class _Known:
    """A placement at the enterprise, with its student, for matching."""

    placement_id: int
    student_id: int
    name: str
    id_number: str
    start: dt.date
    end: dt.date
    paid: bool  # has pay terms, so pay periods


class PayrollImportService:
    """Preview a payroll sheet against the enterprise's placements, then save it whole."""

    def __init__(self, uow: UnitOfWork, ledger: PaymentBook, today: Callable[[], dt.date]) -> None:
        self._uow = uow
        self._ledger = ledger
        self._today = today

    def preview(
        self,
        enterprise_id: int,
        path: Path,
        *,
        month: dt.date,
        paid_on: dt.date | None = None,
        sheet: str | None = None,
    ) -> ImportPreview:
        """Read `path` (.xlsx, or .csv in UTF-8 or GBK) as `month`'s payroll of the enterprise.

        `paid_on` is the date for rows without one (a sheet without a date column).
        """
        month = month.replace(day=1)
        source = Path(path).name
        try:
            grid = read_grid(Path(path), sheet)
        except (OSError, ValueError, KeyError) as exc:
            problem = Violation("file", "import.unreadable", {"file": source, "error": str(exc)})
            return ImportPreview(enterprise_id, month, source, 0, {}, (), (problem,))
        found = find_header(grid)
        if found is None:
            problem = Violation("file", "import.no_header", {"file": source})
            return ImportPreview(enterprise_id, month, source, 0, {}, (), (problem,))
        header_row, data_from, columns = found
        headers = {f: str(grid[header_row][c] or "").strip() for f, c in columns.items()}
        data = [
            (number + 1, {f: grid[number][c] for f, c in columns.items() if c < len(grid[number])})
            for number in range(data_from, len(grid))
            if not skip_row(grid[number], columns)
        ]
        ctx = self._context(enterprise_id, month, paid_on, source, headers, data)
        rows = tuple(_read_row(number, cells, ctx) for number, cells in data)
        problems = () if rows else (Violation("file", "import.no_rows", {"file": source}),)
        return ImportPreview(enterprise_id, month, source, header_row + 1, headers, rows, problems)

    def _context(
        self,
        enterprise_id: int,
        month: dt.date,
        paid_on: dt.date | None,
        source: str,
        headers: dict[str, str],
        data: Sequence[tuple[int, dict[str, Any]]],
    ) -> _Context:
        """What the rows are matched and checked against, read in one session."""
        numbers = {normalize_id_number(plain_text(cells.get("id_number"))) for _, cells in data}
        with self._uow.read() as session:
            enterprise = session.get(Enterprise, enterprise_id)
            known = _placements(session, enterprise_id)
            elsewhere = select(Student.id_number).where(Student.id_number.in_(numbers))
            recorded = select(Payment.placement_id, Payment.paid_on, Payment.amount_fen)
            recorded = recorded.where(Payment.placement_id.in_([k.placement_id for k in known]))
            return _Context(
                month=month,
                default_date=paid_on,
                known=known,
                elsewhere=set(session.scalars(elsewhere)),
                recorded={tuple(row) for row in session.execute(recorded)},
                source=source,
                payer=enterprise.name if enterprise else None,
                cut_header=headers.get("deduction", ""),
                today=self._today(),
            )

    def commit(self, preview: ImportPreview, *, skip_invalid: bool = False) -> ImportResult:
        """Save the valid rows in one transaction; with any invalid row (unless skipped) nothing
        is saved and ValidationFailed lists every problem with its sheet row."""
        if preview.problems:
            raise ValidationFailed(list(preview.problems))
        bad = preview.invalid
        if bad and not skip_invalid:
            raise ValidationFailed([v for r in bad for v in r.problems])
        good = preview.valid
        if not good:
            raise ValidationFailed([Violation("file", "import.no_rows", {"file": preview.source})])
        bulk = [BulkRow(r.placement_id, r.draft) for r in good]  # type: ignore[arg-type]
        try:
            saved = self._ledger.bulk_entry(preview.enterprise_id, preview.month, bulk)
        except ValidationFailed as exc:  # changed since the preview: report by sheet row
            raise ValidationFailed(
                [_sheet_row(v, [r.row for r in good]) for v in exc.violations]
            ) from exc
        return ImportResult(tuple(p.payment_id for p in saved), tuple(r.row for r in bad))


# --- one row ----------------------------------------------------------------------------------


def _id_problem(value: Any) -> tuple[str, Violation | None]:
    """(normalised number, why it cannot be used); numbers are refused, never repaired."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        shown = format(value, ".15g")
        return "", Violation("id_number", "import.id_as_number", {"value": shown})
    text = plain_text(value)
    if SCIENTIFIC.fullmatch(text):
        return "", Violation("id_number", "import.id_scientific", {"value": text})
    number = normalize_id_number(text)
    parsed, problems = parse_resident_id(number)
    blocking = [p for p in problems if p.severity == "block"]
    return number, (blocking[0] if parsed is None and blocking else None)


@dataclass(frozen=True)
class _Context:
    """What every row of one sheet is read against."""

    month: dt.date
    default_date: dt.date | None
    known: Sequence[_Known]
    elsewhere: set[str]  # ID numbers of students anywhere in the school
    recorded: set[tuple[Any, ...]]  # (placement, date, amount) of payments already saved
    source: str
    payer: str | None
    cut_header: str
    today: dt.date


def _amounts(cells: dict[str, Any]) -> tuple[int | None, int, list[Violation]]:
    """(gross, deduction, problems) from 应发 / 实发 / 扣款, whichever the sheet has."""
    problems, fen = [], {}
    for column in ("net", "gross", "deduction"):
        fen[column], ok = money_fen(cells.get(column))
        if not ok:
            problems.append(Violation("amount", "import.amount_format", {"column": column}))
    net, gross, cut = fen["net"], fen["gross"], fen["deduction"]
    if net is not None and gross is not None and cut is not None and gross - cut != net:
        params = {"gross_fen": gross, "deduction_fen": cut, "net_fen": net}
        problems.append(Violation("amount", "import.amounts_disagree", params))
    if gross is None and net is not None:
        gross = net + (cut or 0)
    if cut is None:
        cut = gross - net if gross is not None and net is not None and gross > net else 0
    if gross is None:
        problems.append(Violation("amount", "required"))
    return gross, cut, problems


def _read_row(number: int, cells: dict[str, Any], ctx: _Context) -> ImportRow:
    name = unicodedata.normalize("NFKC", str(cells.get("name") or "")).strip()
    raw_id = cells.get("id_number")
    number_id, id_problem = ("", None) if plain_text(raw_id) == "" else _id_problem(raw_id)
    problems = [id_problem] if id_problem else []
    gross, cut, amount_problems = _amounts(cells)
    problems += amount_problems
    paid_on, ok = sheet_date(cells.get("paid_on"))
    if not ok:
        problems.append(Violation("paid_on", "import.date_format"))
    paid_on = paid_on or (ctx.default_date if ok else None)
    note = unicodedata.normalize("NFKC", str(cells.get("note") or "")).strip() or None
    candidates, how, who_problem = _match(name, number_id, id_problem, ctx.known, ctx.elsewhere)
    problems += [who_problem] if who_problem else []
    chosen = _in_month(candidates, ctx.month)
    shown_id = mask_id_number(number_id) if number_id else plain_text(raw_id)
    row = ImportRow(number, name, shown_id, gross, cut, paid_on, note, matched_by=how)
    if chosen is not None:
        row = dataclasses.replace(
            row,
            student_id=chosen.student_id,
            student_name=chosen.name,
            placement_id=chosen.placement_id,
        )
    if chosen is not None and gross is not None:
        kind = deduction_kind(note)
        kind = kind if kind != "other" else deduction_kind(ctx.cut_header)
        deductions = (DeductionDraft(kind, cut, note or ctx.cut_header),) if cut else ()
        reference = f"{ctx.source}:{number}" + (f" {note}" if note else "")
        draft = PaymentDraft(paid_on, gross, chosen.name, payer=ctx.payer, note=reference)
        draft = dataclasses.replace(draft, deductions=deductions)
        seen = {p.field for p in problems}  # one problem per field is enough
        problems += [v for v in _payment_problems(draft, chosen, ctx) if v.field not in seen]
        if (chosen.placement_id, paid_on, gross) in ctx.recorded:
            problems.append(Violation("row", "import.duplicate_payment"))
        row = dataclasses.replace(row, draft=draft)
    return dataclasses.replace(row, problems=tuple(_numbered(p, number) for p in problems))


def _payment_problems(draft: PaymentDraft, chosen: _Known, ctx: _Context) -> list[Violation]:
    """What the ledger will refuse (dates, amounts, deductions), shown before anything is saved;
    the ledger checks again when the rows are saved."""
    problems = payment_violations(
        paid_on=draft.paid_on,
        amount_fen=draft.amount_fen,
        method=draft.method,
        payee_name=draft.payee_name,
        deductions=[(d.kind, d.amount_fen, d.reason) for d in draft.deductions],
        student_name=chosen.name,
        placement_start=chosen.start,
        today=ctx.today,
    )
    last = ctx.month + relativedelta(day=31)
    if not chosen.paid or chosen.start > last or chosen.end < ctx.month:
        month = ctx.month.isoformat()
        problems.append(Violation("period", "payment.no_period", {"period": month}))
    return problems


def _match(
    name: str,
    number: str,
    id_problem: Violation | None,
    known: Sequence[_Known],
    elsewhere: set[str],
) -> tuple[list[_Known], str | None, Violation | None]:
    """Placements of the student the row names: by ID number, else by name. A row whose ID
    number is unusable matches nobody: its name alone could pick a namesake."""
    if id_problem is not None:
        return [], None, None
    if number:
        hits = [k for k in known if k.id_number == number]
        if not hits:
            code = "import.not_at_enterprise" if number in elsewhere else "import.unknown_student"
            return [], None, Violation("id_number", code, {"name": name})
        if name and not same_name(name, hits[0].name):
            params = {"name": name, "student": hits[0].name}
            return hits, "id_number", Violation("name", "import.name_mismatch", params)
        return hits, "id_number", None
    if not name:
        return [], None, Violation("name", "required")
    hits = [k for k in known if same_name(k.name, name)]
    if not hits:
        return [], None, Violation("name", "import.unknown_student", {"name": name})
    if len({k.student_id for k in hits}) > 1:
        return [], None, Violation("name", "import.ambiguous_name", {"name": name})
    return hits, "name", None


def _in_month(candidates: Sequence[_Known], month: dt.date) -> _Known | None:
    """The placement running in `month`, else the latest begun by then, else the first."""
    if not candidates:
        return None
    last = month + relativedelta(day=31)
    running = [k for k in candidates if k.start <= last and k.end >= month]
    begun = sorted((k for k in candidates if k.start <= last), key=lambda k: k.start)
    return running[0] if running else begun[-1] if begun else candidates[0]


def _numbered(v: Violation, row: int) -> Violation:
    return v if "row" in v.params else Violation(v.field, v.code, {**v.params, "row": row})


def _sheet_row(v: Violation, sheet_rows: Sequence[int]) -> Violation:
    """A ledger violation numbers rows 1..n as sent; give it the sheet's row number."""
    if "row" not in v.params:
        return v
    return Violation(v.field, v.code, {**v.params, "row": sheet_rows[int(v.params["row"]) - 1]})


def _placements(session: Any, enterprise_id: int) -> list[_Known]:
    stmt = (
        select(
            Placement.id,
            Student.id,
            Student.name,
            Student.id_number,
            Placement.start_date,
            Placement.end_date,
            Placement.pay_amount_fen.is_not(None),
        )
        .join(Student, Student.id == Placement.student_id)
        .where(Placement.enterprise_id == enterprise_id)
        .where(Placement.status != PlacementStatus.DRAFT)
        .order_by(Placement.start_date, Placement.id)
    )
    return [_Known(*row) for row in session.execute(stmt)]


# --- the confirmation sheet -----------------------------------------------------------------


def write_confirmation_sheet(
    uow: UnitOfWork, enterprise_id: int, month: dt.date, rows: Sequence[ArrearsRow], path: Path
) -> int:
    """The monthly sheet (see PayLedgerService.confirmation_sheet) from the month's arrears
    rows of one enterprise; returns the number of intern lines."""
    with uow.read() as session:
        enterprise = session.get(Enterprise, enterprise_id)
        if enterprise is None:
            raise NotFound("enterprise.not_found", id=enterprise_id)
        school = session.scalar(select(SchoolProfile.name).limit(1)) or ""
        people = session.execute(
            select(Placement.id, SchoolClass.name, Student.id_number)
            .join(Student, Student.id == Placement.student_id)
            .join(SchoolClass, SchoolClass.id == Student.class_id)
            .where(Placement.id.in_([r.placement_id for r in rows]))
        ).all()
        heading = ConfirmationHeading(enterprise.name, school, month.replace(day=1))
    who = {pid: (cls, mask_id_number(number)) for pid, cls, number in people}
    lines = sorted(((*who[r.placement_id], r) for r in rows), key=lambda x: x[:2])
    write_sheet(path, heading, lines)
    return len(lines)
