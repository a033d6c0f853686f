"""The audit trail service: tampering found in a real database, the last-hash cache, the screen's
filters and the record of exports (issue 8, R-PI-7)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select, text

from jilin_apprentice.domain.audit_chain import DELETED, EDITED
from jilin_apprentice.domain.enums import Role
from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.services import audit as audit_module
from jilin_apprentice.services.access import PermissionDenied, Principal
from jilin_apprentice.services.audit_dto import AuditFilter
from jilin_apprentice.storage.models import AuditEntry
from tests.factories import add_class, student_draft


def mixed_history(services) -> list[int]:
    """Creates, updates, a delete and an export: the kinds of entries a school produces."""
    class_id = add_class(services)
    ids = [services.students.create(student_draft(class_id, name=f"学生{i}", seq=2 * i + 1))
           for i in range(3)]  # fmt: skip
    for sid in ids[:2]:
        student = services.students.get(sid)
        draft = student_draft(
            class_id, name="改名", seq=2 * ids.index(sid) + 1, phone="13900002222"
        )
        services.students.update(sid, draft, expected_version=student.version)
    services.students.delete(ids[2])
    services.audit_trail.record_export("学生名单", 2, file_name="students.xlsx")
    return ids


def entries(services) -> list[AuditEntry]:
    with services.uow.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def execute(services, sql: str, **params) -> None:
    with services.uow() as session:
        session.execute(text(sql), params)


# --- verification -------------------------------------------------------------------------------
def test_an_intact_chain_of_mixed_actions_passes(services):
    mixed_history(services)
    actions = {e.action for e in entries(services)}
    assert {"create", "update", "delete", "export"} <= actions
    report = services.audit_trail.verify()
    assert report.intact, report
    assert report.checked == len(entries(services)) and report.edited == 0
    assert services.audit_trail.findings() == []


def test_an_edited_entry_is_detected_and_named(services):
    mixed_history(services)
    victim = [e for e in entries(services) if e.action == "update"][1]
    execute(services, "UPDATE audit_log SET new_value = '无' WHERE id = :id", id=victim.id)
    report = services.audit_trail.verify()
    assert not report.intact
    assert (report.first_break.entry_id, report.first_break.kind) == (victim.id, EDITED)
    assert report.edited == 1
    (finding,) = services.audit_trail.findings()
    assert (finding.rule_id, finding.params["entry_id"]) == ("R-PI-7", victim.id)


def test_a_deleted_entry_is_detected(services):
    mixed_history(services)
    rows = entries(services)
    victim = rows[len(rows) // 2]
    execute(services, "DELETE FROM audit_log WHERE id = :id", id=victim.id)
    b = services.audit_trail.verify().first_break
    assert (b.kind, b.entry_id, b.after_id, b.missing) == (DELETED, victim.id + 1, victim.id - 1, 1)


def test_an_empty_trail_verifies(services):
    execute(services, "DELETE FROM audit_log")
    report = services.audit_trail.verify()
    assert report.intact and report.checked == 0


# --- the last-hash cache ------------------------------------------------------------------------
def fixed_clock(monkeypatch) -> None:
    ticks = itertools.count()
    start = dt.datetime(2026, 11, 26, 2, 0, 0)
    monkeypatch.setattr(audit_module, "utcnow", lambda: start + dt.timedelta(seconds=next(ticks)))


def chain_of(services) -> list[tuple]:
    return [(e.id, e.action, e.field, e.prev_hash, e.entry_hash) for e in entries(services)]


def test_the_cache_writes_the_same_chain_as_reading_the_database_each_time(
    template_db, tmp_path, monkeypatch
):
    """Two fresh databases, the same clock and the same history over many units of work: one
    with today's writer, one with the code before issue 8. Identical chains, hash for hash."""
    import shutil

    from jilin_apprentice.services.container import open_services
    from tests.conftest import TODAY

    chains = []
    for name, uncached in (("cached", False), ("uncached", True)):
        path = tmp_path / f"{name}.db"
        shutil.copy(template_db, path)
        svc = open_services(f"sqlite:///{path}", actor="tester", today=lambda: TODAY)
        try:
            fixed_clock(monkeypatch)
            if uncached:
                monkeypatch.setattr(audit_module.AuditWriter, "record", legacy_record)
            mixed_history(svc)
            assert svc.audit_trail.verify().intact
            chains.append(chain_of(svc))
        finally:
            svc.close()
    cached, uncached = chains
    assert len(cached) > 20 and cached == uncached


def legacy_record(self, session, *, action, entity, entity_id, changes=None) -> None:
    """AuditWriter.record as it was before issue 8 (ORM rows, the newest hash read every time):
    the reference the faster writer must match hash for hash. tests/perf/bench_audit.py too."""
    self.access.require_for_action(action)
    prev = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    for field, (old, new) in list((changes or {}).items()) or [(None, (None, None))]:
        entry = AuditEntry(
            at=audit_module.utcnow(),
            actor=self.actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=audit_module._render(field or "", old),
            new_value=audit_module._render(field or "", new),
        )
        entry.prev_hash = prev
        entry.entry_hash = audit_module._chain_hash(prev, entry)
        prev = entry.entry_hash
        session.add(entry)


def test_many_units_of_work_and_many_records_in_one_keep_one_chain(services):
    writer = services.audit_trail._audit
    for unit in range(5):
        with services.uow() as session:
            for i in range(30):
                writer.record(session, action="update", entity="student", entity_id=i,
                              changes={"phone": (None, f"1380000{unit}{i:03d}")})  # fmt: skip
    report = services.audit_trail.verify()
    assert report.intact and report.checked >= 150


def test_a_rolled_back_savepoint_does_not_leave_the_cache_pointing_at_nothing(services):
    writer = services.audit_trail._audit
    with services.uow() as session:
        writer.record(session, action="create", entity="x", entity_id=1)
        nested = session.begin_nested()
        writer.record(session, action="create", entity="x", entity_id=2)
        nested.rollback()
        writer.record(session, action="create", entity="x", entity_id=3)
    assert [e.entity_id for e in entries(services) if e.entity == "x"] == [1, 3]
    assert services.audit_trail.verify().intact


def test_a_failed_unit_of_work_leaves_the_chain_intact(services):
    writer = services.audit_trail._audit
    with pytest.raises(RuntimeError), services.uow() as session:
        writer.record(session, action="create", entity="x", entity_id=1)
        raise RuntimeError("power cut")
    with services.uow() as session:
        writer.record(session, action="create", entity="x", entity_id=2)
    assert [e.entity_id for e in entries(services) if e.entity == "x"] == [2]
    assert services.audit_trail.verify().intact


# --- exports ------------------------------------------------------------------------------------
def test_an_export_is_recorded_under_the_user(services):
    services.access.principal = Principal("liu", "刘老师", Role.OFFICER)
    services.audit_trail.record_export("保险登记", 12, file_name="policies.xlsx")
    last = [e for e in entries(services) if e.action == "export"]
    assert {(e.actor, e.entity, e.field, e.new_value) for e in last} == {
        ("liu", "保险登记", "rows", "12"),
        ("liu", "保险登记", "file", "policies.xlsx"),
    }


def test_a_read_only_user_may_not_export_and_nothing_is_written(services):
    before = len(entries(services))
    services.access.principal = Principal("teacher", "王老师", Role.READ_ONLY)
    with pytest.raises(PermissionDenied) as denied:
        services.audit_trail.record_export("学生名单", 3)
    assert denied.value.params == {"permission": "export"}
    assert len(entries(services)) == before


def test_an_unmasked_export_needs_the_personal_data_right(services):
    services.access.principal = Principal("liu", "刘老师", Role.OFFICER, can_see_pii=False)
    with pytest.raises(PermissionDenied) as denied:
        services.audit_trail.record_export("学生名单", 3, masked=False)
    assert denied.value.params == {"permission": "pii"}
    services.access.principal = Principal("liu", "刘老师", Role.OFFICER, can_see_pii=True)
    services.audit_trail.record_export("学生名单", 3, masked=False)
    assert ("personal_data", "unmasked") in {(e.field, e.new_value) for e in entries(services)}


# --- the screen's query -------------------------------------------------------------------------
def seed_log(services) -> None:
    """Entries on three days by two users, written straight through the writer."""
    writer = services.audit_trail._audit
    for day, actor, action, entity, field, new in [
        (dt.datetime(2026, 11, 20, 3), "liu", "create", "student", "name", "王小明"),
        (dt.datetime(2026, 11, 21, 3), "liu", "update", "student", "id_number",
         "220102200903140011"),
        (dt.datetime(2026, 11, 22, 3), "zhao", "update", "enterprise", "name", "长春一汽"),
        (dt.datetime(2026, 11, 22, 4), "zhao", "export", "学生名单", "rows", 30),
    ]:  # fmt: skip
        writer.access.principal = Principal(actor, actor, Role.OFFICER)
        audit_module.utcnow, saved = (lambda d=day: d), audit_module.utcnow
        try:
            with services.uow() as session:
                writer.record(session, action=action, entity=entity, entity_id=7,
                              changes={field: (None, new)})  # fmt: skip
        finally:
            audit_module.utcnow = saved


def fields_of(page) -> list[tuple]:
    return [(r.actor, r.action, r.entity, r.field) for r in page.rows]


def test_filters_by_user_entity_action_and_dates_newest_first(services):
    seed_log(services)
    search = services.audit_trail.search
    assert fields_of(search(AuditFilter(actor="zhao"))) == [
        ("zhao", "export", "学生名单", "rows"), ("zhao", "update", "enterprise", "name")
    ]  # fmt: skip
    assert fields_of(search(AuditFilter(entity="enterprise"))) == [
        ("zhao", "update", "enterprise", "name")
    ]
    assert [r.action for r in search(AuditFilter(actor="liu", action="update")).rows] == ["update"]
    day = search(AuditFilter(date_from=dt.date(2026, 11, 21), date_to=dt.date(2026, 11, 21)))
    assert fields_of(day) == [("liu", "update", "student", "id_number")]
    since = search(AuditFilter(date_from=dt.date(2026, 11, 22), actor="zhao"))
    assert len(since.rows) == 2 and since.rows[0].at > since.rows[1].at


def test_free_text_finds_masked_values_even_from_a_full_id_number(services):
    seed_log(services)
    search = services.audit_trail.search
    found = search(AuditFilter(text="220102200903140011"))
    assert [r.field for r in found.rows] == ["id_number"]
    assert found.rows[0].new_value == "220102********0011"  # stored and shown masked
    assert [r.entity for r in search(AuditFilter(text="一汽")).rows] == ["enterprise"]
    assert search(AuditFilter(text="100%")).rows == ()  # LIKE wildcards are literal


def test_limit_and_offset_page_through_the_log(services):
    seed_log(services)
    search = services.audit_trail.search
    first = search(AuditFilter(actor="liu", limit=1))
    second = search(AuditFilter(actor="liu", limit=1, offset=1))
    assert first.has_more and not second.has_more
    assert first.rows[0].id > second.rows[0].id
    assert services.audit_trail.count(AuditFilter(actor="liu")) == 2


def test_bad_filters_are_refused(services):
    with pytest.raises(ValidationFailed) as bad:
        services.audit_trail.search(
            AuditFilter(date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 11, 1), limit=0)
        )
    assert {v.code for v in bad.value.violations} == {"date.end_before_start", "number.range"}


def test_choices_list_users_entities_and_actions(services):
    seed_log(services)
    choices = services.audit_trail.choices()
    assert {"liu", "zhao"} <= set(choices.actors)
    assert {"student", "enterprise", "学生名单"} <= set(choices.entities)
    assert {"create", "update", "export"} <= set(choices.actions)


def test_two_officers_appending_at_once_keep_one_chain(services):
    """PostgreSQL: concurrent units of work take turns on an advisory lock, so no two entries
    name the same predecessor (SQLite serialises writers by itself)."""
    import threading

    from tests import pg

    if not pg.enabled():
        pytest.skip("needs JA_TEST_PG: SQLite has one writer at a time anyway")
    writer = services.audit_trail._audit
    errors: list[BaseException] = []

    def officer(n: int) -> None:
        try:
            for i in range(25):
                with services.uow() as session:
                    for k in range(3):
                        writer.record(session, action="update", entity=f"o{n}", entity_id=i,
                                      changes={"note": (None, str(k))})  # fmt: skip
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=officer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = services.audit_trail.verify()
    assert report.intact, report
    assert report.checked >= 225
