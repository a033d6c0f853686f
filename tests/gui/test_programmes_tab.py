"""The programmes tab: create a programme, enrol two students, see the cohort; modules,
progress, removal with confirmation, a refused enrolment that keeps the dialog open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from jilin_apprentice.services.programme_dto import EnrolDraft, EnrolStudent, ProgrammeDraft
from jilin_apprentice.ui.messages import Dialogs
from jilin_apprentice.ui.pages.apprenticeships_page import ApprenticeshipsPage
from tests.factories import build_world
from tests.gui.helpers import ok_button, run_modal

D = dt.date


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.fixture
def page(qtbot, services, ui_state, world):
    page = ApprenticeshipsPage(services, ui_state)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _programme(world, kind: str = "school_joint") -> int:
    return world.services.programmes.save(
        ProgrammeDraft(
            name="学徒班",
            programme=kind,
            enterprise_id=world.enterprise,
            class_id=world.class_id,
            start_date=D(2026, 9, 1),
            end_date=D(2028, 6, 30) if kind == "school_joint" else D(2028, 8, 31),
            training_agreement_ref="XTPY-1",
        )
    )


def test_create_a_programme_enrol_two_students_and_see_the_cohort(page, world):
    tab = page.programmes

    def fill(dialog):
        dialog.name.setText("一汽配套汽修现代学徒制班")
        dialog.enterprise.set_choice(world.enterprise, "长春一汽配套有限公司")
        dialog.school_class.setCurrentIndex(dialog.school_class.findData(world.class_id))
        dialog.start.setDate(QDate(2026, 9, 1))
        dialog.end.setDate(QDate(2028, 6, 30))
        dialog.agreement_ref.setText("XTPY-2026-001")
        dialog.revalidate()
        assert ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    run_modal(tab.programmes.new_programme, fill)
    assert tab.programmes.model.rowCount() == 1
    assert tab.programme().draft.name == "一汽配套汽修现代学徒制班"
    assert page.tabs.tabText(0).endswith("(1)")

    def enrol(dialog):
        assert dialog.table.rowCount() == 4  # the class is listed
        assert dialog.mentor.findData(world.other_mentor) == -1  # other enterprise not offered
        dialog.mentor.setCurrentIndex(dialog.mentor.findData(world.mentor))
        dialog.teacher.setCurrentIndex(dialog.teacher.findData(world.supervisor))
        for r in (0, 1):
            dialog.table.item(r, 0).setCheckState(Qt.CheckState.Checked)
        dialog.revalidate()
        assert ok_button(dialog).isEnabled()
        ok_button(dialog).click()

    run_modal(tab.cohort.enrol, enrol)
    cohort = tab.cohort.model.rows
    assert len(cohort) == 2
    assert {m.enterprise_mentor_name for m in cohort} == {"李师傅"}
    texts = [tab.cohort.model.index(0, c).data() for c in range(tab.cohort.model.columnCount())]
    assert "李师傅" in texts and "张老师" in texts
    assert any("*" in t for t in texts)  # the ID number is masked
    assert tab.programmes.model.rows[0].member_count == 2


def test_refused_enrolment_names_the_row_and_stays_open(page, world):
    _programme(world, "enterprise_new")
    page.programmes.load()
    tab = page.programmes
    seen = {}

    def enrol(dialog):
        dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
        dialog.table.cellWidget(0, 3).setDate(QDate(2027, 8, 30))  # a contract a day short
        dialog.revalidate()
        assert not ok_button(dialog).isEnabled()
        seen["rows"] = dialog.row_messages()
        dialog.save()  # a forced save is refused too
        seen["open"] = dialog.isVisible()

    run_modal(tab.cohort.enrol, enrol)
    assert "学生0" in seen["rows"] and "12" in seen["rows"]
    assert seen["open"]
    assert tab.cohort.model.rows == []


def test_modules_progress_and_findings(page, world):
    pid = _programme(world)
    svc = world.services.programmes
    svc.enrol(
        pid,
        EnrolDraft(
            (EnrolStudent(world.students[0]),),
            world.mentor,
            None,  # no school mentor: R-APP-5
            D(2026, 9, 1),
            D(2028, 6, 30),
            training_agreement_ref="XTPY-1",
        ),
    )
    page.programmes.load()
    tab = page.programmes
    member = tab.cohort.model.rows[0]
    findings = next(c for c in tab.cohort.model.columns if c.title == "Findings")
    assert findings.text(member)  # the rule title is shown
    assert not findings.flag(member)  # a warning is not red

    def module(dialog):
        dialog.name.setText("发动机拆装")
        dialog.hours.setValue(120)
        dialog.post.setCurrentIndex(dialog.post.findData(world.post))
        dialog.revalidate()
        ok_button(dialog).click()

    tab.details.setCurrentWidget(tab.modules)
    run_modal(tab.modules.new_module, module)
    assert [m.draft.name for m in tab.modules.model.rows] == ["发动机拆装"]
    assert tab.modules.model.rows[0].post_title == "汽车维修工"

    tab.details.setCurrentWidget(tab.cohort)
    tab.cohort.select(lambda _m: True)

    def progress(dialog):
        dialog.set_row(0, 60, QDate(2026, 11, 20), True)
        ok_button(dialog).click()

    run_modal(tab.cohort.edit_progress, progress)
    member = tab.cohort.model.rows[0]
    assert (member.hours_done, member.percent, member.modules_passed) == (60, 50, 1)

    Dialogs.answers = [True]
    tab.cohort.remove_current()
    assert tab.cohort.model.rows == []
    assert Dialogs.shown[-1][0]


def test_delete_programme_asks_first(page, world):
    _programme(world)
    page.programmes.load()
    tab = page.programmes
    Dialogs.answers = [False]
    tab.programmes.delete_current()
    assert tab.programmes.model.rowCount() == 1
    Dialogs.answers = [True]
    tab.programmes.delete_current()
    assert tab.programmes.model.rowCount() == 0


def test_export_and_layout_at_small_size(page, world, tmp_path):
    _programme(world)
    page.programmes.load()
    tab = page.programmes
    written = tab.programmes.export(tmp_path / "programmes.xlsx")
    assert written is not None and written.exists()
    page.resize(911, 467)
    tab.save_state()
    assert tab.splitter.sizes()[1] > 0
