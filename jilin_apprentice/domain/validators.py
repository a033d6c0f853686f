"""Validators for Chinese identity numbers, credit codes and phone numbers (rulebook section 5).

Every check returns `Violation`s with stable codes instead of raising, so one form can show all
problems at once. Only the standard library, python-stdnum and python-dateutil are used here.
Warnings (severity "warn") are only reported for values that pass every blocking rule, so the
user is not buried in follow-up noise while a value is plainly wrong.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from stdnum import numdb
from stdnum.cn import uscc

from jilin_apprentice.domain.errors import Violation

WARN = "warn"

# Full-width ASCII (U+FF01..U+FF5E) maps onto ASCII by a fixed offset; Chinese IMEs produce it.
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
# Invisible characters that survive copy-paste from web pages and Word documents.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
# Dash look-alikes that users type between digit groups.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"), "-")


def _halfwidth(raw: str) -> str:
    """Map full-width ASCII to ASCII and drop invisible characters (why: IME / pasted input)."""
    return raw.translate(_HALFWIDTH).translate(_INVISIBLE)


def _strip_whitespace(text: str) -> str:
    """Remove every Unicode whitespace, including the ideographic space U+3000."""
    return "".join(text.split())


# --------------------------------------------------------------------------------------------
# Administrative-division codes (GB/T 2260), via python-stdnum's table
# --------------------------------------------------------------------------------------------

# USCC positions 3-8 use 100000 for authorities at national level; it is not a GB/T 2260 row.
_NATIONAL_REGISTRATION_AREA = "100000"
_SIX_DIGITS_RE = re.compile(r"[0-9]{6}")


@functools.lru_cache(maxsize=4096)  # an import checks two per row; a school has few codes
def is_known_area_code(code: str) -> bool:
    """True if `code` names a division in any period of stdnum's GB/T 2260 table (`cn/loc`).

    Why not `stdnum.cn.ric.get_birth_place`: it rejects codes that did not exist in the birth
    year, but the address code is that of the registration when the number was issued (often
    years after birth; R-ID-6 says old and new codes stay valid), and it raises KeyError instead
    of a ValidationError for unlisted codes under a known province (e.g. 229999).
    """
    if not _SIX_DIGITS_RE.fullmatch(code):
        return False
    props: dict[str, str] = {}
    for _part, part_props in numdb.get("cn/loc").info(code):
        props.update(part_props)
    return bool(props.get("county"))


# --------------------------------------------------------------------------------------------
# Resident identity number — GB 11643-1999 (R-ID-*)
# --------------------------------------------------------------------------------------------

_ID_RE = re.compile(r"[0-9]{17}[0-9X]")
_ID15_RE = re.compile(r"[0-9]{15}")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
MIN_BIRTH_DATE = date(1900, 1, 1)  # app sanity bound from R-ID-3, not part of the standard


@dataclass(frozen=True)
class ResidentId:
    """A resident ID number that passed every blocking rule, with the facts it encodes."""

    number: str
    birth_date: date
    sex: str  # "M" (odd position 17) or "F" (even), R-ID-5
    area_code: str
    area_known: bool


def normalize_id_number(raw: str) -> str:
    """Strip all whitespace, convert full-width characters and upper-case `x` (R-ID-1)."""
    return _strip_whitespace(_halfwidth(raw or "")).upper()


def id_check_char(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits (R-ID-2)."""
    total = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def _birth_date_problem(digits: str, today: date) -> tuple[date | None, str | None]:
    """Parse YYYYMMDD; return (date, None) or (None, reason) per R-ID-3."""
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None, "not_a_date"
    if born > today:
        return None, "future"
    if born < MIN_BIRTH_DATE:
        return None, "before_1900"
    return born, None


def parse_resident_id(
    raw: str, *, field: str = "id_number", today: date | None = None
) -> tuple[ResidentId | None, list[Violation]]:
    """Validate an 18-character resident ID; a blocking violation means no `ResidentId`.

    Codes: required, id.legacy_15, id.format, id.checksum, id.birth_date (block);
    id.area_unknown (warn). Checksum and birth date are both reported when both fail.
    """
    number = normalize_id_number(raw)
    if not number:
        return None, [Violation(field, "required")]
    if _ID15_RE.fullmatch(number):
        # First-generation cards expired in 2013; ask for the 18-digit number instead.
        return None, [Violation(field, "id.legacy_15")]
    if not _ID_RE.fullmatch(number):
        return None, [Violation(field, "id.format", {"length": len(number)})]

    blocks: list[Violation] = []
    expected = id_check_char(number[:17])
    if number[17] != expected:
        blocks.append(Violation(field, "id.checksum", {"expected": expected}))
    born, reason = _birth_date_problem(number[6:14], today or date.today())
    if reason is not None:
        blocks.append(Violation(field, "id.birth_date", {"reason": reason}))
    if blocks or born is None:
        return None, blocks

    area_known = is_known_area_code(number[:6])
    warnings: list[Violation] = []
    if not area_known:
        warnings.append(Violation(field, "id.area_unknown", {"area_code": number[:6]}, WARN))
    sex = "M" if int(number[16]) % 2 else "F"
    return ResidentId(number, born, sex, number[:6], area_known), warnings


def make_resident_id(area: str, birth: date, seq: int, sex: str) -> str:
    """Build a valid 18-digit number (demo seeding, tests); `seq` parity is forced to `sex`."""
    if not _SIX_DIGITS_RE.fullmatch(area):
        raise ValueError(f"area must be 6 digits, got {area!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq must be in 0..999, got {seq}")
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', got {sex!r}")
    seq = seq - seq % 2 + (1 if sex == "M" else 0)  # 999 stays 999 for M; 999 -> 998 for F
    body = f"{area}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return body + id_check_char(body)


# --------------------------------------------------------------------------------------------
# Age in full years (周岁), R-ID-4
# --------------------------------------------------------------------------------------------


def _is_feb29(d: date) -> bool:
    return d.month == 2 and d.day == 29


def age_on(birth: date, on: date) -> int:
    """Full years (周岁) reached on `on`; 29 Feb birthdays fall on 1 Mar in common years.

    Why the correction: `relativedelta(on, birth).years` clips 29 Feb to 28 Feb, so someone born
    2008-02-29 would already be 17 on 2025-02-28. The convention used here (a period in years
    with no matching day ends at month end, so the new age starts on 1 Mar) is the one the
    brief asks for; it is not verified against a legal text [UNCONFIRMED].
    """
    if on < birth:
        raise ValueError(f"reference date {on} is before birth date {birth}")
    years = relativedelta(on, birth).years
    if _is_feb29(birth) and on.month == 2 and on.day == 28 and not calendar.isleap(on.year):
        years -= 1
    return years


def date_turning(birth: date, years: int) -> date:
    """The day on which a person reaches `years` full years (1 Mar for 29 Feb in common years)."""
    year = birth.year + years
    if _is_feb29(birth) and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


# --------------------------------------------------------------------------------------------
# Unified social credit code — GB 32100-2015 (R-USCC-*), embedded GB 11714 code
# --------------------------------------------------------------------------------------------

_USCC_CHARS = "0-9A-HJ-NPQRTUWXY"  # 31 symbols, no I O Z S V
_USCC_RE = re.compile(rf"[{_USCC_CHARS}]{{2}}[0-9]{{6}}[{_USCC_CHARS}]{{10}}")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

# Position 1 (registration authority). Only 1, 5, 9 and Y are confirmed in the rulebook; the
# others are recalled from GB 32100 amendments [UNCONFIRMED]. Unknown values only warn.
USCC_AUTHORITIES: frozenset[str] = frozenset("123456789ANY")


def normalize_uscc(raw: str) -> str:
    """Strip whitespace and hyphens, convert full-width characters, upper-case (R-USCC-1)."""
    text = _strip_whitespace(_halfwidth(raw or "").translate(_DASHES))
    return text.replace("-", "").upper()


def uscc_check_char(body17: str) -> str:
    """GB 32100 MOD 31 check character of the first 17 characters (R-USCC-2)."""
    # stdnum's weights and alphabet match the rulebook (verified against its worked example).
    return uscc.calc_check_digit(body17[:17])


def org_code_check_char(body8: str) -> str:
    """GB 11714 check character; letters valued A=10..Z=35 (letter values [UNCONFIRMED])."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def validate_uscc(
    raw: str,
    *,
    field: str = "uscc",
    required: bool = True,
    authorities: Collection[str] = USCC_AUTHORITIES,
) -> tuple[str | None, list[Violation]]:
    """Validate a USCC; return the normalised code unless a blocking rule failed.

    Codes: required, uscc.format, uscc.checksum (block); uscc.org_code, uscc.authority_unknown,
    uscc.area_unknown (warn). stdnum's own `validate` is not used: it demands digits in
    positions 1-2 and so refuses legitimate authority codes such as Y, A and N.
    """
    code = normalize_uscc(raw)
    if not code:
        return None, [Violation(field, "required")] if required else []
    if not _USCC_RE.fullmatch(code):
        return None, [Violation(field, "uscc.format", {"length": len(code)})]
    expected = uscc_check_char(code)
    if code[17] != expected:
        return None, [Violation(field, "uscc.checksum", {"expected": expected})]

    warnings: list[Violation] = []
    if code[0] not in authorities:
        warnings.append(Violation(field, "uscc.authority_unknown", {"authority": code[0]}, WARN))
    area = code[2:8]
    if area != _NATIONAL_REGISTRATION_AREA and not is_known_area_code(area):
        warnings.append(Violation(field, "uscc.area_unknown", {"area_code": area}, WARN))
    org_expected = org_code_check_char(code[8:16])
    if code[16] != org_expected:
        warnings.append(Violation(field, "uscc.org_code", {"expected": org_expected}, WARN))
    return code, warnings


# --------------------------------------------------------------------------------------------
# Phone numbers (R-PHONE-*)
# --------------------------------------------------------------------------------------------

_MOBILE_SHAPE_RE = re.compile(r"1[0-9]{10}")
_MOBILE_RE = re.compile(r"1[3-9][0-9]{9}")
# R-PHONE-3 `^0\d{2,3}-?\d{7,8}$` is ambiguous once the hyphen is gone (0431-123456 would pass as
# 043-1123456), so the area-code length is fixed by the numbering convention: 010 and 02x have
# three digits, every other area code four.
_LANDLINE_RE = re.compile(r"0(?:10|2[0-9]|[3-9][0-9]{2})[0-9]{7,8}")
_PHONE_SEPARATORS = str.maketrans("", "", "-()")


def _split_country_code(text: str) -> tuple[str, bool]:
    """Drop a +86 / 0086 / 86 prefix; a bare 86 only if 11 digits remain (86 alone is ambiguous)."""
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            return text[len(prefix) :], True
    if text.startswith("86") and len(text) == 13:
        return text[2:], True
    return text, False


def _clean_phone(raw: str) -> tuple[str, bool]:
    """Normalise and report whether an international prefix was removed."""
    text = _strip_whitespace(_halfwidth(raw or "").translate(_DASHES))
    return _split_country_code(text.translate(_PHONE_SEPARATORS))


def normalize_phone(raw: str) -> str:
    """Remove spaces, hyphens, brackets and a +86/0086/86 prefix (R-PHONE-1)."""
    return _clean_phone(raw)[0]


def validate_mobile(
    raw: str, *, field: str = "phone", required: bool = False
) -> tuple[str | None, list[Violation]]:
    """Validate a mainland mobile number: 11 digits from 1 (block), `1[3-9]` pattern (warn).

    Codes: required, phone.format (block); phone.pattern (warn, R-PHONE-2 is only a convention).
    """
    number = normalize_phone(raw)
    if not number:
        return None, [Violation(field, "required")] if required else []
    if not _MOBILE_SHAPE_RE.fullmatch(number):
        return None, [Violation(field, "phone.format")]
    if not _MOBILE_RE.fullmatch(number):
        return number, [Violation(field, "phone.pattern", severity=WARN)]
    return number, []


def validate_phone_any(
    raw: str, *, field: str = "phone", required: bool = False
) -> tuple[str | None, list[Violation]]:
    """Accept a mobile or a landline (guardians, enterprises); returns digits only.

    A value starting with 1 is treated as a mobile (`validate_mobile`); Chinese local numbers
    never start with 1. Otherwise anything that is not all digits blocks (phone.format), and
    digits not matching `0` + area code + 7-8 digits only warn (phone.landline_pattern), since
    extensions and local numbers without an area code are real. `+86 431 ...` becomes `0431...`
    and `+86 10 ...` (Beijing) `010...`.
    """
    number, had_country_code = _clean_phone(raw)
    if not number:
        return None, [Violation(field, "required")] if required else []
    if had_country_code and number.startswith(("10", "2", "3", "4", "5", "6", "7", "8", "9")):
        number = "0" + number  # the trunk prefix 0 is dropped after +86 (Beijing is +86 10)
    if number.startswith("1"):
        return validate_mobile(raw, field=field, required=required)
    if not number.isascii() or not number.isdigit():
        return None, [Violation(field, "phone.format")]
    if not _LANDLINE_RE.fullmatch(number):
        return number, [Violation(field, "phone.landline_pattern", severity=WARN)]
    return number, []
