"""The certificates tab: the register with its dialog (refusal first), delete with confirmation,
subsidy received, and the eligibility report with its rules, filter and export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from jilin_apprentice.services.certificate_dto import CertificateDraft
from jilin_apprentice.storage.models import Apprenticeship
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.apprenticeship.certificates_tab import CertificatesTab
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal
from tests.gui.test_mentors_tab import Page

D = dt.date


@pytest.fixture
def world(services):
    w = build_world(services)
    with services.uow() as session:
        session.add(
            Apprenticeship(
                student_id=w.students[0],
                programme="enterprise_new",
                employer_id=w.enterprise,
                start_date=D(2026, 3, 1),
                end_date=D(2028, 2, 29),
                labour_contract_start=D(2026, 3, 1),
                labour_contract_end=D(2028, 2, 29),
            )
        )
    services.certificates.save(
        CertificateDraft(
            w.students[0],
            "焊工",
            "intermediate",
            "吉林省职业技能鉴定指导中心",
            D(2026, 6, 1),
            "A-1",
            shortage_occupation=True,
        )
    )
    services.certificates.save(
        CertificateDraft(
            w.students[1], "电工", "primary", "长春市职业技能鉴定中心", D(2026, 7, 1), "B-1"
        )
    )
    return w


@pytest.fixture
def tab(qtbot, services, ui_state, tmp_path, world):
    page = Page(services, ui_state, tmp_path)
    qtbot.addWidget(page)
    widget = CertificatesTab(page)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.load()
    return widget


def test_lists_and_report(tab):
    assert tab.certificates.model.rowCount() == 2
    report = {r.student_name: r for r in tab.eligibility.model.rows if r.scheme != "apprenticeship"}
    assert report["学生0"].eligible and (report["学生0"].min_fen, report["学生0"].max_fen) == (
        130000,
        260000,
    )
    assert not report["学生1"].eligible and report["学生1"].reason == "no_contract"
    notice = tab.eligibility.notice.text()
    assert "subsidy.apprenticeship" in notice and "NOT verified" in notice
    assert tab.sub.tabText(1).endswith("(3)")  # two certificates and one training year
    tab.eligibility.findChild(type(tab.certificates.unclaimed), "eligibleOnly").setChecked(True)
    assert tab.eligibility.proxy.rowCount() == 2


def test_new_certificate_refused_then_saved(qtbot, tab, world, services):
    def interact(dialog):
        dialog.student.edit.setText("学生2")
        dialog.student.run_search()
        assert dialog.student.value() == world.students[2]
        dialog.occupation.setText("数控车工")
        dialog.issuer.setText("吉林市职业技能鉴定中心")
        dialog.issued.setDate(QDate(2026, 11, 27))  # tomorrow
        dialog.save()
        assert dialog.isVisible() and dialog.form.message_of("issued_on")
        dialog.issued.setDate(QDate(2026, 11, 26))
        dialog.revalidate()
        ok_button(dialog).click()

    run_modal(tab.certificates.new_certificate, interact)
    assert len(services.certificates.list()) == 3
    assert tab.certificates.current().draft.occupation == "数控车工"


def test_delete_asks_first(tab, services):
    tab.certificates.select(lambda r: r.draft.cert_no == "B-1")
    Dialogs.answers = [False]
    tab.certificates.delete_current()
    assert len(services.certificates.list()) == 2
    Dialogs.answers = [True]
    tab.certificates.delete_current()
    assert [r.draft.cert_no for r in services.certificates.list()] == ["A-1"]


def test_subsidy_received(qtbot, tab, services):
    tab.certificates.select(lambda r: r.draft.cert_no == "A-1")

    def interact(dialog):
        assert dialog.amount.value() == 1300  # the eligible minimum after the uplift
        dialog.claimed_on.setDate(QDate(2026, 5, 1))  # before the issue date
        dialog.save()
        assert dialog.isVisible() and dialog.form.message_of("claimed_on")
        dialog.claimed_on.setDate(QDate(2026, 8, 1))
        ok_button(dialog).click()

    run_modal(tab.certificates.record_claim, interact)
    row = next(r for r in services.certificates.list() if r.draft.cert_no == "A-1")
    assert (row.subsidy_claimed_on, row.subsidy_claimed_fen) == (D(2026, 8, 1), 130000)
    claimed = next(r for r in tab.eligibility.model.rows if r.certificate_id == row.id)
    assert claimed.claimed_fen == 130000


def test_export_report(tab):
    path = tab.eligibility.export()
    sheet = load_workbook(path).active
    titles = [c.value for c in sheet[1]]
    assert "Source" in titles and "Verified" in titles
    assert sheet.max_row == 4
