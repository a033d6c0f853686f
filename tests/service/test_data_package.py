"""The provincial data package: CSV + schema.json + manifest.json, valid against its schema."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services.data_package_schema import (
    DRAFT,
    build_schema,
    check_value,
    parse_cell,
    validate_folder,
)
from jilin_apprentice.storage.models import Placement
from tests.factories import build_world, insure

FILES = ["placements.csv", "enterprises.csv", "students.csv", "insurance.csv"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_demo_package_validates_against_its_own_schema(demo_services, tmp_path) -> None:
    result = demo_services.exports.data_package(tmp_path / "pkg", 2026)
    assert result.masked and result.year == 2026
    assert validate_folder(tmp_path / "pkg") == []
    assert all(result.rows(name) > 0 for name in FILES)
    assert (tmp_path / "pkg" / "placements.csv").read_bytes()[:3] == b"\xef\xbb\xbf"  # BOM
    manifest = json.loads((tmp_path / "pkg" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["year"] == 2026 and manifest["masked"] is True
    assert [f["name"] for f in manifest["files"]] == [*FILES, "schema.json"]
    for entry in manifest["files"]:
        data = (tmp_path / "pkg" / entry["name"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        if entry["rows"] is not None:
            assert entry["rows"] == len(_rows(tmp_path / "pkg" / entry["name"]))
    for row in _rows(tmp_path / "pkg" / "students.csv"):
        assert "*" in row["id_number"]


def test_placements_of_the_year_only_with_the_national_fields(services, tmp_path) -> None:
    world = build_world(services)
    first, second = world.students[:2]
    insure(services, first)  # liability cover 2027-03-01 .. 2027-06-30
    with services.uow() as session:
        for student, start, end in (
            (first, dt.date(2027, 3, 1), dt.date(2027, 6, 30)),
            (second, dt.date(2026, 12, 1), dt.date(2027, 1, 15)),  # overlaps both years
            (second, dt.date(2028, 3, 1), dt.date(2028, 4, 1)),  # not in 2027
        ):
            session.add(
                Placement(
                    student_id=student, enterprise_id=world.enterprise, post_id=world.post,
                    type="post", start_date=start, end_date=end, pay_amount_fen=300_000,
                )
            )  # fmt: skip
    services.exports.data_package(tmp_path / "p", 2027)
    assert validate_folder(tmp_path / "p") == []
    placements = _rows(tmp_path / "p" / "placements.csv")
    assert [p["start_date"] for p in placements] == ["2026-12-01", "2027-03-01"]
    late, insured = placements
    assert insured["liability_insured"] == "true" and insured["premium_payer"] == "school"
    assert late["liability_insured"] == "false" and late["premium_payer"] == ""
    assert insured["is_post_internship"] == "true" and insured["pay_amount"] == "3000.00"
    assert insured["enterprise_uscc"] == "91350100M000100Y43"
    assert len(_rows(tmp_path / "p" / "students.csv")) == 2
    (enterprise,) = _rows(tmp_path / "p" / "enterprises.csv")
    assert enterprise["placements"] == "2"
    (cover,) = _rows(tmp_path / "p" / "insurance.csv")
    assert cover["policy_type"] == "internship_liability" and cover["cover_end"] == "2027-06-30"


def test_unmasked_package_has_full_numbers_and_a_matching_schema(services, tmp_path) -> None:
    world = build_world(services)
    insure(services, world.students[0])
    services.exports.data_package(tmp_path / "full", 2027, unmasked=True)
    assert validate_folder(tmp_path / "full") == []
    (cover,) = _rows(tmp_path / "full" / "insurance.csv")
    assert "*" not in cover["id_number"] and len(cover["id_number"]) == 18
    manifest = json.loads((tmp_path / "full" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["masked"] is False


def test_an_empty_year_still_writes_headers_schema_and_manifest(services, tmp_path) -> None:
    result = services.exports.data_package(tmp_path / "empty", 2030)
    assert all(result.rows(name) == 0 for name in FILES)
    assert validate_folder(tmp_path / "empty") == []


@pytest.mark.parametrize("year", [1999, 2101])
def test_a_year_out_of_range_is_refused_before_writing(services, tmp_path, year) -> None:
    with pytest.raises(ValidationFailed) as caught:
        services.exports.data_package(tmp_path / "nope", year)
    assert caught.value.violations[0].code == "export.year.range"
    assert not (tmp_path / "nope").exists()


def test_the_validator_finds_broken_files(services, tmp_path) -> None:
    world = build_world(services)
    insure(services, world.students[0])
    folder = tmp_path / "broken"
    services.exports.data_package(folder, 2027)
    path = folder / "insurance.csv"
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace("2027-06-30", "2027-13-01", 1), encoding="utf-8-sig")
    problems = validate_folder(folder)
    assert len(problems) == 1 and "not a date" in problems[0]
    path.write_text(text.replace("policy_no,", "policy,", 1), encoding="utf-8-sig")
    assert "header" in validate_folder(folder)[0]


def test_schema_is_draft_2020_12_and_rejects_wrong_values() -> None:
    schema = build_schema(masked=True)
    assert schema["$schema"] == DRAFT
    props = schema["$defs"]["placements"]["properties"]
    assert check_value(parse_cell("post", props["placement_type"]), props["placement_type"]) is None
    assert check_value(parse_cell("intern", props["placement_type"]), props["placement_type"])
    assert check_value(parse_cell("", props["premium_payer"]), props["premium_payer"]) is None
    assert check_value(parse_cell("", props["student_name"]), props["student_name"])  # required
    assert check_value(parse_cell("yes", props["liability_insured"]), props["liability_insured"])
    assert check_value(parse_cell("-1", props["placement_id"]), props["placement_id"])
    assert check_value(parse_cell("12.5", props["pay_amount"]), props["pay_amount"]) is None
    id_prop = props["id_number"]
    assert check_value("220102200903140011", id_prop)  # a full number where masking is promised
    assert check_value("220102********0011", id_prop) is None
    assert check_value("91350100M000100Y4O", props["enterprise_uscc"])  # O is not in GB 32100


def test_every_column_is_documented() -> None:
    from jilin_apprentice.services.data_package_schema import columns

    doc = (Path(__file__).resolve().parents[2] / "docs" / "data-package.md").read_text("utf-8")
    for file, cols in columns(masked=True).items():
        assert f"### {file}" in doc
        for col in cols:
            assert f"| `{col.name}` |" in doc, (file, col.name)
