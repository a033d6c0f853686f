"""Cell normalisation of imported sheets (domain/sheet_values.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from jilin_apprentice.domain import sheet_values as sv

D = dt.date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("  王 小明 ", "王 小明"),
        ("２０２４级汽修１班", "2024级汽修1班"),
        ("ＡＢＣ\u3000def", "ABC def"),
        (12.0, "12"),
        (12.5, "12.5"),
        (7, "7"),
    ],
)
def test_text_is_nfkc_trimmed_and_collapsed(raw, expected):
    assert sv.text(raw) == expected


def test_compact_drops_every_space():
    assert sv.compact(" 王\u3000小 明 ") == "王小明"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("220102200903140019", ("220102200903140019", None)),
        (" 22010220090314001x ", ("22010220090314001X", None)),
        ("２２０１０２２００９０３１４００１９", ("220102200903140019", None)),
        (2.20102200903140e17, ("2.201022…e+17", "import.code_as_number")),
        (220102200903140019, ("2.201022…e+17", "import.code_as_number")),
        (13812345678, ("13812345…", "import.code_as_number")),
        ("1.10105E+17", ("1.10105E+17", "import.code_scientific")),
        ("2.20102e17", ("2.20102e17", "import.code_scientific")),
        ("2.2010220090314E+17", ("2.201022…E+17", "import.code_scientific")),
        ("1E+17", ("1E+17", "import.code_scientific")),
        ("9122010112345E6789", ("9122010112345E6789", None)),
        ("", ("", None)),
    ],
)
def test_code_cell_refuses_numbers_and_scientific_notation(raw, expected):
    assert sv.code_cell(raw) == expected


def test_code_cell_does_not_take_a_bool_for_a_number():
    assert sv.code_cell(True)[1] is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (13812345678.0, "13812345678"),
        (13812345678, "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        (None, ""),
    ],
)
def test_phone_cell(raw, expected):
    assert sv.phone_cell(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-09-01", (D(2026, 9, 1), True)),
        ("2026/9/1", (D(2026, 9, 1), True)),
        ("2026.9.1", (D(2026, 9, 1), True)),
        ("2026年9月1日", (D(2026, 9, 1), True)),
        ("2026 年 9 月 1 日", (D(2026, 9, 1), True)),
        ("２０２６年９月１日", (D(2026, 9, 1), True)),
        ("20260901", (D(2026, 9, 1), True)),
        (20260901, (D(2026, 9, 1), True)),
        ("2026-09-01 00:00:00", (D(2026, 9, 1), True)),
        ("2026-09-01T08:30", (D(2026, 9, 1), True)),
        (46266, (D(2026, 9, 1), True)),  # Excel serial
        (46266.5, (D(2026, 9, 1), True)),
        (1, (D(1899, 12, 31), True)),
        (dt.datetime(2026, 9, 1, 8, 0), (D(2026, 9, 1), True)),
        (D(2026, 9, 1), (D(2026, 9, 1), True)),
        (None, (None, True)),
        ("  ", (None, True)),
        ("2026-02-30", (None, False)),
        ("2026-13-01", (None, False)),
        ("20261301", (None, False)),
        ("九月一日", (None, False)),
        ("2026-9", (None, False)),
        (0, (None, False)),
        (80_001, (None, False)),
        (-3, (None, False)),
        (True, (None, False)),
    ],
)
def test_date_cell(raw, expected):
    assert sv.date_cell(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("男", ("M", True)),
        ("女", ("F", True)),
        (" 男性 ", ("M", True)),
        ("F", ("F", True)),
        ("male", ("M", True)),
        ("", (None, True)),
        ("未知", (None, False)),
    ],
)
def test_sex_cell(raw, expected):
    assert sv.sex_cell(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("是", (True, True)),
        ("否", (False, True)),
        ("Y", (True, True)),
        ("no", (False, True)),
        ("√", (True, True)),
        (1, (True, True)),
        (0.0, (False, True)),
        (True, (True, True)),
        (None, (None, True)),
        ("也许", (None, False)),
    ],
)
def test_yes_no_cell(raw, expected):
    assert sv.yes_no_cell(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (12, (12, True)),
        (12.0, (12, True)),
        (12.5, (None, False)),
        ("３２０", (320, True)),
        ("1,200", (1200, True)),
        ("12人", (12, True)),
        ("", (None, True)),
        ("十二", (None, False)),
        (False, (None, False)),
    ],
)
def test_int_cell(raw, expected):
    assert sv.int_cell(raw) == expected
