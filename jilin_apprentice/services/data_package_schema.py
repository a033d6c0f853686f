"""The provincial data package's columns, its JSON Schema, and a small validator (R-PLAT-1).

One `Col` list per CSV file is the single source of truth: the writer takes the column order
from it, schema.json is generated from it (JSON Schema draft 2020-12, one `$defs` entry per file
describing one row as an object), and `validate_folder` reads the CSVs back, turns each cell
into its typed value by the CSV rules below and checks it against the schema. The validator
covers only the keywords schema.json uses (type, format date, enum, pattern, minimum, maxLength,
required, additionalProperties), so no jsonschema dependency is needed.

CSV rules: UTF-8 with BOM, comma-separated, header row of column names, RFC 4180 quoting; an
empty cell is null; booleans are `true`/`false`; dates ISO `YYYY-MM-DD`; money in yuan with two
decimals; text that could start a spreadsheet formula carries a leading `'`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_ID = "https://jilin-apprentice.example/schemas/data-package/1/schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Col:
    name: str
    type: str  # string | integer | number | boolean | date
    title: str  # Chinese title (the national field name where one exists)
    required: bool = False
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    max_length: int | None = None
    description: str = ""


USCC = r"^[0-9A-HJ-NPQRTUWXY]{18}$"  # GB 32100 character set (R-USCC-1)
MASKED = r"^[^*]*\*+[^*]*$"
PLAIN_ID = r"^[0-9A-Za-z]{1,32}$"
PLAIN_PHONE = r"^[0-9+ -]{3,20}$"
TYPES = ("cognitive", "post", "apprenticeship")
STATUSES = ("draft", "approved", "active", "completed", "terminated")
PAYERS = ("school", "enterprise", "student")


def _id_col(name: str, title: str, masked: bool, kind: str) -> Col:
    plain = PLAIN_ID if kind == "id" else PLAIN_PHONE
    note = "masked (first 6 and last 4 shown)" if kind == "id" else "masked (3 + 4 shown)"
    return Col(
        name,
        "string",
        title,
        required=kind == "id",
        pattern=MASKED if masked else plain,
        description=note if masked else "in full (an administrator's export)",
    )


def columns(masked: bool) -> dict[str, list[Col]]:
    """The columns of every CSV file of the package, in file order."""
    return {
        "placements.csv": [
            Col("placement_id", "integer", "实习记录编号", True),
            Col("student_no", "string", "学号", max_length=20),
            Col("student_name", "string", "姓名", True, max_length=60),
            _id_col("id_number", "身份证号", masked, "id"),
            Col("class_name", "string", "班级", True),
            Col("major_name", "string", "专业", True),
            Col("enterprise_uscc", "string", "企业编号（统一社会信用代码）", True, pattern=USCC),
            Col("enterprise_name", "string", "实习单位名称", True),
            Col("post_title", "string", "受训岗位名称", True),
            Col("placement_type", "string", "实习类型", True, enum=TYPES),
            Col(
                "is_post_internship",
                "boolean",
                "是否是顶岗实习",
                True,
                description="true for a 岗位实习 (the 2016 term was 顶岗实习)",
            ),
            Col("status", "string", "状态", True, enum=STATUSES),
            Col("start_date", "date", "受训起始日期", True),
            Col("end_date", "date", "受训结束日期", True),
            Col("enterprise_mentor", "string", "实训导师（企业）"),
            Col("school_supervisor", "string", "实习指导教师"),
            Col("pay_amount", "number", "实习薪酬（元）", description="per pay_unit, in yuan"),
            Col("pay_unit", "string", "薪酬单位", True, enum=("month", "day", "hour")),
            Col(
                "liability_insured",
                "boolean",
                "是否购买实习责任保险",
                True,
                description="an internship liability policy covers the student on the first day",
            ),
            Col("premium_payer", "string", "保险费支付者", enum=PAYERS),
            Col("filing_ref", "string", "备案号"),
        ],
        "enterprises.csv": [
            Col("uscc", "string", "统一社会信用代码", True, pattern=USCC),
            Col("name", "string", "企业名称", True, max_length=120),
            Col("industry_code", "string", "行业代码", True),
            Col("province", "string", "所在省份", True),
            Col("county_code", "string", "区县代码", pattern=r"^[0-9]{6}$"),
            Col("on_post_staff", "integer", "在岗职工人数", True),
            Col("credit_status", "string", "信用状况", True, enum=("good", "watch", "restricted")),
            Col("is_training_base", "boolean", "是否实训基地", True),
            Col("placements", "integer", "本年度实习人次", True),
        ],
        "students.csv": [
            Col("student_no", "string", "学号", max_length=20),
            Col("name", "string", "姓名", True, max_length=60),
            _id_col("id_number", "身份证号", masked, "id"),
            Col("sex", "string", "性别", True, enum=("M", "F")),
            Col("birth_date", "date", "出生日期", True),
            Col("class_name", "string", "班级", True),
            Col("major_code", "string", "专业代码", True),
            Col("major_name", "string", "专业", True),
            Col("enrolment_date", "date", "入学日期", True),
            Col("study_mode", "string", "学习形式", True, enum=("full_time", "part_time")),
            Col(
                "status",
                "string",
                "学籍状态",
                True,
                enum=("enrolled", "suspended", "graduated", "withdrawn"),
            ),
            _id_col("phone", "手机", masked, "phone"),
        ],
        "insurance.csv": [
            Col("policy_no", "string", "保单号", True),
            Col("insurer", "string", "保险公司", True),
            Col(
                "policy_type",
                "string",
                "险种",
                True,
                enum=("internship_liability", "personal_accident", "work_injury"),
            ),
            Col("sum_insured_per_person", "number", "每人保额（元）"),
            Col("premium", "number", "保费（元）"),
            Col("premium_payer", "string", "保险费支付者", True, enum=PAYERS),
            Col("policy_start", "date", "保单起始日期", True),
            Col("policy_end", "date", "保单终止日期", True),
            Col("student_no", "string", "学号"),
            Col("student_name", "string", "姓名", True),
            _id_col("id_number", "身份证号", masked, "id"),
            Col("cover_start", "date", "保障开始日期", True),
            Col("cover_end", "date", "保障结束日期", True),
            Col("placement_id", "integer", "实习记录编号"),
        ],
    }


def _property(col: Col) -> dict[str, Any]:
    base: dict[str, Any] = {"title": col.title}
    if col.description:
        base["description"] = col.description
    if col.type == "date":
        base.update(type="string", format="date")
    elif col.type == "number":
        base.update(type="number", minimum=0, multipleOf=0.01)
    elif col.type == "integer":
        base.update(type="integer", minimum=0)
    else:
        base["type"] = col.type
    if col.enum:
        base["enum"] = list(col.enum)
    if col.pattern:
        base["pattern"] = col.pattern
    if col.max_length:
        base["maxLength"] = col.max_length
    if not col.required:
        base["type"] = [base["type"], "null"]
        if col.enum:
            base["enum"] = [*col.enum, None]
    return base


def build_schema(masked: bool) -> dict[str, Any]:
    """schema.json: a package object whose properties are the files, each an array of rows."""
    defs = {}
    for file, cols in columns(masked).items():
        defs[file.removesuffix(".csv")] = {
            "type": "object",
            "title": file,
            "x-columns": [c.name for c in cols],
            "properties": {c.name: _property(c) for c in cols},
            "required": [c.name for c in cols],
            "additionalProperties": False,
        }
    return {
        "$schema": DRAFT,
        "$id": SCHEMA_ID,
        "title": "Jilin Apprentice provincial data package (R-PLAT-1, R-JL-3)",
        "description": "Each CSV file is an array of rows (CSV rules: docs/data-package.md).",
        "type": "object",
        "properties": {
            f"{name}.csv": {"type": "array", "items": {"$ref": f"#/$defs/{name}"}} for name in defs
        },
        "$defs": defs,
    }


# --- reading back and validating ----------------------------------------------------------


def parse_cell(text: str, prop: dict[str, Any]) -> Any:
    """A CSV cell as the typed value the schema describes (the CSV rules in the docstring)."""
    if text == "":
        return None
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    if "boolean" in kinds:
        return {"true": True, "false": False}.get(text, text)
    if "integer" in kinds:
        return int(text) if re.fullmatch(r"-?[0-9]+", text) else text
    if "number" in kinds:
        try:
            return float(text)
        except ValueError:
            return text
    return text


def _type_ok(value: Any, kind: str) -> bool:
    return {
        "null": value is None,
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, int | float) and not isinstance(value, bool),
    }[kind]


def check_value(value: Any, prop: dict[str, Any]) -> str | None:
    """Why `value` breaks `prop`, or None."""
    kinds = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    if not any(_type_ok(value, k) for k in kinds):
        return f"not of type {kinds}: {value!r}"
    if value is None:
        return None
    if "enum" in prop and value not in prop["enum"]:
        return f"not one of {prop['enum']}: {value!r}"
    if isinstance(value, str):
        if prop.get("format") == "date":
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"not a date: {value!r}"
            if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
                return f"not a YYYY-MM-DD date: {value!r}"
        if "pattern" in prop and not re.search(prop["pattern"], value):
            return f"does not match {prop['pattern']}: {value!r}"
        if "maxLength" in prop and len(value) > prop["maxLength"]:
            return f"longer than {prop['maxLength']}: {value!r}"
    if isinstance(value, int | float) and "minimum" in prop and value < prop["minimum"]:
        return f"below {prop['minimum']}: {value!r}"
    return None


def validate_folder(folder: Path) -> list[str]:
    """Every problem found in a written package (empty when it matches its own schema.json)."""
    schema = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    for file, spec in schema["properties"].items():
        row_schema = schema["$defs"][spec["items"]["$ref"].rsplit("/", 1)[1]]
        props = row_schema["properties"]
        with (folder / file).open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            if header != row_schema["x-columns"]:
                problems.append(f"{file}: header {header} differs from the schema")
                continue
            for number, cells in enumerate(reader, start=2):
                if len(cells) != len(header):
                    problems.append(f"{file}:{number}: {len(cells)} cells, not {len(header)}")
                    continue
                for name, text in zip(header, cells, strict=True):
                    why = check_value(parse_cell(text, props[name]), props[name])
                    if why:
                        problems.append(f"{file}:{number}:{name}: {why}")
    return problems
