"""Tests for jilin_apprentice.domain.masking (R-PI-7 masked display, log scrubbing)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jilin_apprentice.domain.masking import mask_id_number, mask_phone, mask_text_pii
from jilin_apprentice.domain.validators import make_resident_id

ID = "220102200806151234"  # masking does not validate; the check character is irrelevant here


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        (ID, "220102********1234"),
        ("11010519491231002x", "110105********002X"),
        (" 110105 19491231 002X ", "110105********002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "110105********002X"),
        ("110105491231002", "110105*****1002"),  # legacy 15-digit
        ("1234567890", "**********"),  # too short to show anything safely
        ("", ""),
    ],
)
def test_mask_id_number(raw: str, masked: str) -> None:
    assert mask_id_number(raw) == masked


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("0431-88888888", "043*****8888"),
        ("1234567", "*******"),
        ("", ""),
    ],
)
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            "学生身份证号220102200806151234，电话13812345678。",
            "学生身份证号220102********1234，电话138****5678。",
        ),
        ("id=11010519491231002x phone=19912345678", "id=110105********002X phone=199****5678"),
        ("ID 220102 20080615 1234 ok", "ID 220102********1234 ok"),
        ("ID 220102-20080615-1234", "ID 220102********1234"),
        ("ID １１０１０５１９４９１２３１００２Ｘ", "ID 110105********002X"),
        ("call +86 138-1234-5678 now", "call 138****5678 now"),
        ("call +8613812345678", "call 138****5678"),
        ("call 0086 138 1234 5678", "call 138****5678"),
        ("(13812345678)", "(138****5678)"),
        ("a:13812345678,b:12812345678", "a:138****5678,b:128****5678"),
        ("tel13812345678", "tel138****5678"),
        ("ORD13812345678X", "ORD138****5678X"),  # over-masking inside a token is accepted
        ("idno220102200806151234abc", "idno220102********1234abc"),
    ],
)
def test_mask_text_pii_masks(text: str, masked: str) -> None:
    assert mask_text_pii(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "no personal data here, 2024-06-15 12:00:00",
        "card 6222021234567890123",  # 19 digits: not an ID or a mobile
        "ts=1718438400123",  # 13-digit millisecond timestamp
        "count 1381234567",  # 10 digits
        "already 220102********1234 and 138****5678",
    ],
)
def test_mask_text_pii_leaves_other_text_alone(text: str) -> None:
    assert mask_text_pii(text) == text


def test_mask_text_pii_is_idempotent() -> None:
    once = mask_text_pii(f"{ID} 13812345678")
    assert mask_text_pii(once) == once


@given(
    prefix=st.text(alphabet="学生电话号码：，。 abc", max_size=10),
    suffix=st.text(alphabet="学生电话号码：，。 xyz", min_size=1, max_size=10),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 1, 1)),
    seq=st.integers(min_value=0, max_value=999),
    mobile=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
)
def test_no_full_number_survives(
    prefix: str, suffix: str, birth: date, seq: int, mobile: str
) -> None:
    number = make_resident_id("220102", birth, seq, "M")
    out = mask_text_pii(f"{prefix}{number}{suffix}{mobile}{suffix}")
    assert number not in out
    assert mobile not in out
    assert number[:6] + "********" + number[-4:] in out
