"""write_xlsx hardening (issue 7): formula injection, typed money, headers, big sheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jilin_apprentice.services.table_export import (
    YUAN_FORMAT,
    Yuan,
    neutralise,
    write_xlsx,
)

DANGEROUS = [
    '=HYPERLINK("http://evil","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(A1)",
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_that_could_start_a_formula_gets_a_leading_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["", "李思文", "1+1", "a=b", "'=x", " =1", "２０２６", "—"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text  # only the first character counts; "'=x" is already inert


def test_every_dangerous_cell_is_stored_as_inert_text(tmp_path: Path) -> None:
    rows = [[t, -5, -2.5] for t in DANGEROUS]
    sheet = load_workbook(write_xlsx(tmp_path / "x.xlsx", "t", ["Note", "N", "M"], rows)).active
    for number, text in enumerate(DANGEROUS, start=2):
        cell = sheet.cell(row=number, column=1)
        assert cell.data_type == "s"
        # the cell holds the apostrophe (openpyxl may drop a \r on read-back; the prefix stays)
        assert cell.value.startswith("'") and cell.value.lstrip("'\r") == text.lstrip("\r")
        assert sheet.cell(row=number, column=2).value == -5  # numbers are never prefixed
        assert sheet.cell(row=number, column=3).value == -2.5


def test_a_dangerous_header_is_neutralised_too(tmp_path: Path) -> None:
    sheet = load_workbook(write_xlsx(tmp_path / "h.xlsx", "t", ["=cmd", "姓名"], [])).active
    assert [c.value for c in sheet[1]] == ["'=cmd", "姓名"]


def test_money_in_fen_is_a_yuan_number_with_a_yen_format(tmp_path: Path) -> None:
    rows: list[list[object]] = [[Yuan(186050), Yuan(0), Yuan(-100), None]]
    sheet = load_workbook(write_xlsx(tmp_path / "m.xlsx", "t", ["A", "B", "C", "D"], rows)).active
    a, b, c, d = sheet[2]
    assert a.value == 1860.5 and a.number_format == YUAN_FORMAT
    assert b.value == 0 and b.number_format == YUAN_FORMAT
    assert c.value == -1 and c.data_type == "n"
    assert d.value is None


def test_dates_datetimes_counts_and_booleans_keep_their_types(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 11, 26, 9, 30)
    rows: list[list[object]] = [[dt.date(2026, 2, 28), moment, 12, True]]
    sheet = load_workbook(write_xlsx(tmp_path / "d.xlsx", "t", ["A", "B", "C", "D"], rows)).active
    a, b, c, d = sheet[2]
    assert a.value == dt.datetime(2026, 2, 28) and a.number_format == "yyyy-mm-dd"
    assert b.value == moment and b.number_format == "yyyy-mm-dd hh:mm"
    assert c.value == 12 and isinstance(c.value, int) and c.number_format == "General"
    assert d.value is True


def test_rows_may_be_a_generator_and_long_sheet_titles_are_cut(tmp_path: Path) -> None:
    rows = ([i, f"r{i}"] for i in range(3))
    path = write_xlsx(tmp_path / "g.xlsx", "一二三四五六七八九十" * 4, ["n", "t"], rows)
    sheet = load_workbook(path).active
    assert sheet.max_row == 4 and sheet.auto_filter.ref == "A1:B4"
    assert len(sheet.title) == 31


def test_an_unwritable_target_raises_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "taken.xlsx"
    target.mkdir()  # a folder where the file should go: os.replace fails
    with pytest.raises(OSError):
        write_xlsx(target, "t", ["a"], [[1]])
    assert [p.name for p in tmp_path.iterdir()] == ["taken.xlsx"]
