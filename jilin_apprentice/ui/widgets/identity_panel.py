"""Both identities of one student side by side: school side and enterprise side, with history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jilin_apprentice.services.dto import StudentDetail
from jilin_apprentice.ui import labels


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class IdentityPanel(QWidget):
    """Read-only view of a StudentDetail; personal numbers stay masked here as in lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdentityPanel")
        school = QGroupBox(self.tr("School side: student"))
        school_form = QFormLayout(school)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("name", self.tr("Name")),
            ("id", self.tr("ID number")),
            ("born", self.tr("Born / age")),
            ("class", self.tr("Class")),
            ("major", self.tr("Major (category)")),
            ("year", self.tr("Cohort / year of study")),
            ("supervisor", self.tr("School supervisor")),
            ("guardians", self.tr("Guardians")),
        ):
            self.fields[key] = _value_label(f"school_{key}")
            school_form.addRow(text, self.fields[key])
        enterprise = QGroupBox(self.tr("Enterprise side: intern / apprentice"))
        ent_layout = QVBoxLayout(enterprise)
        ent_form = QFormLayout()
        for key, text in (
            ("employer", self.tr("Current enterprise")),
            ("kind", self.tr("Arrangement")),
            ("post", self.tr("Post")),
            ("mentor", self.tr("Enterprise mentor")),
            ("period", self.tr("Period")),
        ):
            self.fields[key] = _value_label(f"enterprise_{key}")
            ent_form.addRow(text, self.fields[key])
        ent_layout.addLayout(ent_form)
        ent_layout.addWidget(QLabel(self.tr("History")))
        self.history = QTableWidget(0, 5)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                self.tr("To"),
                self.tr("Arrangement"),
                self.tr("Enterprise"),
                self.tr("Status"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        ent_layout.addWidget(self.history)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(school, 1)
        layout.addWidget(enterprise, 1)
        self.show_student(None)

    def show_student(self, d: StudentDetail | None) -> None:
        for label in self.fields.values():
            label.setText("—")
        self.history.setRowCount(0)
        if d is None:
            return
        f = self.fields
        f["name"].setText(f"{d.name}（{labels.sex(d.sex)}）")
        f["id"].setText(d.id_number_masked)
        f["born"].setText(
            self.tr("%1, %2 years")
            .replace("%1", d.birth_date.isoformat())
            .replace("%2", str(d.age_today))
        )
        f["class"].setText(d.class_name)
        f["major"].setText(f"{d.major_name}（{d.major_category}）")
        f["year"].setText(
            self.tr("Cohort %1, year %2")
            .replace("%1", str(d.cohort_year))
            .replace("%2", str(d.grade_year))
        )
        f["supervisor"].setText(d.school_supervisor_name or self.tr("(none)"))
        f["guardians"].setText(
            "；".join(f"{g.name}（{g.relationship}）" for g in d.guardians) or self.tr("(none)")
        )
        current = d.current
        if current is not None:
            f["employer"].setText(current.enterprise_name)
            kind = labels.placement_kind(current.kind)
            if current.programme:
                kind = f"{kind}（{labels.programme(current.programme)}）"
            f["kind"].setText(kind)
            f["post"].setText(current.post_title or "—")
            f["mentor"].setText(current.mentor_name or self.tr("(none)"))
            f["period"].setText(
                f"{current.start_date.isoformat()} – {current.end_date.isoformat()}"
            )
        else:
            f["employer"].setText(self.tr("At school (no current placement)"))
        self.history.setRowCount(len(d.history))
        for row, side in enumerate(d.history):
            arrangement = (
                labels.programme(side.programme)
                if side.programme
                else labels.placement_kind(side.kind)
            )
            values = (
                side.start_date.isoformat(),
                side.end_date.isoformat(),
                arrangement,
                side.enterprise_name,
                labels.placement_status(side.status),
            )
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()
