"""Permissions are enforced in the service layer: a refused write rolls back, whatever the UI."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from jilin_apprentice.domain.enums import Role
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.storage.models import AuditEntry, Student
from tests.factories import add_class, student_draft


def counts(services) -> tuple[int, int]:
    with services.uow.read() as session:
        return (
            session.scalar(select(func.count(Student.id))),
            session.scalar(select(func.count(AuditEntry.id))),
        )


def test_read_only_teacher_cannot_write_and_nothing_is_stored(services) -> None:
    class_id = add_class(services)
    before = counts(services)
    services.access.principal = Principal("teacher", "王老师", Role.READ_ONLY)
    with pytest.raises(PermissionDenied) as denied:
        services.students.create(student_draft(class_id))
    assert (denied.value.code, denied.value.params) == ("auth.denied", {"permission": "edit"})
    assert counts(services) == before


@pytest.mark.parametrize("role", [Role.OFFICER, Role.ADMIN])
def test_officers_and_administrators_write_under_their_own_name(services, role: Role) -> None:
    class_id = add_class(services)
    services.access.principal = Principal("liu", "刘老师", role)
    services.students.create(student_draft(class_id))
    with services.uow.read() as session:
        actors = set(
            session.scalars(select(AuditEntry.actor).where(AuditEntry.entity == "student"))
        )
    assert actors == {"liu"}


def test_seeing_full_id_numbers_is_a_right_of_its_own() -> None:
    assert not Principal("a", "a", Role.ADMIN).can("pii")
    assert Principal("b", "b", Role.READ_ONLY, can_see_pii=True).can("pii")
    assert not Principal("b", "b", Role.READ_ONLY, can_see_pii=True).can("export")
