"""Student list columns (masked ID and phone: PIPL R-PI-7)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from jilin_apprentice.services.dto import StudentRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.models.paged_table_model import Column, PagedSource, PagedTableModel


class StudentTableModel(PagedTableModel[StudentRow]):
    def __init__(self, source: PagedSource[StudentRow], parent: Any = None) -> None:
        columns: list[Column[StudentRow]] = [
            Column(
                QCoreApplication.translate("StudentTableModel", "Name"), lambda r: r.name, "name"
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Student no."),
                lambda r: r.student_no,
                "student_no",
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Sex"), lambda r: labels.sex(r.sex)
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Date of birth"),
                lambda r: r.birth_date.isoformat(),
                "birth_date",
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "ID number"),
                lambda r: r.id_number_masked,
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Mobile"), lambda r: r.phone_masked
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Class"),
                lambda r: r.class_name,
                "class_name",
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Major"), lambda r: r.major_name
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Status"),
                lambda r: labels.student_status(r.status),
                "status",
            ),
            Column(
                QCoreApplication.translate("StudentTableModel", "Current enterprise"),
                lambda r: r.enterprise_name,
            ),
        ]
        super().__init__(source, columns, parent)
