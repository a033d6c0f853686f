"""Student service on a real temporary SQLite file: validation, uniqueness, audit, paging."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from jilin_apprentice.domain.errors import ConflictError, ValidationFailed
from jilin_apprentice.services.dto import ListQuery
from jilin_apprentice.storage.models import AuditEntry, Guardian, Student
from tests.factories import add_class, student_draft


def codes(exc: ValidationFailed) -> set[tuple[str, str]]:
    return {(v.field, v.code) for v in exc.violations}


def test_create_derives_birth_date_and_sex_from_id(services):
    class_id = add_class(services)
    draft = student_draft(class_id, birth=dt.date(2009, 3, 14), sex="F", seq=12)
    student_id = services.students.create(draft)
    detail = services.students.get(student_id)
    assert detail.birth_date == dt.date(2009, 3, 14)
    assert detail.sex == "F"
    assert detail.age_today == 17
    assert detail.grade_year == 3  # enrolled 2024-09-01, on 2026-11-26
    assert detail.id_number_masked.startswith("220102") and "*" in detail.id_number_masked
    assert [g.name for g in detail.guardians] == ["王建国"]


def test_invalid_id_is_refused_and_nothing_is_stored(services):
    class_id = add_class(services)
    good = student_draft(class_id)
    bad = dataclasses.replace(
        good, id_number=good.id_number[:-1] + ("0" if good.id_number[-1] != "0" else "1")
    )
    with pytest.raises(ValidationFailed) as info:
        services.students.create(bad)
    assert ("id_number", "id.checksum") in codes(info.value)
    with services.uow.read() as session:
        assert session.scalars(select(Student)).all() == []
        assert session.scalars(select(Guardian)).all() == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"name": "  "}, ("name", "required")),
        ({"phone": "1381234567"}, ("phone", "phone.format")),
        ({"class_id": None}, ("class_id", "required")),
        ({"enrolment_date": None}, ("enrolment_date", "required")),
        ({"id_number": "22010220090230001X"}, ("id_number", "id.birth_date")),
    ],
)
def test_each_field_rule_names_its_field(services, change, expected):
    class_id = add_class(services)
    draft = dataclasses.replace(student_draft(class_id), **change)
    with pytest.raises(ValidationFailed) as info:
        services.students.create(draft)
    assert expected in codes(info.value)


def test_duplicate_id_number_is_refused(services):
    class_id = add_class(services)
    services.students.create(student_draft(class_id))
    with pytest.raises(ValidationFailed) as info:
        services.students.create(dataclasses.replace(student_draft(class_id), name="李四"))
    assert ("id_number", "id.duplicate") in codes(info.value)


def test_update_audits_old_and_new_with_pii_masked(services):
    class_id = add_class(services)
    student_id = services.students.create(student_draft(class_id))
    detail = services.students.get(student_id)
    services.students.update(
        student_id,
        dataclasses.replace(student_draft(class_id), phone="13900002222", name="王晓明"),
        expected_version=detail.version,
    )
    with services.uow.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "update", AuditEntry.entity_id == student_id
            )
        ).all()
    by_field = {r.field: r for r in rows}
    assert by_field["name"].old_value == "王小明" and by_field["name"].new_value == "王晓明"
    assert by_field["phone"].new_value == "139****2222"
    assert all(r.actor == "tester" for r in rows)
    assert all(r.entry_hash and len(r.entry_hash) == 64 for r in rows)


def test_stale_version_is_a_conflict_not_a_lost_update(services):
    class_id = add_class(services)
    student_id = services.students.create(student_draft(class_id))
    version = services.students.get(student_id).version
    services.students.update(
        student_id,
        dataclasses.replace(student_draft(class_id), name="甲"),
        expected_version=version,
    )
    with pytest.raises(ConflictError):
        services.students.update(
            student_id,
            dataclasses.replace(student_draft(class_id), name="乙"),
            expected_version=version,
        )
    assert services.students.get(student_id).name == "甲"


def test_search_and_keyset_paging_cover_every_row_once(services):
    class_id = add_class(services)
    for i in range(25):
        services.students.create(
            student_draft(class_id, name=f"学生{i:02d}", seq=100 + 2 * i, phone=f"1380000{i:04d}")
        )
    query = ListQuery(sort="name")
    assert services.students.count(query) == 25
    seen, after = [], None
    while page := services.students.page(query, after=after, limit=7):
        seen += [r.name for r in page]
        after = page[-1].sort_key
    assert seen == sorted(seen) and len(seen) == 25
    desc = services.students.page(ListQuery(sort="name", descending=True), after=None, limit=3)
    assert [r.name for r in desc] == ["学生24", "学生23", "学生22"]
    assert services.students.count(ListQuery(search="学生1")) == 10
    assert services.students.count(ListQuery(search="13800000007")) == 1
    assert services.students.count(ListQuery(search="汽修1班")) == 25
    assert services.students.count(ListQuery(search="100%")) == 0  # wildcards are literal


def test_list_rows_mask_personal_numbers(services):
    class_id = add_class(services)
    services.students.create(student_draft(class_id))
    row = services.students.page(ListQuery(), after=None, limit=1)[0]
    assert row.phone_masked == "138****5678"
    assert row.id_number_masked[:6] == "220102" and row.id_number_masked[6:14] == "*" * 8


def test_delete_removes_student_and_guardians(services):
    class_id = add_class(services)
    student_id = services.students.create(student_draft(class_id))
    services.students.delete(student_id)
    with services.uow.read() as session:
        assert session.get(Student, student_id) is None
        assert session.scalars(select(Guardian)).all() == []


def test_first_page_total_matches_count_with_and_without_search(services):
    class_id = add_class(services)
    for i in range(12):
        services.students.create(
            student_draft(class_id, name=f"姓名{i:02d}", seq=300 + 2 * i, phone=f"1370000{i:04d}")
        )
    for term in ("", "姓名0", "13700000011", "nothing-matches"):
        query = ListQuery(search=term)
        first = services.students.first_page(query, limit=5)
        assert first.total == services.students.count(query)
        assert len(first.rows) == min(5, first.total)
    searched = ListQuery(search="姓名", descending=True)
    first = services.students.first_page(searched, limit=5)
    rest = services.students.page(searched, after=first.rows[-1].sort_key, limit=50)
    names = [r.name for r in first.rows + rest]
    assert names == sorted(names, reverse=True) and len(names) == 12
