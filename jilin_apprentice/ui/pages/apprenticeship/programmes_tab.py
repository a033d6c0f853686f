"""Programmes and cohorts: the programme list on top; below, the selected programme's cohort
(who, both mentors, progress, where today, findings) and its training plan.

A splitter keeps both halves usable at 1366×768; each list searches, sorts and exports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from jilin_apprentice.domain.errors import DomainError
from jilin_apprentice.services.programme_dto import MemberRow, ModuleRow, ProgrammeRow
from jilin_apprentice.ui import labels
from jilin_apprentice.ui.dialogs.enrol_dialog import EnrolDialog, MemberDialog
from jilin_apprentice.ui.dialogs.programme_dialog import (
    ModuleDialog,
    ProgrammeDialog,
    level_label,
    place_label,
)
from jilin_apprentice.ui.dialogs.progress_dialog import ProgressDialog
from jilin_apprentice.ui.errors import translate_error
from jilin_apprentice.ui.finding_text import rule_title
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.models.insurance_models import (
    Column,
    date_col,
    int_col,
    period_text,
    text_col,
)
from jilin_apprentice.ui.pages.insurance_page import ListTab

SPLITTER_KEY = "apprenticeships/programmesSplitter"


class ProgrammeColumns(QObject):
    """Column sets of the three lists (never subclassed)."""

    def finding_titles(self, findings: tuple[Any, ...]) -> str:
        """Rule titles, blocking first; R-APP-5 names the missing mentor."""
        own = {
            "enterprise": self.tr("No enterprise mentor"),
            "school": self.tr("No school mentor"),
        }
        titles = []
        for f in findings:
            title = own.get(f.params.get("role", "")) if f.rule_id == "R-APP-5" else None
            titles.append(title or rule_title(f.rule_id))
        return "; ".join(dict.fromkeys(titles))

    def programmes(self) -> list[Column[ProgrammeRow]]:
        return [
            text_col(self.tr("Programme"), lambda p: p.draft.name, tip=True),
            text_col(self.tr("Type"), lambda p: labels.programme(p.draft.programme)),
            text_col(self.tr("Enterprise"), lambda p: p.enterprise_name, tip=True),
            text_col(self.tr("Class"), lambda p: p.class_name),
            int_col(self.tr("Apprentices"), lambda p: p.member_count),
            int_col(self.tr("Findings"), lambda p: p.finding_count, flag=lambda p: p.blocking),
            date_col(self.tr("From"), lambda p: p.draft.start_date),
            date_col(self.tr("To"), lambda p: p.draft.end_date),
            text_col(self.tr("Target level"), lambda p: level_label(p.draft.target_level)),
            text_col(
                self.tr("Agreement no."),
                lambda p: p.draft.training_agreement_ref,
                flag=lambda p: any(f.rule_id == "R-APP-2" for f in p.findings),
            ),
            int_col(self.tr("Modules"), lambda p: p.module_count),
            int_col(self.tr("Planned hours"), lambda p: p.planned_hours),
        ]

    def cohort(self) -> list[Column[MemberRow]]:
        none = "—"

        def progress(m: MemberRow) -> str:
            return f"{m.percent} % ({m.hours_done}/{m.hours_planned} h)"

        return [
            text_col(self.tr("Student"), lambda m: m.student_name),
            text_col(self.tr("Class"), lambda m: m.class_name),
            text_col(
                self.tr("Findings"),
                lambda m: self.finding_titles(m.findings),
                flag=lambda m: m.blocking,
                tip=True,
            ),
            text_col(
                self.tr("Enterprise mentor"),
                lambda m: m.enterprise_mentor_name or none,
                flag=lambda m: m.enterprise_mentor_name is None,
            ),
            text_col(
                self.tr("School mentor"),
                lambda m: m.school_mentor_name or none,
                flag=lambda m: m.school_mentor_name is None,
            ),
            Column(self.tr("Progress"), progress, key=lambda m: m.percent, cell=progress),
            Column(
                self.tr("Modules passed"),
                lambda m: f"{m.modules_passed} / {m.modules_total}",
                key=lambda m: m.modules_passed,
            ),
            text_col(self.tr("Today"), lambda m: place_label(m.today_place) or none),
            text_col(self.tr("Status"), lambda m: labels.placement_status(m.status)),
            text_col(self.tr("ID number"), lambda m: m.id_masked),
        ]

    def modules(self) -> list[Column[ModuleRow]]:
        return [
            int_col(self.tr("No."), lambda m: m.seq),
            text_col(self.tr("Module"), lambda m: m.draft.name, tip=True),
            text_col(self.tr("Taught at"), lambda m: place_label(m.draft.place)),
            int_col(self.tr("Planned hours"), lambda m: m.draft.planned_hours),
            text_col(self.tr("Rotation post"), lambda m: m.post_title),
            text_col(
                self.tr("Rotation"),
                lambda m: (
                    period_text(m.draft.rotation_start, m.draft.rotation_end)
                    if m.draft.rotation_start or m.draft.rotation_end
                    else ""
                ),
            ),
            int_col(self.tr("Passed by"), lambda m: m.apprentices_passed),
            text_col(self.tr("Competency"), lambda m: m.draft.competency, tip=True),
        ]


def _delete_key(tab: ListTab, slot: Any) -> None:
    shortcut = QShortcut(QKeySequence.StandardKey.Delete, tab.table, slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)


class ProgrammeList(ListTab):
    def __init__(self, owner: ProgrammesTab) -> None:
        page = owner.page
        super().__init__(page, "programmes", owner.title, owner.columns.programmes())
        self.owner = owner
        self.add_action(self.tr("New programme"), self.new_programme, "Ctrl+N")
        self.needs_row = [
            self.add_action(self.tr("Edit"), self.open_current),
            self.add_action(self.tr("Delete"), self.delete_current),
        ]
        self.add_export()
        _delete_key(self, self.delete_current)

    def fetch(self) -> list[ProgrammeRow]:
        return self.page.services.programmes.list()

    def new_programme(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def _edit(self, row: ProgrammeRow | None) -> None:
        dialog = ProgrammeDialog(
            self.page.services, row.id if row else None, row.draft if row else None, self
        )
        if dialog.exec() and dialog.saved_id is not None:
            self.owner.reload(select=dialog.saved_id)

    def delete_current(self) -> None:
        row: ProgrammeRow | None = self.current()
        if row is None:
            return
        question = (
            self.tr(
                "Delete programme %1 with its training plan and the enrolment of its "
                "%2 apprentice(s)?"
            )
            .replace("%1", row.draft.name)
            .replace("%2", str(row.member_count))
        )
        if not Dialogs.confirm(self, self.tr("Delete programme"), question):
            return
        try:
            self.page.services.programmes.delete(row.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.owner.reload()


class CohortList(ListTab):
    def __init__(self, owner: ProgrammesTab) -> None:
        super().__init__(owner.page, "programmeCohort", owner.tr("Cohort"), owner.columns.cohort())
        self.owner = owner
        self.enrol_action = self.add_action(self.tr("Enrol students…"), self.enrol)
        self.needs_row = [
            self.add_action(self.tr("Edit apprentice"), self.open_current),
            self.add_action(self.tr("Remove from programme"), self.remove_current),
            self.add_action(self.tr("Progress…"), self.edit_progress),
        ]
        self.add_export()
        _delete_key(self, self.remove_current)

    def fetch(self) -> list[MemberRow]:
        programme = self.owner.programme()
        return [] if programme is None else self.page.services.programmes.cohort(programme.id)

    def enrol(self) -> None:
        programme = self.owner.programme()
        if programme is None:
            return
        dialog = EnrolDialog(self.page.services, programme, self)
        if dialog.exec() and dialog.saved_ids:
            self.owner.reload(select=programme.id)

    def open_current(self) -> None:
        member, programme = self.current(), self.owner.programme()
        if member is None or programme is None:
            return
        if MemberDialog(self.page.services, programme, member, self).exec():
            self.owner.reload(select=programme.id)

    def remove_current(self) -> None:
        member: MemberRow | None = self.current()
        if member is None:
            return
        question = self.tr(
            "Remove %1 from the programme? The enrolment and the recorded progress are deleted."
        ).replace("%1", member.student_name)
        if not Dialogs.confirm(self, self.tr("Remove apprentice"), question):
            return
        try:
            self.page.services.programmes.remove_member(member.apprenticeship_id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not removed"), translate_error(exc))
            return
        self.owner.reload(select=member.programme_id)

    def edit_progress(self) -> None:
        member: MemberRow | None = self.current()
        if member is not None and ProgressDialog(self.page.services, member, self).exec():
            self.owner.reload(select=member.programme_id)


class ModuleList(ListTab):
    def __init__(self, owner: ProgrammesTab) -> None:
        title = owner.tr("Training plan")
        super().__init__(owner.page, "programmeModules", title, owner.columns.modules())
        self.owner = owner
        self.new_action = self.add_action(self.tr("New module"), self.new_module)
        self.needs_row = [
            self.add_action(self.tr("Edit module"), self.open_current),
            self.add_action(self.tr("Delete module"), self.delete_current),
        ]
        self.add_export()
        _delete_key(self, self.delete_current)

    def fetch(self) -> list[ModuleRow]:
        programme = self.owner.programme()
        if programme is None:
            return []
        return list(self.page.services.programmes.get(programme.id).modules)

    def new_module(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def _edit(self, module: ModuleRow | None) -> None:
        programme = self.owner.programme()
        if programme is None or programme.draft.enterprise_id is None:
            return
        dialog = ModuleDialog(
            self.page.services, programme.id, programme.draft.enterprise_id, module, self
        )
        if dialog.exec():
            self.owner.reload(select=programme.id)

    def delete_current(self) -> None:
        module: ModuleRow | None = self.current()
        if module is None:
            return
        question = self.tr("Delete module %1 and the progress recorded on it?").replace(
            "%1", module.draft.name
        )
        if not Dialogs.confirm(self, self.tr("Delete module"), question):
            return
        try:
            self.page.services.programmes.delete_module(module.id)
        except DomainError as exc:
            Dialogs.warning(self, self.tr("Not deleted"), translate_error(exc))
            return
        self.owner.reload(select=module.programme_id)


class ProgrammesTab(QWidget):
    """A tab of the apprenticeships page: `title`, `load()` and `save_state()`."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.setObjectName("programmesTab")
        self.page = page
        self.title = self.tr("Programmes")
        self.columns = ProgrammeColumns(self)
        self.programmes = ProgrammeList(self)
        self.model = self.programmes.model  # the page shows its row count in the tab title
        self.cohort = CohortList(self)
        self.modules = ModuleList(self)
        self.details = QTabWidget(objectName="programmeDetails")
        self.details.setDocumentMode(True)
        self.details.addTab(self.cohort, self.cohort.title)
        self.details.addTab(self.modules, self.modules.title)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="programmeSplitter")
        self.splitter.addWidget(self.programmes)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        sizes = [int(s) for s in page.state.value(SPLITTER_KEY, "").split(",") if s.isdigit()]
        if len(sizes) == 2:
            self.splitter.setSizes(sizes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        selection = self.programmes.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self.show_programme())
        self._shown: int | None = -1
        self._enable()

    def programme(self) -> ProgrammeRow | None:
        return self.programmes.current()

    def load(self) -> None:
        """Fetch again from the services."""
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.programmes.load()
        if select is not None:
            self.programmes.select(lambda p: p.id == select)
        self._shown = -1
        self.show_programme()
        self.page.show_tab_count(self)

    def show_programme(self) -> None:
        """The cohort and plan of the selected programme (once per selection change)."""
        current = self.programme()
        key = current.id if current else None
        if key == self._shown:
            return
        self._shown = key
        self.cohort.load()
        self.modules.load()
        self._enable()

    def _enable(self) -> None:
        chosen = self.programme() is not None
        self.cohort.enrol_action.setEnabled(chosen)
        self.modules.new_action.setEnabled(chosen)
        for action in self.programmes.needs_row:
            action.setEnabled(chosen)

    def save_state(self) -> None:
        """Remember column widths and where the splitter was."""
        for tab in (self.programmes, self.cohort, self.modules):
            tab.save_state()
        self.page.state.set_value(SPLITTER_KEY, ",".join(map(str, self.splitter.sizes())))
