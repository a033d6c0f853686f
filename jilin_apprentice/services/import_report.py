"""What an import leaves behind: the JSON report (command line), the error report sheet (the
file's own rows plus a 错误原因 column, so the officer corrects them in place and imports
again) and the blank template per kind. Qt-free; the UI passes its translate function."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jilin_apprentice import messages
from jilin_apprentice.domain import import_headers as ih
from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.sheet_values import display
from jilin_apprentice.messages import join_reasons
from jilin_apprentice.services.import_dto import ImportOutcome, ImportPreview

Translate = Callable[[str, str], str]
REASON_HEADER = "错误原因"
STATUS_HEADER = "状态"
STATUS_ZH = {"ok": "可导入", "duplicate": "重复", "invalid": "有错误"}
TEMPLATE_EXAMPLES: dict[str, dict[str, str]] = {
    "students": {
        "name": "王小明",
        "id_number": "220102200903140211",
        "sex": "男",
        "class_name": "2024级汽修1班",
        "major": "汽车运用与维修",
        "phone": "13812345678",
        "enrolment_date": "2024-09-01",
        "student_no": "2024010101",
        "guardian.name": "王建国",
        "guardian.phone": "13912345678",
        "guardian.relationship": "父亲",
    },
    "enterprises": {
        "name": "长春一汽配套有限公司",
        "uscc": "91350100M000100Y43",
        "industry": "汽车",
        "contact_person": "李经理",
        "contact_phone": "0431-88888888",
        "on_post_staff": "500",
        "is_training_base": "否",
    },
    "posts": {
        "enterprise_name": "长春一汽配套有限公司",
        "title": "汽车维修工",
        "major_category": "交通运输大类",
        "physical_intensity_level": "2",
        "minor_prohibited": "否",
        "same_post_wage_fen": "4000",
        "on_post_staff": "10",
    },
}
TEMPLATE_EXAMPLES["placements"] = {
    "id_number": "220102200903140211",
    "name": "王小明",
    "enterprise_name": "长春一汽配套有限公司",
    "post": "汽车维修工",
    "type": "岗位实习",
    "source": "学校安排",
    "start_date": "2027-03-01",
    "end_date": "2027-06-30",
    "pay_amount": "2400",
}
TEXT_FIELDS = {"id_number", "uscc", "phone", "guardian.phone", "student_no", "contact_phone"}


def reason_text(v: Violation, translate: Translate | None = None) -> str:
    return messages.render(v.code, v.params, v.field, translate)


def json_report(
    preview: ImportPreview,
    outcome: ImportOutcome | None,
    *,
    dry_run: bool,
    translate: Translate | None = None,
) -> dict[str, Any]:
    """Every row with its sheet row number, status and reasons (codes and text)."""

    def items(found: tuple[Violation, ...]) -> list[dict[str, Any]]:
        return [
            {
                "field": v.field,
                "code": v.code,
                "params": _plain(v.params),
                "message": reason_text(v, translate),
            }
            for v in found
        ]

    return {
        "kind": preview.kind,
        "file": preview.source,
        "sheet": preview.sheet,
        "header_row": preview.header_row,
        "dry_run": dry_run,
        "problems": items(preview.problems),
        "columns": [
            {"column": c.index + 1, "header": c.header, "field": c.field} for c in preview.columns
        ],
        "counts": {s: preview.count(s) for s in ("ok", "duplicate", "invalid")},
        "rows": [
            {
                "row": r.row,
                "status": r.status,
                "key": r.key,
                "reasons": items(r.reasons),
                "warnings": items(r.warnings),
            }
            for r in preview.rows
        ],
        "written": None
        if outcome is None
        else {
            "created": len(outcome.created),
            "updated": len(outcome.updated),
            "skipped_duplicates": list(outcome.skipped_duplicates),
            "skipped_invalid": list(outcome.skipped_invalid),
        },
    }


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, int | float | str | bool) or v is None else str(v)
        for k, v in params.items()
    }


def write_error_report(
    preview: ImportPreview,
    path: Path,
    *,
    only_problems: bool = True,
    translate: Translate | None = None,
) -> Path:
    """The sheet's header and rows (cells as text, so ID numbers stay whole) plus 状态 and
    错误原因; by default only the rows that are not fine (invalid ones and duplicates)."""
    from openpyxl import Workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    book = Workbook()
    ws = book.active
    ws.title = "错误报告"
    width = max([c.index + 1 for c in preview.columns] + [len(r.cells) for r in preview.rows] + [0])
    headers = [""] * width
    for c in preview.columns:
        headers[c.index] = c.header
    ws.append(["行号", *headers, STATUS_HEADER, REASON_HEADER])
    for r in preview.rows:
        if only_problems and r.status == "ok" and not r.warnings:
            continue
        reasons = join_reasons(reason_text(v, translate) for v in (*r.reasons, *r.warnings))
        cells = [display(v) for v in r.cells] + [""] * (width - len(r.cells))
        ws.append([r.row, *cells, STATUS_ZH.get(r.status, r.status), reasons])
    for column in ws.iter_cols(min_col=2, max_col=width + 1):
        for cell in column:
            cell.number_format = "@"
    ws.freeze_panes = "B2"
    ws.column_dimensions[ws.cell(row=1, column=width + 3).column_letter].width = 60
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def write_template(kind: str, path: Path) -> Path:
    """A blank sheet for `kind`: the first synonym of every field as header (required ones
    marked *), one example row, code columns formatted as text so Excel keeps every digit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    required = {group[0] for group in ih.REQUIRED[kind]}
    book = Workbook()
    ws = book.active
    ws.title = {"students": "学生名单", "enterprises": "企业名单", "posts": "岗位名单",
                "placements": "实习安排"}[kind]  # fmt: skip
    fields = ih.fields_of(kind)
    ws.append([("*" if f in required else "") + dict(ih.HEADERS[kind])[f][0] for f in fields])
    example = TEMPLATE_EXAMPLES.get(kind, {})
    ws.append([example.get(f, "") for f in fields])
    for index, f in enumerate(fields, start=1):
        letter = ws.cell(row=1, column=index).column_letter
        ws.cell(row=1, column=index).font = Font(bold=True)
        ws.column_dimensions[letter].width = 22 if f in TEXT_FIELDS else 14
        if f in TEXT_FIELDS:
            for r in range(2, 1002):
                ws.cell(row=r, column=index).number_format = "@"
    ws.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
