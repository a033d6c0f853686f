"""Issue 7 codes and fields (merged into messages.CODES / FIELDS).

The import also reuses the payroll import's codes of messages_pay: import.unreadable,
import.date_format, import.amount_format.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "class_name": QT_TRANSLATE_NOOP("Fields", "Class"),
    "major": QT_TRANSLATE_NOOP("Fields", "Major"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "industry": QT_TRANSLATE_NOOP("Fields", "Industry"),
    "legal_representative": QT_TRANSLATE_NOOP("Fields", "Legal representative"),
    "contact_person": QT_TRANSLATE_NOOP("Fields", "Contact person"),
    "is_training_base": QT_TRANSLATE_NOOP("Fields", "Training base"),
    "is_intermediary_or_dispatch": QT_TRANSLATE_NOOP("Fields", "Intermediary or dispatch agency"),
    "enterprise_name": QT_TRANSLATE_NOOP("Fields", "Enterprise name"),
    "major_category": QT_TRANSLATE_NOOP("Fields", "Major category"),
    "minor_prohibited": QT_TRANSLATE_NOOP("Fields", "Closed to minors"),
    "female_prohibited": QT_TRANSLATE_NOOP("Fields", "Closed to women"),
    "on_duplicate": QT_TRANSLATE_NOOP("Fields", "Duplicates"),
    "mapping": QT_TRANSLATE_NOOP("Fields", "Column mapping"),
}

CODES: dict[str, str] = {
    "import.code_as_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} is stored as a number ({value}): Excel keeps only 15 significant digits, so "
        "the last digits are already lost. Format the column as Text in Excel, type the "
        "numbers again and import again.",
    ),
    "import.code_scientific": QT_TRANSLATE_NOOP(
        "Messages",
        "{field} reads {value}: Excel turned the number into scientific notation and its last "
        "digits are lost. Format the column as Text in Excel, type the numbers again and "
        "import again.",
    ),
    "import.no_file": QT_TRANSLATE_NOOP("Messages", "{file} does not exist or is a folder."),
    "import.empty_file": QT_TRANSLATE_NOOP("Messages", "{file} is empty (0 bytes)."),
    "import.empty_sheet": QT_TRANSLATE_NOOP(
        "Messages", "{file}: the sheet {sheet} has no cells with data."
    ),
    "import.too_big": QT_TRANSLATE_NOOP(
        "Messages", "{file} is larger than {mb} MB; split it into smaller files."
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "{file} has {rows} rows, more than the {max} one import takes; split it."
    ),
    "import.encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is protected with a password. Open it in Excel or WPS, remove the password "
        "(File ▸ Info ▸ Protect Workbook) and save it again.",
    ),
    "import.old_xls": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.",
    ),
    "import.not_spreadsheet": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a spreadsheet: save it as .xlsx or as .csv and try again."
    ),
    "import.encoding": QT_TRANSLATE_NOOP(
        "Messages", "{file} is neither UTF-8 nor GBK text; save it from Excel as .xlsx instead."
    ),
    "import.mixed_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} mixes text encodings: line {utf8} is UTF-8 but line {other} is not. Save the "
        "whole sheet again in one encoding (or as .xlsx).",
    ),
    "import.no_header_row": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: no header row was found in the first 20 rows (expected column names such as "
        "{columns}). Use the template or map the columns.",
    ),
    "import.missing_columns": QT_TRANSLATE_NOOP(
        "Messages", "{file}: required column(s) missing: {columns}."
    ),
    "import.no_data": QT_TRANSLATE_NOOP("Messages", "{file} has a header but no data rows."),
    "import.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing was imported: {count} row(s) are invalid (sheet rows {rows}). Correct them, "
        "or choose to skip invalid rows.",
    ),
    "import.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "Nothing was imported: some records were saved by someone else since the preview. "
        "Preview the file again.",
    ),
    "import.unknown_class": QT_TRANSLATE_NOOP(
        "Messages", "{field}: there is no class named {value}; add it under Settings first."
    ),
    "import.major_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the sheet says {value}, but the class belongs to another major."
    ),
    "import.sex_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{field} does not agree with the ID number; check both."
    ),
    "import.birth_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "{field} does not agree with the ID number; check both."
    ),
    "import.repeated": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the same value is already on sheet row {first}."
    ),
    "import.unknown_industry": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is not an industry of the list (e.g. 汽车, 石油化工)."
    ),
    "import.unknown_enterprise": QT_TRANSLATE_NOOP(
        "Messages", "{field}: no enterprise {value} is registered; import the enterprises first."
    ),
    "import.ambiguous_enterprise": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: more than one enterprise is named {value}; add a 统一社会信用代码 column.",
    ),
    "import.yes_no": QT_TRANSLATE_NOOP("Messages", "{field}: write 是 or 否."),
    "import.number_format": QT_TRANSLATE_NOOP("Messages", "{field}: not a whole number."),
    "import.unknown_post": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the enterprise has no post {value}; import the posts first."
    ),
    "import.unknown_id": QT_TRANSLATE_NOOP(
        "Messages", "{field}: no student has this ID number; import the students first."
    ),
    "import.unknown_person": QT_TRANSLATE_NOOP(
        "Messages", "{field}: nobody named {value} is registered (for this enterprise)."
    ),
    "import.ambiguous_person": QT_TRANSLATE_NOOP(
        "Messages", "{field}: more than one person is named {value}; choose in the placement."
    ),
    "import.placement_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This placement is no longer a draft: the sheet cannot change it (it is left as it is).",
    ),
    "import.month_format": QT_TRANSLATE_NOOP(
        "Messages", "{field}: give the month the pay is for as 2026-11."
    ),
    "import_preset.not_found": QT_TRANSLATE_NOOP("Messages", "The saved mapping no longer exists."),
}
