"""Enterprise list columns (the credit code is public registration data, so it is not masked)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from jilin_apprentice.services.dto import EnterpriseRow
from jilin_apprentice.services.reference_data import area_by_code
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.models.paged_table_model import Column, PagedSource, PagedTableModel


def county_name(code: str | None) -> str:
    """City and county (长春市南关区); an unknown code is shown as it is stored."""
    if not code:
        return ""
    area = area_by_code(code)
    return area.full_name if area else code


class EnterpriseTableModel(PagedTableModel[EnterpriseRow]):
    """Sort keys are those of `EnterpriseService.SORT_COLUMNS`; the others are unsortable."""

    def __init__(self, source: PagedSource[EnterpriseRow], parent: Any = None) -> None:
        language = QLocale().name()
        translate = QCoreApplication.translate  # literal contexts below, so lupdate extracts them
        columns: list[Column[EnterpriseRow]] = [
            Column(translate("EnterpriseTableModel", "Name"), lambda r: r.name, "name"),
            Column(translate("EnterpriseTableModel", "Credit code"), lambda r: r.uscc, "uscc"),
            Column(
                translate("EnterpriseTableModel", "Industry"),
                lambda r: labels.industry(r.industry_code, language),
                "industry_code",
            ),
            Column(
                translate("EnterpriseTableModel", "County"), lambda r: county_name(r.county_code)
            ),
            Column(
                translate("EnterpriseTableModel", "On-post staff"),
                lambda r: r.on_post_staff,
                "on_post_staff",
                align_right=True,
            ),
            Column(
                translate("EnterpriseTableModel", "Posts"), lambda r: r.post_count, align_right=True
            ),
            Column(
                translate("EnterpriseTableModel", "Credit status"),
                lambda r: labels.credit_status(r.credit_status),
                "credit_status",
            ),
            Column(
                translate("EnterpriseTableModel", "Flags"),
                lambda r: ", ".join(labels.enterprise_flag(f) for f in r.flags),
            ),
        ]
        super().__init__(source, columns, parent)
