"""The audit panel in Settings: filters, the chain check (green / red with the broken entry
selected), the audited export; and the export of any list going into the trail (R-PI-7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from sqlalchemy import select, text

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.services import audit as audit_module
from jilin_apprentice.services.access import Principal
from jilin_apprentice.storage.models import AuditEntry
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.settings.audit_panel import AuditPanel
from jilin_apprentice.ui.state import UiState

HISTORY = [
    (dt.datetime(2026, 11, 20, 3), "liu", "create", "student", "name", "王小明"),
    (dt.datetime(2026, 11, 21, 3), "liu", "update", "student", "phone", "13812345678"),
    (dt.datetime(2026, 11, 22, 3), "zhao", "update", "enterprise", "name", "长春一汽"),
    (dt.datetime(2026, 11, 23, 3), "zhao", "delete", "placement", None, None),
]


def seed(services, monkeypatch) -> list[int]:
    writer = services.audit_trail._audit
    for at, actor, action, entity, field, new in HISTORY:
        writer.access.principal = Principal(actor, actor, Role.OFFICER)
        monkeypatch.setattr(audit_module, "utcnow", lambda at=at: at)
        changes = {field: (None, new)} if field else None
        with services.uow() as session:
            writer.record(session, action=action, entity=entity, entity_id=5, changes=changes)
    monkeypatch.undo()
    services.access.principal = Principal("admin", "管理员", Role.ADMIN, can_see_pii=True)
    with services.uow.read() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


@pytest.fixture
def panel(qtbot, services, ui_state: UiState, monkeypatch) -> AuditPanel:
    seed(services, monkeypatch)
    widget = AuditPanel(services, ui_state)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.load()
    return widget


def shown(panel: AuditPanel, col: int) -> list[str]:
    return [panel.table.item(r, col).text() for r in range(panel.table.rowCount())]


def test_newest_first_with_masked_values(panel: AuditPanel):
    assert shown(panel, 1)[:4] == ["zhao", "zhao", "liu", "liu"]
    change = shown(panel, 6)[2]
    assert change == "— → 138****5678" and "12345678" not in "".join(shown(panel, 6))


def test_each_filter_narrows_the_list(panel: AuditPanel, qtbot):
    panel.actor.setCurrentIndex(panel.actor.findData("liu"))
    qtbot.waitUntil(lambda: set(shown(panel, 1)) == {"liu"})
    assert panel.table.rowCount() == 2
    panel.action.setCurrentIndex(panel.action.findData("update"))
    panel.reload()
    assert shown(panel, 5) == ["phone"]
    panel.action.setCurrentIndex(0)
    panel.actor.setCurrentIndex(0)
    panel.entity.setCurrentIndex(panel.entity.findData("enterprise"))
    panel.reload()
    assert shown(panel, 3) == ["enterprise"]
    panel.entity.setCurrentIndex(0)
    panel.date_from.setDate(QDate(2026, 11, 21))
    panel.date_to.setDate(QDate(2026, 11, 22))
    panel.reload()
    local = [dt.datetime(2026, 11, d, 3, tzinfo=dt.UTC).astimezone() for d in (22, 21)]
    assert shown(panel, 0) == [t.strftime("%Y-%m-%d %H:%M:%S") for t in local]
    assert panel.table.rowCount() == 2
    panel.date_from.setDate(QDate(2000, 1, 1))
    panel.date_to.setDate(QDate(2000, 1, 1))
    panel.search.setText("一汽")
    panel.reload()
    assert shown(panel, 3) == ["enterprise"]
    panel.search.setText("13812345678")  # a full number finds its masked entry
    panel.reload()
    assert shown(panel, 5) == ["phone"]


def test_verify_shows_green_then_red_and_selects_the_edited_entry(panel: AuditPanel, services):
    report = panel.verify()
    assert report.intact and not panel.report.isHidden()
    assert "1b7f3b" in panel.report.styleSheet()
    with services.uow.read() as session:
        victim = session.scalar(select(AuditEntry.id).where(AuditEntry.field == "phone"))
    with services.uow() as session:
        session.execute(text("UPDATE audit_log SET new_value = '000' WHERE id = :i"), {"i": victim})
    panel.actor.setCurrentIndex(panel.actor.findData("zhao"))  # the jump clears filters
    report = panel.verify()
    assert not report.intact and report.first_break.entry_id == victim
    assert "b3261e" in panel.report.styleSheet() and str(victim) in panel.report.text()
    selected = panel.table.selectionModel().selectedRows()
    assert len(selected) == 1 and panel.rows[selected[0].row()].id == victim
    assert panel.actor.currentIndex() == 0 and not panel.all_button.isHidden()
    panel.all_button.click()
    assert panel.max_id is None and panel.all_button.isHidden()


def test_export_writes_the_filtered_entries_and_is_itself_audited(
    panel: AuditPanel, services, tmp_path: Path
):
    panel.actor.setCurrentIndex(panel.actor.findData("zhao"))
    panel.reload()
    panel.ask_save_file = lambda *_a: (str(tmp_path / "audit"), "")
    written = panel.export()
    assert written == tmp_path / "audit.xlsx"
    sheet = load_workbook(written).active
    assert sheet.max_row - 1 == 2
    with services.uow.read() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
    assert {(e.field, e.new_value) for e in last} == {("rows", "2"), ("file", "audit.xlsx")}
    assert {e.actor for e in last} == {"admin"}


def test_a_read_only_user_cannot_export(panel: AuditPanel, services, tmp_path: Path):
    services.access.principal = Principal("t", "王老师", Role.READ_ONLY)
    Dialogs.shown.clear()
    assert panel.export(tmp_path / "no.xlsx") is None
    assert not (tmp_path / "no.xlsx").exists() and Dialogs.shown


def test_exporting_any_list_is_recorded(qtbot, demo_services, ui_state: UiState, tmp_path: Path):
    from jilin_apprentice.ui.pages.insurance_page import InsurancePage

    page = InsurancePage(demo_services, ui_state, open_placement=lambda _pid: False)
    qtbot.addWidget(page)
    page.show()
    written = page.policies.export(tmp_path / "policies.xlsx")
    assert written is not None
    with demo_services.uow.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.id.desc())
        ).first()
    assert entry.entity == page.policies.title and entry.field in ("rows", "file")
    demo_services.access.principal = Principal("t", "王老师", Role.READ_ONLY)
    assert page.policies.export(tmp_path / "denied.xlsx") is None
    assert not (tmp_path / "denied.xlsx").exists()
