"""Exports for an enterprise or insurer need each student's consent (issue 9, R-PI-6, R-PI-5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from jilin_apprentice.domain.errors import ValidationFailed
from jilin_apprentice.domain.retention import SignedConsent, consent_valid
from jilin_apprentice.services.dto import GuardianDraft
from jilin_apprentice.services.privacy_dto import ConsentDraft
from jilin_apprentice.storage.models import AuditEntry, StudentConsent
from tests.conftest import TODAY
from tests.factories import build_world, insure, student_draft

D = dt.date
DAY = dt.timedelta(days=1)
GUARDIAN = "王建国"


def _names(path: Path, column: int) -> list[str]:
    sheet = load_workbook(path).active
    return [sheet.cell(row=r, column=column).value for r in range(2, sheet.max_row + 1)]


def _exports(services) -> list[AuditEntry]:
    with services.uow.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == "export")))


def _consent(services, sid: int, purpose: str, signed: D, signer: str = "学生") -> int:
    return services.privacy.add_consent(sid, ConsentDraft(purpose, signer, signed))


def _refused(services, kind: str, path: Path, recipient: str) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        services.exports.export(kind, path, recipient=recipient)
    assert not path.exists()
    return caught.value


def test_school_use_is_unchanged_and_needs_no_consent(services, tmp_path) -> None:
    build_world(services)
    done = services.exports.export("students", tmp_path / "s.xlsx")
    assert (done.rows, done.recipient, done.left_out) == (4, "school", 0)
    authority = services.exports.export("students", tmp_path / "a.xlsx", recipient="authority")
    assert authority.rows == 4 and authority.left_out == 0  # statutory basis (Art 13(3))
    entries = _exports(services)  # one entry per field
    recipients = [e.new_value for e in entries if e.field == "recipient"]
    assert recipients == ["authority"]  # the school's own export records none, as before
    assert [e.new_value for e in entries if e.field == "rows"] == ["4", "4"]


def test_enterprise_export_without_consents_is_refused_and_writes_nothing(
    services, tmp_path
) -> None:
    world = build_world(services)
    _consent(services, world.students[0], "share_enterprise", TODAY - DAY)
    error = _refused(services, "students", tmp_path / "e.xlsx", "enterprise")
    (v,) = error.violations
    assert (v.field, v.code, v.params) == (
        "export.recipient",
        "export.consent_missing.enterprise",
        {"count": 3},
    )
    assert _exports(services) == []  # no audit entry for a refused export


def test_skip_without_consent_exports_only_students_with_consent(services, tmp_path) -> None:
    world = build_world(services)
    first, second, third, _ = world.students
    _consent(services, first, "share_enterprise", TODAY - DAY)  # the day before: counts
    _consent(services, second, "share_enterprise", TODAY)  # on the export date: counts
    cid = _consent(services, third, "share_enterprise", TODAY - 10 * DAY)
    view = services.privacy.consents(third)[0]
    services.privacy.withdraw_consent(cid, TODAY, expected_version=view.version)  # today: gone
    done = services.exports.export(
        "students", tmp_path / "e.xlsx", recipient="enterprise", skip_without_consent=True
    )
    assert (done.rows, done.left_out) == (2, 2)
    assert sorted(_names(done.path, 2)) == ["学生0", "学生1"]
    fields = {e.field: e.new_value for e in _exports(services)}
    assert fields["recipient"] == "enterprise" and fields["left_out"] == "2"


def test_consent_for_another_purpose_does_not_count(services, tmp_path) -> None:
    world = build_world(services)
    for sid in world.students:
        _consent(services, sid, "share_enterprise", TODAY)
    error = _refused(services, "students", tmp_path / "i.xlsx", "insurer")
    assert error.violations[0].code == "export.consent_missing.insurer"
    assert error.violations[0].params == {"count": 4}
    shared = services.exports.export("students", tmp_path / "e.xlsx", recipient="enterprise")
    assert shared.rows == 4


def test_insurer_roster_leaves_out_uncovered_consent_and_keeps_the_rest(services, tmp_path) -> None:
    world = build_world(services)
    first, second = world.students[:2]
    insure(services, first)
    insure(services, second)
    _refused(services, "insurance", tmp_path / "r.xlsx", "insurer")
    _consent(services, first, "share_insurer", TODAY)
    done = services.exports.export(
        "insurance", tmp_path / "r.xlsx", recipient="insurer", skip_without_consent=True
    )
    assert (done.rows, done.left_out) == (1, 1)
    assert _names(done.path, 9) == ["学生0"]  # the cover row of the student with consent


def test_kinds_without_students_need_no_consent(services, tmp_path) -> None:
    build_world(services)
    done = services.exports.export("enterprises", tmp_path / "e.xlsx", recipient="enterprise")
    assert done.rows == 2 and done.left_out == 0


def test_an_unknown_recipient_is_refused(services, tmp_path) -> None:
    build_world(services)
    with pytest.raises(ValidationFailed) as caught:
        services.exports.export("students", tmp_path / "x.xlsx", recipient="newspaper")
    assert caught.value.violations[0].code == "choice.invalid"
    assert not (tmp_path / "x.xlsx").exists() and _exports(services) == []


def _young(services, world, birth: D) -> int:
    draft = dataclasses.replace(
        student_draft(world.class_id, name="小李", seq=77, birth=birth),
        guardians=(GuardianDraft(GUARDIAN, "父亲", "13700002222", None),),
    )
    return services.students.create(draft)


@pytest.mark.parametrize(
    ("birth", "signer", "shared"),
    [
        (D(2012, 11, 26), "小李", True),  # 14 exactly on the export day: may sign alone
        (D(2012, 11, 27), "小李", False),  # 13, 14 tomorrow: own signature does not count
        (D(2012, 11, 27), GUARDIAN, True),  # 13 with the guardian's consent
    ],
)
def test_under_14_needs_the_guardians_consent(services, tmp_path, birth, signer, shared) -> None:
    world = build_world(services)
    sid = _young(services, world, birth)
    with services.uow() as session:  # stored directly: the form refuses a 13-year-old signer
        session.add(
            StudentConsent(
                student_id=sid, purpose="share_enterprise", signer=signer, signed_date=TODAY
            )
        )
    done = services.exports.export(
        "students", tmp_path / "y.xlsx", recipient="enterprise", skip_without_consent=True
    )
    assert ("小李" in _names(done.path, 2)) is shared
    assert done.left_out == 4 if shared else 5  # the world's four have no consent
    with services.uow.read() as session:
        assert session.scalar(select(func.count(StudentConsent.id))) == 1


def test_consent_valid_rule_boundaries() -> None:
    born = D(2012, 11, 27)

    def valid(signer: str, signed: D, on: D, withdrawn: D | None = None) -> bool:
        consent = SignedConsent("share_insurer", signer, signed, withdrawn)
        return consent_valid([consent], "share_insurer", on, born, [f" {GUARDIAN} "])

    assert valid(GUARDIAN, D(2026, 1, 1), TODAY)
    assert not valid("小李", D(2026, 11, 26), TODAY)  # signed the day before turning 14
    assert valid("小李", D(2026, 11, 27), D(2026, 11, 27))  # signed on the 14th birthday
    assert valid(GUARDIAN, D(2026, 1, 1), D(2030, 1, 1))  # a guardian's consent stays valid
    assert not valid(GUARDIAN, TODAY, TODAY - DAY)  # not yet signed
    assert valid(GUARDIAN, D(2026, 1, 1), TODAY, TODAY + DAY)  # withdrawn tomorrow
    assert not valid(GUARDIAN, D(2026, 1, 1), TODAY, TODAY)  # withdrawn today
    assert not consent_valid([], "share_insurer", TODAY, born, [GUARDIAN])
