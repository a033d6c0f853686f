"""A concurrent edit becomes a clear question, not a lost update (issue 8 scope 6)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox

from jilin_apprentice.services.placement_dto import PlacementDraft
from jilin_apprentice.ui.dialogs.conflict import ask_reload, conflict_texts
from jilin_apprentice.ui.dialogs.enterprise_dialog import EnterpriseDialog
from jilin_apprentice.ui.dialogs.placement_dialog import PlacementDialog
from jilin_apprentice.ui.messages import Dialogs
from tests.factories import END, START, build_world
from tests.gui.helpers import ok_button, run_modal


def _someone_else_sets_contact(services, eid: int, name: str) -> None:
    now = services.enterprises.get(eid)
    services.enterprises.update(
        eid, dataclasses.replace(now.draft, contact_person=name), expected_version=now.version
    )


def test_enterprise_conflict_asks_and_keeps_or_reloads(qtbot, services):
    world = build_world(services)
    eid = world.enterprise
    dialog = EnterpriseDialog(services.enterprises, services.enterprises.get(eid))
    qtbot.addWidget(dialog)
    dialog.show()
    _someone_else_sets_contact(services, eid, "刘经理")  # another officer saves first
    dialog.contact_person.setText("陈主任")

    Dialogs.answers = [False]  # keep editing
    ok_button(dialog).click()
    assert Dialogs.shown[-1] == conflict_texts()
    assert not dialog.isHidden() and dialog.result() == 0
    assert dialog.contact_person.text() == "陈主任"  # nothing the officer typed is thrown away
    assert services.enterprises.get(eid).draft.contact_person == "刘经理"  # nor theirs

    Dialogs.answers = [True]  # reload
    ok_button(dialog).click()
    assert dialog.contact_person.text() == "刘经理"
    assert not dialog.isHidden()
    dialog.notes.setPlainText("复核后保存")
    ok_button(dialog).click()  # now based on the current version: saves
    assert dialog.isHidden() and dialog.saved_id == eid
    saved = services.enterprises.get(eid).draft
    assert (saved.contact_person, saved.notes) == ("刘经理", "复核后保存")


def test_placement_conflict_reloads_the_stored_terms(qtbot, services):
    world = build_world(services)
    pid = services.placements.create(
        PlacementDraft(
            student_id=world.students[0],
            enterprise_id=world.enterprise,
            post_id=world.post,
            type="post",
            start_date=START,
            end_date=END,
            enterprise_mentor_id=world.mentor,
            school_supervisor_id=world.supervisor,
            pay_amount_fen=350_000,
            filing_ref="备案-1",
        )
    )
    dialog = PlacementDialog(services, pid)
    qtbot.addWidget(dialog)
    other = services.placements.get(pid)
    services.placements.update(
        pid, dataclasses.replace(other.draft, filing_ref="备案-9"), version=other.version
    )
    dialog.form.filing_ref.setText("备案-2")
    Dialogs.answers = [False]
    assert not dialog.save()
    assert dialog.general_error.text() and dialog.form.filing_ref.text() == "备案-2"
    Dialogs.answers = [True]
    assert not dialog.save()
    assert dialog.form.filing_ref.text() == "备案-9" and dialog.general_error.isHidden()
    assert services.placements.get(pid).draft.filing_ref == "备案-9"
    assert dialog.save()  # unchanged reload saves cleanly


def test_the_question_offers_reload_and_keep_editing(qtbot):
    Dialogs.enabled = True
    answers: list[bool] = []

    def choose(label: str):
        def interact(box) -> None:
            assert isinstance(box, QMessageBox)
            assert "Someone else changed this record" in box.text()
            texts = {b.text(): b for b in box.buttons()}
            assert set(texts) == {"Reload", "Keep editing"}
            assert box.defaultButton() is texts["Keep editing"]
            texts[label].click()

        return interact

    run_modal(lambda: answers.append(ask_reload(None)), choose("Reload"))
    run_modal(lambda: answers.append(ask_reload(None)), choose("Keep editing"))
    assert answers == [True, False]


def test_student_conflict_reloads_the_other_officers_change(qtbot, services):
    from jilin_apprentice.ui.dialogs.student_dialog import StudentDialog

    world = build_world(services)
    sid = world.students[0]
    dialog = StudentDialog(services.students, [], services.students.get(sid, for_edit=True))
    qtbot.addWidget(dialog)
    dialog.show()
    other = StudentDialog(services.students, [], services.students.get(sid, for_edit=True))
    qtbot.addWidget(other)
    other.name.setText("张改名")  # another officer renames the student first
    ok_button(other).click()
    dialog.name.setText("李改名")
    Dialogs.answers = [True]  # reload
    ok_button(dialog).click()
    assert Dialogs.shown[-1] == conflict_texts()
    assert dialog.name.text() == "张改名" and not dialog.isHidden()
    ok_button(dialog).click()  # saving again after the reload works
    assert services.students.get(sid).name == "张改名"
