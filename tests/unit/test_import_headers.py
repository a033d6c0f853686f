"""Header synonyms and header-row detection (domain/import_headers.py)."""

from __future__ import annotations

import pytest

from jilin_apprentice.domain import import_headers as ih


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"),
        ("身份证号", "id_number"),
        ("身份证号码", "id_number"),
        ("证件号码", "id_number"),
        ("公民身份号码", "id_number"),
        ("* 身份证号码（必填）", "id_number"),
        ("身份证号(18位)", "id_number"),
        ("性别", "sex"),
        ("班级", "class_name"),
        ("专业", "major"),
        ("手机", "phone"),
        ("手机号", "phone"),
        ("联系电话", "phone"),
        ("入学日期", "enrolment_date"),
        ("入学日期(yyyy-mm-dd)", "enrolment_date"),
        ("学号", "student_no"),
        ("监护人", "guardian.name"),
        ("监护人电话", "guardian.phone"),
        ("与学生关系", "guardian.relationship"),
        ("姓　名", "name"),
        ("姓名：", "name"),
        ("籍贯", None),
        ("", None),
        (None, None),
    ],
)
def test_student_headers(header, field):
    assert ih.field_of("students", header) == field


@pytest.mark.parametrize(
    ("kind", "header", "field"),
    [
        ("enterprises", "统一社会信用代码", "uscc"),
        ("enterprises", "企业名称", "name"),
        ("enterprises", "所属行业", "industry"),
        ("enterprises", "联系电话", "contact_phone"),
        ("posts", "岗位名称", "title"),
        ("posts", "企业名称", "enterprise_name"),
        ("posts", "统一社会信用代码", "uscc"),
        ("posts", "姓名", None),
    ],
)
def test_other_kinds(kind, header, field):
    assert ih.field_of(kind, header) == field


def test_two_row_labels_join_the_merged_top_cell_to_the_one_below():
    top = ["姓名", "监护人", "监护人", "监护人"]
    below = ["姓名", "姓名", "电话", "与学生关系"]
    labels = ih.column_labels(top, below)
    assert labels == ["姓名", "监护人|姓名", "监护人|电话", "监护人|与学生关系"]
    assert ih.auto_mapping("students", labels) == {
        0: "name",
        1: "guardian.name",
        2: "guardian.phone",
        3: "guardian.relationship",
    }


def test_a_group_title_over_a_header_falls_back_to_the_lower_label():
    labels = ih.column_labels(["基本信息", "基本信息"], ["姓名", "身份证号"])
    assert ih.auto_mapping("students", labels) == {0: "name", 1: "id_number"}


def test_each_field_goes_to_its_first_column_only():
    assert ih.auto_mapping("students", ["姓名", "姓名", "手机"]) == {0: "name", 2: "phone"}


def test_find_header_skips_title_rows_and_reads_two_row_headers():
    grid = [
        ["2024级花名册", "", "", ""],
        ["", "", "", ""],
        ["姓名", "身份证号", "监护人", "监护人"],
        ["姓名", "身份证号", "姓名", "电话"],
        ["张三", "220102200903140019", "张父", "13912345678"],
    ]
    assert ih.find_header("students", grid) == (2, 2)
    assert ih.find_header("students", grid[:3] + grid[4:]) == (2, 1)


def test_find_header_needs_two_fields_and_looks_at_twenty_rows_only():
    assert ih.find_header("students", [["姓名"], ["张三"]]) is None
    grid = [["x"]] * 20 + [["姓名", "身份证号"]]
    assert ih.find_header("students", grid) is None
    assert ih.find_header("students", [["x"]] * 19 + [["姓名", "身份证号"]]) == (19, 1)


def test_data_rows_are_not_taken_for_a_second_header_row():
    grid = [["姓名", "身份证号", "班级"], ["张三", "220102200903140019", "1班"]]
    assert ih.find_header("students", grid) == (0, 1)


def test_missing_required_names_the_first_field_of_each_group():
    assert ih.missing_required("students", {0: "name"}) == ["id_number", "class_name"]
    assert ih.missing_required("posts", ["uscc", "title"]) == []
    assert ih.missing_required("posts", ["title"]) == ["enterprise_name"]


def test_every_synonym_belongs_to_one_field_per_kind():
    for kind in ih.KINDS:
        seen: dict[str, str] = {}
        for field, synonyms in ih.HEADERS[kind]:
            for s in synonyms:
                key = ih.normalise(s)
                assert seen.setdefault(key, field) == field, (kind, s)
