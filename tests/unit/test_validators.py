"""Tests for jilin_apprentice.domain.validators (rulebook 5: R-ID-*, R-USCC-*, R-PHONE-*)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc

from jilin_apprentice.domain.errors import Violation
from jilin_apprentice.domain.validators import (
    ResidentId,
    age_on,
    date_turning,
    id_check_char,
    is_known_area_code,
    make_resident_id,
    normalize_id_number,
    normalize_phone,
    normalize_uscc,
    org_code_check_char,
    parse_resident_id,
    uscc_check_char,
    validate_mobile,
    validate_phone_any,
    validate_uscc,
)

TODAY = date(2025, 6, 1)

# Reference implementations copied from the rulebook (section 5), used as independent oracles.
_RULEBOOK_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_RULEBOOK_ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_RULEBOOK_WU = [pow(3, i, 31) for i in range(17)]


def rulebook_id_check_char(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, _RULEBOOK_W, strict=True)) % 11]


def rulebook_uscc_check_char(body17: str) -> str:
    s = sum(_RULEBOOK_ALPH.index(c) * w for c, w in zip(body17, _RULEBOOK_WU, strict=True))
    return _RULEBOOK_ALPH[(31 - s % 31) % 31]


def with_id_check(body17: str) -> str:
    return body17 + rulebook_id_check_char(body17)


def with_uscc_check(body17: str) -> str:
    return body17 + rulebook_uscc_check_char(body17)


def _v(field: str, code: str, params: dict | None = None, severity: str = "block") -> Violation:
    return Violation(field, code, params or {}, severity)


def codes(violations: list[Violation]) -> list[str]:
    return [v.code for v in violations]


# --------------------------------------------------------------------------- resident ID


@pytest.mark.parametrize(
    ("number", "birth", "sex", "area"),
    [
        ("11010519491231002X", date(1949, 12, 31), "F", "110105"),  # GB 11643 example
        ("370101190102039973", date(1901, 2, 3), "M", "370101"),
    ],
)
def test_rulebook_worked_examples_parse(number: str, birth: date, sex: str, area: str) -> None:
    rid, violations = parse_resident_id(number, today=TODAY)
    assert violations == []
    assert rid == ResidentId(number, birth, sex, area, True)


def test_rulebook_1880_example_has_valid_checksum_but_fails_the_1900_bound() -> None:
    assert id_check_char("44052418800101001") == "4"
    rid, violations = parse_resident_id("440524188001010014", today=TODAY)
    assert rid is None
    assert codes(violations) == ["id.birth_date"]
    assert violations[0].params == {"reason": "before_1900"}
    assert violations[0].severity == "block"


def test_check_char_matches_rulebook_sums() -> None:
    assert id_check_char("11010519491231002") == "X"  # S = 167, Y = 2
    assert id_check_char("44052418800101001") == "4"  # S = 195, Y = 8
    assert id_check_char("37010119010203997") == "3"  # S = 262, Y = 9


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_char_agrees_with_rulebook_and_stdnum(body: str) -> None:
    expected = rulebook_id_check_char(body)
    assert id_check_char(body) == expected
    assert stdnum_ric.calc_check_digit(body + "0") == expected


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "110105\u300019491231\u3000002X",
        "\t110105194912\n31002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "\ufeff11010519491231002X\u200b",
    ],
)
def test_normalisation_accepts_spacing_full_width_and_lower_case_x(raw: str) -> None:
    assert normalize_id_number(raw) == "11010519491231002X"
    rid, violations = parse_resident_id(raw, today=TODAY)
    assert violations == []
    assert rid is not None and rid.number == "11010519491231002X"


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", None])
def test_empty_is_required(raw: str) -> None:
    assert parse_resident_id(raw, today=TODAY) == (None, [_v("id_number", "required")])


def test_legacy_15_digit_number_blocks() -> None:
    rid, violations = parse_resident_id("110105491231002", today=TODAY)
    assert rid is None
    assert codes(violations) == ["id.legacy_15"]
    assert violations[0].severity == "block"


@pytest.mark.parametrize(
    ("raw", "length"),
    [
        ("1101051949123100", 16),
        ("11010519491231002", 17),
        ("11010519491231002X1", 19),
        ("11010519491231002Y", 18),
        ("X1010519491231002X", 18),
        ("1101051949123100X2", 18),
        ("110105-19491231-002X", 20),  # hyphens are not stripped from ID numbers
        ("٣٧٠١٠١١٩٠١٠٢٠٣٩٩٧٣", 18),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_format_violations(raw: str, length: int) -> None:
    rid, violations = parse_resident_id(raw, today=TODAY)
    assert rid is None
    assert violations == [_v("id_number", "id.format", {"length": length})]


def test_checksum_violation_reports_expected_char() -> None:
    rid, violations = parse_resident_id("110105194912310021", today=TODAY)
    assert rid is None
    assert violations == [_v("id_number", "id.checksum", {"expected": "X"})]


@pytest.mark.parametrize(
    ("yyyymmdd", "reason"),
    [
        ("20080230", "not_a_date"),
        ("20090229", "not_a_date"),  # 2009 is not a leap year
        ("20081301", "not_a_date"),
        ("20080001", "not_a_date"),
        ("20080100", "not_a_date"),
        ("18991231", "before_1900"),
        ("20250602", "future"),  # TODAY + 1 day
        ("29990101", "future"),
    ],
)
def test_birth_date_violations(yyyymmdd: str, reason: str) -> None:
    number = with_id_check(f"220102{yyyymmdd}123")
    rid, violations = parse_resident_id(number, today=TODAY)
    assert rid is None
    assert violations == [_v("id_number", "id.birth_date", {"reason": reason})]


@pytest.mark.parametrize(
    "birth", [date(1900, 1, 1), date(2008, 2, 29), TODAY, TODAY - timedelta(days=1)]
)
def test_birth_date_boundaries_accepted(birth: date) -> None:
    number = with_id_check(f"220102{birth:%Y%m%d}123")
    rid, violations = parse_resident_id(number, today=TODAY)
    assert violations == []
    assert rid is not None and rid.birth_date == birth


def test_today_defaults_to_the_real_date() -> None:
    tomorrow = date.today() + timedelta(days=1)
    rid, violations = parse_resident_id(with_id_check(f"220102{tomorrow:%Y%m%d}123"))
    assert rid is None and codes(violations) == ["id.birth_date"]


def test_checksum_and_date_are_both_reported() -> None:
    body = "22010220080230123"
    wrong = "0" if rulebook_id_check_char(body) != "0" else "1"
    rid, violations = parse_resident_id(body + wrong, today=TODAY)
    assert rid is None
    assert codes(violations) == ["id.checksum", "id.birth_date"]


def test_unknown_area_is_only_a_warning() -> None:
    number = with_id_check("99000020080615123")
    rid, violations = parse_resident_id(number, field="student.id_number", today=TODAY)
    assert rid is not None
    assert rid.area_code == "990000" and rid.area_known is False
    assert violations == [
        _v("student.id_number", "id.area_unknown", {"area_code": "990000"}, "warn")
    ]


def test_unlisted_code_under_known_province_is_unknown_not_a_crash() -> None:
    # stdnum's get_birth_place raises KeyError for this one; we must not.
    with pytest.raises(KeyError):
        stdnum_ric.get_birth_place(with_id_check("22999920080615123"))
    rid, violations = parse_resident_id(with_id_check("22999920080615123"), today=TODAY)
    assert rid is not None and rid.area_known is False
    assert codes(violations) == ["id.area_unknown"]


@pytest.mark.parametrize(
    ("area", "birth"),
    [
        ("220102", date(2008, 6, 15)),  # 长春市南关区
        ("220102", date(1949, 10, 1)),  # code dates from 1983; stdnum's year check would refuse
        ("220184", date(2008, 6, 15)),  # 公主岭市, code since 2020: number issued after re-zoning
        ("220201", date(2008, 6, 15)),  # 吉林市市辖区
        ("110103", date(2015, 1, 1)),  # 崇文区, abolished 2010: old codes stay valid (R-ID-6)
    ],
)
def test_known_areas_including_jilin(area: str, birth: date) -> None:
    rid, violations = parse_resident_id(make_resident_id(area, birth, 123, "F"), today=TODAY)
    assert violations == []
    assert rid is not None and rid.area_known is True


@pytest.mark.parametrize(
    ("code", "known"),
    [("220102", True), ("220000", True), ("990000", False), ("22010", False), ("22010X", False)],
)
def test_is_known_area_code(code: str, known: bool) -> None:
    assert is_known_area_code(code) is known


@pytest.mark.parametrize(("seq_digit", "sex"), [("1", "M"), ("2", "F"), ("9", "M"), ("0", "F")])
def test_sex_from_parity_of_position_17(seq_digit: str, sex: str) -> None:
    rid, _ = parse_resident_id(with_id_check(f"2201022008061512{seq_digit}"), today=TODAY)
    assert rid is not None and rid.sex == sex


def test_make_resident_id_reproduces_gb_example() -> None:
    assert make_resident_id("110105", date(1949, 12, 31), 2, "F") == "11010519491231002X"


@pytest.mark.parametrize(
    ("seq", "sex", "expected_seq"),
    [(0, "F", "000"), (0, "M", "001"), (999, "M", "999"), (999, "F", "998"), (2, "M", "003")],
)
def test_make_resident_id_forces_parity(seq: int, sex: str, expected_seq: str) -> None:
    assert make_resident_id("220102", date(2008, 6, 15), seq, sex)[14:17] == expected_seq


@pytest.mark.parametrize(
    ("area", "seq", "sex"),
    [
        ("22010", 1, "M"),
        ("22010a", 1, "M"),
        ("220102", -1, "M"),
        ("220102", 1000, "F"),
        ("220102", 1, "m"),
        ("220102", 1, "X"),
    ],
)
def test_make_resident_id_rejects_bad_arguments(area: str, seq: int, sex: str) -> None:
    with pytest.raises(ValueError):
        make_resident_id(area, date(2008, 6, 15), seq, sex)


@given(
    area=st.text(alphabet="0123456789", min_size=6, max_size=6),
    birth=st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    seq=st.integers(min_value=0, max_value=999),
    sex=st.sampled_from(["M", "F"]),
)
def test_make_resident_id_round_trips(area: str, birth: date, seq: int, sex: str) -> None:
    number = make_resident_id(area, birth, seq, sex)
    rid, violations = parse_resident_id(number, today=TODAY)
    assert rid is not None
    assert (rid.number, rid.birth_date, rid.sex, rid.area_code) == (number, birth, sex, area)
    assert all(v.severity == "warn" for v in violations)
    assert stdnum_ric.calc_check_digit(number) == number[-1]


# --------------------------------------------------------------------------- age (周岁)


@pytest.mark.parametrize(
    ("on", "age"),
    [(date(2024, 6, 14), 15), (date(2024, 6, 15), 16), (date(2024, 6, 16), 16)],
)
def test_age_around_16th_birthday(on: date, age: int) -> None:
    assert age_on(date(2008, 6, 15), on) == age


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(2023, 2, 28), 14),
        (date(2023, 3, 1), 15),
        (date(2024, 2, 28), 15),
        (date(2024, 2, 29), 16),  # leap year: the real birthday
        (date(2024, 3, 1), 16),
        (date(2025, 2, 28), 16),  # common year: birthday is 1 Mar, not 28 Feb
        (date(2025, 3, 1), 17),
    ],
)
def test_age_for_29_february_birthday(on: date, age: int) -> None:
    assert age_on(date(2008, 2, 29), on) == age


def test_relativedelta_alone_would_count_28_february() -> None:
    # Documents why age_on corrects relativedelta for 29 Feb birthdays.
    assert relativedelta(date(2025, 2, 28), date(2008, 2, 29)).years == 17
    assert date(2008, 2, 29) + relativedelta(years=17) == date(2025, 2, 28)


def test_age_on_birth_day_is_zero_and_earlier_dates_are_refused() -> None:
    assert age_on(date(2008, 6, 15), date(2008, 6, 15)) == 0
    with pytest.raises(ValueError):
        age_on(date(2008, 6, 15), date(2008, 6, 14))


def test_date_turning() -> None:
    assert date_turning(date(2008, 6, 15), 16) == date(2024, 6, 15)
    assert date_turning(date(2008, 2, 29), 16) == date(2024, 2, 29)
    assert date_turning(date(2008, 2, 29), 17) == date(2025, 3, 1)
    assert date_turning(date(2008, 2, 29), 0) == date(2008, 2, 29)


@given(
    birth=st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    years=st.integers(min_value=1, max_value=100),
)
def test_age_changes_exactly_on_date_turning(birth: date, years: int) -> None:
    turning = date_turning(birth, years)
    assert age_on(birth, turning) == years
    assert age_on(birth, turning - timedelta(days=1)) == years - 1


# --------------------------------------------------------------------------- USCC


def test_uscc_rulebook_valid_example() -> None:
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert validate_uscc("91350100M000100Y43") == ("91350100M000100Y43", [])


def test_uscc_rulebook_invalid_example_fails_on_charset_before_checksum() -> None:
    # Z is not in the 31-symbol set, so the format rule already refuses the final character.
    assert validate_uscc("91350100M000100Y4Z") == (
        None,
        [_v("uscc", "uscc.format", {"length": 18})],
    )


@pytest.mark.parametrize(
    ("raw", "expected"), [("91350100M000100Y44", "3"), ("91310115MA1H8R7C6D", "7")]
)
def test_uscc_checksum(raw: str, expected: str) -> None:
    assert validate_uscc(raw) == (None, [_v("uscc", "uscc.checksum", {"expected": expected})])


def test_uscc_stdnum_doc_example_is_valid() -> None:
    assert validate_uscc("91110000600037341L") == ("91110000600037341L", [])


@given(st.text(alphabet=_RULEBOOK_ALPH, min_size=17, max_size=17))
def test_uscc_check_char_agrees_with_rulebook(body: str) -> None:
    assert uscc_check_char(body) == rulebook_uscc_check_char(body)


@pytest.mark.parametrize(
    "raw",
    [
        "91350100m000100y43",
        " 9135 0100 M000 100Y 43 ",
        "91350100-M000100Y4-3",
        "９１３５０１００Ｍ０００１００Ｙ４３",
    ],
)
def test_uscc_normalisation(raw: str) -> None:
    assert normalize_uscc(raw) == "91350100M000100Y43"
    assert validate_uscc(raw) == ("91350100M000100Y43", [])


@pytest.mark.parametrize(
    ("raw", "length"),
    [
        ("91350100M000100Y4", 17),
        ("91350100M000100Y433", 19),
        ("913501O0M000100Y43", 18),  # letter in the area part
        ("91350100M000I00Y43", 18),
        ("91350100M000S00Y43", 18),
        ("91350100M000V00Y43", 18),
        ("O1350100M000100Y43", 18),
        ("91350100M000100Y4?", 18),
    ],
)
def test_uscc_format(raw: str, length: int) -> None:
    assert validate_uscc(raw, field="enterprise.uscc") == (
        None,
        [_v("enterprise.uscc", "uscc.format", {"length": length})],
    )


def test_uscc_required() -> None:
    assert validate_uscc(" ") == (None, [_v("uscc", "required")])
    assert validate_uscc("", required=False) == (None, [])


def test_uscc_authority_y_is_accepted_although_stdnum_refuses_it() -> None:
    code = with_uscc_check("Y1220102M000100Y4")
    assert stdnum_uscc.is_valid(code) is False
    assert validate_uscc(code) == (code, [])


@pytest.mark.parametrize("authority", ["0", "B", "X"])
def test_uscc_unknown_authority_warns(authority: str) -> None:
    code = with_uscc_check(f"{authority}1220102M000100Y4")
    assert validate_uscc(code) == (
        code,
        [_v("uscc", "uscc.authority_unknown", {"authority": authority}, "warn")],
    )


def test_uscc_authorities_are_configurable() -> None:
    code = with_uscc_check("N1220102M000100Y4")
    assert validate_uscc(code) == (code, [])
    assert codes(validate_uscc(code, authorities={"1", "5", "9", "Y"})[1]) == [
        "uscc.authority_unknown"
    ]


def test_uscc_org_code_mismatch_warns() -> None:
    assert org_code_check_char("M000100Y") == "4"  # rulebook 5.3 worked example
    code = with_uscc_check("91350100M000100Y5")
    assert validate_uscc(code) == (code, [_v("uscc", "uscc.org_code", {"expected": "4"}, "warn")])


@pytest.mark.parametrize(
    ("body", "value"),
    [("00000000", "0"), ("00000006", "X"), ("00000001", "9"), ("00000003", "5")],
)
def test_org_code_check_char_maps_10_to_x_and_11_to_0(body: str, value: str) -> None:
    # S = 0 -> 11 -> "0"; S = 12 -> 11 - 1 = 10 -> "X"; S = 2 -> 9; S = 6 -> 5
    assert org_code_check_char(body) == value


def test_uscc_unknown_area_warns_but_national_level_does_not() -> None:
    unknown = with_uscc_check("91999999M000100Y4")
    assert validate_uscc(unknown) == (
        unknown,
        [_v("uscc", "uscc.area_unknown", {"area_code": "999999"}, "warn")],
    )
    national = with_uscc_check("91100000M000100Y4")
    assert validate_uscc(national) == (national, [])


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("raw", "number", "found"),
    [
        ("13812345678", "13812345678", []),
        ("19912345678", "19912345678", []),
        ("12812345678", "12812345678", ["phone.pattern"]),
        ("+86 138-1234-5678", "13812345678", []),
        ("0086 138 1234 5678", "13812345678", []),
        ("8613812345678", "13812345678", []),
        ("(+86)13812345678", "13812345678", []),
        ("１３８－１２３４－５６７８", "13812345678", []),
        ("138\u30001234\u30005678", "13812345678", []),
        ("138–1234–5678", "13812345678", []),
    ],
)
def test_mobile_accepted(raw: str, number: str, found: list[str]) -> None:
    result, violations = validate_mobile(raw)
    assert result == number
    assert codes(violations) == found
    assert all(v.severity == "warn" for v in violations)


@pytest.mark.parametrize(
    "raw",
    ["1381234567", "138123456789", "23812345678", "1381234567a", "+1 415 555 0100", "861381234567"],
)
def test_mobile_format_blocks(raw: str) -> None:
    assert validate_mobile(raw, field="guardian.phone") == (
        None,
        [_v("guardian.phone", "phone.format")],
    )


def test_mobile_empty() -> None:
    assert validate_mobile("") == (None, [])
    assert validate_mobile("  ", required=True) == (None, [_v("phone", "required")])


def test_normalize_phone() -> None:
    assert normalize_phone("+86 (138) 1234-5678") == "13812345678"
    assert normalize_phone("86 1234") == "861234"  # a bare 86 is only dropped before 11 digits


@pytest.mark.parametrize(
    ("raw", "number", "found"),
    [
        ("13812345678", "13812345678", []),
        ("12812345678", "12812345678", ["phone.pattern"]),
        ("0431-88888888", "043188888888", []),
        ("(0431) 8888888", "04318888888", []),
        ("010 12345678", "01012345678", []),
        ("+86 431 8888 8888", "043188888888", []),
        ("0086-10-12345678", "01012345678", []),
        ("+86 21 1234 5678", "02112345678", []),
        ("88888888", "88888888", ["phone.landline_pattern"]),
        ("0431-8888888-123", "04318888888123", ["phone.landline_pattern"]),
        ("0431-123456", "0431123456", ["phone.landline_pattern"]),  # not 043-1123456
        ("0123-12345678", "012312345678", ["phone.landline_pattern"]),
    ],
)
def test_phone_any_accepts_mobiles_and_landlines(raw: str, number: str, found: list[str]) -> None:
    result, violations = validate_phone_any(raw)
    assert result == number
    assert codes(violations) == found
    assert all(v.severity == "warn" for v in violations)


@pytest.mark.parametrize("raw", ["abc", "0431-8888888 转 123", "1381234567", "+86 138 1234 567"])
def test_phone_any_blocks_garbage(raw: str) -> None:
    assert validate_phone_any(raw, field="enterprise.phone") == (
        None,
        [_v("enterprise.phone", "phone.format")],
    )


def test_phone_any_empty() -> None:
    assert validate_phone_any(" ") == (None, [])
    assert validate_phone_any("", required=True) == (None, [_v("phone", "required")])
