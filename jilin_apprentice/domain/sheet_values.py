"""Cell values of imported sheets, normalised (issue 7 import; rulebook §5 data formats).

Pure functions over what a spreadsheet reader hands back (str, float, int, date, datetime,
bool, None or ""). Real school sheets contain full-width digits and letters, stray spaces,
phones stored as numbers and dates in half a dozen Chinese spellings; all of that is read.
ID numbers and credit codes stored as numbers are the exception: Excel keeps 15 significant
digits, so an 18-digit number has already lost its last digits. They are refused with a code
that says so (R-ID-1), never "repaired".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

# "1.10105E+17", "2.2e17", "1E+17"; not "9122010112345E6789" (a credit code may hold an E)
SCIENTIFIC = re.compile(r"[+-]?[0-9]+(\.[0-9]+[eE][+-]?[0-9]+|[eE][+-][0-9]+)")
DATE_TEXT = re.compile(r"([0-9]{4})\s*[年/.\-]\s*([0-9]{1,2})\s*[月/.\-]\s*([0-9]{1,2})\s*日?")
DATE_TIME_TAIL = re.compile(r"[T ]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?$")
COMPACT_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
EXCEL_EPOCH = dt.date(1899, 12, 30)
EXCEL_SERIALS = (1, 80_000)  # 1900-01-01 .. 2119: anything else is not a date serial
SEX_WORDS = {"男": "M", "女": "F", "m": "M", "f": "F", "male": "M", "female": "F"}
YES_WORDS = {"是", "有", "y", "yes", "true", "1", "√", "✓", "对"}
NO_WORDS = {"否", "无", "n", "no", "false", "0", "×", "x", "不是"}


def is_blank(value: Any) -> bool:
    """None, "" and whitespace-only text (full-width spaces too) are an empty cell."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """NFKC (full-width letters, digits and spaces to ASCII), stripped, inner runs of
    whitespace collapsed to one space. Numbers lose a trailing ".0" (a cell typed 12)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def compact(value: Any) -> str:
    """`text` without any whitespace: names, codes, phone numbers ("王 小明" -> "王小明")."""
    return text(value).replace(" ", "")


def is_number_cell(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def code_cell(value: Any) -> tuple[str, str | None]:
    """An ID number or credit code cell: (text, problem code).

    A numeric cell is `import.code_as_number` and text in scientific notation (a CSV saved by
    Excel: "1.10105E+17") is `import.code_scientific`; both mean Excel already dropped digits
    (R-ID-1); the value comes back shortened, for the message only. Otherwise the text
    without spaces, upper-cased (a lower-case check letter x).
    """
    if is_number_cell(value):
        return _shortened(format(value, ".15g")), "import.code_as_number"
    shown = compact(value)
    if SCIENTIFIC.fullmatch(shown):
        return _shortened(shown), "import.code_scientific"
    return shown.upper(), None


def _shortened(number: str) -> str:
    """Enough of a mangled number to recognise it, not 15 digits of someone's ID (PIPL):
    "2.20102200901013e+17" -> "2.201022…e+17"; "1.10105E+17" stays as Excel shows it."""
    cut = max(number.find("e"), number.find("E"))
    mantissa, exponent = (number[:cut], number[cut:]) if cut >= 0 else (number, "")
    if len(mantissa) > 8:
        mantissa = mantissa[:8] + "…"
    return mantissa + exponent


def phone_cell(value: Any) -> str:
    """A phone as typed or as a number cell (13812345678.0 -> "13812345678")."""
    if is_number_cell(value):
        return format(int(value), "d") if float(value).is_integer() else text(value)
    return compact(value)


def date_cell(value: Any) -> tuple[dt.date | None, bool]:
    """(date, ok). Blank is (None, True).

    Accepts date and datetime cells, Excel serial numbers, 8-digit numbers (20260901) and
    text: 2026-09-01, 2026/9/1, 2026.9.1, 2026年9月1日, 20260901, with or without a time.
    """
    if is_blank(value):
        return None, True
    if isinstance(value, dt.datetime):
        return value.date(), True
    if isinstance(value, dt.date):
        return value, True
    if isinstance(value, bool):
        return None, False
    if is_number_cell(value):
        if 19_000_101 <= value <= 21_001_231 and float(value).is_integer():
            return _compact_date(str(int(value)))
        if EXCEL_SERIALS[0] <= value <= EXCEL_SERIALS[1]:
            return EXCEL_EPOCH + dt.timedelta(days=int(value)), True
        return None, False
    shown = DATE_TIME_TAIL.sub("", text(value))
    match = DATE_TEXT.fullmatch(shown)
    if match:
        return _make_date(*match.groups())
    if COMPACT_DATE.fullmatch(shown):
        return _compact_date(shown)
    return None, False


def _compact_date(digits: str) -> tuple[dt.date | None, bool]:
    match = COMPACT_DATE.fullmatch(digits)
    return _make_date(*match.groups()) if match else (None, False)


def _make_date(year: str, month: str, day: str) -> tuple[dt.date | None, bool]:
    try:
        return dt.date(int(year), int(month), int(day)), True
    except ValueError:
        return None, False


def sex_cell(value: Any) -> tuple[str | None, bool]:
    """(M/F, ok) from 男/女 (also 男性, M, male); blank is (None, True)."""
    if is_blank(value):
        return None, True
    word = compact(value).lower().removesuffix("性")
    found = SEX_WORDS.get(word)
    return found, found is not None


def yes_no_cell(value: Any) -> tuple[bool | None, bool]:
    """(flag, ok) from 是/否 and the usual spellings of yes and no; blank is (None, True)."""
    if is_blank(value):
        return None, True
    if isinstance(value, bool):
        return value, True
    word = compact(value).lower()
    if word in YES_WORDS:
        return True, True
    if word in NO_WORDS:
        return False, True
    return None, False


def int_cell(value: Any) -> tuple[int | None, bool]:
    """(whole number, ok) from a number cell or text such as "１２" or "12人"."""
    if is_blank(value):
        return None, True
    if isinstance(value, bool):
        return None, False
    if is_number_cell(value):
        return (int(value), True) if float(value).is_integer() else (None, False)
    shown = compact(value).removesuffix("人").removesuffix("名").replace(",", "")
    return (int(shown), True) if re.fullmatch(r"[+-]?[0-9]+", shown) else (None, False)


def display(value: Any) -> str:
    """A cell as text for a report: dates ISO, numbers as Excel shows them (15 digits)."""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}" if value.time() != dt.time() else f"{value:%Y-%m-%d}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if is_number_cell(value) and not float(value).is_integer():
        return format(value, ".15g")
    if is_number_cell(value) and abs(value) >= 10**15:
        return format(value, ".15g")
    return text(value)
